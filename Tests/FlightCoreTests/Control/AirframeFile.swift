import Foundation
import FlightCore

/// The repository root, found from this file's path (Tests/FlightCoreTests/Control/…).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A QGroundControl `.params` file: `# …` comments, then tab-separated
/// `vehicle-id  component-id  NAME  VALUE  MAV_PARAM_TYPE` rows.
struct AirframeFile {
    struct Row { var name: String; var value: String; var type: UInt8; var line: Int }
    enum ParseError: Error, CustomStringConvertible {
        case malformed(line: Int, text: String)
        case badValue(line: Int, name: String, value: String)
        case unknownType(line: Int, type: String)
        var description: String {
            switch self {
            case let .malformed(line, text): "line \(line): expected 5 tab-separated fields, got \(text.debugDescription)"
            case let .badValue(line, name, value): "line \(line): \(name) has unreadable value \(value)"
            case let .unknownType(line, type): "line \(line): unknown MAV_PARAM_TYPE \(type)"
            }
        }
    }

    var rows: [Row]
    var headerFound: Bool

    static func directory() -> URL { repositoryRoot.appendingPathComponent("Firmware/airframes") }

    static func load(named name: String) throws -> AirframeFile {
        try parse(String(contentsOf: directory().appendingPathComponent("\(name).params"), encoding: .utf8))
    }

    static func parse(_ text: String) throws -> AirframeFile {
        var rows: [Row] = []
        var header = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if line.replacingOccurrences(of: " ", with: "") == "#Vehicle-IdComponent-IdNameValueType" { header = true }
                continue
            }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { throw ParseError.malformed(line: index + 1, text: String(raw)) }
            guard let type = UInt8(fields[4]) else { throw ParseError.unknownType(line: index + 1, type: fields[4]) }
            rows.append(Row(name: fields[2], value: fields[3], type: type, line: index + 1))
        }
        return AirframeFile(rows: rows, headerFound: header)
    }

    /// `table` with every row of this file set (throws the table's typed error on a bad row).
    func applied(to table: ParameterTable) throws -> ParameterTable {
        var t = table
        for row in rows {
            let value: ParameterValue
            switch row.type {
            case ParameterType.float.rawValue:
                guard let v = Float(row.value) else { throw ParseError.badValue(line: row.line, name: row.name, value: row.value) }
                value = .float(v)
            case ParameterType.int32.rawValue:
                guard let v = Int32(row.value) else { throw ParseError.badValue(line: row.line, name: row.name, value: row.value) }
                value = .int32(v)
            default:
                throw ParseError.unknownType(line: row.line, type: String(row.type))
            }
            try t.set(row.name, to: value)
        }
        return t
    }
}
