extension ParameterCatalog {
    /// Body-rate PID (`RateControlGains`). Torque is in the mixer's normalised unit.
    public static let rateControl: [ParameterDefinition] = [
        .float("MC_ROLLRATE_P", 0.16, min: 0, max: 1, unit: "1/(rad/s)", "Roll rate proportional gain: normalised torque per rad/s of error."),
        .float("MC_ROLLRATE_I", 0.15, min: 0, max: 2, unit: "1/rad", "Roll rate integral gain: normalised torque per rad of integrated error."),
        .float("MC_ROLLRATE_D", 0.002, min: 0, max: 0.05, unit: "1/(rad/s^2)", "Roll rate derivative gain, on measured angular acceleration."),
        .float("MC_ROLLRATE_FF", 0, min: 0, max: 0.5, unit: "1/(rad/s)", "Roll rate feed-forward: normalised torque per rad/s of setpoint."),
        .float("MC_PITCHRATE_P", 0.16, min: 0, max: 1, unit: "1/(rad/s)", "Pitch rate proportional gain."),
        .float("MC_PITCHRATE_I", 0.15, min: 0, max: 2, unit: "1/rad", "Pitch rate integral gain."),
        .float("MC_PITCHRATE_D", 0.002, min: 0, max: 0.05, unit: "1/(rad/s^2)", "Pitch rate derivative gain, on measured angular acceleration."),
        .float("MC_PITCHRATE_FF", 0, min: 0, max: 0.5, unit: "1/(rad/s)", "Pitch rate feed-forward."),
        .float("MC_YAWRATE_P", 0.2, min: 0, max: 1, unit: "1/(rad/s)", "Yaw rate proportional gain."),
        .float("MC_YAWRATE_I", 0.1, min: 0, max: 2, unit: "1/rad", "Yaw rate integral gain."),
        .float("MC_YAWRATE_D", 0, min: 0, max: 0.05, unit: "1/(rad/s^2)", "Yaw rate derivative gain."),
        .float("MC_YAWRATE_FF", 0, min: 0, max: 0.5, unit: "1/(rad/s)", "Yaw rate feed-forward."),
        .float("MC_RR_INT_LIM", 0.3, min: 0, max: 1, unit: "", "Largest roll rate integral term, normalised torque."),
        .float("MC_PR_INT_LIM", 0.3, min: 0, max: 1, unit: "", "Largest pitch rate integral term, normalised torque."),
        .float("MC_YR_INT_LIM", 0.3, min: 0, max: 1, unit: "", "Largest yaw rate integral term, normalised torque."),
        .float("MC_DTERM_CUTOFF", 30, min: 0, max: 200, unit: "Hz", "Low-pass cutoff on the angular acceleration used by the D terms (0 disables)."),
    ]
}
