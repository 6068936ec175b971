extension ParameterCatalog {
    /// Attitude loop (`AttitudeControlGains`).
    public static let attitudeControl: [ParameterDefinition] = [
        .float("MC_ROLL_P", 10, min: 0, max: 20, unit: "1/s", "Roll attitude gain: rate setpoint in rad/s per rad of error."),
        .float("MC_PITCH_P", 10, min: 0, max: 20, unit: "1/s", "Pitch attitude gain."),
        .float("MC_YAW_P", 3, min: 0, max: 10, unit: "1/s", "Yaw attitude gain."),
        .float("MC_YAW_WEIGHT", 0.4, min: 0, max: 1, unit: "", "Weight of heading error against tilt error (1 = equal): lower levels first."),
        .float("MC_ROLLRATE_MAX", 220, min: 0, max: 1800, unit: "deg/s", "Largest roll rate the attitude loop commands."),
        .float("MC_PITCHRATE_MAX", 220, min: 0, max: 1800, unit: "deg/s", "Largest pitch rate the attitude loop commands."),
        .float("MC_YAWRATE_MAX", 200, min: 0, max: 1800, unit: "deg/s", "Largest yaw rate the attitude loop commands."),
    ]
}
