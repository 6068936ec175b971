/// A point on the WGS-84 ellipsoid.
public struct GeodeticPosition: Equatable, Sendable {
    /// Latitude, degrees, positive north.
    public var latitude: Double
    /// Longitude, degrees, positive east.
    public var longitude: Double
    /// Height, metres. Which datum (ellipsoid or mean sea level) is the caller's to keep
    /// consistent; the local-frame conversions treat it as height above the ellipsoid.
    public var altitude: Double

    @inlinable public init(latitude: Double, longitude: Double, altitude: Double) {
        self.latitude = latitude; self.longitude = longitude; self.altitude = altitude
    }
}

/// A point in Earth-centred, Earth-fixed coordinates, metres.
public struct ECEFPosition: Equatable, Sendable {
    public var x: Double, y: Double, z: Double
    @inlinable public init(x: Double, y: Double, z: Double) { self.x = x; self.y = y; self.z = z }
}

/// A displacement in a local north-east-down frame, metres, in double precision.
public struct NEDOffset: Equatable, Sendable {
    public var north: Double, east: Double, down: Double
    @inlinable public init(north: Double, east: Double, down: Double) {
        self.north = north; self.east = east; self.down = down
    }
    /// The offset in single precision, as the flight core's `Vector3` (NED).
    @inlinable public var vector: Vector3 { Vector3(Float(north), Float(east), Float(down)) }
}

/// The WGS-84 ellipsoid and exact conversions to and from ECEF.
public enum WGS84 {
    /// Semi-major axis, metres.
    public static let semiMajorAxis: Double = 6_378_137.0
    /// Flattening.
    public static let flattening: Double = 1 / 298.257_223_563
    /// Semi-minor axis, metres.
    public static let semiMinorAxis: Double = semiMajorAxis * (1 - flattening)
    /// First eccentricity squared.
    public static let eccentricitySquared: Double = flattening * (2 - flattening)

    @inlinable static func radians(_ deg: Double) -> Double { deg * (Double.pi / 180) }
    @inlinable static func degrees(_ rad: Double) -> Double { rad * (180 / Double.pi) }

    /// Geodetic to ECEF (closed form).
    public static func ecef(_ p: GeodeticPosition) -> ECEFPosition {
        let lat = radians(p.latitude), lon = radians(p.longitude)
        let sLat = Math.sin(lat), cLat = Math.cos(lat)
        let n = semiMajorAxis / (1 - eccentricitySquared * sLat * sLat).squareRoot()
        return ECEFPosition(x: (n + p.altitude) * cLat * Math.cos(lon),
                            y: (n + p.altitude) * cLat * Math.sin(lon),
                            z: (n * (1 - eccentricitySquared) + p.altitude) * sLat)
    }

    /// ECEF to geodetic.
    ///
    /// Implementation notes: Bowring's parametric-latitude start, then Newton-style refinement of
    /// latitude and height; three iterations reach well below a millimetre anywhere near the Earth.
    public static func geodetic(_ e: ECEFPosition) -> GeodeticPosition {
        let a = semiMajorAxis, b = semiMinorAxis, e2 = eccentricitySquared
        let ep2 = (a * a - b * b) / (b * b)
        let p = (e.x * e.x + e.y * e.y).squareRoot()
        let lon = Math.atan2(e.y, e.x)
        if p < 1e-9 {
            let lat = e.z >= 0 ? Double.pi / 2 : -Double.pi / 2
            return GeodeticPosition(latitude: degrees(lat), longitude: degrees(lon), altitude: abs(e.z) - b)
        }
        let theta = Math.atan2(e.z * a, p * b)
        var lat = Math.atan2(e.z + ep2 * b * pow3(Math.sin(theta)), p - e2 * a * pow3(Math.cos(theta)))
        var h = 0.0
        for _ in 0..<3 {
            let s = Math.sin(lat)
            let n = a / (1 - e2 * s * s).squareRoot()
            h = p / Math.cos(lat) - n
            lat = Math.atan2(e.z, p * (1 - e2 * n / (n + h)))
        }
        let s = Math.sin(lat)
        let n = a / (1 - e2 * s * s).squareRoot()
        h = abs(lat) < Double.pi / 4 ? p / Math.cos(lat) - n : e.z / s - n * (1 - e2)
        return GeodeticPosition(latitude: degrees(lat), longitude: degrees(lon), altitude: h)
    }

    @inlinable static func pow3(_ x: Double) -> Double { x * x * x }
}

/// A local tangent plane: north-east-down coordinates about a fixed geodetic origin.
///
/// Exact (through ECEF), not a flat-earth approximation, so offsets stay right over tens of km.
public struct LocalTangentPlane: Equatable, Sendable {
    public let origin: GeodeticPosition
    @usableFromInline let originECEF: ECEFPosition
    @usableFromInline let sinLat: Double, cosLat: Double, sinLon: Double, cosLon: Double

    public init(origin: GeodeticPosition) {
        self.origin = origin
        originECEF = WGS84.ecef(origin)
        let lat = WGS84.radians(origin.latitude), lon = WGS84.radians(origin.longitude)
        sinLat = Math.sin(lat); cosLat = Math.cos(lat); sinLon = Math.sin(lon); cosLon = Math.cos(lon)
    }

    /// The NED offset of `p` from the origin, metres.
    public func ned(of p: GeodeticPosition) -> NEDOffset {
        let e = WGS84.ecef(p)
        let dx = e.x - originECEF.x, dy = e.y - originECEF.y, dz = e.z - originECEF.z
        let north = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz
        let east = -sinLon * dx + cosLon * dy
        let up = cosLat * cosLon * dx + cosLat * sinLon * dy + sinLat * dz
        return NEDOffset(north: north, east: east, down: -up)
    }

    /// The geodetic position at NED offset `o` from the origin.
    public func geodetic(of o: NEDOffset) -> GeodeticPosition {
        let n = o.north, e = o.east, u = -o.down
        let dx = -sinLat * cosLon * n - sinLon * e + cosLat * cosLon * u
        let dy = -sinLat * sinLon * n + cosLon * e + cosLat * sinLon * u
        let dz = cosLat * n + sinLat * u
        return WGS84.geodetic(ECEFPosition(x: originECEF.x + dx, y: originECEF.y + dy, z: originECEF.z + dz))
    }
}
