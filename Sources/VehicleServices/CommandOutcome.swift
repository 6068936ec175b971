/// What the vehicle answers to a command, mapped to `COMMAND_ACK.result` (`MAV_RESULT`).
public enum CommandOutcome: Sendable, Equatable {
    /// Done (or started and will finish on its own).
    case accepted
    /// Started; the ground station should keep waiting. `progress` 0…100 percent, 255 unknown.
    case inProgress(progress: UInt8)
    /// Refused in this state; `reason` is sent as a `STATUSTEXT` warning.
    case denied(reason: StaticString)
    /// Not now, try again (e.g. busy).
    case temporarilyRejected
    /// The vehicle does not do this.
    case unsupported
    /// Tried and failed.
    case failed

    /// `MAV_RESULT` number.
    public var mavResult: UInt32 {
        switch self {
        case .accepted: 0
        case .temporarilyRejected: 1
        case .denied: 2
        case .unsupported: 3
        case .failed: 4
        case .inProgress: 5
        }
    }

    public static func == (a: CommandOutcome, b: CommandOutcome) -> Bool {
        switch (a, b) {
        case (.accepted, .accepted), (.temporarilyRejected, .temporarilyRejected),
             (.unsupported, .unsupported), (.failed, .failed): true
        case let (.inProgress(x), .inProgress(y)): x == y
        case let (.denied(x), .denied(y)): x.withUTF8Buffer { p in y.withUTF8Buffer { q in p.elementsEqual(q) } }
        default: false
        }
    }
}
