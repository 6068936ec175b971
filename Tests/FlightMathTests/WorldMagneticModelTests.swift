import Foundation
import Testing
import FlightMath

/// Checks the World Magnetic Model against NOAA's algorithm as ported by the `pygeomag`
/// package (a test peer in the venv: $SWIFTLET_VENV or <repo>/.venv).
@Suite struct WorldMagneticModelTests {
    struct Case { var lat: Double; var lon: Double; var altMeters: Double; var year: Double }

    /// Seeded spread of places and dates over the model's validity, plus some fixed points.
    static var cases: [Case] {
        var fixed = [
            Case(lat: 47.397742, lon: 8.545594, altMeters: 488, year: 2026.5),    // Zurich
            Case(lat: -35.363262, lon: 149.165237, altMeters: 584, year: 2025.0),  // Canberra
            Case(lat: 80, lon: -100, altMeters: 0, year: 2029.9),
            Case(lat: -80, lon: 120, altMeters: 10_000, year: 2027.2),
            Case(lat: 0, lon: 0, altMeters: 0, year: 2025.5),
            Case(lat: 37.4, lon: -122.1, altMeters: 30_000, year: 2028.0),
        ]
        var state: UInt64 = 2025
        func unit() -> Double {  // xorshift, enough for picking places
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<40 {
            fixed.append(Case(lat: -85 + 170 * unit(), lon: -180 + 360 * unit(), altMeters: 5000 * unit(),
                              year: 2025 + 5 * unit()))
        }
        return fixed
    }

    static var venvPython: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let venv = ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? root.appendingPathComponent(".venv").path
        return venv + "/bin/python"
    }

    /// pygeomag's X, Y, Z (nT) and D, I (degrees) for each case.
    static func reference(_ cases: [Case]) throws -> [[Double]] {
        let points = cases.map { "(\($0.lat),\($0.lon),\($0.altMeters / 1000),\($0.year))" }.joined(separator: ",")
        let script = """
        from pygeomag import GeoMag
        g = GeoMag(coefficients_file="wmm/WMM_2025.COF")
        for lat, lon, alt, t in [\(points)]:
            r = g.calculate(glat=lat, glon=lon, alt=alt, time=t)
            print(r.x, r.y, r.z, r.d, r.i)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: venvPython)
        p.arguments = ["-c", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: " ").compactMap { Double($0) } }
    }

    @Test func matchesNOAAReferenceWithinATenthOfADegreeAndFiftyNanotesla() throws {
        let cases = Self.cases
        let expected = try Self.reference(cases)
        try #require(expected.count == cases.count, "pygeomag missing from the venv? run scripts/bootstrap")
        var worstNT = 0.0, worstDeg = 0.0
        for (c, ref) in zip(cases, expected) {
            let f = WorldMagneticModel.field(at: GeodeticPosition(latitude: c.lat, longitude: c.lon, altitude: c.altMeters),
                                             decimalYear: c.year)
            let dNT = max(abs(f.northNanotesla - ref[0]), abs(f.eastNanotesla - ref[1]), abs(f.downNanotesla - ref[2]))
            let dDeg = max(abs(f.declination * 180 / .pi - ref[3]), abs(f.inclination * 180 / .pi - ref[4]))
            worstNT = max(worstNT, dNT); worstDeg = max(worstDeg, dDeg)
            #expect(dNT < 50, "\(c)")
            #expect(dDeg < 0.1, "\(c)")
        }
        print("WMM vs pygeomag over \(cases.count) points: worst \(worstNT) nT, \(worstDeg)°")
    }

    @Test func zurichFieldPointsNorthAndSteeplyDown() {
        let f = WorldMagneticModel.field(at: GeodeticPosition(latitude: 47.4, longitude: 8.5, altitude: 500), decimalYear: 2026)
        // Central Europe: declination a few degrees east, inclination about 63°, about 48 µT.
        #expect(f.declination > 0 && f.declination < 0.1)
        #expect(abs(f.inclination * 180 / .pi - 63.5) < 2)
        #expect(abs(f.totalNanotesla - 48_000) < 2_000)
        #expect(abs(f.gaussNED.length - Float(f.totalNanotesla * 1e-5)) < 1e-6)
    }
}
