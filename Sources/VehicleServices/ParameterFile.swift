#if !hasFeature(Embedded)
import FlightCore

/// Parameter snapshots as text, for the edge to persist (the core never touches storage).
///
/// Writes QGroundControl's `.params` format (tab-separated `sysid compid NAME VALUE TYPE` rows
/// after a `#` header, `TYPE` = `MAV_PARAM_TYPE`, 6 INT32 and 9 REAL32) with floats in Swift's
/// shortest round-trip form, so a restore gives the identical bits. Reads that format and also
/// MAVProxy/ArduPilot `.parm` lines (`NAME VALUE` or `NAME,VALUE`). The host writes the text
/// atomically (temporary file, fsync, rename) so a kill mid-write leaves the old file intact.
/// Host-only: Embedded Swift has no float-to-text conversion.
public enum ParameterFile {
    /// What a restore did.
    public struct Report: Sendable, Equatable {
        /// Rows applied.
        public var applied = 0
        /// Names the table does not have.
        public var unknown: [String] = []
        /// Names whose value was refused (wrong type, out of range, unreadable number).
        public var refused: [String] = []
    }

    /// The table as `.params` text: every row, or with `defaults` (the same catalogue) only the
    /// rows whose value differs from it.
    public static func text(of table: ParameterTable, differingFrom defaults: ParameterTable? = nil,
                            systemID: UInt8 = 1, componentID: UInt8 = 1) -> String {
        var out = "# Onboard parameters for Vehicle \(systemID)\n#\n# Vehicle-Id Component-Id Name Value Type\n"
        for i in 0..<table.count {
            if let defaults, i < defaults.count, defaults.values[i] == table.values[i] { continue }
            let name = table.definitions[i].name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
            let value: String
            switch table.values[i] {
            case .float(let v): value = "\(v)"
            case .int32(let v): value = "\(v)"
            }
            out += "\(systemID)\t\(componentID)\t\(name)\t\(value)\t\(table.values[i].type.rawValue)\n"
        }
        return out
    }

    /// Applies every row of `text` to `table`; rows that cannot be applied are reported, not fatal.
    public static func restore(_ text: String, into table: inout ParameterTable) -> Report {
        var report = Report()
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "," }).map(String.init)
            let name: String, valueText: String
            if fields.count >= 5 { name = fields[2]; valueText = fields[3] }
            else if fields.count >= 2 { name = fields[0]; valueText = fields[1] }
            else { continue }
            guard let index = table.index(of: name) else { report.unknown.append(name); continue }
            let value: ParameterValue?
            switch table.definitions[index].type {
            case .float: value = Float(valueText).map { .float($0) }
            case .int32: value = Int32(valueText).map { .int32($0) } ?? Double(valueText).flatMap { Int32(exactly: $0) }.map { .int32($0) }
            }
            guard let v = value else { report.refused.append(name); continue }
            do throws(ParameterError) { try table.set(at: index, to: v); report.applied += 1 } catch { report.refused.append(name) }
        }
        return report
    }
}
#endif
