extension ParameterCatalog {
    /// Control loop rates (`ControlLoopRates`).
    public static let scheduling: [ParameterDefinition] = [
        .int32("IMU_GYRO_RATEMAX", 400, min: 100, max: 1000, unit: "Hz", "Rate loop frequency: one step per IMU sample.", rebootRequired: true),
        .int32("MC_ATT_LOOP_HZ", 250, min: 50, max: 1000, unit: "Hz", "Minimum attitude loop frequency.", rebootRequired: true),
        .int32("MPC_LOOP_HZ", 50, min: 10, max: 250, unit: "Hz", "Minimum position and velocity loop frequency.", rebootRequired: true),
    ]
}
