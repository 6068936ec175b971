import Foundation
import MAVLink

/// Records MAVLink frames as a MAVProxy/QGroundControl `.tlog`: each frame's bytes preceded by an
/// 8-byte big-endian timestamp in microseconds since the Unix epoch.
///
/// Frames are buffered and written in blocks (and on `close`), so a crash loses at most the last
/// block; the file is created exclusively, never overwriting an existing log.
public final class TelemetryLogWriter {
    public let path: String
    let handle: FileHandle
    var buffer: [UInt8] = []
    /// Frames written so far.
    public private(set) var frameCount = 0

    /// Creates `path` (and its folder); fails if the file exists or cannot be created.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path]) }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        self.path = path
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends one frame with its receive time (µs since the Unix epoch; now by default).
    public func record(_ frame: MAVLinkFrame, microseconds: UInt64 = TelemetryLogWriter.nowMicroseconds()) {
        withUnsafeBytes(of: microseconds.bigEndian) { buffer.append(contentsOf: $0) }
        buffer.append(contentsOf: frame.bytes)
        frameCount += 1
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and closes the file.
    public func close() {
        flush()
        try? handle.synchronize()
        try? handle.close()
    }

    /// Microseconds since the Unix epoch from the system clock.
    public static func nowMicroseconds() -> UInt64 {
        UInt64(max(0, Date().timeIntervalSince1970 * 1_000_000))
    }

    /// A log file name for a flight starting now: `YYYY-MM-DD_HH-MM-SS_<name>.tlog` (UTC).
    public static func fileName(for name: String, at date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd_HH-mm-ss"
        return "\(f.string(from: date))_\(name).tlog"
    }
}
