import FlightCore
import Foundation

/// One row of a parameter file: a name and a value in the parameter's own type.
public struct AirframeFileEntry: Sendable, Equatable {
    public var name: String
    public var value: ParameterValue
}

/// Why a parameter file cannot be read.
public struct AirframeFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Airframe parameter files, in QGroundControl `.params` form (`VEHICLE COMPONENT NAME VALUE TYPE`, tab-separated, `#`
/// comments), as the airframes in `Firmware/airframes/` and QGC's "Save to file" write them.
public enum AirframeFile {
    /// Parses the rows of a `.params` text.
    public static func parse(_ text: String, file: String = "<text>") throws(AirframeFileError) -> [AirframeFileEntry] {
        var out: [AirframeFileEntry] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard f.count >= 5 else {
                throw AirframeFileError(file: file, line: i + 1, reason: "expected 5 columns (vehicle, component, name, value, type), found \(f.count)")
            }
            let name = String(f[2]), valueText = String(f[3])
            guard name.utf8.count <= 16 else { throw AirframeFileError(file: file, line: i + 1, reason: "name '\(name)' is longer than 16 characters") }
            guard let type = Int(f[4]) else { throw AirframeFileError(file: file, line: i + 1, reason: "type '\(f[4])' is not a number") }
            let value: ParameterValue
            switch type {
            case 9:
                guard let v = Float(valueText) else { throw AirframeFileError(file: file, line: i + 1, reason: "\(name): '\(valueText)' is not a number") }
                value = .float(v)
            case 1...8:
                guard let v = Int32(valueText) ?? Double(valueText).flatMap({ Int32(exactly: $0) }) else {
                    throw AirframeFileError(file: file, line: i + 1, reason: "\(name): '\(valueText)' is not an integer")
                }
                value = .int32(v)
            default:
                throw AirframeFileError(file: file, line: i + 1, reason: "\(name): unsupported MAV_PARAM_TYPE \(type)")
            }
            out.append(AirframeFileEntry(name: name, value: value))
        }
        return out
    }

    /// Reads a `.params` file.
    public static func read(atPath path: String) throws(AirframeFileError) -> [AirframeFileEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AirframeFileError(file: path, line: 0, reason: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Applies `entries` to `table`, converting between int and float where the table's type
    /// differs; throws on the first unknown name or out-of-range value.
    public static func apply(_ entries: [AirframeFileEntry], to table: inout ParameterTable, file: String) throws(AirframeFileError) {
        for (i, e) in entries.enumerated() {
            guard let index = table.index(of: e.name) else {
                throw AirframeFileError(file: file, line: i + 1, reason: "unknown parameter \(e.name)")
            }
            var value = e.value
            if case .float(let f) = value, case .int32 = table.values[index] { value = .int32(Int32(f)) }
            if case .int32(let n) = value, case .float = table.values[index] { value = .float(Float(n)) }
            do { try table.set(at: index, to: value) } catch {
                throw AirframeFileError(file: file, line: i + 1, reason: "\(e.name): \(error)")
            }
        }
    }
}
