import FlightMath

/// The estimator's full (nominal) state, which the error states correct.
public struct NominalState: Sendable {
    /// Attitude, body FRD → NED.
    public var attitude: Quaternion = .identity
    /// Velocity, m/s, NED.
    public var velocity: Vector3 = .zero
    /// Position, metres, NED from the origin.
    public var position: Vector3 = .zero
    /// Gyro bias, rad/s, body FRD (subtracted from the gyro).
    public var gyroBias: Vector3 = .zero
    /// Accelerometer bias, m/s², body FRD (subtracted from the accelerometer).
    public var accelBias: Vector3 = .zero
    /// Earth magnetic field, gauss, NED.
    public var earthField: Vector3 = .zero
    /// Body (hard-iron) magnetic field, gauss, body FRD.
    public var bodyField: Vector3 = .zero

    /// Gravity, m/s², NED.
    public static let gravity = Vector3(0, 0, 9.806_65)

    @inlinable public init() {}

    /// Strapdown integration of one IMU interval; returns the bias-corrected delta velocity in
    /// NED without gravity, m/s (what the covariance prediction needs).
    ///
    /// - Parameters:
    ///   - gyro: angular rate, rad/s, body FRD (raw, bias still in).
    ///   - accel: specific force, m/s², body FRD (raw).
    ///   - dt: interval, seconds.
    @inlinable public mutating func integrate(gyro: Vector3, accel: Vector3, dt: Float) -> Vector3 {
        let deltaAngle = (gyro - gyroBias) * dt
        let deltaVelocityBody = (accel - accelBias) * dt
        // Rotate the delta velocity with the mid-interval attitude (second order in dt).
        let mid = attitude * Quaternion(rotationVector: deltaAngle * 0.5)
        let dvNED = mid.rotate(deltaVelocityBody)
        attitude = (attitude * Quaternion(rotationVector: deltaAngle)).normalized
        let previous = velocity
        velocity += dvNED + NominalState.gravity * dt
        position += (previous + velocity) * (dt * 0.5)
        return dvNED
    }

    /// Adds an error-state correction (global attitude error: `q ← q(δθ) ⊗ q`).
    @inlinable public mutating func inject(_ dx: ErrorVector) {
        let i = ErrorStateIndex.self
        attitude = (Quaternion(rotationVector: Vector3(dx[i.attitude], dx[i.attitude + 1], dx[i.attitude + 2])) * attitude)
            .normalized
        velocity += Vector3(dx[i.velocity], dx[i.velocity + 1], dx[i.velocity + 2])
        position += Vector3(dx[i.position], dx[i.position + 1], dx[i.position + 2])
        gyroBias += Vector3(dx[i.gyroBias], dx[i.gyroBias + 1], dx[i.gyroBias + 2])
        accelBias += Vector3(dx[i.accelBias], dx[i.accelBias + 1], dx[i.accelBias + 2])
        earthField += Vector3(dx[i.earthField], dx[i.earthField + 1], dx[i.earthField + 2])
        bodyField += Vector3(dx[i.bodyField], dx[i.bodyField + 1], dx[i.bodyField + 2])
    }
}
