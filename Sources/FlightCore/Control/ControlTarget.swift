/// What the commander/navigator asks the controller cascade to follow this tick.
public enum ControlTarget: Sendable {
    /// Position/velocity/acceleration setpoint (auto, offboard, hold, …): the full cascade runs.
    case trajectory(TrajectorySetpoint)
    /// Attitude and thrust directly (offboard attitude): position loops are skipped.
    case attitude(AttitudeSetpoint)
    /// Body rates and thrust directly (acro, offboard rates): only the rate loop runs.
    case rates(RateSetpoint)
    /// Pilot sticks in one of the manual modes.
    case manual(ManualInput, ManualMode)
}
