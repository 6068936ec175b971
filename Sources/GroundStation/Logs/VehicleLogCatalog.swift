/// A log file found over MAVLink FTP.
public struct FtpLogFile: Sendable, Equatable {
    /// Full path on the vehicle, e.g. `/fs/microsd/log/2024-05-01/12_30_00.ulg` or `/APM/LOGS/00000007.BIN`.
    public var path: String
    /// Bytes.
    public var size: Int
    public init(path: String, size: Int) { self.path = path; self.size = size }

    /// The last path component.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The start time PX4 encodes in the path (`…/YYYY-MM-DD/HH_MM_SS.ulg`), seconds since 1970 UTC.
    public var px4Time: UInt32? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        let date = parts[parts.count - 2].split(separator: "-").compactMap { Int($0) }
        let time = parts[parts.count - 1].split(separator: ".").first?.split(separator: "_").compactMap { Int($0) } ?? []
        guard date.count == 3, time.count == 3, (1...12).contains(date[1]), (1...31).contains(date[2]),
              time[0] < 24, time[1] < 60, time[2] < 61 else { return nil }
        let days = UTCDate.days(year: date[0], month: date[1], day: date[2])
        let seconds = days * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]
        return seconds > 0 && seconds < Int(UInt32.max) ? UInt32(seconds) : nil
    }

    /// The log number ArduPilot puts in its file names (`00000007.BIN` → 7).
    public var ardupilotNumber: Int? {
        let n = name.uppercased()
        guard n.hasSuffix(".BIN") else { return nil }
        return Int(n.dropLast(4))
    }
}

/// Where autopilots keep their logs, as MAVLink FTP paths: PX4's SD card (one folder per day),
/// ArduPilot's on a board and in its SITL (relative to its working folder), Swiftlet's.
public enum FtpLogFolders {
    public static let candidates = ["/fs/microsd/log", "/APM/LOGS", "logs", "/logs"]
}

/// Logs as the CLI shows them: the vehicle's `LOG_ENTRY` list, with the FTP file of each log when
/// the vehicle offers FTP.
public struct VehicleLogCatalog: Sendable, Equatable {
    public struct Log: Sendable, Equatable {
        public var entry: VehicleLogEntry
        /// The log's file over FTP, when known.
        public var file: FtpLogFile?
        public init(entry: VehicleLogEntry, file: FtpLogFile? = nil) { self.entry = entry; self.file = file }
    }

    public var logs: [Log]

    public init(logs: [Log]) { self.logs = logs }

    /// Pairs `LOG_ENTRY`s with FTP files: by number for ArduPilot-named files (`00000007.BIN` is log
    /// 7), otherwise in order (both lists sorted: by id, by path — PX4's and Swiftlet's ids count
    /// the files in that order) when the counts agree; a pair must also agree on the size.
    /// Entries without a match keep `file == nil` (they download with `LOG_REQUEST_DATA`).
    public init(entries: [VehicleLogEntry], files: [FtpLogFile]) {
        let sortedEntries = entries.sorted { $0.id < $1.id }
        var logs = sortedEntries.map { Log(entry: $0) }
        let numbered = Dictionary(files.compactMap { f in f.ardupilotNumber.map { ($0, f) } }, uniquingKeysWith: { a, _ in a })
        if !numbered.isEmpty {
            for i in logs.indices { if let f = numbered[logs[i].entry.id], f.size == logs[i].entry.size { logs[i].file = f } }
        } else if files.count == logs.count {
            let sortedFiles = files.sorted { $0.path < $1.path }
            for i in logs.indices where sortedFiles[i].size == logs[i].entry.size { logs[i].file = sortedFiles[i] }
        }
        self.logs = logs
    }

