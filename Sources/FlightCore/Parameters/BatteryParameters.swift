extension ParameterCatalog {
    /// Battery monitoring (`FlightStack.battery(_:)`).
    public static let battery: [ParameterDefinition] = [
        .int32("BAT_N_CELLS", 4, min: 1, max: 14, unit: "", "Number of series cells in the pack."),
        .float("BAT_V_EMPTY", 3.5, min: 2.5, max: 4.0, unit: "V", "Cell voltage at rest when the pack is empty."),
        .float("BAT_V_CHARGED", 4.2, min: 3.5, max: 4.45, unit: "V", "Cell voltage at rest when the pack is full."),
        .float("BAT_R_INTERNAL", 0.005, min: 0, max: 0.2, unit: "Ohm", "Internal resistance per cell, to undo voltage sag under load."),
        .float("BAT_CAPACITY", 5000, min: 0, max: 100_000, unit: "mAh", "Pack capacity (for flight-time estimates)."),
    ]
}
