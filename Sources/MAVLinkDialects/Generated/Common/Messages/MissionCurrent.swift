// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message that announces the sequence number of the current target mission item (that the system will fly towards/execute when the mission is running).
/// This message should be streamed all the time (nominally at 1Hz).
/// This message should be emitted following a call to MAV_CMD_DO_SET_MISSION_CURRENT or MISSION_SET_CURRENT.
///
/// MAVLink message `MISSION_CURRENT` (id 42).
public struct MissionCurrent: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 42 }
    @inlinable public static var name: StaticString { "MISSION_CURRENT" }
    @inlinable public static var crcExtra: UInt8 { 28 }
    @inlinable public static var minLength: Int { 2 }
    @inlinable public static var maxLength: Int { 18 }

    /// Sequence
    public var seq: UInt16
    /// Total number of mission items on vehicle (on last item, sequence == total). If the autopilot stores its home location as part of the mission this will be excluded from the total. 0: Not supported, UINT16_MAX if no mission is present on the vehicle.
    /// MAVLink 2 extension field.
    public var total: UInt16
    /// Mission state machine state. MISSION_STATE_UNKNOWN if state reporting not supported.
    /// Values: `MissionState`.
    /// MAVLink 2 extension field.
    public var missionState: MissionState
    /// Vehicle is in a mode that can execute mission items or suspended. 0: Unknown, 1: In mission mode, 2: Suspended (not in mission mode).
    /// MAVLink 2 extension field.
    public var missionMode: UInt8
    /// Id of current on-vehicle mission plan, or 0 if IDs are not supported or there is no mission loaded. GCS can use this to track changes to the mission plan type. The same value is returned on mission upload (in the MISSION_ACK).
    /// MAVLink 2 extension field.
    public var missionId: UInt32
    /// Id of current on-vehicle fence plan, or 0 if IDs are not supported or there is no fence loaded. GCS can use this to track changes to the fence plan type. The same value is returned on fence upload (in the MISSION_ACK).
    /// MAVLink 2 extension field.
    public var fenceId: UInt32
    /// Id of current on-vehicle rally point plan, or 0 if IDs are not supported or there are no rally points loaded. GCS can use this to track changes to the rally point plan type. The same value is returned on rally point upload (in the MISSION_ACK).
    /// MAVLink 2 extension field.
    public var rallyPointsId: UInt32

    public init(seq: UInt16 = 0, total: UInt16 = 0, missionState: MissionState = MissionState(rawValue: 0), missionMode: UInt8 = 0, missionId: UInt32 = 0, fenceId: UInt32 = 0, rallyPointsId: UInt32 = 0) {
        self.seq = seq
        self.total = total
        self.missionState = missionState
        self.missionMode = missionMode
        self.missionId = missionId
        self.fenceId = fenceId
        self.rallyPointsId = rallyPointsId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seq = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        total = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        missionState = MissionState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
        missionMode = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        missionId = _p.loadUnaligned(fromByteOffset: 6, as: UInt32.self)
        fenceId = _p.loadUnaligned(fromByteOffset: 10, as: UInt32.self)
        rallyPointsId = _p.loadUnaligned(fromByteOffset: 14, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seq, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: total, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionState.rawValue), toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: missionMode, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: missionId, toByteOffset: 6, as: UInt32.self)
        _p.storeBytes(of: fenceId, toByteOffset: 10, as: UInt32.self)
        _p.storeBytes(of: rallyPointsId, toByteOffset: 14, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("seq", seq)
        v.visit("total", total)
        v.visit("mission_state", UInt8(truncatingIfNeeded: missionState.rawValue))
        v.visit("mission_mode", missionMode)
        v.visit("mission_id", missionId)
        v.visit("fence_id", fenceId)
        v.visit("rally_points_id", rallyPointsId)
    }
}