    /// A catalog from FTP files alone (a vehicle that does not answer `LOG_REQUEST_LIST`): ArduPilot
    /// numbers, else ids from 1 in path order; times from PX4 paths.
    public init(files: [FtpLogFile]) {
        let sorted = files.sorted { $0.path < $1.path }
        logs = sorted.enumerated().map { i, f in
            Log(entry: VehicleLogEntry(id: f.ardupilotNumber ?? i + 1, timeUTC: f.px4Time ?? 0, size: f.size), file: f)
        }
    }

    /// The log with `id`.
    public func log(id: Int) -> Log? { logs.first { $0.entry.id == id } }

    /// The newest log: the latest start time when every log has one, else the highest id.
    public var latest: Log? {
        if logs.allSatisfy({ $0.entry.timeUTC != 0 }) {
            return logs.max { ($0.entry.timeUTC, $0.entry.id) < ($1.entry.timeUTC, $1.entry.id) }
        }
        return logs.max { $0.entry.id < $1.entry.id }
    }

    /// The local file name for a log: `log_<id>_<YYYY-MM-DD_HH-MM-SS>.<ext>` (UTC), or
    /// `log_<id>.<ext>` when the vehicle gives no time; `.bin` for ArduPilot (DataFlash), `.ulg` otherwise.
    public static func fileName(for entry: VehicleLogEntry, ardupilot: Bool) -> String {
        let ext = ardupilot ? "bin" : "ulg"
        guard entry.timeUTC != 0 else { return "log_\(entry.id).\(ext)" }
        let stamp = UTCDate.format(entry.timeUTC).replacingOccurrences(" ", with: "_").replacingOccurrences(":", with: "-")
        return "log_\(entry.id)_\(stamp).\(ext)"
    }
}

/// Calendar arithmetic for UTC timestamps (proleptic Gregorian), without Foundation.
public enum UTCDate {
    /// Days from 1970-01-01 to the date.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `YYYY-MM-DD HH:MM:SS` for seconds since 1970 UTC.
    public static func format(_ seconds: UInt32) -> String {
        let s = Int(seconds)
        let z = s / 86_400 + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let rest = s % 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))"
    }
}

extension String {
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// What the CLI keeps beside a partial download (`NAME.part`) so a rerun continues it: which log it
/// is (system, id, size, start time — a different log under the same name starts over) and which
/// byte ranges of the `.part` file hold data. A small text file:
/// `swiftlet-log-part 1` then `system S`, `id N`, `size B`, `time T`, `ranges 0-1000,2000-3000`.
public struct LogPartRecord: Sendable, Equatable {
    public var systemID: Int
    public var entry: VehicleLogEntry
    public var ranges: ByteRanges

    public init(systemID: Int, entry: VehicleLogEntry, ranges: ByteRanges) {
        self.systemID = systemID; self.entry = entry; self.ranges = ranges
    }

    /// True when `other` describes the same log of the same vehicle.
    public func isSameLog(systemID other: Int, entry e: VehicleLogEntry) -> Bool {
        systemID == other && entry == e
    }

    public var text: String {
        "swiftlet-log-part 1\nsystem \(systemID)\nid \(entry.id)\nsize \(entry.size)\ntime \(entry.timeUTC)\nranges \(ranges)\n"
    }

    /// Parses `text`; nil when it is not such a record (the caller then starts over).
    public init?(text: String) {
        var fields: [Substring: Substring] = [:]
        let lines = text.split(separator: "\n")
        guard lines.first == "swiftlet-log-part 1" else { return nil }
        for line in lines.dropFirst() {
            let kv = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            fields[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        guard let s = fields["system"].flatMap({ Int($0) }), let id = fields["id"].flatMap({ Int($0) }),
              let size = fields["size"].flatMap({ Int($0) }), let time = fields["time"].flatMap({ UInt32($0) }),
              let rangeText = fields["ranges"], let r = ByteRanges(parsing: rangeText) else { return nil }
        systemID = s; entry = VehicleLogEntry(id: id, timeUTC: time, size: size); ranges = r
    }
}
