/// Reads and writes `QGC WPL 110` waypoint files (Mission Planner, MAVProxy, QGC export).
///
/// Layout: a `QGC WPL 110` header line, then one tab-separated row per item:
/// `INDEX CURRENT FRAME COMMAND P1 P2 P3 P4 X/LAT Y/LON Z/ALT AUTOCONTINUE`. Row 0 is the home
/// position (as Mission Planner and MAVProxy write it); the mission items follow from index 1.
/// The format holds neither fence nor rally points.
public enum WaypointsFile {
    public static let header = "QGC WPL 110"

    /// Parses `.waypoints` text; `source` names the file in errors.
    public static func read(_ text: String, source: String) throws(PlanError) -> FlightPlan {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard let first = lines.first, first.trimmingSpaces == header else {
            throw PlanError(source: source, location: "line 1", reason: "expected header \"\(header)\"")
        }
        var plan = FlightPlan()
        var expectedIndex = 0
        for (n, line) in lines.enumerated().dropFirst() {
            let lineNumber = n + 1
            if line.trimmingSpaces.isEmpty { continue }
            func fail(_ reason: String) -> PlanError { PlanError(source: source, location: "line \(lineNumber)", reason: reason) }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: true).map { $0.trimmingSpaces }
            if fields.count == 1 { fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            guard fields.count == 12 else { throw fail("expected 12 tab-separated fields, found \(fields.count)") }
            let names = ["INDEX", "CURRENT", "FRAME", "COMMAND", "P1", "P2", "P3", "P4", "X", "Y", "Z", "AUTOCONTINUE"]
            var values: [Double] = []
            for (k, f) in fields.enumerated() {
                // Double(String) stops at a NUL byte, so a field holding one is refused first.
                guard !f.utf8.contains(0), let v = Double(f) ?? (f.lowercased() == "nan" ? .nan : nil) else {
                    throw fail("field \(k + 1) (\(names[k])) is not a number: \"\(f)\"")
                }
                values.append(v)
            }
            func integer<T: FixedWidthInteger>(_ k: Int, _: T.Type) throws(PlanError) -> T {
                guard let v = T(exactly: values[k]) else { throw fail("field \(k + 1) (\(names[k])) must be an integer in \(T.min)...\(T.max), found \(fields[k])") }
                return v
            }
            let index = try integer(0, Int.self)
            guard index == expectedIndex else { throw fail("index \(index) out of order (expected \(expectedIndex))") }
            expectedIndex += 1
            let frame = try integer(2, UInt8.self)
            var item = PlanItem(command: try integer(3, UInt16.self), frame: frame,
                                current: try integer(1, UInt8.self) != 0, autocontinue: try integer(11, UInt8.self) != 0,
                                param1: Float(values[4]), param2: Float(values[5]), param3: Float(values[6]),
                                param4: Float(values[7]), z: Float(values[10]))
            // Row 0 is a geographic position whatever frame the writer gave it (Mission Planner
            // writes 0, some tools 3); NaN there would be no home at all.
            if PlanFrame.isGlobal(frame) || index == 0 {
                guard abs(values[8]) <= 90 else { throw fail("latitude \(fields[8]) outside ±90°") }
                guard abs(values[9]) <= 180 else { throw fail("longitude \(fields[9]) outside ±180°") }
                item.x = PlanItem.degreesE7(values[8]); item.y = PlanItem.degreesE7(values[9])
            } else {
                // Local frames: metres, sent as metres × 10⁴ in MISSION_ITEM_INT's 32-bit x and y.
                let limit = Double(Int32.max) / 1e4
                guard abs(values[8]) <= limit else { throw fail("x \(fields[8]) outside ±\(limit) m") }
                guard abs(values[9]) <= limit else { throw fail("y \(fields[9]) outside ±\(limit) m") }
                item.x = Int32((values[8] * 1e4).rounded()); item.y = Int32((values[9] * 1e4).rounded())
            }
            if index == 0 {
                // Written back through MISSION_ITEM's 32-bit float z.
                guard abs(values[10]) <= Double(Float.greatestFiniteMagnitude) else {
                    throw fail("home altitude \(fields[10]) is not a number in the 32-bit float range")
                }
                plan.home = PlannedHome(latitude: values[8], longitude: values[9], altitudeMSL: values[10])
            } else {
                plan.items.append(item)
            }
        }
        guard expectedIndex > 0 else { throw PlanError(source: source, location: "line 2", reason: "no home row (index 0)") }
        plan.items = plan.items.shiftingJumpTargets(by: -1)   // row 0 is home
        return plan
    }

    /// The plan as `.waypoints` text (home first, then the mission items; fence and rally are not written).
    public static func write(_ plan: FlightPlan) -> String {
        var out = header + "\n"
        let home = plan.home ?? PlannedHome(latitude: 0, longitude: 0, altitudeMSL: 0)
        var homeItem = PlanItem(command: PlanCommand.waypoint, frame: PlanFrame.global,
                                latitude: home.latitude, longitude: home.longitude, altitude: home.altitudeMSL)
        homeItem.current = true
        for (i, item) in ([homeItem] + plan.items.shiftingJumpTargets(by: 1)).enumerated() {
            let global = item.isGlobal
            let x = global ? fixed7(item.x) : "\(Double(item.x) * 1e-4)"
            let y = global ? fixed7(item.y) : "\(Double(item.y) * 1e-4)"
            let row: [String] = ["\(i)", item.current && i == 0 ? "1" : "0", "\(item.frame)", "\(item.command)",
                                 number(item.param1), number(item.param2), number(item.param3), number(item.param4),
                                 x, y, number(item.z), item.autocontinue ? "1" : "0"]
            out += row.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A Float in its shortest round-trip form, "nan" for NaN (as MAVProxy writes it).
    static func number(_ f: Float) -> String {
        if f.isNaN { return "nan" }
        if f == f.rounded(), abs(f) < 1e7 { return "\(Int(f))" }
        return "\(f)"
    }

    /// Degrees × 1e7 as an exact decimal with 7 fraction digits.
    static func fixed7(_ e7: Int32) -> String {
        let v = Int64(e7), whole = abs(v) / 10_000_000, frac = abs(v) % 10_000_000
        let f = String(frac)
        return (v < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 7 - f.count) + f
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
