/// A lithium-polymer battery pack's fixed properties.
public struct BatterySpec: Equatable, Sendable {
    /// Cells in series.
    public var cellCount: Int
    /// Rated capacity, ampere-hours.
    public var capacityAmpHours: Float
    /// Pack internal resistance, ohms.
    public var internalResistanceOhms: Float
    /// Current drawn by the avionics and everything that is not a motor, amperes.
    public var idleCurrentAmps: Float
    /// Electrical-to-shaft efficiency of motors and ESCs together, 0…1.
    public var powertrainEfficiency: Float

    public init(cellCount: Int, capacityAmpHours: Float, internalResistanceOhms: Float,
                idleCurrentAmps: Float = 0.5, powertrainEfficiency: Float = 0.75) {
        self.cellCount = cellCount; self.capacityAmpHours = capacityAmpHours
        self.internalResistanceOhms = internalResistanceOhms
        self.idleCurrentAmps = idleCurrentAmps; self.powertrainEfficiency = powertrainEfficiency
    }

    /// Open-circuit voltage of one LiPo cell at `stateOfCharge` 0…1, volts.
    ///
    /// Piecewise linear through a typical resting-voltage curve at 10 % steps (3.27 V empty,
    /// 3.84 V half, 4.20 V full), the shape battery monitors and hobby charts use.
    public static func cellOpenCircuitVolts(stateOfCharge: Float) -> Float {
        let table: (Float, Float, Float, Float, Float, Float, Float, Float, Float, Float, Float) =
            (3.27, 3.61, 3.71, 3.75, 3.79, 3.84, 3.87, 3.95, 4.02, 4.11, 4.20)
        let s = min(max(stateOfCharge, 0), 1) * 10
        let i = min(Int(s), 9)
        let f = s - Float(i)
        func at(_ k: Int) -> Float {
            switch k {
            case 0: table.0
            case 1: table.1
            case 2: table.2
            case 3: table.3
            case 4: table.4
            case 5: table.5
            case 6: table.6
            case 7: table.7
            case 8: table.8
            case 9: table.9
            default: table.10
            }
        }
        return at(i) + (at(i + 1) - at(i)) * f
    }
}

/// A battery being discharged: state of charge, terminal voltage and current.
///
/// Implementation notes: the load is an electrical power P (shaft power over efficiency plus
/// the idle current at open-circuit voltage); the terminal voltage V = E − I R with I = P / V
/// gives V² − E V + R P = 0, so V = (E + √(E² − 4 R P)) / 2 (the power beyond E²/4R cannot be
/// delivered; the voltage is then clamped at E/2). Charge is counted by integrating I.
public struct Battery: Sendable {
    public var spec: BatterySpec
    /// Charge drawn so far, ampere-hours.
    public private(set) var consumedAmpHours: Float = 0
    /// Terminal voltage, volts.
    public private(set) var volts: Float
    /// Current out of the pack, amperes.
    public private(set) var amps: Float = 0

    public init(spec: BatterySpec, initialStateOfCharge: Float = 1) {
        self.spec = spec
        consumedAmpHours = spec.capacityAmpHours * (1 - min(max(initialStateOfCharge, 0), 1))
        volts = 0
        volts = openCircuitVolts
    }

    /// Remaining charge as a fraction of capacity, 0…1.
    public var stateOfCharge: Float { max(0, 1 - consumedAmpHours / spec.capacityAmpHours) }

    /// Pack open-circuit voltage at the present state of charge, volts.
    public var openCircuitVolts: Float {
        Float(spec.cellCount) * BatterySpec.cellOpenCircuitVolts(stateOfCharge: stateOfCharge)
    }

    /// Draws `shaftPowerWatts` (sum of motor torque × speed) for `dt` seconds.
    public mutating func step(shaftPowerWatts: Float, dt: Float) {
        let e = openCircuitVolts
        let power = max(shaftPowerWatts, 0) / spec.powertrainEfficiency + spec.idleCurrentAmps * e
        let r = spec.internalResistanceOhms
        let disc = e * e - 4 * r * power
        volts = disc > 0 ? 0.5 * (e + disc.squareRoot()) : 0.5 * e
        amps = power / volts
        consumedAmpHours += amps * dt / 3600
    }

    /// Removes `fraction` (0…1) of the remaining charge at once: a failing cell or a bad
    /// connection, as a scenario fault.
    public mutating func drop(fractionOfRemaining fraction: Float) {
        let remaining = spec.capacityAmpHours - consumedAmpHours
        consumedAmpHours += remaining * min(max(fraction, 0), 1)
    }
}
