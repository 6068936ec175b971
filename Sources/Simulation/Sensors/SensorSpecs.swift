import FlightMath

/// Inertial sensor figures. Noise densities are per √Hz; the output noise is density × √rate
/// because each output averages the physics steps since the previous one.
public struct ImuSpec: Equatable, Sendable {
    /// Output rate, Hz.
    public var rateHz: Float
    /// Gyro white noise density, rad/s/√Hz.
    public var gyroNoiseDensity: Float
    /// Gyro bias random walk, rad/s/√s.
    public var gyroBiasRandomWalk: Float
    /// Gyro turn-on bias (residual after calibration), 1σ per axis, rad/s.
    public var gyroTurnOnBias: Float
    /// Gyro full-scale range, rad/s (outputs clip here).
    public var gyroRange: Float
    /// Accelerometer white noise density, m/s²/√Hz.
    public var accelNoiseDensity: Float
    /// Accelerometer bias random walk, m/s²/√s.
    public var accelBiasRandomWalk: Float
    /// Accelerometer turn-on bias (residual after calibration), 1σ per axis, m/s².
    public var accelTurnOnBias: Float
    /// Accelerometer full-scale range, m/s².
    public var accelRange: Float
}

/// Satellite-receiver figures (u-blox M8/M9 class).
public struct GnssSpec: Equatable, Sendable {
    public var rateHz: Float
    /// Delay from the measurement epoch to the message's arrival, s.
    public var latencySeconds: Float
    /// Horizontal white position noise, 1σ per axis, m.
    public var horizontalNoise: Float
    /// Vertical white position noise, 1σ, m.
    public var verticalNoise: Float
    /// Correlated (Gauss–Markov) position drift, 1σ per horizontal axis, m.
    public var horizontalDrift: Float
    /// Correlated vertical drift, 1σ, m.
    public var verticalDrift: Float
    /// Correlation time of the drift, s.
    public var driftCorrelationSeconds: Float
    /// Velocity white noise, 1σ per axis, m/s.
    public var velocityNoise: Float
    /// Typical number of satellites used.
    public var satellites: Int
}

/// Barometer figures (MS5611 class).
public struct BaroSpec: Equatable, Sendable {
    public var rateHz: Float
    /// White pressure noise, 1σ, Pa.
    public var pressureNoise: Float
    /// Correlated pressure drift (thermal), 1σ, Pa, and its correlation time, s.
    public var pressureDrift: Float
    public var driftCorrelationSeconds: Float
    /// Absolute offset at turn-on, 1σ, Pa.
    public var turnOnOffset: Float
    /// Board self-heating above ambient, °C.
    public var boardHeatingCelsius: Float
}

/// Magnetometer figures.
public struct MagSpec: Equatable, Sendable {
    public var rateHz: Float
    /// White noise, 1σ per axis, gauss.
    public var noise: Float
    /// Residual hard-iron offset after calibration, 1σ per axis, gauss.
    public var hardIronResidual: Float
    /// Field from the motor currents per ampere of battery current, gauss/A, body FRD.
    public var currentInterferencePerAmp: Vector3
}

/// Battery monitor (power module) figures.
public struct BatteryMonitorSpec: Equatable, Sendable {
    public var rateHz: Float
    /// Voltage noise 1σ, V; current noise 1σ, A.
    public var voltsNoise: Float
    public var ampsNoise: Float
}

/// The full sensor set of one vehicle.
public struct SensorSpecs: Equatable, Sendable {
    public var imu: ImuSpec
    public var gnss: GnssSpec
    public var baro: BaroSpec
    public var mag: MagSpec
    public var battery: BatteryMonitorSpec

    /// A Pixhawk-class set: ICM-42688-P IMU, u-blox M9N GNSS, MS5611 barometer, IST8310-class
    /// magnetometer, analog power module. Figures and their sources: `sim/sensors.md`.
    public static let pixhawkClass = SensorSpecs(
        imu: ImuSpec(rateHz: 400,
                     gyroNoiseDensity: 4.9e-5,        // 2.8 mdps/√Hz
                     gyroBiasRandomWalk: 4.0e-5,
                     gyroTurnOnBias: 0.003,
                     gyroRange: 34.9,                 // 2000 dps
                     accelNoiseDensity: 6.9e-4,       // 70 µg/√Hz
                     accelBiasRandomWalk: 3.0e-4,
                     accelTurnOnBias: 0.05,
                     accelRange: 156.9),              // 16 g
        gnss: GnssSpec(rateHz: 10, latencySeconds: 0.11, horizontalNoise: 0.15, verticalNoise: 0.3,
                       horizontalDrift: 1.2, verticalDrift: 2.0, driftCorrelationSeconds: 180,
                       velocityNoise: 0.05, satellites: 16),
        baro: BaroSpec(rateHz: 50, pressureNoise: 1.2, pressureDrift: 6, driftCorrelationSeconds: 300,
                       turnOnOffset: 100, boardHeatingCelsius: 8),
        mag: MagSpec(rateHz: 100, noise: 0.003, hardIronResidual: 0.01,
                     currentInterferencePerAmp: Vector3(0.0002, 0, 0.0004)),
        battery: BatteryMonitorSpec(rateHz: 20, voltsNoise: 0.02, ampsNoise: 0.1))

    /// The Pixhawk-class set with an RTK receiver (u-blox ZED-F9P class, RTK fixed) instead of the
    /// M9N: centimetre-level position, the same rate, latency and velocity noise. With it the
    /// absolute position error no longer hides how well the estimator and the controllers hold a
    /// point, which is what the flight-quality figures (`docs/FLIGHT.md`) measure.
    public static let pixhawkClassRTK: SensorSpecs = {
        var specs = pixhawkClass
        specs.gnss.horizontalNoise = 0.01
        specs.gnss.verticalNoise = 0.015
        specs.gnss.horizontalDrift = 0.02
        specs.gnss.verticalDrift = 0.03
        return specs
    }()
}
