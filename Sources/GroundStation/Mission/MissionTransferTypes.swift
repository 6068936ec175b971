import MAVLinkDialects

/// The autopilot family at the other end, from `HEARTBEAT.autopilot`; decides ArduPilot's
/// "sequence 0 is home" convention.
public enum AutopilotFamily: String, Sendable, CaseIterable {
    /// `MAV_AUTOPILOT_ARDUPILOTMEGA` (3): mission sequence 0 holds home.
    case ardupilot
    /// `MAV_AUTOPILOT_PX4` (12): no home item.
    case px4
    /// Swiftlet (reports `MAV_AUTOPILOT_GENERIC` 0 or PX4-compatible): no home item.
    case swiftlet

    /// The family for a heartbeat's `autopilot` number (nil for `MAV_AUTOPILOT_INVALID`, 8: not a vehicle).
    public init?(autopilot: UInt32) {
        switch autopilot {
        case 3: self = .ardupilot
        case 12: self = .px4
        case 8: return nil
        default: self = .swiftlet
        }
    }

    /// True when mission sequence 0 is the vehicle's home position.
    public var missionHasHomeAtZero: Bool { self == .ardupilot }
}

/// What a `MissionClient` is asked to do.
public enum MissionOperation: Equatable, Sendable {
    /// Upload a plan (`items` in plan order, without a home item). With `readBack`, the client
    /// downloads the plan again after the vehicle's ACK and succeeds only if every item matches.
    case upload([PlanItem], MissionKind, readBack: Bool = false)
    /// Download a plan.
    case download(MissionKind)
    /// Remove a plan on the vehicle (`MISSION_CLEAR_ALL`).
    case clear(MissionKind)
    /// Make plan item `index` (plan order, without home) the current mission item.
    case setCurrent(Int)

    public var kind: MissionKind {
        switch self {
        case .upload(_, let k, _), .download(let k), .clear(let k): return k
        case .setCurrent: return .mission
        }
    }
}

/// What a finished operation produced.
public enum MissionOutcome: Equatable, Sendable {
    /// Uploaded `count` protocol items (including an ArduPilot home item); `opaqueID` from the
    /// final `MISSION_ACK` (0 when the vehicle does not report one).
    case uploaded(count: Int, opaqueID: UInt32, verifiedByReadBack: Bool)
    /// Downloaded items in plan order (ArduPilot's home item removed and returned as `home`).
    case downloaded(items: [PlanItem], home: PlanItem?, opaqueID: UInt32)
    case cleared
    case currentSet(Int)
}

/// Why an operation failed. A failed transfer is never reported as success, even when some
/// items got through.
public enum MissionTransferError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing useful heard within the timeout, `retries` times in a row, while `stage`.
    case timeout(stage: String, retries: Int)
    /// The vehicle refused with `MAV_MISSION_RESULT` `result`.
    case rejected(result: UInt32, kind: MissionKind)
    /// The vehicle acknowledged an upload before requesting every item (items missing).
    case incomplete(requested: Int, of: Int)
    /// Read-back after upload differs from what was sent, first at plan index `index`.
    case readBackMismatch(index: Int, reason: String)
    /// A downloaded fence/rally/mission could not be understood.
    case invalidPlan(String)
    /// `start` was called while another operation was running.
    case busy

    public var description: String {
        switch self {
        case .timeout(let stage, let retries): "timeout while \(stage) (\(retries) retries)"
        case .rejected(let r, let k): "vehicle rejected the \(k.name): \(MissionTransferError.resultName(r)) (\(r))"
        case .incomplete(let n, let of): "vehicle acknowledged after requesting only \(n) of \(of) items"
        case .readBackMismatch(let i, let why): "read-back differs at item \(i): \(why)"
        case .invalidPlan(let why): "invalid plan from vehicle: \(why)"
        case .busy: "another mission operation is running"
        }
    }

    /// `MAV_MISSION_RESULT` names.
    public static func resultName(_ r: UInt32) -> String {
        let names = ["ACCEPTED", "ERROR", "UNSUPPORTED_FRAME", "UNSUPPORTED", "NO_SPACE", "INVALID",
                     "INVALID_PARAM1", "INVALID_PARAM2", "INVALID_PARAM3", "INVALID_PARAM4",
                     "INVALID_PARAM5_X", "INVALID_PARAM6_Y", "INVALID_PARAM7", "INVALID_SEQUENCE",
                     "DENIED", "OPERATION_CANCELLED"]
        return r < names.count ? names[Int(r)] : "UNKNOWN"
    }
}
