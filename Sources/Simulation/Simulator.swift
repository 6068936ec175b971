import FlightMath

/// A whole simulated flight: world physics, sensors and a scenario's fault schedule, stepped at
/// a fixed rate in lockstep with whatever flies the vehicle.
///
/// `step(_:)` advances one physics step (default 1 kHz) and returns the truth and the sensor
/// outputs that fell due. Faults from the scenario are applied when their time comes. Two
/// simulators built from the same airframe, scenario and seed produce bit-identical output.
public struct Simulator: Sendable {
    /// The physics (truth, battery, rotors).
    public private(set) var world: World
    /// The sensor models and their fault state.
    public private(set) var sensors: SensorSuite
    /// Where, in what wind and with which faults this flight happens.
    public let scenario: Scenario
    /// Physics step, s.
    public let stepSeconds: Float
    var sensorRandom: SplitMix64
    var nextFault = 0
    var linkLoss = FaultWindow()
    var manualControlLoss = FaultWindow()

    /// A simulator of `airframe` in `scenario`, physics at `physicsRateHz`, randomness from `seed`.
    public init(airframe: Airframe, scenario: Scenario, seed: UInt64, sensorSpecs: SensorSpecs = .pixhawkClass,
                physicsRateHz: Float = 1000) {
        self.scenario = scenario
        stepSeconds = 1 / physicsRateHz
        // Independent streams for the world and the sensors, both derived from the one seed.
        var seeds = SplitMix64(seed: seed)
        world = World(airframe: airframe, origin: scenario.origin, wind: scenario.wind,
                      yawRadians: scenario.heading, seed: seeds.next())
        var sensorSetup = SplitMix64(seed: seeds.next())
        sensors = SensorSuite(specs: sensorSpecs, airframe: airframe, origin: scenario.origin,
                              decimalYear: scenario.decimalYear, rng: &sensorSetup)
        sensorRandom = SplitMix64(seed: seeds.next())
    }

    /// Simulated time, µs since start.
    public var timeMicros: UInt64 { world.timeMicros }

    /// True while a scheduled ground-station link loss lasts: the MAVLink edge should drop traffic.
    public var isLinkLost: Bool { linkLoss.contains(world.timeMicros) }

    /// True while a scheduled manual-control loss lasts: whoever feeds the pilot's sticks should stop.
    public var isManualControlLost: Bool { manualControlLoss.contains(world.timeMicros) }

    /// Advances one physics step with `motorCommands` (0…1 per motor, airframe order).
    public mutating func step(_ motorCommands: MotorCommands) -> (truth: Truth, sensors: SensorBatch) {
        let truth = world.step(motorCommands: motorCommands, dt: stepSeconds)
        // Faults due by the end of this step act on this step's sensors and the next physics step.
        applyDueFaults()
        return (truth, sensors.sample(truth, rng: &sensorRandom))
    }

    mutating func applyDueFaults() {
        let now = world.timeMicros
        while nextFault < scenario.faults.count, scenario.faults[nextFault].timeMicros <= now {
            inject(scenario.faults[nextFault].fault, at: now)
            nextFault += 1
        }
    }

    /// Makes `fault` happen now (for faults that do not come from the scenario file, e.g. a
    /// test or a ground-station command).
    public mutating func inject(_ fault: Fault) { inject(fault, at: world.timeMicros) }

    /// Puts in a fully charged pack of the same kind (an operator's battery swap between flights).
    public mutating func replaceBattery() { world.replaceBattery() }

    mutating func inject(_ fault: Fault, at now: UInt64) {
        switch fault {
        case .gnssLoss(let seconds):
            sensors.loseGnss(at: now, seconds: seconds)
        case .gnssGlitch(let north, let east, let seconds):
            sensors.glitchGnss(at: now, offset: Vector3(north, east, 0), seconds: seconds)
        case .motorFailure(let motor):
            world.failMotor(motor)
        case .motorEfficiency(let motor, let efficiency):
            if motor >= 0 && motor < 8 { world.motorEfficiency[motor] = efficiency }
        case .linkLoss(let seconds):
            linkLoss = FaultWindow(start: now, seconds: seconds)
        case .manualControlLoss(let seconds):
            manualControlLoss = FaultWindow(start: now, seconds: seconds)
        case .batteryDrop(let fraction):
            world.dropBattery(fractionOfRemaining: fraction)
        case .magInterference(let field, let seconds):
            sensors.disturbMagnetometer(at: now, field: field, seconds: seconds)
        case .accelerometerBias(let shift):
            sensors.shiftAccelerometerBias(by: shift)
        case .gyroBias(let shift):
            sensors.shiftGyroBias(by: shift)
        }
    }
}
