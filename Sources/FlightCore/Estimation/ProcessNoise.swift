/// Process noise and variance limits of the error-state filter.
///
/// Spectral densities as 1σ values; the filter squares them and scales by the IMU interval.
public struct ProcessNoise: Sendable {
    /// Gyro noise variance density, (rad/s)².
    public var gyro: Float
    /// Accelerometer noise variance density, (m/s²)².
    public var accel: Float
    /// Gyro bias random walk, (rad/s)²/s.
    public var gyroBiasWalk: Float
    /// Accelerometer bias random walk, (m/s²)²/s.
    public var accelBiasWalk: Float
    /// Earth field random walk, gauss²/s.
    public var earthFieldWalk: Float
    /// Body field random walk, gauss²/s.
    public var bodyFieldWalk: Float

    /// Builds the noise from 1σ figures (squared here).
    public init(gyroNoise: Float, accelNoise: Float, gyroBiasWalk: Float, accelBiasWalk: Float,
                earthFieldWalk: Float, bodyFieldWalk: Float) {
        gyro = gyroNoise * gyroNoise; accel = accelNoise * accelNoise
        self.gyroBiasWalk = gyroBiasWalk * gyroBiasWalk; self.accelBiasWalk = accelBiasWalk * accelBiasWalk
        self.earthFieldWalk = earthFieldWalk * earthFieldWalk; self.bodyFieldWalk = bodyFieldWalk * bodyFieldWalk
    }

    /// Lower and upper variance limits of error state `i` (units² of that state).
    @inlinable public func varianceLimits(ofState i: Int) -> ClosedRange<Float> {
        switch i {
        case ..<3: return 1e-9 ... 1.0
        case ..<6: return 1e-6 ... 1e6
        case ..<9: return 1e-6 ... 1e6
        case ..<12: return 1e-12 ... 1e-2
        case ..<15: return 1e-9 ... 1.0
        default: return 1e-9 ... 1.0
        }
    }
}
