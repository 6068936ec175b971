// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// This message is emitted as response to MISSION_REQUEST_LIST by the MAV and to initiate a write transaction. The GCS can then request the individual mission item based on the knowledge of the total number of waypoints.
///
/// MAVLink message `MISSION_COUNT` (id 44).
public struct MissionCount: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 44 }
    @inlinable public static var name: StaticString { "MISSION_COUNT" }
    @inlinable public static var crcExtra: UInt8 { 221 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 9 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Number of mission items in the sequence
    public var count: UInt16
    /// Mission type.
    /// Values: `MAVMissionType`.
    /// MAVLink 2 extension field.
    public var missionType: MAVMissionType
    /// Id of current on-vehicle mission, fence, or rally point plan (on download from vehicle).
    /// This field is used when downloading a plan from a vehicle to a GCS.
    /// 0 on upload to the vehicle from GCS.
    /// 0 if plan ids are not supported.
    /// The current on-vehicle plan ids are streamed in `MISSION_CURRENT`, allowing a GCS to determine if any part of the plan has changed and needs to be re-uploaded.
    /// The ids are recalculated by the vehicle when any part of the on-vehicle plan changes (when a new plan is uploaded, the vehicle returns the new id to the GCS in MISSION_ACK).
    /// MAVLink 2 extension field.
    public var opaqueId: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, count: UInt16 = 0, missionType: MAVMissionType = MAVMissionType(rawValue: 0), opaqueId: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.count = count
        self.missionType = missionType
        self.opaqueId = opaqueId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        count = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        missionType = MAVMissionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
        opaqueId = _p.loadUnaligned(fromByteOffset: 5, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: count, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionType.rawValue), toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: opaqueId, toByteOffset: 5, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("count", count)
        v.visit("mission_type", UInt8(truncatingIfNeeded: missionType.rawValue))
        v.visit("opaque_id", opaqueId)
    }
}
