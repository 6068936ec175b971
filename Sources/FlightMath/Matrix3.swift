/// A 3×3 single-precision matrix stored by rows.
///
/// Used for rotation matrices (body FRD → NED when built from an attitude quaternion), skew
/// (cross-product) matrices and small Jacobian blocks. The frame of each use is the caller's to name.
public struct Matrix3: Equatable, Sendable {
    /// First, second and third row.
    public var row0: Vector3, row1: Vector3, row2: Vector3

    @inlinable public init(row0: Vector3, row1: Vector3, row2: Vector3) {
        self.row0 = row0; self.row1 = row1; self.row2 = row2
    }

    /// The matrix with the given columns.
    @inlinable public init(column0 c0: Vector3, column1 c1: Vector3, column2 c2: Vector3) {
        self.init(row0: Vector3(c0.x, c1.x, c2.x), row1: Vector3(c0.y, c1.y, c2.y), row2: Vector3(c0.z, c1.z, c2.z))
    }

    /// A diagonal matrix.
    @inlinable public init(diagonal d: Vector3) {
        self.init(row0: Vector3(d.x, 0, 0), row1: Vector3(0, d.y, 0), row2: Vector3(0, 0, d.z))
    }

    public static let identity = Matrix3(diagonal: Vector3(1, 1, 1))
    public static let zero = Matrix3(diagonal: .zero)

    /// The skew-symmetric matrix `[v×]` with `[v×] w = v × w`.
    @inlinable public static func skew(_ v: Vector3) -> Matrix3 {
        Matrix3(row0: Vector3(0, -v.z, v.y), row1: Vector3(v.z, 0, -v.x), row2: Vector3(-v.y, v.x, 0))
    }

    /// The outer product `a bᵀ`.
    @inlinable public static func outer(_ a: Vector3, _ b: Vector3) -> Matrix3 {
        Matrix3(row0: b * a.x, row1: b * a.y, row2: b * a.z)
    }

    /// The rotation matrix of an attitude: maps body FRD vectors to NED, like `q.rotate`.
    @inlinable public init(_ q: Quaternion) {
        let ww = q.w * q.w, xx = q.x * q.x, yy = q.y * q.y, zz = q.z * q.z
        let xy = q.x * q.y, xz = q.x * q.z, yz = q.y * q.z, wx = q.w * q.x, wy = q.w * q.y, wz = q.w * q.z
        self.init(row0: Vector3(ww + xx - yy - zz, 2 * (xy - wz), 2 * (xz + wy)),
                  row1: Vector3(2 * (xy + wz), ww - xx + yy - zz, 2 * (yz - wx)),
                  row2: Vector3(2 * (xz - wy), 2 * (yz + wx), ww - xx - yy + zz))
    }

    @inlinable public var column0: Vector3 { Vector3(row0.x, row1.x, row2.x) }
    @inlinable public var column1: Vector3 { Vector3(row0.y, row1.y, row2.y) }
    @inlinable public var column2: Vector3 { Vector3(row0.z, row1.z, row2.z) }

    /// Element at `row`, `column` (0-based).
    @inlinable public subscript(row: Int, column: Int) -> Float {
        get { row == 0 ? row0[column] : (row == 1 ? row1[column] : row2[column]) }
        set {
            if row == 0 { row0[column] = newValue } else if row == 1 { row1[column] = newValue } else { row2[column] = newValue }
        }
    }

    @inlinable public var transposed: Matrix3 { Matrix3(row0: column0, row1: column1, row2: column2) }
    @inlinable public var trace: Float { row0.x + row1.y + row2.z }
    @inlinable public var diagonal: Vector3 { Vector3(row0.x, row1.y, row2.z) }
    @inlinable public var determinant: Float { row0.dot(row1.cross(row2)) }

    /// The inverse, or nil when the matrix is singular (|det| below `1e-12` of its scale).
    @inlinable public var inverse: Matrix3? {
        let c0 = row1.cross(row2), c1 = row2.cross(row0), c2 = row0.cross(row1)
        let det = row0.dot(c0)
        let scale = row0.lengthSquared * row1.lengthSquared * row2.lengthSquared
        guard det * det > 1e-24 * scale, det != 0 else { return nil }
        return Matrix3(column0: c0 / det, column1: c1 / det, column2: c2 / det)
    }

    @inlinable public static func * (m: Matrix3, v: Vector3) -> Vector3 { Vector3(m.row0.dot(v), m.row1.dot(v), m.row2.dot(v)) }

    @inlinable public static func * (a: Matrix3, b: Matrix3) -> Matrix3 {
        let c0 = b.column0, c1 = b.column1, c2 = b.column2
        return Matrix3(row0: Vector3(a.row0.dot(c0), a.row0.dot(c1), a.row0.dot(c2)),
                       row1: Vector3(a.row1.dot(c0), a.row1.dot(c1), a.row1.dot(c2)),
                       row2: Vector3(a.row2.dot(c0), a.row2.dot(c1), a.row2.dot(c2)))
    }

    @inlinable public static func * (m: Matrix3, s: Float) -> Matrix3 { Matrix3(row0: m.row0 * s, row1: m.row1 * s, row2: m.row2 * s) }
    @inlinable public static func + (a: Matrix3, b: Matrix3) -> Matrix3 { Matrix3(row0: a.row0 + b.row0, row1: a.row1 + b.row1, row2: a.row2 + b.row2) }
    @inlinable public static func - (a: Matrix3, b: Matrix3) -> Matrix3 { Matrix3(row0: a.row0 - b.row0, row1: a.row1 - b.row1, row2: a.row2 - b.row2) }
}

extension Quaternion {
    /// The attitude whose rotation matrix (body FRD → NED) is `m`; `m` must be orthonormal.
    ///
    /// Implementation notes: Shepperd's method, choosing the largest of w², x², y², z² as the pivot
    /// so the division is always well conditioned.
    @inlinable public init(_ m: Matrix3) {
        let t = m.trace
        if t > 0 {
            let s = (t + 1).squareRoot() * 2
            self.init(w: s / 4, x: (m.row2.y - m.row1.z) / s, y: (m.row0.z - m.row2.x) / s, z: (m.row1.x - m.row0.y) / s)
        } else if m.row0.x > m.row1.y && m.row0.x > m.row2.z {
            let s = (1 + m.row0.x - m.row1.y - m.row2.z).squareRoot() * 2
            self.init(w: (m.row2.y - m.row1.z) / s, x: s / 4, y: (m.row0.y + m.row1.x) / s, z: (m.row0.z + m.row2.x) / s)
        } else if m.row1.y > m.row2.z {
            let s = (1 + m.row1.y - m.row0.x - m.row2.z).squareRoot() * 2
            self.init(w: (m.row0.z - m.row2.x) / s, x: (m.row0.y + m.row1.x) / s, y: s / 4, z: (m.row1.z + m.row2.y) / s)
        } else {
            let s = (1 + m.row2.z - m.row0.x - m.row1.y).squareRoot() * 2
            self.init(w: (m.row1.x - m.row0.y) / s, x: (m.row0.z + m.row2.x) / s, y: (m.row1.z + m.row2.y) / s, z: s / 4)
        }
        self = self.normalized.canonical
    }
}
