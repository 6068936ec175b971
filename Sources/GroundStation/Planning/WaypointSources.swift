import Foundation

/// Waypoints from text: `lat,lon[,alt]` arguments, CSV files and GeoJSON.
public enum WaypointSources {
    /// Plain waypoints (`NAV_WAYPOINT`, altitude above home) at the given points; `defaultAltitude`
    /// where a point has none.
    public static func waypoints(_ points: [(GeoPoint, Double?)], defaultAltitude: Double) -> [PlanItem] {
        points.map { PlanItem(command: PlanCommand.waypoint, latitude: $0.0.latitude, longitude: $0.0.longitude,
                              altitude: $0.1 ?? defaultAltitude) }
    }

    /// Parses `lat,lon[,alt]` (degrees, metres above home).
    public static func point(_ text: String, source: String, location: String) throws(PlanError) -> (GeoPoint, Double?) {
        let fields = text.split(separator: ",").map { $0.trimmingSpaces }
        func fail(_ why: String) -> PlanError { PlanError(source: source, location: location, reason: why) }
        guard fields.count >= 2 else { throw fail("expected lat,lon[,alt], found \"\(text)\"") }
        guard let lat = Double(fields[0]), abs(lat) <= 90 else { throw fail("latitude \"\(fields[0])\" is not a number in ±90") }
        guard let lon = Double(fields[1]), abs(lon) <= 180 else { throw fail("longitude \"\(fields[1])\" is not a number in ±180") }
        var alt: Double?
        if fields.count >= 3, !fields[2].isEmpty {
            guard let a = Double(fields[2]), a.isFinite else { throw fail("altitude \"\(fields[2])\" is not a number") }
            alt = a
        }
        return (GeoPoint(latitude: lat, longitude: lon), alt)
    }

    /// CSV rows `lat,lon[,alt,…]`; an optional header row (first field not a number) and `#` comments
    /// are skipped; extra columns are ignored.
    public static func csv(_ text: String, source: String) throws(PlanError) -> [(GeoPoint, Double?)] {
        var out: [(GeoPoint, Double?)] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if n == 0, let f = line.split(separator: ",").first, Double(f.trimmingSpaces) == nil { continue }
            out.append(try point(line, source: source, location: "line \(n + 1)"))
        }
        guard !out.isEmpty else { throw PlanError(source: source, location: "file", reason: "no waypoints") }
        return out
    }

    /// Points of a GeoJSON document: `Point`, `LineString` and `Polygon` (outer ring) geometries (bare, in a `Feature`, or in
    /// a `FeatureCollection`), in document order; coordinates are `[lon, lat(, alt)]`.
    public static func geoJSON(_ text: String, source: String) throws(PlanError) -> [(GeoPoint, Double?)] {
        let root: JSONValue
        do throws(JSONValue.SyntaxError) { root = try JSONValue.parse(text) } catch {
            throw PlanError(source: source, location: "line \(error.line), column \(error.column)", reason: error.reason)
        }
        var out: [(GeoPoint, Double?)] = []
        try collect(JSONReader(source: source, value: root, path: "$"), into: &out)
        guard !out.isEmpty else { throw PlanError(source: source, location: "$", reason: "no Point, LineString or Polygon geometry") }
        return out
    }

    static func collect(_ r: JSONReader, into out: inout [(GeoPoint, Double?)]) throws(PlanError) {
        let type = try r.member("type").string()
        switch type {
        case "FeatureCollection": for f in try r.member("features").elements() { try collect(f, into: &out) }
        case "Feature": if let g = try r.optionalMember("geometry") { try collect(g, into: &out) }
        case "GeometryCollection": for g in try r.member("geometries").elements() { try collect(g, into: &out) }
        case "Point": out.append(try position(r.member("coordinates")))
        case "LineString", "MultiPoint": for c in try r.member("coordinates").elements() { out.append(try position(c)) }
        case "Polygon":
            // The outer ring, without its closing point (for survey areas).
            guard let ring = try r.member("coordinates").elements().first else { throw r.fail("a Polygon needs a ring") }
            var pts: [(GeoPoint, Double?)] = []
            for c in try ring.elements() { pts.append(try position(c)) }
            if pts.count > 1, pts.first!.0 == pts.last!.0 { pts.removeLast() }
            out += pts
        default: break   // polygons etc. are not waypoints
        }
    }

    static func position(_ r: JSONReader) throws(PlanError) -> (GeoPoint, Double?) {
        let xs = try r.elements()
        guard xs.count >= 2 else { throw r.fail("a position needs [lon, lat]") }
        let lon = try xs[0].number(), lat = try xs[1].number()
        guard abs(lat) <= 90, abs(lon) <= 180 else { throw r.fail("position [\(lon), \(lat)] is not [lon, lat] in range") }
        return (GeoPoint(latitude: lat, longitude: lon), xs.count > 2 ? try xs[2].number() : nil)
    }
}
