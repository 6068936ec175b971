/// A Hamilton unit quaternion `w + xi + yj + zk` that rotates body FRD vectors into NED.
///
/// `q.rotate(v_body)` gives the same vector expressed in NED; `q.inverseRotate(v_ned)` goes back.
/// Composition follows Hamilton's convention: `a * b` applies `b` first, then `a`.
public struct Quaternion: Equatable, Sendable {
    public var w: Float
    public var x: Float
    public var y: Float
    public var z: Float

    @inlinable public init(w: Float, x: Float, y: Float, z: Float) {
        self.w = w; self.x = x; self.y = y; self.z = z
    }

    /// No rotation: body axes aligned with north, east, down.
    public static let identity = Quaternion(w: 1, x: 0, y: 0, z: 0)

    /// The rotation of `angle` radians about the unit `axis` (right-handed).
    @inlinable public init(axis: Vector3, angle: Float) {
        let half = angle * 0.5
        let s = Math.sin(half)
        let n = axis.normalized
        self.init(w: Math.cos(half), x: n.x * s, y: n.y * s, z: n.z * s)
    }

    /// The rotation by the rotation vector `v` (axis times angle in radians), exact for any size.
    @inlinable public init(rotationVector v: Vector3) {
        let angle = v.length
        if angle < 1e-6 {
            // Second-order expansion avoids dividing by a vanishing angle.
            self.init(w: 1 - angle * angle / 8, x: v.x * 0.5, y: v.y * 0.5, z: v.z * 0.5)
        } else {
            self.init(axis: v / angle, angle: angle)
        }
    }

    @inlinable public static func * (a: Quaternion, b: Quaternion) -> Quaternion {
        Quaternion(
            w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
            x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w)
    }

    @inlinable public var conjugate: Quaternion { Quaternion(w: w, x: -x, y: -y, z: -z) }

    @inlinable public var norm: Float { (w * w + x * x + y * y + z * z).squareRoot() }

    /// This quaternion scaled to unit length (identity if it has none).
    @inlinable public var normalized: Quaternion {
        let n = norm
        guard n > 0 else { return .identity }
        let k = 1 / n
        return Quaternion(w: w * k, x: x * k, y: y * k, z: z * k)
    }

    /// The same rotation with a non-negative scalar part.
    @inlinable public var canonical: Quaternion { w < 0 ? Quaternion(w: -w, x: -x, y: -y, z: -z) : self }

    /// Rotates a body-frame vector into the reference (NED) frame.
    @inlinable public func rotate(_ v: Vector3) -> Vector3 {
        // v' = v + 2w(u×v) + 2u×(u×v), with u the vector part.
        let u = Vector3(x, y, z)
        let t = u.cross(v) * 2
        return v + t * w + u.cross(t)
    }

    /// Rotates a reference-frame (NED) vector into the body frame.
    @inlinable public func inverseRotate(_ v: Vector3) -> Vector3 { conjugate.rotate(v) }

    /// The rotation vector (axis times angle, radians) of this rotation, angle in [0, π].
    @inlinable public var rotationVector: Vector3 {
        let q = canonical
        let s = (q.x * q.x + q.y * q.y + q.z * q.z).squareRoot()
        if s < 1e-6 { return Vector3(q.x, q.y, q.z) * 2 }
        let angle = 2 * Math.atan2(s, q.w)
        return Vector3(q.x, q.y, q.z) * (angle / s)
    }
}
