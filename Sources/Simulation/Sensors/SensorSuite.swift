import FlightMath

/// All sensors of one vehicle. Call `sample` once per physics step with that step's truth; it
/// returns whatever outputs fell due (IMU at its rate, GNSS after its latency, …).
///
/// Seeded: the turn-on errors are drawn from the `rng` given to `init`; every later draw comes
/// from the `rng` passed to `sample`, so equal seeds give equal readings bit for bit.
/// No allocation per call.
public struct SensorSuite: Sendable {
    public let specs: SensorSpecs
    var imu: ImuModel
    var gnss: GnssModel
    var baro: BarometerModel
    var mag: MagnetometerModel
    var batteryMonitor: BatteryMonitorModel
    var lastTime: UInt64 = 0

    /// Sensors for `airframe` (for vibration) flying from `origin` (ground altitude AMSL) on
    /// `decimalYear` (for the magnetic field).
    public init(specs: SensorSpecs = .pixhawkClass, airframe: Airframe, origin: GeodeticPosition,
                decimalYear: Double, rng: inout SplitMix64) {
        self.specs = specs
        imu = ImuModel(spec: specs.imu, airframe: airframe, rng: &rng)
        gnss = GnssModel(spec: specs.gnss, origin: origin, rng: &rng)
        baro = BarometerModel(spec: specs.baro, originAltitude: origin.altitude, rng: &rng)
        let field = WorldMagneticModel.field(at: origin, decimalYear: decimalYear)
        mag = MagnetometerModel(spec: specs.mag, earthFieldNED: field.gaussNED, rng: &rng)
        batteryMonitor = BatteryMonitorModel(spec: specs.battery)
    }

    /// The outputs due at `truth.timeMicros` (µs since start).
    public mutating func sample(_ truth: Truth, rng: inout SplitMix64) -> SensorBatch {
        let dt = Float(truth.timeMicros &- lastTime) * 1e-6
        lastTime = truth.timeMicros
        return SensorBatch(imu: imu.sample(truth, dt: dt, rng: &rng), gnss: gnss.sample(truth, rng: &rng),
                           baro: baro.sample(truth, rng: &rng), mag: mag.sample(truth, rng: &rng),
                           battery: batteryMonitor.sample(truth, rng: &rng))
    }

    /// The Earth's field the magnetometer sees at the origin, gauss, NED.
    public var earthFieldNED: Vector3 { mag.earthFieldNED }

    /// No GNSS fix from `timeMicros` for `seconds`.
    public mutating func loseGnss(at timeMicros: UInt64, seconds: Float) {
        gnss.outage = FaultWindow(start: timeMicros, seconds: seconds)
    }

    /// GNSS position off by `offset` (m, NED) from `timeMicros` for `seconds`.
    public mutating func glitchGnss(at timeMicros: UInt64, offset: Vector3, seconds: Float) {
        gnss.glitchOffset = offset
        gnss.glitch = FaultWindow(start: timeMicros, seconds: seconds)
    }

    /// Extra magnetic field `field` (gauss, body FRD) from `timeMicros` for `seconds`.
    public mutating func disturbMagnetometer(at timeMicros: UInt64, field: Vector3, seconds: Float) {
        mag.interference = field
        mag.interferenceWindow = FaultWindow(start: timeMicros, seconds: seconds)
    }

    /// The accelerometer's bias jumps by `shift` (m/s², body FRD) and stays: a damaged sensor
    /// (shock, a cracked proof mass, board stress). The random walk goes on from the new bias.
    public mutating func shiftAccelerometerBias(by shift: Vector3) { imu.accelBias += shift }

    /// The gyro's bias jumps by `shift` (rad/s, body FRD) and stays.
    public mutating func shiftGyroBias(by shift: Vector3) { imu.gyroBias += shift }
}
