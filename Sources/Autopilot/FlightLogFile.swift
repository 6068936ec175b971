import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Where a vehicle's flight logs go and what they are called, PX4-style:
/// `ROOT/log/YYYY-MM-DD/HH_MM_SS.ulg`, the UTC date and time the log started.
public struct FlightLogFolder: Sendable {
    /// The subfolder of the instance folder that holds the logs.
    public static let subfolder = "log"
    /// The instance folder (the logs go into its `log/`).
    public let root: String

    public init(root: String) { self.root = root }

    /// The log tree (`ROOT/log`).
    public var logDirectory: String { root + "/" + Self.subfolder }

    /// The path of a log started at `utcMicros` (µs since the Unix epoch); `suffix` > 0 gives
    /// `HH_MM_SS_N.ulg`, for a second log started within the same second.
    public func path(startedAt utcMicros: UInt64, suffix: Int = 0) -> String {
        let c = CivilTime(unixSeconds: Int64(utcMicros / 1_000_000))
        let day = "\(c.year)-" + Self.two(c.month) + "-" + Self.two(c.day)
        let time = Self.two(c.hour) + "_" + Self.two(c.minute) + "_" + Self.two(c.second)
        return logDirectory + "/" + day + "/" + time + (suffix > 0 ? "_\(suffix)" : "") + ".ulg"
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// When a log started, seconds since the Unix epoch, from its flat name
    /// (`YYYY-MM-DD_HH_MM_SS[_N].ulg`); nil for another name.
    public static func startTime(ofFlatName name: String) -> UInt32? {
        let digits = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).prefix(6).compactMap { Int($0) }
        guard digits.count == 6 else { return nil }
        let c = CivilTime(year: digits[0], month: digits[1], day: digits[2], hour: digits[3], minute: digits[4], second: digits[5])
        guard let seconds = c.unixSeconds, seconds >= 0 else { return nil }
        return UInt32(clamping: seconds)
    }
}

/// A UTC calendar date and time from Unix seconds (proleptic Gregorian, no leap seconds).
struct CivilTime: Equatable {
    var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        self.year = year; self.month = month; self.day = day; self.hour = hour; self.minute = minute; self.second = second
    }

    /// Seconds since the Unix epoch (Howard Hinnant's days-from-civil); nil when a field is out of range.
    var unixSeconds: Int64? {
        guard (1...12).contains(month), (1...31).contains(day), (0..<24).contains(hour),
              (0..<60).contains(minute), (0..<61).contains(second) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    init(unixSeconds: Int64) {
        let days = Int(unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400)
        let secs = Int(unixSeconds - Int64(days) * 86_400)
        hour = secs / 3600; minute = secs / 60 % 60; second = secs % 60
        // Days since 1970-01-01 to year/month/day (Howard Hinnant's civil-from-days).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }
}

/// One log file being written: bytes go to a hidden temporary file beside the final name
/// (`.HH_MM_SS.ulg.tmp`); `finish` `fsync`s it, renames it to its final name and `fsync`s the
/// folder. A log that was never finished (the process was killed) is only ever the hidden
/// temporary file, so nothing that looks like a complete log is ever truncated.
///
/// One thread uses it at a time: the recorder while the log is written, then (with a
/// `StateWriter`) the writer's thread for `finish`, after which the recorder has let go of it.
final class FlightLogFile: @unchecked Sendable {
    /// The name the log gets when finished.
    let path: String
    /// The temporary file written until then.
    let temporaryPath: String
    private var fd: Int32

    /// Creates the folders and the temporary file for a log to be finished as `path` (a free name
    /// is chosen from `folder` and `utcMicros`, other than `taken`).
    convenience init(folder: FlightLogFolder, startedAt utcMicros: UInt64, avoiding taken: String? = nil) throws(StateFileError) {
        self.init(namedIn: folder, startedAt: utcMicros, avoiding: taken)
        try create()
    }

    /// Chooses the log's name (a free one from `folder` and `utcMicros`, other than `taken`, the
    /// name of a log whose file may not be created yet) and creates nothing: `create()` does, on
    /// the state writer's thread for a recorder that has one. Creating a folder and a file can
    /// take the file system milliseconds (63 ms seen in the soak at a flight's start), time the
    /// paced loop does not have.
    init(namedIn folder: FlightLogFolder, startedAt utcMicros: UInt64, avoiding taken: String?) {
        var candidate = folder.path(startedAt: utcMicros)
        var n = 0
        while candidate == taken || access(candidate, F_OK) == 0 { n += 1; candidate = folder.path(startedAt: utcMicros, suffix: n) }
        path = candidate
        temporaryPath = AtomicFile.temporaryPath(for: candidate)
        fd = -1
    }

    /// Creates the folders and the temporary file.
    func create() throws(StateFileError) {
        try AtomicFile.createFolder(AtomicFile.folder(of: path))
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StateFileError(temporaryPath, "create") }
    }

    /// `create` on the state writer's thread, before any `append`: a failure is kept for
    /// `backgroundFailure` (the appends then write nothing and the log is dropped).
    func createInBackground() {
        do throws(StateFileError) { try create() } catch { failure.withLock { $0 = error } }
    }

    /// The first failed write of `append` (the state writer's thread), nil while all went well.
    var backgroundFailure: StateFileError? { failure.withLock { $0 } }
    private let failure = Mutex<StateFileError?>(nil)

    deinit { if fd >= 0 { close(fd) } }

    /// `write` on the state writer's thread: a failure is kept for `backgroundFailure`, and
    /// nothing more is written after it.
    func append(_ bytes: [UInt8]) {
        guard backgroundFailure == nil else { return }
        let failed = bytes.withUnsafeBytes { raw -> StateFileError? in
            do throws(StateFileError) { try write(raw); return nil } catch { return error }
        }
        if let failed { failure.withLock { $0 = failed } }
    }

    /// `finish` on the state writer's thread after `append`s: a log whose writes failed is
    /// removed instead, and the failure thrown.
    func finishAppended() throws(StateFileError) {
        if let failed = backgroundFailure {
            unlink(temporaryPath)
            throw failed
        }
        try finish()
    }

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: UnsafeRawBufferPointer) throws(StateFileError) {
        var done = 0
        while done < bytes.count {
            let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw StateFileError(temporaryPath, "write") }
            done += n
        }
    }

    /// Makes the log durable under its final name.
    func finish() throws(StateFileError) {
        guard fsync(fd) == 0 else { throw StateFileError(temporaryPath, "fsync") }
        let closed = close(fd)
        fd = -1
        guard closed == 0 else { throw StateFileError(temporaryPath, "close") }
        guard rename(temporaryPath, path) == 0 else { throw StateFileError(path, "rename the finished log to") }
        try AtomicFile.syncFolder(of: path)
    }
}
