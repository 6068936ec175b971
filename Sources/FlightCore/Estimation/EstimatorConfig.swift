/// How the magnetometer is used.
public enum MagnetometerMode: UInt8, Sendable {
    /// Fuse all three axes and learn earth and body fields (the default).
    case threeAxis = 0
    /// Ignore the magnetometer: heading comes from GNSS velocity in flight.
    case disabled = 1
}

/// Tuning of the estimator: noise, delays, gates and thresholds. Defaults suit a Pixhawk-class IMU
/// and a u-blox M8/M9-class receiver, close to PX4 EKF2's defaults.
public struct EstimatorConfig: Sendable {
    /// Process noise (IMU noise, bias and field random walks).
    public var processNoise = ProcessNoise(gyroNoise: 0.015, accelNoise: 0.35, gyroBiasWalk: 1e-3,
                                           accelBiasWalk: 3e-3, earthFieldWalk: 1e-3, bodyFieldWalk: 1e-4)
    /// Delay of each sensor: how long before its sample's timestamp the measurement was taken, s.
    public var gnssDelay: Float = 0.11
    public var baroDelay: Float = 0
    public var magDelay: Float = 0
    /// Lowest GNSS position noise used (1σ, metres), whatever the receiver reports.
    public var gnssPositionNoise: Float = 0.5
    /// Lowest GNSS velocity noise used (1σ, m/s).
    public var gnssVelocityNoise: Float = 0.3
    /// Barometric height noise (1σ, metres).
    public var baroNoise: Float = 2.0
    /// Magnetometer noise per axis (1σ, gauss).
    public var magNoise: Float = 0.05
    /// Innovation gates, standard deviations.
    public var gnssPositionGate: Float = 5
    public var gnssVelocityGate: Float = 5
    public var baroGate: Float = 5
    public var magGate: Float = 3
    /// Magnetic declination, radians east of true north (from a World Magnetic Model lookup or a parameter).
    public var declination: Float = 0
    /// When true (the default, like PX4's geo-lookup declination), the World Magnetic Model's
    /// declination at the origin replaces `declination` once the first good GNSS fix sets the
    /// origin, and heading and earth field turn by the change (the stationary alignment before
    /// it used `declination`).
    public var declinationFromWorldMagneticModel = true
    /// Decimal year of the World Magnetic Model lookup (no date comes with the GNSS samples; the
    /// declination changes by about 0.1° a year).
    public var magneticModelYear: Double = 2026.5
    public var magnetometerMode: MagnetometerMode = .threeAxis
    /// Time of stationary data averaged for the initial alignment, seconds.
    public var alignmentDuration: Float = 1.0
    /// Consecutive good GNSS samples needed before the origin is set.
    public var gnssGoodSamplesForOrigin = 5
    /// GNSS quality needed to use a sample: accuracies (metres) and satellites.
    public var gnssMaxHorizontalAccuracy: Float = 5
    public var gnssMaxVerticalAccuracy: Float = 8
    public var gnssMinSatellites: UInt8 = 6
    /// After this long with GNSS rejected by the gates, the filter resets to GNSS, seconds.
    public var gnssResetTimeout: Float = 5
    /// After this long with the magnetometer rejected, it is declared bad and heading is taken
    /// from GNSS velocity, seconds.
    public var magFailTimeout: Float = 5
    /// Height above the lowest point since the origin was set (the take-off point), metres, at
    /// which heading and earth field are taken once more from the magnetometer, away from the
    /// ground's magnetic anomalies (steel in a pad, rebar, a vehicle nearby) that may have
    /// corrupted the stationary alignment, as PX4 EKF2 and ArduPilot EKF3 do at 1.5 m.
    public var magInFlightAlignmentHeight: Float = 1.5
    /// Nominal filter update period, seconds: IMU samples are summed into intervals at least 90 %
    /// this long before the filter predicts with them (PX4 EKF2 runs at 100 Hz the same way), while
    /// the output predictor still integrates every sample.
    public var filterPeriod: Float = 0.01
    /// Time constant of the output predictor's correction, seconds.
    public var outputTimeConstant: Float = 0.25
    /// A solution is reported good only when its standard deviation is below these.
    public var maxTiltStd: Float = 0.09
    public var maxVelocityStd: Float = 1.0
    public var maxPositionStd: Float = 5.0
    /// Dead reckoning without GNSS keeps position valid this long, seconds.
    public var deadReckoningTimeout: Float = 10
    /// Accelerometer consistency check (as PX4 EKF2's "bad vertical acceleration"): when the GNSS
    /// vertical velocity is rejected by its gate and the barometric height disagrees on the same
    /// side of the prediction for this long, the accelerometer is declared bad, seconds.
    public var badAccelerometerTime: Float = 0.5
    /// How far the barometer must disagree: its test ratio (0.04: one standard deviation of the
    /// innovation with the 5σ gate).
    public var badAccelerometerBaroRatio: Float = 0.04
    /// The declaration holds (the estimator reports itself unhealthy) this long after it was last
    /// made, seconds.
    public var badAccelerometerProbation: Float = 10
    /// Uncertainty (1σ, m/s²) of the accelerometer bias the filter restarts from when it declares
    /// the accelerometer bad, so that it can learn the new bias from the height measurements.
    public var badAccelerometerBiasStd: Float = 1.5

    public init() {}

    /// The delayed fusion horizon: the longest sensor delay, seconds.
    @inlinable public var fusionHorizon: Float { max(gnssDelay, max(baroDelay, magDelay)) }
}
