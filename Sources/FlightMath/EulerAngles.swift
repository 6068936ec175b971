/// Aerospace Z-Y-X (yaw, pitch, roll) Euler angles, radians, of a body FRD → NED attitude.
///
/// The attitude is `Rz(yaw) · Ry(pitch) · Rx(roll)`: starting from NED, turn by yaw about down,
/// then pitch about the new right axis, then roll about the new forward axis.
public struct EulerAngles: Equatable, Sendable {
    /// Rotation about body forward, radians, in (-π, π].
    public var roll: Float
    /// Rotation about body right, radians, in [-π/2, π/2].
    public var pitch: Float
    /// Heading, radians clockwise from north, in (-π, π].
    public var yaw: Float

    @inlinable public init(roll: Float, pitch: Float, yaw: Float) {
        self.roll = roll; self.pitch = pitch; self.yaw = yaw
    }

    /// The Euler angles of an attitude. At pitch ±90° (gimbal lock) roll is reported as 0 and the
    /// whole rotation about the vertical is put in yaw.
    @inlinable public init(_ q: Quaternion) {
        let n = q.normalized
        let sinPitch = 2 * (n.w * n.y - n.z * n.x)
        if abs(sinPitch) >= 0.999_999 {
            let pitch: Float = sinPitch > 0 ? .pi / 2 : -.pi / 2
            // With roll fixed at 0, yaw follows from the remaining rotation.
            let yaw = sinPitch > 0 ? -2 * Math.atan2(n.x, n.w) : 2 * Math.atan2(n.x, n.w)
            self.init(roll: 0, pitch: pitch, yaw: EulerAngles.wrapPi(yaw))
            return
        }
        self.init(roll: Math.atan2(2 * (n.w * n.x + n.y * n.z), 1 - 2 * (n.x * n.x + n.y * n.y)),
                  pitch: Math.asin(sinPitch),
                  yaw: Math.atan2(2 * (n.w * n.z + n.x * n.y), 1 - 2 * (n.y * n.y + n.z * n.z)))
    }

    /// The Euler angles of a rotation matrix (body FRD → NED).
    @inlinable public init(_ m: Matrix3) { self.init(Quaternion(m)) }

    /// The attitude as a quaternion (body FRD → NED).
    @inlinable public var quaternion: Quaternion {
        let cr = Math.cos(roll / 2), sr = Math.sin(roll / 2)
        let cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2)
        let cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2)
        return Quaternion(w: cy * cp * cr + sy * sp * sr,
                          x: cy * cp * sr - sy * sp * cr,
                          y: cy * sp * cr + sy * cp * sr,
                          z: sy * cp * cr - cy * sp * sr)
    }

    /// The attitude as a rotation matrix (body FRD → NED).
    @inlinable public var matrix: Matrix3 { Matrix3(quaternion) }

    @inlinable static func wrapPi(_ a: Float) -> Float {
        var r = a
        while r > .pi { r -= 2 * .pi }
        while r <= -.pi { r += 2 * .pi }
        return r
    }
}

extension Quaternion {
    /// The heading (yaw of the Z-Y-X Euler angles), radians clockwise from north.
    @inlinable public var yaw: Float { EulerAngles(self).yaw }
}
