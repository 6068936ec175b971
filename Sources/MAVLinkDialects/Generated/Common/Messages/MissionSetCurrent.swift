// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set the mission item with sequence number seq as the current item and emit MISSION_CURRENT (whether or not the mission number changed).
/// If a mission is currently being executed, the system will continue to this new mission item on the shortest path, skipping any intermediate mission items.
/// Note that mission jump repeat counters are not reset (see MAV_CMD_DO_JUMP param2).
///
/// This message may trigger a mission state-machine change on some systems: for example from MISSION_STATE_NOT_STARTED or MISSION_STATE_PAUSED to MISSION_STATE_ACTIVE.
/// If the system is in mission mode, on those systems this command might therefore start, restart or resume the mission.
/// If the system is not in mission mode this message must not trigger a switch to mission mode.
///
/// MAVLink message `MISSION_SET_CURRENT` (id 41).
public struct MissionSetCurrent: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 41 }
    @inlinable public static var name: StaticString { "MISSION_SET_CURRENT" }
    @inlinable public static var crcExtra: UInt8 { 28 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Sequence
    public var seq: UInt16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, seq: UInt16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.seq = seq
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seq = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seq, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("seq", seq)
    }
}
