extension ParameterCatalog {
    /// Geometry and motor behaviour (`MixerSettings`).
    public static let mixer: [ParameterDefinition] = [
        .int32("CA_AIRFRAME", 0, min: 0, max: 3, unit: "", "Rotor geometry: 0 quad X, 1 quad +, 2 hexa X, 3 octo X (motor order in docs/CONTROL.md).", rebootRequired: true),
        .float("CA_ARM_LENGTH", 0.225, min: 0.03, max: 2, unit: "m", "Distance of each rotor hub from the centre.", rebootRequired: true),
        .float("CA_ROTOR_KM", 0.05, min: 0.001, max: 0.2, unit: "m", "Rotor drag torque per unit thrust (yaw moment ratio).", rebootRequired: true),
        .int32("CA_FAILURE_MODE", 0, min: 0, max: 1, unit: "", "1: take a motor found stopped in flight out of the allocation (hexa, octo; docs/CONTROL.md)."),
        .int32("CA_AIRMODE", 0, min: 0, max: 1, unit: "", "1: raise collective thrust to keep roll/pitch authority at low throttle."),
        .float("THR_MDL_FAC", 0, min: 0, max: 1, unit: "", "Thrust curve: thrust proportional to (1-f)*command + f*command^2 above idle; the mixer inverts it."),
        .float("MOT_IDLE", 0.08, min: 0, max: 0.3, unit: "", "Motor output while armed at zero demand, normalised."),
        .float("MOT_SPOOLUP_TIME", 0.5, min: 0, max: 5, unit: "s", "Ramp from stopped to full authority after arming."),
        .float("MOT_SPOOLDN_TIME", 0, min: 0, max: 5, unit: "s", "Ramp of the output ceiling to zero after disarming (0: stop at once)."),
    ]
}
