extension ParameterCatalog {
    /// Position and velocity loops, thrust limits (`PositionControlGains`).
    public static let positionControl: [ParameterDefinition] = [
        .float("MPC_XY_P", 0.95, min: 0, max: 2, unit: "1/s", "Horizontal position gain: m/s per metre of error."),
        .float("MPC_Z_P", 1, min: 0, max: 2, unit: "1/s", "Vertical position gain: m/s per metre of error."),
        .float("MPC_XY_VEL_P_ACC", 1.8, min: 0.5, max: 8, unit: "1/s", "Horizontal velocity gain: m/s^2 per m/s of error."),
        .float("MPC_XY_VEL_I_ACC", 0.4, min: 0, max: 60, unit: "1/s^2", "Horizontal velocity integral gain."),
        .float("MPC_XY_VEL_D_ACC", 0.2, min: 0, max: 2, unit: "", "Horizontal velocity derivative gain, on measured acceleration."),
        .float("MPC_Z_VEL_P_ACC", 4, min: 1, max: 15, unit: "1/s", "Vertical velocity gain: m/s^2 per m/s of error."),
        .float("MPC_Z_VEL_I_ACC", 2, min: 0.2, max: 3, unit: "1/s^2", "Vertical velocity integral gain."),
        .float("MPC_Z_VEL_D_ACC", 0, min: 0, max: 2, unit: "", "Vertical velocity derivative gain."),
        .float("MPC_XY_VEL_MAX", 12, min: 0, max: 20, unit: "m/s", "Largest horizontal speed setpoint."),
        .float("MPC_Z_VEL_MAX_UP", 3, min: 0.5, max: 8, unit: "m/s", "Largest climb speed."),
        .float("MPC_Z_VEL_MAX_DN", 1.5, min: 0.5, max: 4, unit: "m/s", "Largest descent speed."),
        .float("MPC_ACC_HOR_MAX", 5, min: 2, max: 15, unit: "m/s^2", "Largest horizontal acceleration setpoint."),
        .float("MPC_ACC_UP_MAX", 4, min: 2, max: 15, unit: "m/s^2", "Largest upward acceleration setpoint."),
        .float("MPC_ACC_DOWN_MAX", 3, min: 2, max: 15, unit: "m/s^2", "Largest downward acceleration setpoint."),
        .float("MPC_TILTMAX_AIR", 45, min: 20, max: 89, unit: "deg", "Largest tilt of the thrust axis in position-controlled flight."),
        .float("MPC_THR_HOVER", 0.5, min: 0.1, max: 0.8, unit: "", "Collective thrust that holds altitude, normalised."),
        .float("MPC_THR_MIN", 0.12, min: 0.05, max: 0.5, unit: "", "Smallest collective thrust in flight, normalised."),
        .float("MPC_THR_MAX", 1, min: 0, max: 1, unit: "", "Largest collective thrust, normalised."),
    ]
}
