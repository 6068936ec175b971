// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a partial list of mission items from the system/component. https://mavlink.io/en/services/mission.html. If start and end index are the same, just send one waypoint.
///
/// MAVLink message `MISSION_REQUEST_PARTIAL_LIST` (id 37).
public struct MissionRequestPartialList: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 37 }
    @inlinable public static var name: StaticString { "MISSION_REQUEST_PARTIAL_LIST" }
    @inlinable public static var crcExtra: UInt8 { 212 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 7 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Start index
    public var startIndex: Int16
    /// End index, -1 by default (-1: send list to end). Else a valid index of the list
    public var endIndex: Int16
    /// Mission type.
    /// Values: `MAVMissionType`.
    /// MAVLink 2 extension field.
    public var missionType: MAVMissionType

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, startIndex: Int16 = 0, endIndex: Int16 = 0, missionType: MAVMissionType = MAVMissionType(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.startIndex = startIndex
        self.endIndex = endIndex
        self.missionType = missionType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        startIndex = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        endIndex = _p.loadUnaligned(fromByteOffset: 2, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        missionType = MAVMissionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: startIndex, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: endIndex, toByteOffset: 2, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionType.rawValue), toByteOffset: 6, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("start_index", startIndex)
        v.visit("end_index", endIndex)
        v.visit("mission_type", UInt8(truncatingIfNeeded: missionType.rawValue))
    }
}
