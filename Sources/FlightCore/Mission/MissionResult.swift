/// Outcome of a plan validation, numbered as MAVLink's `MAV_MISSION_RESULT`.
public enum MissionResult: UInt8, Sendable {
    case accepted = 0
    case error = 1
    case unsupportedFrame = 2
    case unsupported = 3
    case noSpace = 4
    case invalid = 5
    case invalidParam1 = 6
    case invalidParam2 = 7
    case invalidParam3 = 8
    case invalidParam4 = 9
    /// Latitude (param 5 / x).
    case invalidParam5 = 10
    /// Longitude (param 6 / y).
    case invalidParam6 = 11
    /// Altitude (param 7 / z).
    case invalidParam7 = 12
    case invalidSequence = 13
    case denied = 14
    case operationCancelled = 15
}

/// Why a plan was refused: the `MAV_MISSION_RESULT` and the index of the first offending item.
public struct MissionRejection: Error, Equatable, Sendable {
    /// The `MAV_MISSION_RESULT` to send in `MISSION_ACK`.
    public var result: MissionResult
    /// Zero-based index of the offending item (the item count for whole-plan problems).
    public var sequence: Int
    public init(_ result: MissionResult, at sequence: Int) { self.result = result; self.sequence = sequence }
}
