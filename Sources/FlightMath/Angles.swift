/// Angle conversions and wrapping, radians unless a name says degrees.
public enum Angles {
    /// π as a `Float`.
    public static let pi: Float = .pi

    /// `angle` (radians) wrapped into [-π, π).
    @inlinable public static func wrapPi(_ angle: Float) -> Float {
        if angle >= -Float.pi && angle < Float.pi { return angle }
        let twoPi = 2 * Float.pi
        // Shift into [0, 2π) with a floored modulo, then back down by π.
        var a = (angle + Float.pi).truncatingRemainder(dividingBy: twoPi)
        if a < 0 { a += twoPi }
        let wrapped = a - Float.pi
        return wrapped < Float.pi ? wrapped : -Float.pi
    }

    /// Degrees to radians.
    @inlinable public static func radians(degrees: Float) -> Float { degrees * (Float.pi / 180) }

    /// Radians to degrees.
    @inlinable public static func degrees(radians: Float) -> Float { radians * (180 / Float.pi) }

    /// Degrees to radians, double precision (for geodetic angles).
    @inlinable public static func radians(degrees: Double) -> Double { degrees * (Double.pi / 180) }

    /// Radians to degrees, double precision.
    @inlinable public static func degrees(radians: Double) -> Double { radians * (180 / Double.pi) }
}

/// `value` limited to `lower...upper` (returns `lower` when the bounds are crossed).
@inlinable public func constrain<T: Comparable>(_ value: T, _ lower: T, _ upper: T) -> T {
    value < lower ? lower : (value > upper ? upper : value)
}

extension Float {
    /// This value limited to `range`; NaN passes through unchanged.
    @inlinable public func constrained(to range: ClosedRange<Float>) -> Float {
        self < range.lowerBound ? range.lowerBound : (self > range.upperBound ? range.upperBound : self)
    }
}

extension Vector3 {
    /// Each component limited to `-limit[i]...limit[i]` (limits must be non-negative).
    @inlinable public func constrained(magnitudes limit: Vector3) -> Vector3 {
        Vector3(constrain(x, -limit.x, limit.x), constrain(y, -limit.y, limit.y), constrain(z, -limit.z, limit.z))
    }
}
