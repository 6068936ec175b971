import MAVLinkDialects

/// One frame read from a telemetry log, with its timestamp.
public struct LoggedFrame: Sendable {
    /// Microseconds since the Unix epoch (tlog), or nil for a raw stream.
    public var unixMicros: UInt64?
    public var frame: MAVLinkFrame
}

/// The two log layouts `log dump` reads.
public enum TelemetryLogFormat: String, Sendable, CaseIterable {
    /// MAVProxy/QGroundControl `.tlog`: an 8-byte big-endian µs Unix timestamp before each frame.
    case tlog
    /// A bare MAVLink byte stream.
    case raw

    /// Guesses the layout from the first bytes: a plausible timestamp (years 2000–2100) followed by a
    /// frame start marker means tlog.
    public static func detect(_ bytes: UnsafeRawBufferPointer) -> TelemetryLogFormat {
        guard bytes.count >= 9, bytes[8] == 0xFD || bytes[8] == 0xFE else { return .raw }
        var t: UInt64 = 0
        for i in 0..<8 { t = t << 8 | UInt64(bytes[i]) }
        let year2000: UInt64 = 946_684_800_000_000, year2100: UInt64 = 4_102_444_800_000_000
        return t >= year2000 && t < year2100 ? .tlog : .raw
    }
}

/// Reads frames from a whole telemetry log in memory, tlog or raw.
///
/// A tlog record whose frame is damaged is skipped by resynchronising on the next record whose
/// timestamp is within three days of the last good one (as pymavlink does); a raw stream goes
/// through the ordinary resynchronising parser.
public struct TelemetryLogReader<Dialect: MAVLinkDialect> {
    public let format: TelemetryLogFormat
    let bytes: [UInt8]
    var offset = 0
    var parser = MAVLinkParser<Dialect>()
    var lastMicros: UInt64?

    public init(bytes: [UInt8], format: TelemetryLogFormat? = nil) {
        self.bytes = bytes
        self.format = format ?? bytes.withUnsafeBytes { TelemetryLogFormat.detect($0) }
    }

    /// Frames rejected (bad checksum, garbage) so far.
    public var parserStatistics: MAVLinkParser<Dialect>.Statistics { parser.statistics }

    /// The next frame, or nil at the end of the log.
    public mutating func next() -> LoggedFrame? {
        switch format {
        case .raw: return nextRaw()
        case .tlog: return nextTlog()
        }
    }

    mutating func nextRaw() -> LoggedFrame? {
        while true {
            if let f = parser.next() { return LoggedFrame(unixMicros: nil, frame: f) }
            guard offset < bytes.count else { return nil }
            let taken = bytes.withUnsafeBytes { parser.append(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
            offset += taken
        }
    }

    mutating func nextTlog() -> LoggedFrame? {
        while offset + 8 + 8 <= bytes.count {
            var t: UInt64 = 0
            for i in 0..<8 { t = t << 8 | UInt64(bytes[offset + i]) }
            if let last = lastMicros, t > last &+ 259_200_000_000 || t &+ 259_200_000_000 < last {
                offset += 1
                continue
            }
            let start = offset + 8
            let magic = bytes[start]
            guard magic == 0xFD || magic == 0xFE else { offset += 1; continue }
            let len = Int(bytes[start + 1])
            let signed = magic == 0xFD && bytes[start + 2] & MAVLinkFrame.incompatSigned != 0
            let total = (magic == 0xFD ? 12 : 8) + len + (signed ? 13 : 0)
            guard start + total <= bytes.count else { return nil }
            var p = MAVLinkParser<Dialect>()
            let frame: MAVLinkFrame? = bytes.withUnsafeBytes { b in
                _ = p.append(UnsafeRawBufferPointer(rebasing: b[start..<(start + total)]))
                return p.next()
            }
            if let frame {
                offset = start + total
                lastMicros = t
                return LoggedFrame(unixMicros: t, frame: frame)
            }
            offset += 1
        }
        return nil
    }
}

/// Turns log frames into pymavlink `mavlogdump.py --format json --show-source` lines.
public struct LogDumper {
    /// Message names to keep (`*` and `?` wildcards), or nil for all.
    public var types: [String]?
    /// Keep only frames from this system id.
    public var systemID: UInt8?
    var uptime: Double = 0

    public init(types: [String]? = nil, systemID: UInt8? = nil) {
        self.types = types; self.systemID = systemID
    }

    /// The JSON line for `logged`, or nil when it is filtered out or not an ardupilotmega message.
    public mutating func line(for logged: LoggedFrame) -> String? {
        guard let message = ArduPilotMega.Message(frame: logged.frame) else { return nil }
        // Raw streams have no timestamps: pymavlink then uses the latest usec / time_boot_ms seen.
        var clock = UptimeVisitor()
        message.visitFields(&clock)
        if let u = clock.usec { uptime = Double(u) * 1.0e-6 }
        if let ms = clock.timeBootMs { uptime = Double(ms) * 1.0e-3 }
        if let s = systemID, logged.frame.systemID != s { return nil }
        let name = "\(message.name)"
        if let types, !types.contains(where: { Wildcard.matches($0, name) }) { return nil }
        let timestamp = logged.unixMicros.map { Double($0) * 1.0e-6 } ?? uptime
        return "{\"meta\": {\"type\": \"\(name)\", \"timestamp\": \(PythonNumberFormat.format(timestamp)), "
            + "\"srcSystem\": \(logged.frame.systemID), \"srcComponent\": \(logged.frame.componentID)}, "
            + "\"data\": \(MessageJSON.data(message))}"
    }
}

/// Picks out the `usec` and `time_boot_ms` fields pymavlink uses as the clock of raw logs.
struct UptimeVisitor: MAVLinkFieldVisitor {
    var usec: UInt64?
    var timeBootMs: UInt64?
    mutating func visit<T: FixedWidthInteger>(_ name: StaticString, _ value: T) {
        if name.utf8CodeUnitCount == 4 && "\(name)" == "usec" { usec = UInt64(truncatingIfNeeded: value) }
        if name.utf8CodeUnitCount == 12 && "\(name)" == "time_boot_ms" { timeBootMs = UInt64(truncatingIfNeeded: value) }
    }
    mutating func visit(_ name: StaticString, _ value: Float) {}
    mutating func visit(_ name: StaticString, _ value: Double) {}
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedString<N>) {}
    mutating func visit<let N: Int, T: FixedWidthInteger & BitwiseCopyable & Sendable>(_ name: StaticString, _ value: FixedArray<N, T>) {}
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Float>) {}
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Double>) {}
}

/// Shell-style `*` / `?` matching of message names (as mavlogdump's `--types`).
public enum Wildcard {
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.uppercased().utf8), t = Array(text.utf8)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == UInt8(ascii: "?") || p[pi] == t[ti]) { pi += 1; ti += 1 }
            else if pi < p.count && p[pi] == UInt8(ascii: "*") { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
