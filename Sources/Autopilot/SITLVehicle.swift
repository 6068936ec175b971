import FlightCore
import FlightMath
import Simulation
import VehicleServices

/// The real flight stack flying the simulated vehicle, in lockstep.
///
/// One `step()` advances the physics by one fixed step (1 kHz by default); the sensor samples that
/// fell due go to the flight stack, and the stack's motor commands drive the next physics step.
/// No clock is read: a seeded run is the same flight, bit for bit, whatever the machine.
public struct SITLVehicle: Sendable {
    public private(set) var simulator: Simulator
    /// The flight stack, wrapped as the vehicle the MAVLink services talk to; it offers the
    /// files of a host folder (none by default) over MAVLink FTP and the log protocol.
    public var model: FlightStackVehicle<DirectoryFileSystem>
    /// The flight stack itself.
    public var stack: FlightStack {
        // `_read`, not `get`: a getter hands back a copy of the whole stack (about 11 KB, and a
        // second reference to the estimator's storage) for every `vehicle.stack.x` read.
        _read { yield model.stack }
        _modify { yield &model.stack }
    }
    /// The latest ground truth (nil before the first step).
    public private(set) var truth: Truth?
    /// The sensor outputs that fell due in the latest step (nil members: nothing new).
    public private(set) var sensors = SensorBatch()
    var motors = MotorCommands()
    /// The scenario's local frame, for the truth's global position.
    let plane: LocalTangentPlane

    /// Builds the simulated vehicle and a flight stack configured with `parameters`; `sensorSpecs`
    /// picks the simulated sensor set (default: Pixhawk class with a u-blox M9N-class receiver);
    /// `files` are offered over MAVLink (default: none).
    public init(airframe: Airframe, scenario: Scenario, seed: UInt64, parameters: ParameterTable,
                sensorSpecs: SensorSpecs = .pixhawkClass, files: DirectoryFileSystem = DirectoryFileSystem(root: nil)) throws(FlightStackError) {
        simulator = Simulator(airframe: airframe, scenario: scenario, seed: seed, sensorSpecs: sensorSpecs)
        plane = LocalTangentPlane(origin: scenario.origin)
        model = FlightStackVehicle(stack: try FlightStack(parameters: parameters), files: files)
    }

    /// An operator's battery swap: a fully charged pack in the simulator, and the flight stack
    /// told so. Only while disarmed; returns false (nothing changed) while armed.
    public mutating func replaceBattery() -> Bool {
        guard stack.batteryReplaced() else { return false }
        simulator.replaceBattery()
        return true
    }

    /// Simulated time since start.
    public var time: Tick { Tick(micros: simulator.timeMicros) }

    /// Advances one physics step.
    public mutating func step() {
        let (t, batch) = Self.advance(&simulator, &model.stack, &motors)
        truth = t
        sensors = batch
    }

    /// One physics step: the simulator moves on under `motors`, the sensor samples that fell due
    /// go to `stack`, slow sensors first so the IMU step that follows sees them, and the stack's
    /// answer to the IMU sample becomes the next `motors`. Everything it reads is its arguments.
    @inline(__always)
    static func advance(_ simulator: inout Simulator, _ stack: inout FlightStack,
                        _ motors: inout MotorCommands) -> (Truth, SensorBatch) {
        let (t, batch) = simulator.step(motors)
        if let g = batch.gnss { stack.gnss(Self.sample(g)) }
        if let b = batch.baro { stack.baro(BaroSample(time: Tick(micros: b.timeMicros), pressurePa: b.pressurePascals, temperatureC: b.temperatureCelsius)) }
        if let m = batch.mag { stack.mag(MagSample(time: Tick(micros: m.timeMicros), fieldGauss: m.fieldGauss)) }
        if let b = batch.battery { stack.battery(BatterySample(time: Tick(micros: b.timeMicros), volts: b.volts, amps: b.amps)) }
        if let imu = batch.imu {
            let out = stack.imu(ImuSample(time: Tick(micros: imu.timeMicros), gyro: imu.gyro, accel: imu.accel))
            motors = MotorCommands(out.motors)
        }
        return (t, batch)
    }

    /// A copy of this vehicle, to run the same physics steps and model update again later
    /// (`StepReplay`). Mutating only so that a vehicle held in a class is read in place, not
    /// copied whole first.
    public mutating func makeStepReplay() -> StepReplay {
        var replay = StepReplay(vehicle: self)
        replay.vehicle.assign(self)   // its own estimator storage from the start
        return replay
    }

    /// Makes `replay` a copy of this vehicle as it is now, in place, sharing no estimator storage
    /// with it (`assign`).
    public mutating func refreshStepReplay(_ replay: inout StepReplay) {
        replay.vehicle.assign(self)
        replay.resetTruth()
    }

    /// Makes this vehicle a copy of `other` whose flight stack keeps its own estimator storage
    /// (`FlightStack.assign`): keeping a copy up to date every service period allocates nothing,
    /// in either vehicle.
    public mutating func assign(_ other: SITLVehicle) {
        var stack = model.stack
        self = other
        stack.assign(other.model.stack)
        model.stack = stack
    }

    /// Records this step into `recorder`. A mutating method that passes the vehicle on `inout`, by
    /// address: the runtime holds the vehicle in a class, and handing it (or `self` here) to a
    /// borrowing parameter made Swift copy the whole simulator and flight stack, 6 KB, every
    /// physics step (found with `perf` in the soak).
    public mutating func record(into recorder: inout FlightLogRecorder) { recorder.record(inPlace: &self) }

    /// Hands the latest truth to the vehicle services (telemetry of the simulated state), in place.
    public mutating func publishTruth() { model.setTruth(simulatedTruth) }

    /// The latest truth as the telemetry streams send it (global position, altitude AMSL), nil before the first step.
    public var simulatedTruth: SimulatedTruth? { truth.map { Self.simulatedTruth($0, plane: plane) } }

    /// `truth` with its position in WGS-84 through `plane` (the scenario's origin).
    public static func simulatedTruth(_ truth: Truth, plane: LocalTangentPlane) -> SimulatedTruth {
        let p = plane.geodetic(of: truth.position)
        return SimulatedTruth(timeMicros: truth.timeMicros, attitude: truth.attitude, angularRate: truth.angularRate,
                              specificForce: truth.specificForce,
                              position: GlobalPosition(latitudeDegrees: p.latitude, longitudeDegrees: p.longitude, altitudeMSL: p.altitude),
                              velocityNED: truth.velocity)
    }

    /// Steps until `seconds` of simulated time have passed or `stop` says so.
    public mutating func run(seconds: Double, until stop: (borrowing SITLVehicle) -> Bool = { _ in false }) {
        let end = simulator.timeMicros + UInt64(seconds * 1e6)
        while simulator.timeMicros < end {
            step()
            if stop(self) { return }
        }
    }

    static func sample(_ g: GnssReading) -> GnssSample {
        GnssSample(time: Tick(micros: g.timeMicros), latE7: Int32((g.latitude * 1e7).rounded()),
                   lonE7: Int32((g.longitude * 1e7).rounded()), altitudeMeters: g.altitudeMeters,
                   velocityNED: g.velocityNED, fix: GnssFix(rawValue: g.fix.rawValue) ?? .noFix,
                   satellites: g.satellites, horizontalAccuracy: g.horizontalAccuracy,
                   verticalAccuracy: g.verticalAccuracy, speedAccuracy: g.speedAccuracy)
    }
}
