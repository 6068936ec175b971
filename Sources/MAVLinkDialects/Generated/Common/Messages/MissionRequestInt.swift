// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request the information of the mission item with the sequence number seq. The response of the system to this message should be a MISSION_ITEM_INT message. https://mavlink.io/en/services/mission.html
///
/// MAVLink message `MISSION_REQUEST_INT` (id 51).
public struct MissionRequestInt: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 51 }
    @inlinable public static var name: StaticString { "MISSION_REQUEST_INT" }
    @inlinable public static var crcExtra: UInt8 { 196 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 5 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Sequence
    public var seq: UInt16
    /// Mission type.
    /// Values: `MAVMissionType`.
    /// MAVLink 2 extension field.
    public var missionType: MAVMissionType

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, seq: UInt16 = 0, missionType: MAVMissionType = MAVMissionType(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.seq = seq
        self.missionType = missionType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seq = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        missionType = MAVMissionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seq, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionType.rawValue), toByteOffset: 4, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("seq", seq)
        v.visit("mission_type", UInt8(truncatingIfNeeded: missionType.rawValue))
    }
}
