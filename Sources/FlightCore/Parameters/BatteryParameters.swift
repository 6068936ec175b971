extension ParameterCatalog {
    /// Battery monitoring (`FlightStack.battery(_:)`, `BatteryEstimator`).
    public static let battery: [ParameterDefinition] = [
        .int32("BAT_N_CELLS", 4, min: 1, max: 14, unit: "", "Number of series cells in the pack."),
        .float("BAT_V_EMPTY", 3.27, min: 2.5, max: 4.0, unit: "V", "Cell voltage at rest when the pack is empty: the bottom of the LiPo discharge curve."),
        .float("BAT_V_CHARGED", 4.2, min: 3.5, max: 4.45, unit: "V", "Cell voltage at rest when the pack is full: the top of the LiPo discharge curve."),
        .float("BAT_R_INTERNAL", 0.005, min: 0, max: 0.2, unit: "Ohm", "Internal resistance per cell: I*R is added back to the measured voltage to read the curve at rest."),
        .float("BAT_CAPACITY", 5000, min: 0, max: 100_000, unit: "mAh", "Usable pack capacity for coulomb counting (0: unknown, charge from the voltage alone)."),
    ]
}
