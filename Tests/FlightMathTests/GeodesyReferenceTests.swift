import Testing
@testable import FlightMath

/// Geodesy checked against pymap3d and geographiclib (Karney), computed in the test run.
@Suite struct GeodesyReferenceTests {
    /// One millimetre, the accuracy the flight stack promises over 10 km.
    static let millimetre = 1e-3

    /// Deterministic spread of origins over the globe (no randomness needed): latitudes from
    /// -80° to 80°, longitudes all round, heights from the Dead Sea to airliner altitude.
    static let origins: [GeodeticPosition] = (0..<17).map { (i: Int) -> GeodeticPosition in
        let k = Double(i)
        let latitude: Double = -80.0 + k * 10.0 + 0.123 * Double(i % 3)
        let longitude: Double = -179.0 + k * 21.7
        let altitude: Double = -400.0 + k * 750.0
        return GeodeticPosition(latitude: latitude, longitude: longitude, altitude: altitude)
    }

    /// Offsets up to 10 km horizontally and ±1.5 km vertically.
    static let offsets: [NEDOffset] = [
        NEDOffset(north: 10_000, east: 0, down: 0), NEDOffset(north: 0, east: 10_000, down: -1500),
        NEDOffset(north: -7071, east: 7071, down: 300), NEDOffset(north: 1.5, east: -2.5, down: 0.5),
        NEDOffset(north: -9000, east: -4000, down: 1500),
    ]

    @Test func geodeticToECEFMatchesPymap3d() throws {
        let rows = try PythonPeer.rows(script: """
            import sys, pymap3d
            for l in sys.stdin:
                la, lo, h = map(float, l.split())
                print(*pymap3d.geodetic2ecef(la, lo, h))
            """, input: Self.origins.map { [$0.latitude, $0.longitude, $0.altitude] })
        for (p, r) in zip(Self.origins, rows) {
            let e = WGS84.ecef(p)
            #expect(abs(e.x - r[0]) < Self.millimetre && abs(e.y - r[1]) < Self.millimetre && abs(e.z - r[2]) < Self.millimetre)
        }
    }

    @Test func ecefToGeodeticMatchesPymap3d() throws {
        let ecef = Self.origins.map { WGS84.ecef($0) }
        let rows = try PythonPeer.rows(script: """
            import sys, pymap3d
            for l in sys.stdin:
                x, y, z = map(float, l.split())
                print(*pymap3d.ecef2geodetic(x, y, z))
            """, input: ecef.map { [$0.x, $0.y, $0.z] })
        for (e, r) in zip(ecef, rows) {
            let g = WGS84.geodetic(e)
            let back = WGS84.ecef(GeodeticPosition(latitude: r[0], longitude: r[1], altitude: r[2]))
            let mine = WGS84.ecef(g)
            // Compare as positions: the two latitudes must name the same point to a millimetre.
            #expect(abs(back.x - mine.x) < Self.millimetre && abs(back.y - mine.y) < Self.millimetre
                    && abs(back.z - mine.z) < Self.millimetre)
            #expect(abs(g.altitude - r[2]) < Self.millimetre)
        }
    }

    @Test func localTangentPlaneMatchesPymap3dBothWays() throws {
        var input: [[Double]] = []
        for o in Self.origins { for d in Self.offsets {
            input.append([o.latitude, o.longitude, o.altitude, d.north, d.east, d.down])
        } }
        let rows = try PythonPeer.rows(script: """
            import sys, pymap3d
            for l in sys.stdin:
                la, lo, h, n, e, d = map(float, l.split())
                lat, lon, alt = pymap3d.ned2geodetic(n, e, d, la, lo, h)
                print(lat, lon, alt, *pymap3d.geodetic2ned(lat, lon, alt, la, lo, h))
            """, input: input)
        #expect(rows.count == input.count)
        for (i, r) in zip(input, rows) {
            let plane = LocalTangentPlane(origin: GeodeticPosition(latitude: i[0], longitude: i[1], altitude: i[2]))
            let offset = NEDOffset(north: i[3], east: i[4], down: i[5])
            let g = plane.geodetic(of: offset)
            let reference = GeodeticPosition(latitude: r[0], longitude: r[1], altitude: r[2])
            let gap = plane.ned(of: reference)
            let mine = plane.ned(of: g)
            #expect(abs(gap.north - mine.north) < Self.millimetre && abs(gap.east - mine.east) < Self.millimetre
                    && abs(gap.down - mine.down) < Self.millimetre)
            let ned = plane.ned(of: reference)
            #expect(abs(ned.north - r[3]) < Self.millimetre && abs(ned.east - r[4]) < Self.millimetre
                    && abs(ned.down - r[5]) < Self.millimetre)
        }
    }

    @Test func distanceAndBearingMatchGeographiclibOverTenKilometres() throws {
        var pairs: [(GeodeticPosition, GeodeticPosition)] = []
        for o in Self.origins {
            let plane = LocalTangentPlane(origin: o)
            for d in Self.offsets { pairs.append((o, plane.geodetic(of: d))) }
        }
        // Two long lines too: the formula must not be a flat-earth approximation.
        pairs.append((GeodeticPosition(latitude: 47.3977, longitude: 8.5456, altitude: 0),
                      GeodeticPosition(latitude: -33.8688, longitude: 151.2093, altitude: 0)))
        pairs.append((GeodeticPosition(latitude: 0, longitude: 0, altitude: 0),
                      GeodeticPosition(latitude: 0, longitude: 90, altitude: 0)))
        let rows = try PythonPeer.rows(script: """
            import sys
            from geographiclib.geodesic import Geodesic
            for l in sys.stdin:
                a, b, c, d = map(float, l.split())
                g = Geodesic.WGS84.Inverse(a, b, c, d)
                print(g['s12'], g['azi1'] % 360, g['azi2'] % 360)
            """, input: pairs.map { [$0.0.latitude, $0.0.longitude, $0.1.latitude, $0.1.longitude] })
        #expect(rows.count == pairs.count)
        for ((a, b), r) in zip(pairs, rows) {
            let s = try #require(WGS84.geodesic(from: a, to: b))
            #expect(abs(s.distance - r[0]) < Self.millimetre, "distance \(s.distance) vs \(r[0])")
            // A bearing error, as the sideways miss at the far end of the line, stays under 1 mm.
            let missInitial = angularGap(s.initialBearing, r[1]) * .pi / 180 * r[0]
            let missFinal = angularGap(s.finalBearing, r[2]) * .pi / 180 * r[0]
            #expect(missInitial < Self.millimetre && missFinal < Self.millimetre,
                    "bearing miss \(missInitial) m, \(missFinal) m over \(r[0]) m")
        }
    }

    @Test func coincidentPointsHaveZeroDistance() {
        let p = GeodeticPosition(latitude: 10, longitude: 20, altitude: 0)
        #expect(WGS84.geodesic(from: p, to: p)?.distance == 0)
    }

    func angularGap(_ a: Double, _ b: Double) -> Double {
        let d = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(d, 360 - d)
    }
}
