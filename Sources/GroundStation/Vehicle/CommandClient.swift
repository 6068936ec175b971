import MAVLink
import MAVLinkDialects

/// How a command ended.
public enum CommandOutcomeResult: Equatable, Sendable, CustomStringConvertible {
    /// `MAV_RESULT_ACCEPTED`.
    case accepted
    /// Any other final `MAV_RESULT`, with the vehicle's explanation if it sent a STATUSTEXT meanwhile.
    case refused(MAVResult, reason: String?)
    /// No final `COMMAND_ACK` after every retry.
    case timeout(attempts: Int)

    public var description: String {
        switch self {
        case .accepted: "accepted"
        case .refused(let r, let reason): CommandClient.resultName(r) + (reason.map { ": \($0)" } ?? "")
        case .timeout(let n): "no answer after \(n) attempts"
        }
    }

    public var isAccepted: Bool { self == .accepted }
}

/// A command as sent: `COMMAND_LONG` (params as floats) or `COMMAND_INT` (position as scaled
/// integers, with a frame; what ArduPilot requires for `MAV_CMD_DO_REPOSITION`).
public enum VehicleCommand: Equatable, Sendable {
    case long(CommandLong)
    case int(CommandInt)

    public var command: MAVCmd {
        switch self { case .long(let c): c.command; case .int(let c): c.command }
    }

    public var targetSystem: UInt8 {
        switch self { case .long(let c): c.targetSystem; case .int(let c): c.targetSystem }
    }

    /// The message for send number `attempt` (0 first): `COMMAND_LONG` carries it as `confirmation`;
    /// `COMMAND_INT` has no such field and is resent unchanged.
    public func message(attempt: Int) -> Common.Message {
        switch self {
        case .long(var c):
            c.confirmation = UInt8(min(attempt, 255))
            return .commandLong(c)
        case .int(let c):
            return .commandInt(c)
        }
    }
}

/// The ground-station side of the MAVLink command protocol for one command at a time, sans I/O.
///
/// `COMMAND_LONG` (or `COMMAND_INT`) is sent, and resent (`COMMAND_LONG` with `confirmation` incremented) when no `COMMAND_ACK`
/// arrives within the timeout (1 s until a round trip is measured, then adapted); after
/// `maxAttempts` sends it gives up. `MAV_RESULT_IN_PROGRESS` stops the resending and waits
/// `progressTimeout` for the final result. STATUSTEXT lines heard while the command runs are kept as
/// the reason of a refusal (vehicles explain `DENIED` that way).
public struct CommandClient: Sendable {
    /// Sends before giving up (the first one included).
    public var maxAttempts = 4
    /// Round-trip estimate giving the resend timeout.
    public var rtt = RoundTripEstimator(initialTimeout: .seconds(1), minimumTimeout: .milliseconds(300), maximumTimeout: .seconds(5))
    /// How long to wait for a final result after `IN_PROGRESS`.
    public var progressTimeout: Duration = .seconds(30)

    public private(set) var pending: VehicleCommand?
    /// The result of the last command once finished.
    public private(set) var result: CommandOutcomeResult?
    /// Latest `progress` percentage from an `IN_PROGRESS` ACK.
    public private(set) var progress: UInt8?
    var attempts = 0
    var deadline: Duration = .zero
    var sentAt: Duration = .zero
    var statusText: String?
    var outbox: [Common.Message] = []

    public init() {}

    /// A fresh client that keeps `other`'s round-trip estimate and settings.
    public init(keepingEstimateOf other: CommandClient) {
        self.init()
        maxAttempts = other.maxAttempts; rtt = other.rtt; progressTimeout = other.progressTimeout
    }

    /// True while a command waits for its ACK.
    public var isBusy: Bool { pending != nil }

    /// Sends `command` as `COMMAND_LONG` (its `confirmation` counts the sends from 0).
    public mutating func start(_ command: CommandLong, at now: Duration) { start(.long(command), at: now) }

    /// Sends `command` as `COMMAND_INT`.
    public mutating func start(_ command: CommandInt, at now: Duration) { start(.int(command), at: now) }

    /// Sends `command`, replacing any pending one.
    public mutating func start(_ command: VehicleCommand, at now: Duration) {
        pending = command; result = nil; progress = nil; attempts = 0; statusText = nil
        transmit(at: now)
    }

    /// Handles a message from the vehicle (`systemID` must be the command's target).
    public mutating func receive(_ message: Common.Message, systemID: UInt8, at now: Duration) {
        guard let c = pending, c.targetSystem == 0 || systemID == c.targetSystem else { return }
        switch message {
        case .commandAck(let ack) where ack.command == c.command:
            if ack.result == .inProgress {
                progress = ack.progress
                deadline = now + progressTimeout
                attempts = maxAttempts  // no resends while the vehicle works on it
                return
            }
            if attempts == 1 { rtt.add(now - sentAt) }
            finish(ack.result == .accepted ? .accepted : .refused(ack.result, reason: statusText))
        case .statustext(let t):
            statusText = t.text.string
        default:
            break
        }
    }

    /// Commands to send now: the first send and resends whose timeout passed.
    public mutating func poll(at now: Duration) -> [Common.Message] {
        if pending != nil, now >= deadline {
            if attempts >= maxAttempts { finish(.timeout(attempts: attempts)) } else { transmit(at: now) }
        }
        defer { outbox.removeAll(keepingCapacity: true) }
        return outbox
    }

    /// The time by which `poll` should run again, nil when idle.
    public var nextDeadline: Duration? { pending == nil ? nil : deadline }

    mutating func transmit(at now: Duration) {
        guard let c = pending else { return }
        outbox.append(c.message(attempt: attempts))
        attempts += 1
        sentAt = now
        deadline = now + rtt.timeout
    }

    mutating func finish(_ r: CommandOutcomeResult) {
        result = r
        pending = nil
    }

    /// `MAV_RESULT` names as the spec spells them.
    public static func resultName(_ r: MAVResult) -> String {
        let names = ["ACCEPTED", "TEMPORARILY_REJECTED", "DENIED", "UNSUPPORTED", "FAILED", "IN_PROGRESS",
                     "CANCELLED", "COMMAND_LONG_ONLY", "COMMAND_INT_ONLY", "COMMAND_UNSUPPORTED_MAV_FRAME", "NOT_IN_CONTROL"]
        return r.rawValue < names.count ? names[Int(r.rawValue)] : "RESULT_\(r.rawValue)"
    }
}
