/// What the battery estimator knows about the pack (from the `BAT_*` parameters).
public struct BatteryConfig: Sendable, Equatable {
    /// Cells in series (`BAT_N_CELLS`).
    public var cells: Int
    /// Resting cell voltage of an empty and of a full pack, volts (`BAT_V_EMPTY`, `BAT_V_CHARGED`).
    public var emptyCellVolts: Float
    public var fullCellVolts: Float
    /// Internal resistance per cell, ohms (`BAT_R_INTERNAL`): the sag I·R is added back to the
    /// measured voltage to get the resting voltage.
    public var cellResistanceOhms: Float
    /// Usable capacity, ampere-hours (`BAT_CAPACITY` / 1000); 0: unknown, voltage only.
    public var capacityAmpHours: Float
    /// How fast the voltage-based charge corrects the counted one on an empty pack, 1/s; it
    /// scales with (1 − voltage-based charge)², so a full pack trusts the count (the flat middle of
    /// the curve says little) and a nearly empty one trusts the voltage (steep there; it also
    /// catches charge the count cannot see, such as a failing cell).
    public var voltageCorrectionRate: Float = 0.2
    /// Time constant of the low-pass on the voltage-based charge, s (noise and load steps).
    public var voltageFilterSeconds: Float = 2

    public init(cells: Int, emptyCellVolts: Float, fullCellVolts: Float, cellResistanceOhms: Float, capacityAmpHours: Float) {
        self.cells = cells; self.emptyCellVolts = emptyCellVolts; self.fullCellVolts = fullCellVolts
        self.cellResistanceOhms = cellResistanceOhms; self.capacityAmpHours = capacityAmpHours
    }

    /// From the `BAT_*` parameters.
    public init(parameters p: ParameterTable) {
        self.init(cells: Int(max(1, p.int32("BAT_N_CELLS"))), emptyCellVolts: p.float("BAT_V_EMPTY"),
                  fullCellVolts: p.float("BAT_V_CHARGED"), cellResistanceOhms: p.float("BAT_R_INTERNAL"),
                  capacityAmpHours: max(0, p.float("BAT_CAPACITY")) / 1000)
    }
}

/// State of charge from the battery monitor's voltage and current, as PX4's battery module does
/// it: the resting cell voltage (measured voltage per cell plus the I·R sag) read on a LiPo
/// discharge curve gives a voltage-based charge; with a known capacity, the current is counted
/// (coulomb counting) from that starting point, and the voltage-based charge pulls the count
/// back more firmly the emptier the pack looks.
///
/// Without a capacity, the filtered voltage-based charge is the estimate. Allocation-free.
public struct BatteryEstimator: Sendable {
    public var config: BatteryConfig
    /// Estimated state of charge, 0…1 (NaN until the first reading).
    public private(set) var remaining: Float = .nan
    /// The filtered charge read from the resting voltage alone, 0…1 (NaN until the first reading).
    public private(set) var voltageBasedRemaining: Float = .nan
    /// Charge drawn since the first reading, ampere-hours (counted whenever the current is measured,
    /// with or without a configured capacity).
    public private(set) var consumedAmpHours: Float = 0
    /// Energy drawn since the first reading (terminal volts × amps), watt-hours.
    public private(set) var consumedWattHours: Float = 0
    var lastTime: Tick?

    public init(config: BatteryConfig) { self.config = config }

    /// Folds in one reading: `volts` at the pack terminals, `amps` drawn (positive discharging).
    public mutating func update(_ sample: BatterySample) {
        let cells = Float(max(1, config.cells))
        let resistance = sample.amps.isFinite ? config.cellResistanceOhms * sample.amps : 0
        let fromVoltage = LipoDischargeCurve.stateOfCharge(cellVolts: sample.volts / cells + resistance,
                                                           emptyVolts: config.emptyCellVolts, fullVolts: config.fullCellVolts)
        guard fromVoltage.isFinite else { return }
        let dt = lastTime.map { min(max(sample.time.seconds(since: $0), 0), 1) } ?? 0
        lastTime = sample.time
        guard remaining.isFinite else {
            voltageBasedRemaining = fromVoltage; remaining = fromVoltage
            return
        }
        voltageBasedRemaining += dt / (config.voltageFilterSeconds + dt) * (fromVoltage - voltageBasedRemaining)
        let drawn = sample.amps.isFinite ? max(0, sample.amps) * dt / 3600 : 0
        consumedAmpHours += drawn
        consumedWattHours += drawn * max(0, sample.volts)
        guard config.capacityAmpHours > 0, sample.amps.isFinite else {
            remaining = voltageBasedRemaining
            return
        }
        var estimate = remaining - drawn / config.capacityAmpHours
        let empty = 1 - voltageBasedRemaining
        let gain = min(1, config.voltageCorrectionRate * empty * empty * dt)
        estimate += gain * (voltageBasedRemaining - estimate)
        remaining = min(1, max(0, estimate))
    }
}
