import FlightMath

/// The ICAO standard atmosphere below the tropopause.
public enum StandardAtmosphere {
    /// Sea-level pressure, pascals.
    public static let seaLevelPressure: Float = 101_325
    /// Pressure altitude, metres, of a static pressure in pascals (ISA troposphere:
    /// h = T₀/L · (1 − (p/p₀)^(R·L/g)) with T₀ = 288.15 K, L = 0.0065 K/m).
    @inlinable public static func altitude(pressurePa p: Float) -> Float {
        44_330.77 * (1 - Math.pow(p / seaLevelPressure, 0.190_263))
    }
    /// Static pressure, pascals, at an ISA pressure altitude in metres (inverse of `altitude`).
    @inlinable public static func pressure(altitude h: Float) -> Float {
        seaLevelPressure * Math.pow(1 - h / 44_330.77, 5.255_88)
    }
}
