import FlightMath

/// Initial attitude from averaged stationary accelerometer and magnetometer data.
///
/// Roll and pitch come from the direction of the mean specific force (gravity seen from the
/// body); heading from the mean magnetic field levelled by that tilt, plus the declination.
public struct StationaryAlignment: Sendable {
    public var accelSum = Vector3.zero
    public var imuCount = 0
    public var duration: Float = 0
    public var magSum = Vector3.zero
    public var magCount = 0

    public init() {}

    /// Adds one IMU interval of `dt` seconds (specific force m/s², body FRD).
    @inlinable public mutating func add(accel: Vector3, dt: Float) { accelSum += accel; imuCount += 1; duration += dt }
    /// Adds one magnetometer sample (gauss, body FRD).
    @inlinable public mutating func add(mag: Vector3) { magSum += mag; magCount += 1 }

    /// Mean specific force, m/s², body FRD.
    @inlinable public var meanAccel: Vector3 { imuCount > 0 ? accelSum / Float(imuCount) : .zero }
    /// Mean magnetic field, gauss, body FRD (nil without samples).
    @inlinable public var meanMag: Vector3? { magCount > 0 ? magSum / Float(magCount) : nil }

    /// The attitude (body FRD → NED) implied by the data; heading 0 without magnetometer data.
    ///
    /// - Parameter declination: magnetic declination, radians east of true north.
    public func attitude(declination: Float) -> Quaternion {
        let f = meanAccel
        // At rest the accelerometer reads -g rotated into the body: f = Rᵀ (0, 0, -g).
        let roll = Math.atan2(-f.y, -f.z)
        let pitch = Math.atan2(f.x, (f.y * f.y + f.z * f.z).squareRoot())
        var yaw: Float = 0
        if let m = meanMag {
            let level = EulerAngles(roll: roll, pitch: pitch, yaw: 0).quaternion.rotate(m)
            yaw = declination - Math.atan2(level.y, level.x)
        }
        return EulerAngles(roll: roll, pitch: pitch, yaw: yaw).quaternion
    }
}
