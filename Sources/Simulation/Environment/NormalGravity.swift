import FlightMath

/// Magnitude of gravity (gravitation plus centrifugal) at a location, from the WGS-84 normal
/// gravity formula.
///
/// Implementation notes: Somigliana's closed form gives normal gravity on the ellipsoid,
/// γ(φ) = γₑ (1 + k sin²φ) / √(1 − e² sin²φ); above it the second-order free-air expansion
/// γ(h) = γ(φ) [1 − 2/a (1 + f + m − 2 f sin²φ) h + 3 h²/a²] is used (NIMA TR8350.2, ch. 4).
/// Constants are the WGS-84 defining and derived values.
public enum NormalGravity {
    static let equatorialGravity = 9.780_325_335_9      // m/s²
    static let somiglianaK = 0.001_931_852_652_41
    static let gravityRatioM = 0.003_449_786_506_84      // ω²a²b/GM

    /// Gravity magnitude in m/s² at geodetic `latitudeDegrees` and `heightMeters` above the
    /// WGS-84 ellipsoid (valid to a few tens of km).
    public static func magnitude(latitudeDegrees: Double, heightMeters: Double) -> Double {
        let s = Math.sin(latitudeDegrees * (Double.pi / 180))
        let s2 = s * s
        let onEllipsoid = equatorialGravity * (1 + somiglianaK * s2)
            / (1 - WGS84.eccentricitySquared * s2).squareRoot()
        let a = WGS84.semiMajorAxis, f = WGS84.flattening
        let h = heightMeters
        return onEllipsoid * (1 - 2 / a * (1 + f + gravityRatioM - 2 * f * s2) * h + 3 * h * h / (a * a))
    }
}
