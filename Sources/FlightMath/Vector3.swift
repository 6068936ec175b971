/// A three-component single-precision vector.
///
/// The frame is whatever the caller says it is: every API that takes or returns a `Vector3`
/// names its frame and unit (for example "m/s, NED" or "rad/s, body FRD").
public struct Vector3: Equatable, Sendable {
    public var x: Float
    public var y: Float
    public var z: Float

    @inlinable public init(_ x: Float, _ y: Float, _ z: Float) {
        self.x = x; self.y = y; self.z = z
    }

    @inlinable public init(x: Float, y: Float, z: Float) {
        self.x = x; self.y = y; self.z = z
    }

    public static let zero = Vector3(0, 0, 0)

    @inlinable public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    @inlinable public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    @inlinable public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }
    @inlinable public static func * (a: Vector3, s: Float) -> Vector3 { Vector3(a.x * s, a.y * s, a.z * s) }
    @inlinable public static func * (s: Float, a: Vector3) -> Vector3 { Vector3(a.x * s, a.y * s, a.z * s) }
    @inlinable public static func / (a: Vector3, s: Float) -> Vector3 { Vector3(a.x / s, a.y / s, a.z / s) }
    @inlinable public static func += (a: inout Vector3, b: Vector3) { a = a + b }
    @inlinable public static func -= (a: inout Vector3, b: Vector3) { a = a - b }
    @inlinable public static func *= (a: inout Vector3, s: Float) { a = a * s }

    /// Component-wise (Hadamard) product.
    @inlinable public func scaled(by o: Vector3) -> Vector3 { Vector3(x * o.x, y * o.y, z * o.z) }

    @inlinable public func dot(_ o: Vector3) -> Float { x * o.x + y * o.y + z * o.z }

    @inlinable public func cross(_ o: Vector3) -> Vector3 {
        Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x)
    }

    @inlinable public var lengthSquared: Float { dot(self) }
    @inlinable public var length: Float { lengthSquared.squareRoot() }

    /// The unit vector in this direction, or `.zero` for a zero-length vector.
    @inlinable public var normalized: Vector3 {
        let l = length
        return l > 0 ? self / l : .zero
    }

    /// Length of the horizontal (x, y) part: ground speed for an NED velocity.
    @inlinable public var horizontalLength: Float { (x * x + y * y).squareRoot() }

    /// This vector with its length limited to `maxLength` (direction kept).
    @inlinable public func clampedLength(_ maxLength: Float) -> Vector3 {
        let l2 = lengthSquared
        if l2 <= maxLength * maxLength || l2 == 0 { return self }
        return self * (maxLength / l2.squareRoot())
    }

    @inlinable public subscript(i: Int) -> Float {
        get { i == 0 ? x : (i == 1 ? y : z) }
        set { if i == 0 { x = newValue } else if i == 1 { y = newValue } else { z = newValue } }
    }
}
