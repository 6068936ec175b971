/// The shortest path between two points on the WGS-84 ellipsoid: its length and bearings.
public struct GeodesicSolution: Equatable, Sendable {
    /// Length of the geodesic on the ellipsoid, metres (heights are ignored).
    public var distance: Double
    /// Bearing at the start point, degrees clockwise from true north, in [0, 360).
    public var initialBearing: Double
    /// Bearing of travel on arrival at the end point, degrees clockwise from true north, in [0, 360).
    public var finalBearing: Double

    @inlinable public init(distance: Double, initialBearing: Double, finalBearing: Double) {
        self.distance = distance; self.initialBearing = initialBearing; self.finalBearing = finalBearing
    }
}

extension WGS84 {
    /// Distance and bearings from `a` to `b` along the ellipsoid (Vincenty's inverse formula).
    ///
    /// Accurate to well under a millimetre wherever the iteration converges, which is everywhere
    /// except for nearly antipodal points; there it returns nil (the navigator never plans across
    /// half the planet). Coincident points give distance 0 and bearing 0.
    ///
    /// Implementation notes: the reduced latitudes put the problem on the auxiliary sphere; λ (the
    /// longitude difference on the sphere) is iterated until it changes by less than 1e-12 rad,
    /// then the series in u² gives the ellipsoidal arc length (Vincenty 1975, eqs. 1–7, 10–13).
    public static func geodesic(from a: GeodeticPosition, to b: GeodeticPosition) -> GeodesicSolution? {
        let f = flattening, semiMinor = semiMinorAxis
        let l = radians(b.longitude - a.longitude)
        let u1 = Math.atan((1 - f) * Math.tan(radians(a.latitude)))
        let u2 = Math.atan((1 - f) * Math.tan(radians(b.latitude)))
        let sinU1 = Math.sin(u1), cosU1 = Math.cos(u1), sinU2 = Math.sin(u2), cosU2 = Math.cos(u2)
        var lambda = l
        var sinSigma = 0.0, cosSigma = 0.0, sigma = 0.0, cos2Alpha = 0.0, cos2SigmaM = 0.0
        var sinLambda = 0.0, cosLambda = 0.0
        var converged = false
        for _ in 0..<200 {
            sinLambda = Math.sin(lambda); cosLambda = Math.cos(lambda)
            let t1 = cosU2 * sinLambda, t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda
            sinSigma = (t1 * t1 + t2 * t2).squareRoot()
            if sinSigma == 0 { return GeodesicSolution(distance: 0, initialBearing: 0, finalBearing: 0) }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda
            sigma = Math.atan2(sinSigma, cosSigma)
            let sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma
            cos2Alpha = 1 - sinAlpha * sinAlpha
            cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0  // equatorial line
            let c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha))
            let previous = lambda
            lambda = l + (1 - c) * f * sinAlpha
                * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)))
            if abs(lambda - previous) < 1e-12 { converged = true; break }
        }
        guard converged else { return nil }
        let uSq = cos2Alpha * (semiMajorAxis * semiMajorAxis - semiMinor * semiMinor) / (semiMinor * semiMinor)
        let bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)))
        let bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)))
        let deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
            - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)))
        let distance = semiMinor * bigA * (sigma - deltaSigma)
        let alpha1 = Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda)
        let alpha2 = Math.atan2(cosU1 * sinLambda, -sinU1 * cosU2 + cosU1 * sinU2 * cosLambda)
        return GeodesicSolution(distance: distance, initialBearing: normalizedDegrees(degrees(alpha1)),
                                finalBearing: normalizedDegrees(degrees(alpha2)))
    }

    /// Distance along the ellipsoid from `a` to `b`, metres (nil only for nearly antipodal points).
    @inlinable public static func distance(from a: GeodeticPosition, to b: GeodeticPosition) -> Double? {
        geodesic(from: a, to: b)?.distance
    }

    /// Initial bearing from `a` to `b`, degrees clockwise from true north in [0, 360).
    @inlinable public static func bearing(from a: GeodeticPosition, to b: GeodeticPosition) -> Double? {
        geodesic(from: a, to: b)?.initialBearing
    }

    @inlinable static func normalizedDegrees(_ d: Double) -> Double {
        let r = d.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }
}
