import Foundation

/// The plan file formats, chosen by file extension.
public enum PlanFileFormat: String, Sendable, CaseIterable {
    /// QGroundControl `.plan` JSON.
    case plan
    /// `QGC WPL 110` text (`.waypoints`, `.txt`, `.mission`).
    case waypoints

    /// The format a path's extension names, or nil.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "plan", "json": self = .plan
        case "waypoints", "txt", "mission", "wpl": self = .waypoints
        default: return nil
        }
    }
}

/// Loading, saving (atomically) and converting plan files.
public enum PlanFiles {
    /// Reads a plan file in the format its extension names.
    public static func load(_ path: String) throws(PlanError) -> FlightPlan {
        guard let format = PlanFileFormat(path: path) else {
            throw PlanError(source: path, location: "file name", reason: "unknown extension (use .plan or .waypoints)")
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw PlanError(source: path, location: "file", reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, format: format, source: path)
    }

    /// Parses text in the given format.
    public static func parse(_ text: String, format: PlanFileFormat, source: String) throws(PlanError) -> FlightPlan {
        switch format {
        case .plan: return try QGCPlanFile.read(text, source: source)
        case .waypoints: return try WaypointsFile.read(text, source: source)
        }
    }

    /// The plan as text in the given format.
    public static func text(_ plan: FlightPlan, format: PlanFileFormat) -> String {
        switch format {
        case .plan: return QGCPlanFile.write(plan)
        case .waypoints: return WaypointsFile.write(plan)
        }
    }

    /// What a format cannot hold of a plan, as warnings for the user (empty when nothing is lost).
    public static func losses(_ plan: FlightPlan, format: PlanFileFormat) -> [String] {
        guard format == .waypoints else { return [] }
        var out: [String] = []
        if !plan.fence.isEmpty { out.append("\(plan.fence.count) geofence region(s) dropped: QGC WPL 110 holds no fence") }
        if !plan.rally.isEmpty { out.append("\(plan.rally.count) rally point(s) dropped: QGC WPL 110 holds no rally points") }
        return out
    }

    /// Writes a plan atomically: the text goes to a temporary file beside `path`, which is then
    /// renamed over it, so a reader never sees a half-written plan. Returns the losses warnings.
    @discardableResult
    public static func save(_ plan: FlightPlan, to path: String) throws(PlanError) -> [String] {
        guard let format = PlanFileFormat(path: path) else {
            throw PlanError(source: path, location: "file name", reason: "unknown extension (use .plan or .waypoints)")
        }
        try writeAtomically(text(plan, format: format), to: path)
        return losses(plan, format: format)
    }

    /// Writes `text` to `path` via a temporary file in the same directory and `rename(2)`.
    public static func writeAtomically(_ text: String, to path: String) throws(PlanError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let temp = dir + "/." + url.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw PlanError(source: path, location: "file", reason: "cannot write temporary file \(temp)")
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw PlanError(source: path, location: "file", reason: "cannot replace file: \(reason)")
        }
    }

    /// Converts `input` to `output` (formats from the extensions); returns warnings about what the
    /// output format cannot hold.
    public static func convert(_ input: String, to output: String) throws(PlanError) -> [String] {
        try save(try load(input), to: output)
    }
}
