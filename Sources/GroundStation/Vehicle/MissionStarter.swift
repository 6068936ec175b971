import MAVLinkDialects

/// Starts an uploaded mission the way each autopilot family wants it, sans I/O.
///
/// - ArduPilot (seen on ArduCopter 4.7): refuses to arm in AUTO and refuses AUTO without a position,
///   so: wait for a 3D fix and a position, switch to GUIDED, arm, then `MAV_CMD_MISSION_START`.
/// - PX4: wait for a position, arm, then switch to AUTO.MISSION (`MAV_CMD_DO_SET_MODE`).
/// - Swiftlet (docs/MODES.md): arm, then `MAV_CMD_MISSION_START`.
///
/// A refused step (for example arming while the vehicle's pre-arm checks still fail) is retried once
/// a second until `timeout`; the run ends when the heartbeat shows the vehicle armed in its mission
/// mode, or fails with the last refusal in words.
public struct MissionStarter: Sendable {
    public enum Step: Equatable, Sendable, CustomStringConvertible {
        case waitForPosition
        case setMode(VehicleMode)
        case arm
        case missionStart
        case confirm(VehicleMode)

        public var description: String {
            switch self {
            case .waitForPosition: "waiting for a position fix"
            case .setMode(let m): "switching to \(m.name)"
            case .arm: "arming"
            case .missionStart: "starting the mission"
            case .confirm(let m): "waiting for the vehicle to report armed in \(m.name)"
            }
        }
    }

    public enum Status: Equatable, Sendable {
        case running(Step)
        case started
        case failed(String)
    }

    public let family: AutopilotFamily
    public private(set) var steps: [Step]
    public private(set) var status: Status
    /// Give up after this long in total.
    public var timeout: Duration
    var commands = CommandClient()
    var began: Duration?
    var retryAt: Duration = .zero
    var lastRefusal: String?
    /// Sends of each command before it counts as unanswered (raise it on a lossy link).
    public var commandAttempts: Int {
        get { commands.maxAttempts }
        set { commands.maxAttempts = newValue }
    }
    /// Steps completed, in order, for reports.
    public private(set) var log: [String] = []

    public init(family: AutopilotFamily, timeout: Duration = .seconds(60)) {
        self.family = family
        self.timeout = timeout
        let mission = FlightModeTable.mode(named: family == .ardupilot ? "AUTO" : "AUTO.MISSION", for: family)!
        switch family {
        case .ardupilot:
            steps = [.waitForPosition, .setMode(FlightModeTable.mode(named: "GUIDED", for: .ardupilot)!), .arm, .missionStart, .confirm(mission)]
        case .px4:
            steps = [.waitForPosition, .arm, .setMode(mission), .confirm(mission)]
        case .swiftlet:
            steps = [.arm, .missionStart, .confirm(mission)]
        }
        status = .running(steps[0])
    }

    /// Handles a message from the vehicle (command ACKs and status texts).
    public mutating func receive(_ message: Common.Message, systemID: UInt8, at now: Duration) {
        commands.receive(message, systemID: systemID, at: now)
    }

    /// Advances with the vehicle's latest state; returns the commands to send now.
    public mutating func poll(state: VehicleState, at now: Duration) -> [Common.Message] {
        guard case .running(let step) = status, let system = state.systemID else { return [] }
        if began == nil { began = now }
        if let b = began, now - b > timeout {
            status = .failed("timed out while \(step)" + (lastRefusal.map { " (last refusal: \($0))" } ?? ""))
            return []
        }
        let target = (system: system, component: state.componentID)
        if let r = commands.result {
            commands = CommandClient(keepingEstimateOf: commands)
            if r.isAccepted { advance(step, at: now) } else {
                lastRefusal = "\(step): \(r)"
                retryAt = now + .seconds(1)
            }
            return []
        }
        if commands.isBusy { return commands.poll(at: now) }
        guard now >= retryAt else { return [] }
        switch step {
        case .waitForPosition:
            if state.hasPosition { advance(step, at: now) }
        case .setMode(let m):
            if state.mode == m { advance(step, at: now) } else {
                commands.start(FlightModeTable.setModeCommand(m, family: family, target: target), at: now)
            }
        case .arm:
            if state.armed { advance(step, at: now) } else {
                commands.start(CommandLong(targetSystem: target.system, targetComponent: target.component,
                                           command: .componentArmDisarm, param1: 1), at: now)
            }
        case .missionStart:
            commands.start(CommandLong(targetSystem: target.system, targetComponent: target.component,
                                       command: .missionStart), at: now)
        case .confirm(let m):
            if state.armed && state.mode == m { advance(step, at: now) }
        }
        return commands.poll(at: now)
    }

    mutating func advance(_ step: Step, at now: Duration) {
        log.append(step.description)
        steps.removeFirst()
        status = steps.first.map { .running($0) } ?? .started
        retryAt = now
    }
}
