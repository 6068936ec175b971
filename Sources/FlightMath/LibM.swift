// Trigonometry and friends from the C math library (glibc's libm on the host, newlib's on the
// Cortex-M firmware), declared with `@_extern(c)` so FlightMath needs no platform library imports
// and builds unchanged with Embedded Swift.

@_extern(c, "sinf") @usableFromInline func c_sinf(_ x: Float) -> Float
@_extern(c, "cosf") @usableFromInline func c_cosf(_ x: Float) -> Float
@_extern(c, "tanf") @usableFromInline func c_tanf(_ x: Float) -> Float
@_extern(c, "asinf") @usableFromInline func c_asinf(_ x: Float) -> Float
@_extern(c, "acosf") @usableFromInline func c_acosf(_ x: Float) -> Float
@_extern(c, "atan2f") @usableFromInline func c_atan2f(_ y: Float, _ x: Float) -> Float
@_extern(c, "expf") @usableFromInline func c_expf(_ x: Float) -> Float
@_extern(c, "logf") @usableFromInline func c_logf(_ x: Float) -> Float
@_extern(c, "powf") @usableFromInline func c_powf(_ x: Float, _ y: Float) -> Float
@_extern(c, "sin") @usableFromInline func c_sin(_ x: Double) -> Double
@_extern(c, "cos") @usableFromInline func c_cos(_ x: Double) -> Double
@_extern(c, "tan") @usableFromInline func c_tan(_ x: Double) -> Double
@_extern(c, "asin") @usableFromInline func c_asin(_ x: Double) -> Double
@_extern(c, "acos") @usableFromInline func c_acos(_ x: Double) -> Double
@_extern(c, "atan") @usableFromInline func c_atan(_ x: Double) -> Double
@_extern(c, "atan2") @usableFromInline func c_atan2(_ y: Double, _ x: Double) -> Double
@_extern(c, "exp") @usableFromInline func c_exp(_ x: Double) -> Double
@_extern(c, "log") @usableFromInline func c_log(_ x: Double) -> Double
@_extern(c, "pow") @usableFromInline func c_pow(_ x: Double, _ y: Double) -> Double

/// Elementary functions for `Float` and `Double`, backed by the C math library.
///
/// Use these for elementary functions everywhere in the embedded-safe modules.
public enum Math {
    @inlinable public static func sin(_ x: Float) -> Float { c_sinf(x) }
    @inlinable public static func cos(_ x: Float) -> Float { c_cosf(x) }
    @inlinable public static func tan(_ x: Float) -> Float { c_tanf(x) }
    /// Arc sine with the argument clamped to [-1, 1], so rounding never yields NaN.
    @inlinable public static func asin(_ x: Float) -> Float { c_asinf(Swift.min(1, Swift.max(-1, x))) }
    /// Arc cosine with the argument clamped to [-1, 1].
    @inlinable public static func acos(_ x: Float) -> Float { c_acosf(Swift.min(1, Swift.max(-1, x))) }
    @inlinable public static func atan2(_ y: Float, _ x: Float) -> Float { c_atan2f(y, x) }
    @inlinable public static func exp(_ x: Float) -> Float { c_expf(x) }
    @inlinable public static func log(_ x: Float) -> Float { c_logf(x) }
    @inlinable public static func pow(_ x: Float, _ y: Float) -> Float { c_powf(x, y) }

    @inlinable public static func sin(_ x: Double) -> Double { c_sin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { c_cos(x) }
    @inlinable public static func tan(_ x: Double) -> Double { c_tan(x) }
    @inlinable public static func asin(_ x: Double) -> Double { c_asin(Swift.min(1, Swift.max(-1, x))) }
    @inlinable public static func acos(_ x: Double) -> Double { c_acos(Swift.min(1, Swift.max(-1, x))) }
    @inlinable public static func atan(_ x: Double) -> Double { c_atan(x) }
    @inlinable public static func atan2(_ y: Double, _ x: Double) -> Double { c_atan2(y, x) }
    @inlinable public static func exp(_ x: Double) -> Double { c_exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { c_log(x) }
    @inlinable public static func pow(_ x: Double, _ y: Double) -> Double { c_pow(x, y) }
}
