import FlightMath

/// One meaningful line of a Swiftlet simulation file: `key value value …  # comment`.
struct KeyValueLine {
    var number: Int
    var key: String
    var values: [Substring]
}

/// Reader for the simple line-oriented format of `sim/vehicles` and `sim/scenarios`: one
/// `key value…` entry per line, values separated by blanks, `#` starts a comment.
/// Conversion helpers throw errors that name the file, line and field.
struct KeyValueLines {
    let file: String
    let lines: [KeyValueLine]

    init(text: String, file: String) {
        self.file = file
        var parsed: [KeyValueLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let key = words.first else { continue }
            parsed.append(KeyValueLine(number: index + 1, key: String(key), values: Array(words.dropFirst())))
        }
        lines = parsed
    }

    func error(_ line: KeyValueLine?, _ field: String, _ message: String) -> SimulationFileError {
        SimulationFileError(file: file, line: line?.number ?? 0, field: field, message: message)
    }

    /// Checks the number of values of `line`, naming `field` in the error.
    func expect(_ line: KeyValueLine, count: Int, field: String, usage: String) throws(SimulationFileError) {
        guard line.values.count == count else {
            throw error(line, field, "expected \(count) value\(count == 1 ? "" : "s") (\(usage)), found \(line.values.count)")
        }
    }

    func float(_ line: KeyValueLine, _ index: Int, field: String) throws(SimulationFileError) -> Float {
        guard index < line.values.count, let v = Float(line.values[index]), v.isFinite else {
            let found = index < line.values.count ? "'\(line.values[index])'" : "nothing"
            throw error(line, field, "expected a number, found \(found)")
        }
        return v
    }

    func double(_ line: KeyValueLine, _ index: Int, field: String) throws(SimulationFileError) -> Double {
        guard index < line.values.count, let v = Double(line.values[index]), v.isFinite else {
            let found = index < line.values.count ? "'\(line.values[index])'" : "nothing"
            throw error(line, field, "expected a number, found \(found)")
        }
        return v
    }

    /// A number that must lie in `range`.
    func float(_ line: KeyValueLine, _ index: Int, field: String, in range: ClosedRange<Float>) throws(SimulationFileError) -> Float {
        let v = try float(line, index, field: field)
        guard range.contains(v) else {
            throw error(line, field, "\(v) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return v
    }

    /// The single line with `key`; throws when it is missing or repeated.
    func single(_ key: String) throws(SimulationFileError) -> KeyValueLine {
        let matches = lines.filter { $0.key == key }
        guard let first = matches.first else { throw error(nil, key, "missing") }
        guard matches.count == 1 else { throw error(matches[1], key, "given more than once") }
        return first
    }

    /// A single-valued number field that must lie in `range`.
    func number(_ key: String, in range: ClosedRange<Float>) throws(SimulationFileError) -> Float {
        let line = try single(key)
        try expect(line, count: 1, field: key, usage: "one number")
        return try float(line, 0, field: key, in: range)
    }

    /// A three-number field, each in `range`.
    func vector(_ key: String, in range: ClosedRange<Float>) throws(SimulationFileError) -> Vector3 {
        let line = try single(key)
        try expect(line, count: 3, field: key, usage: "x y z")
        return Vector3(try float(line, 0, field: key, in: range), try float(line, 1, field: key, in: range),
                       try float(line, 2, field: key, in: range))
    }

    /// Throws for the first line whose key is not in `known`.
    func rejectUnknown(_ known: Set<String>) throws(SimulationFileError) {
        if let bad = lines.first(where: { !known.contains($0.key) }) {
            throw error(bad, bad.key, "unknown field (known: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
