extension ParameterCatalog {
    /// Stick shaping for the manual modes (`ManualControlLimits`).
    public static let manualControl: [ParameterDefinition] = [
        .float("MPC_MAN_TILT_MAX", 35, min: 0, max: 90, unit: "deg", "Tilt at full stick in stabilized and altitude modes."),
        .float("MPC_MAN_Y_MAX", 150, min: 0, max: 400, unit: "deg/s", "Heading rate at full yaw stick."),
        .float("MPC_VEL_MANUAL", 10, min: 3, max: 20, unit: "m/s", "Horizontal speed at full stick in position mode."),
        .float("MPC_HOLD_DZ", 0.1, min: 0, max: 1, unit: "", "Stick deadband around centre, fraction of full deflection."),
    ]
}
