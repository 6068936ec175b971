// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Acknowledgment message during waypoint handling. The type field states if this message is a positive ack (type=0) or if an error happened (type=non-zero).
///
/// MAVLink message `MISSION_ACK` (id 47).
public struct MissionAck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 47 }
    @inlinable public static var name: StaticString { "MISSION_ACK" }
    @inlinable public static var crcExtra: UInt8 { 153 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 8 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Mission result.
    /// Values: `MAVMissionResult`.
    public var type: MAVMissionResult
    /// Mission type.
    /// Values: `MAVMissionType`.
    /// MAVLink 2 extension field.
    public var missionType: MAVMissionType
    /// Id of new on-vehicle mission, fence, or rally point plan (on upload to vehicle).
    /// The id is calculated and returned by a vehicle when a new plan is uploaded by a GCS.
    /// The only requirement on the id is that it must change when there is any change to the on-vehicle plan type (there is no requirement that the id be globally unique).
    /// 0 on download from the vehicle to the GCS (on download the ID is set in MISSION_COUNT).
    /// 0 if plan ids are not supported.
    /// The current on-vehicle plan ids are streamed in `MISSION_CURRENT`, allowing a GCS to determine if any part of the plan has changed and needs to be re-uploaded.
    /// MAVLink 2 extension field.
    public var opaqueId: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, type: MAVMissionResult = MAVMissionResult(rawValue: 0), missionType: MAVMissionType = MAVMissionType(rawValue: 0), opaqueId: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.type = type
        self.missionType = missionType
        self.opaqueId = opaqueId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        type = MAVMissionResult(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
        missionType = MAVMissionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)))
        opaqueId = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionType.rawValue), toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: opaqueId, toByteOffset: 4, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("mission_type", UInt8(truncatingIfNeeded: missionType.rawValue))
        v.visit("opaque_id", opaqueId)
    }
}
