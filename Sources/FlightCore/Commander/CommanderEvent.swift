/// Why the vehicle disarmed.
public enum DisarmReason: UInt8, Sendable {
    /// Operator command while landed.
    case command = 0
    /// Operator command forced in flight (motors stop wherever the vehicle is).
    case forced = 1
    /// Auto-disarm `COM_DISARM_LAND` seconds after landing.
    case landed = 2
    /// Auto-disarm after `COM_DISARM_PRFLT` seconds armed without taking off.
    case preflightTimeout = 3
    /// A failsafe fired while on the ground.
    case failsafe = 4
    /// The crash detector fired.
    case crash = 5
}

/// Why a mode change was refused.
public enum ModeDenial: UInt8, Sendable {
    /// The estimate lacks what the mode needs (position for position modes, height for altitude).
    case estimateNotGoodEnough = 0
    /// Return needs a home position.
    case noHome = 1
    /// Mission needs a valid, non-empty mission.
    case missionInvalid = 2
    /// A failsafe holds the vehicle in a more cautious mode.
    case failsafeActive = 3
    /// A crash was detected; only a reboot clears it.
    case crashed = 4

    /// STATUSTEXT line (≤ 50 characters).
    public var message: StaticString {
        switch self {
        case .estimateNotGoodEnough: return "Mode denied: no position estimate"
        case .noHome: return "Mode denied: home not set"
        case .missionInvalid: return "Mode denied: no valid mission"
        case .failsafeActive: return "Mode denied: failsafe active"
        case .crashed: return "Mode denied: crash detected"
        }
    }
}

/// Something the commander decided, queued for telemetry (STATUSTEXT) and logs.
public enum CommanderEvent: Sendable, Equatable {
    case armed(FlightMode)
    case armingDenied(PreArmCheck)
    case disarmed(DisarmReason)
    case disarmDenied
    case modeChanged(FlightMode)
    case modeDenied(FlightMode, ModeDenial)
    /// A trigger became active; the action is what the vehicle now does about the failsafes.
    case failsafe(FailsafeTrigger, FailsafeAction)
    case failsafeCleared(FailsafeTrigger)
    case tookOff
    case landed
    case crashDetected

    /// STATUSTEXT line (≤ 50 characters).
    public var text: StaticString {
        switch self {
        case .armed: return "Armed"
        case .armingDenied(let check): return check.message
        case .disarmed(let reason):
            switch reason {
            case .command: return "Disarmed"
            case .forced: return "Disarmed: forced in flight"
            case .landed: return "Disarmed: landed"
            case .preflightTimeout: return "Disarmed: no takeoff"
            case .failsafe: return "Disarmed: failsafe on ground"
            case .crash: return "Disarmed: crash detected"
            }
        case .disarmDenied: return "Disarm denied: not landed"
        case .modeChanged: return "Mode changed"
        case .modeDenied(_, let why): return why.message
        case .failsafe(let trigger, _): return trigger.message
        case .failsafeCleared: return "Failsafe cleared"
        case .tookOff: return "Takeoff detected"
        case .landed: return "Landing detected"
        case .crashDetected: return "Crash detected: motors stopped"
        }
    }

    /// `MAV_SEVERITY` of the STATUSTEXT (0 emergency … 6 info).
    public var severity: UInt8 {
        switch self {
        case .crashDetected: return 0
        case .failsafe: return 2
        case .armingDenied, .modeDenied, .disarmDenied: return 4
        case .disarmed(let r) where r == .forced || r == .failsafe: return 4
        default: return 6
        }
    }
}
