import Foundation

/// Parameter files a drone builder keeps and exchanges, chosen by extension:
/// - `.params`: QGroundControl (`# …` header, then tab-separated `sysid compid NAME VALUE TYPE`);
/// - `.parm` / `.param`: MAVProxy and ArduPilot (`NAME VALUE` or `NAME,VALUE`, `#` comments);
/// - `.txt`: Swiftlet's sorted, diff-friendly form, `NAME VALUE  # TYPE` by name.
/// Floats are written in the shortest form that reads back to the same 32-bit value.
public enum ParameterFiles {
    public enum Format: String, Sendable, CaseIterable {
        case qgc, mavproxy, sorted

        /// The format for a file name's extension (nil for others).
        public init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "params": self = .qgc
            case "parm", "param": self = .mavproxy
            case "txt": self = .sorted
            default: return nil
            }
        }
    }

    /// A line that could not be read.
    public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String, line: Int, reason: String
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// Entries of `text` in file order (`type` 0 when the file does not say).
    public static func parse(_ text: String, path: String) throws(FormatError) -> [ParameterEntry] {
        var entries: [ParameterEntry] = []
        var seen: Set<String> = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            var typeComment: UInt8 = 0
            if let hash = line.firstIndex(of: "#") {
                let comment = line[line.index(after: hash)...].trimmingCharacters(in: .whitespaces)
                typeComment = ParameterEntry.type(named: comment) ?? 0
                line = line[..<hash]
            }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "," || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            let name: String, valueText: String, type: UInt8
            switch fields.count {
            case 5:
                guard let t = UInt8(fields[4]), (1...10).contains(t) else {
                    throw FormatError(path: path, line: n + 1, reason: "type '\(fields[4])' is not a MAV_PARAM_TYPE (1…10)")
                }
                name = fields[2]; valueText = fields[3]; type = t
            case 2:
                name = fields[0]; valueText = fields[1]; type = typeComment
            default:
                throw FormatError(path: path, line: n + 1, reason: "expected 'NAME VALUE' or 'SYSID COMPID NAME VALUE TYPE', found \(fields.count) fields")
            }
            guard !name.isEmpty, name.utf8.count <= 16 else {
                throw FormatError(path: path, line: n + 1, reason: "parameter names are 1 to 16 characters: '\(name)'")
            }
            guard let value = Double(valueText), value.isFinite else {
                throw FormatError(path: path, line: n + 1, reason: "'\(valueText)' is not a number")
            }
            // Every MAVLink parameter travels as a 32-bit float (PARAM_VALUE.param_value).
            guard Float(value).isFinite else {
                throw FormatError(path: path, line: n + 1, reason: "\(name) = \(valueText) is beyond the range of a 32-bit parameter (±3.4e38)")
            }
            guard seen.insert(name).inserted else { throw FormatError(path: path, line: n + 1, reason: "\(name) appears twice") }
            entries.append(ParameterEntry(name: name, value: value, type: type))
        }
        return entries
    }

    /// Reads a parameter file (format from its content; the extension only for writing).
    public static func load(_ path: String) throws -> [ParameterEntry] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw FormatError(path: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    /// `entries` as text in `format`.
    public static func text(_ entries: [ParameterEntry], format: Format, systemID: UInt8 = 1, componentID: UInt8 = 1) -> String {
        switch format {
        case .qgc:
            var out = "# Onboard parameters for Vehicle \(systemID)\n#\n# Stack: Swiftlet\n#\n# Vehicle-Id Component-Id Name Value Type\n"
            for e in entries { out += "\(systemID)\t\(componentID)\t\(e.name)\t\(e.valueText)\t\(e.type == 0 ? 9 : e.type)\n" }
            return out
        case .mavproxy:
            return entries.map { $0.name.padding(toLength: 16, withPad: " ", startingAt: 0) + " " + $0.valueText + "\n" }.joined()
        case .sorted:
            return entries.sorted { $0.name < $1.name }.map {
                $0.name.padding(toLength: 16, withPad: " ", startingAt: 0) + " " + $0.valueText.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + " # " + ParameterEntry.typeName($0.type == 0 ? 9 : $0.type) + "\n"
            }.joined()
        }
    }

    /// Writes `entries` atomically in the format of `path`'s extension.
    public static func save(_ entries: [ParameterEntry], to path: String, systemID: UInt8 = 1, componentID: UInt8 = 1) throws {
        guard let format = Format(path: path) else {
            throw FormatError(path: path, line: 0, reason: "unknown extension: use .params (QGroundControl), .parm (MAVProxy/ArduPilot) or .txt (sorted)")
        }
        do { try PlanFiles.writeAtomically(text(entries, format: format, systemID: systemID, componentID: componentID), to: path) }
        catch { throw FormatError(path: path, line: 0, reason: error.description) }
    }
}
