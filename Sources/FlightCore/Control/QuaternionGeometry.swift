import FlightMath

/// Quaternion constructions the attitude and thrust-vector code need.
enum QuaternionGeometry {
    /// The body z axis (down in FRD) expressed in NED for attitude `q`.
    @inlinable static func bodyZ(_ q: Quaternion) -> Vector3 {
        // Third column of the rotation matrix of q.
        Vector3(2 * (q.x * q.z + q.w * q.y), 2 * (q.y * q.z - q.w * q.x), 1 - 2 * (q.x * q.x + q.y * q.y))
    }

    /// Heading (yaw, radians from north) of attitude `q` (Z-Y-X Euler convention).
    @inlinable static func yaw(_ q: Quaternion) -> Float {
        Math.atan2(2 * (q.w * q.z + q.x * q.y), 1 - 2 * (q.y * q.y + q.z * q.z))
    }

    /// The rotation about the NED down axis by `yaw` radians.
    @inlinable static func heading(_ yaw: Float) -> Quaternion {
        Quaternion(w: Math.cos(yaw / 2), x: 0, y: 0, z: Math.sin(yaw / 2))
    }

    /// The smallest rotation taking unit vector `from` onto unit vector `to`.
    static func shortestArc(from: Vector3, to: Vector3) -> Quaternion {
        let c = from.dot(to)
        let axis = from.cross(to)
        if c < -1 + 1e-6 {
            // Opposite vectors: rotate half a turn about any axis perpendicular to `from`.
            let helper = abs(from.x) < 0.9 ? Vector3(1, 0, 0) : Vector3(0, 1, 0)
            let perpendicular = from.cross(helper).normalized
            return Quaternion(w: 0, x: perpendicular.x, y: perpendicular.y, z: perpendicular.z)
        }
        return Quaternion(w: 1 + c, x: axis.x, y: axis.y, z: axis.z).normalized
    }

    /// The attitude whose body x, y, z axes are the given orthonormal NED vectors (rotation
    /// matrix columns), by Shepperd's method.
    static func fromAxes(x: Vector3, y: Vector3, z: Vector3) -> Quaternion {
        let trace = x.x + y.y + z.z
        var q: Quaternion
        if trace > 0 {
            let s = (trace + 1).squareRoot() * 2
            q = Quaternion(w: s / 4, x: (y.z - z.y) / s, y: (z.x - x.z) / s, z: (x.y - y.x) / s)
        } else if x.x > y.y && x.x > z.z {
            let s = (1 + x.x - y.y - z.z).squareRoot() * 2
            q = Quaternion(w: (y.z - z.y) / s, x: s / 4, y: (y.x + x.y) / s, z: (z.x + x.z) / s)
        } else if y.y > z.z {
            let s = (1 + y.y - x.x - z.z).squareRoot() * 2
            q = Quaternion(w: (z.x - x.z) / s, x: (y.x + x.y) / s, y: s / 4, z: (z.y + y.z) / s)
        } else {
            let s = (1 + z.z - x.x - y.y).squareRoot() * 2
            q = Quaternion(w: (x.y - y.x) / s, x: (z.x + x.z) / s, y: (z.y + y.z) / s, z: s / 4)
        }
        return q.normalized.canonical
    }
}
