/// Conversions of logged numbers to the integers a replay needs. Flight logs store integers as
/// whatever their format holds (DataFlash and ULog fields reach the readers as `Double`), and a
/// damaged log can hold any value there: NaN, infinities, numbers beyond the target type. These
/// never trap.
enum LoggedNumber {
    /// A logged time in microseconds; nil when negative, not finite or beyond `UInt64`.
    static func micros(_ value: Double) -> UInt64? {
        value >= 0 && value < 0x1p64 ? UInt64(value) : nil
    }

    /// `value` truncated to an `Int`, saturating at its limits (0 for NaN).
    static func saturatingInt(_ value: Double) -> Int {
        if value.isNaN { return 0 }
        if value >= 0x1p63 { return .max }
        if value < -0x1p63 { return .min }
        return Int(value)
    }

    /// `value` truncated and clamped into `T` (0 for NaN).
    static func clamped<T: FixedWidthInteger>(_ value: Double, to: T.Type = T.self) -> T {
        T(clamping: saturatingInt(value))
    }

    /// A latitude or longitude in degrees as degrees×10⁷; nil when it is not finite or beyond
    /// `limit` degrees (90 for latitude, 180 for longitude).
    static func degreesE7(_ degrees: Double, limit: Double) -> Int32? {
        guard degrees.isFinite, abs(degrees) <= limit else { return nil }
        return Int32((degrees * 1e7).rounded())
    }
}
