import FlightMath

/// Air properties of the International Standard Atmosphere (ISO 2533) troposphere.
public struct AirProperties: Equatable, Sendable {
    /// Static pressure, Pa.
    public var pressurePascals: Double
    /// Static temperature, kelvin.
    public var temperatureKelvin: Double
    /// Density, kg/m³.
    public var densityKilogramsPerCubicMeter: Double
}

/// The ISA troposphere (0–11 km): linear temperature lapse, hydrostatic pressure.
///
/// Implementation notes: T = T₀ − L h, p = p₀ (T/T₀)^(g₀/(R L)), ρ = p/(R T), with
/// T₀ = 288.15 K, p₀ = 101 325 Pa, L = 0.0065 K/m, R = 287.052 87 J/(kg K), g₀ = 9.806 65 m/s².
/// Altitudes are treated as geopotential (the difference is below 0.1 % under 3 km).
public enum StandardAtmosphere {
    /// p₀, Pa.
    public static let seaLevelPressure = 101_325.0
    /// T₀, K.
    public static let seaLevelTemperature = 288.15
    /// Temperature lapse rate L, K/m.
    public static let lapseRate = 0.0065
    /// Specific gas constant of dry air R, J/(kg·K).
    public static let gasConstant = 287.052_87
    /// Standard gravity g₀, m/s².
    public static let standardGravity = 9.806_65
    static let pressureExponent = standardGravity / (gasConstant * lapseRate)

    /// Air at `altitudeMeters` above mean sea level, with the whole column shifted by
    /// `temperatureOffsetKelvin` (an ISA+ΔT day keeps the standard pressure at sea level).
    public static func air(altitudeMeters: Double, temperatureOffsetKelvin: Double = 0) -> AirProperties {
        let h = min(max(altitudeMeters, -500), 11_000)
        let standardT = seaLevelTemperature - lapseRate * h
        let p = seaLevelPressure * Math.pow(standardT / seaLevelTemperature, pressureExponent)
        let t = standardT + temperatureOffsetKelvin
        return AirProperties(pressurePascals: p, temperatureKelvin: t,
                             densityKilogramsPerCubicMeter: p / (gasConstant * t))
    }

    /// The altitude in metres AMSL at which the standard atmosphere has `pressurePascals`.
    public static func altitude(pressurePascals: Double) -> Double {
        seaLevelTemperature / lapseRate
            * (1 - Math.pow(pressurePascals / seaLevelPressure, 1 / pressureExponent))
    }
}
