/// The flight modes, with stable numbers (never renumber: logs and links carry them).
public enum FlightMode: UInt8, Sendable, CaseIterable {
    /// Pilot flies attitude and thrust; no estimate of position needed.
    case stabilized = 1
    /// Pilot flies horizontally; the vehicle holds altitude.
    case altitudeHold = 2
    /// Pilot sticks command velocity; the vehicle holds position when centred.
    case positionHold = 3
    /// Climb to the takeoff altitude above the current position, then hold.
    case takeoff = 4
    /// Fly the uploaded mission.
    case mission = 5
    /// Hold (loiter at) the current position.
    case hold = 6
    /// Return to home or the nearest rally point and land.
    case returnToLaunch = 7
    /// Descend and land at the current position.
    case land = 8
    /// Follow position/velocity targets from a ground station or companion computer (offboard).
    case guided = 9

    /// Short name for `AVAILABLE_MODES.mode_name` and logs.
    public var name: StaticString {
        switch self {
        case .stabilized: return "Stabilized"
        case .altitudeHold: return "Altitude"
        case .positionHold: return "Position"
        case .takeoff: return "Takeoff"
        case .mission: return "Mission"
        case .hold: return "Hold"
        case .returnToLaunch: return "Return"
        case .land: return "Land"
        case .guided: return "Guided"
        }
    }

    /// True for modes flown from the pilot's sticks (manual-control loss matters in them).
    public var isPilotControlled: Bool { self == .stabilized || self == .altitudeHold || self == .positionHold }

    /// True for modes whose setpoints come from the navigator.
    public var isAutonomous: Bool { !isPilotControlled }

    /// The estimate a mode needs before it can be entered.
    public var requiredValidity: NavigationState.Validity {
        switch self {
        case .stabilized: return [.attitude]
        case .altitudeHold, .land: return [.attitude, .height, .verticalVelocity]
        case .positionHold, .takeoff, .mission, .hold, .returnToLaunch, .guided: return .all
        }
    }
}
