import ArgumentParser
import Foundation
import GroundStation
import MAVLink
import MAVLinkDialects

/// How `log list`/`log download` reach the vehicle's logs.
enum LogTransport: String, ExpressibleByArgument, CaseIterable {
    case auto, ftp
    case logRequest = "log-request"
}

/// The I/O edge of log listing and download: drives `FtpClient` and `LogRequestClient` over a
/// `VehicleConnection`.
struct VehicleLogs {
    let c: VehicleConnection
    let target: (system: UInt8, component: UInt8)
    /// Whether FTP answered (nil: not tried yet).
    var ftpWorks: Bool?
    var notes: [String] = []

    init(_ c: VehicleConnection) {
        self.c = c
        target = c.target ?? (1, 1)
    }

    var ardupilot: Bool { c.state.autopilot == .ardupilot }

    /// Asks for `AUTOPILOT_VERSION` (MAV_CMD_REQUEST_MESSAGE) unless heard; its capability bits.
    func capabilities() async throws -> UInt64? {
        if let caps = c.state.capabilities { return caps }
        for _ in 0..<2 {
            var request = CommandLong(targetSystem: target.system, targetComponent: target.component, command: .requestMessage)
            request.param1 = Float(AutopilotVersion.id)
            c.send(request)
            if try await c.run(timeout: .milliseconds(1500), { _, _ in c.state.capabilities != nil }) { break }
        }
        return c.state.capabilities
    }

    /// Whether to try FTP, and whether as a quick probe: `--via ftp` always (patiently); `auto`
    /// patiently when `AUTOPILOT_VERSION` has the FTP capability bit, else as a probe (FTP may answer anyway).
    func ftpPlan(_ via: LogTransport) async throws -> (tryFtp: Bool, quick: Bool) {
        switch via {
        case .ftp: return (true, false)
        case .logRequest: return (false, false)
        case .auto:
            let caps = try await capabilities()
            return (true, !(caps.map { $0 & MAVProtocolCapability.ftp.rawValue != 0 } ?? false))
        }
    }

    /// Runs `client` until it finishes, handing each received chunk to `write` and progress to `progress`.
    /// Returns false when `stop()` asked to stop first.
    func drive<C: LogTransferClient>(_ client: inout C, stop: () -> Bool = { false }, write: ([FileChunk]) throws -> Void = { _ in },
                                     progress: (ByteRanges) throws -> Void = { _ in }) async throws -> Bool {
        while client.isBusy {
            if stop() { return false }
            let now = c.now
            for f in c.receive() {
                if let m = Common.Message(frame: f) { client.receive(m, systemID: f.systemID, componentID: f.componentID, at: now) }
            }
            c.send(client.poll(at: c.now))
            let chunks = client.takeChunks()
            if !chunks.isEmpty { try write(chunks) }
            try progress(client.received)
            if client.isBusy { try await Task.sleep(for: .milliseconds(2)) }
        }
        return true
    }

    func ftpClient() -> FtpClient {
        var f = FtpClient(targetSystem: target.system, targetComponent: target.component)
        f.maxRetries = c.retries
        return f
    }

    func logRequestClient() -> LogRequestClient {
        var l = LogRequestClient(targetSystem: target.system, targetComponent: target.component)
        l.maxRetries = c.retries
        return l
    }

    /// The log files over FTP: the first of the usual log folders that exists, one folder level
    /// deep (PX4 keeps a folder per day). Nil when FTP does not answer.
    mutating func ftpFiles(quick: Bool) async throws -> [FtpLogFile]? {
        var client = ftpClient()
        if quick { client.maxRetries = min(client.maxRetries, 2) }
        func list(_ path: String) async throws -> Result<[FtpDirectoryEntry], FtpError> {
            client.start(.list(path), at: c.now)
            _ = try await drive(&client)
            switch client.result {
            case .success(.listing(let entries))?: return .success(entries)
            case .failure(let e)?: return .failure(e)
            default: return .failure(.timeout(stage: "listing \(path)"))
            }
        }
        for root in FtpLogFolders.candidates {
            switch try await list(root) {
            case .failure(.timeout):
                ftpWorks = false
                return nil
            case .failure:
                ftpWorks = true
                continue
            case .success(let entries):
                ftpWorks = true
                var files: [FtpLogFile] = []
                for e in entries {
                    let path = root + "/" + e.name
                    if !e.isDirectory { files.append(FtpLogFile(path: path, size: e.size)); continue }
                    if case .success(let inner) = try await list(path) {
                        files += inner.filter { !$0.isDirectory }.map { FtpLogFile(path: path + "/" + $0.name, size: $0.size) }
                    }
                }
                return files.filter { !$0.name.uppercased().hasSuffix(".TXT") }
            }
        }
        return []
    }

    /// The vehicle's logs: `LOG_ENTRY`s paired with FTP files where FTP works.
    mutating func catalog(_ via: LogTransport) async throws -> VehicleLogCatalog {
        var entries: Result<[VehicleLogEntry], LogRequestError>?
        var client = logRequestClient()
        if via == .ftp { client.maxRetries = min(client.maxRetries, 2) }   // only for the ids
        client.start(.list, at: c.now)
        _ = try await drive(&client)
        switch client.result {
        case .success(.list(let list))?: entries = .success(list)
        case .failure(let e)?: entries = .failure(e)
        default: break
        }
        var files: [FtpLogFile]?
        let plan = try await ftpPlan(via)
        if plan.tryFtp {
            files = try await ftpFiles(quick: plan.quick)
            if files == nil {
                if via == .ftp { throw CLIError("the vehicle does not answer MAVLink FTP (try --via log-request)") }
                notes.append("the vehicle does not answer MAVLink FTP: using LOG_REQUEST_DATA")
            }
        }
        switch entries {
        case .success(let list)?:
            return VehicleLogCatalog(entries: list, files: files ?? [])
        case .failure(let e)?:
            if let files, !files.isEmpty { notes.append("no answer to LOG_REQUEST_LIST (\(e)): logs from FTP"); return VehicleLogCatalog(files: files) }
            throw CLIError("cannot list the vehicle's logs: \(e)")
        case nil:
            throw CLIError("cannot list the vehicle's logs")
        }
    }
}

/// A download in progress on disk: `NAME.part` with the bytes at their offsets and
/// `NAME.part.state` (a `LogPartRecord`) saying which ranges are there and which log they belong to.
final class PartFile {
    let finalPath: String
    var partPath: String { finalPath + ".part" }
    var statePath: String { finalPath + ".part.state" }
    let systemID: Int
    let entry: VehicleLogEntry
    private(set) var ranges: ByteRanges
    private let fd: Int32
    /// Why an earlier partial file was discarded, if one was.
    private(set) var discarded: String?
    private var savedAt = Date.distantPast

    /// Opens (or starts) the partial download of `entry` for `finalPath`.
    init(finalPath: String, systemID: Int, entry: VehicleLogEntry) throws {
        self.finalPath = finalPath; self.systemID = systemID; self.entry = entry
        let fm = FileManager.default
        var have = ByteRanges()
        if let text = try? String(contentsOfFile: finalPath + ".part.state", encoding: .utf8) {
            if let record = LogPartRecord(text: text), record.isSameLog(systemID: systemID, entry: entry) {
                let length = ((try? fm.attributesOfItem(atPath: finalPath + ".part"))?[.size] as? NSNumber)?.intValue ?? 0
                have = record.ranges
                have.clip(to: length)
            } else {
                discarded = "an earlier partial download under this name was of another log: started over"
            }
        }
        if have.isEmpty { try? fm.removeItem(atPath: finalPath + ".part") }
        fd = open(finalPath + ".part", O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw CLIError("cannot write \(finalPath).part: \(String(cString: strerror(errno)))") }
        ranges = have
    }

    deinit { close(fd) }

    /// Writes received chunks at their offsets.
    func write(_ chunks: [FileChunk]) throws {
        for chunk in chunks {
            let n = chunk.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(chunk.offset)) }
            guard n == chunk.bytes.count else { throw CLIError("cannot write \(partPath): \(String(cString: strerror(errno)))") }
        }
    }

    /// Records `held` (all written) in the state file, at most once a second unless `force`.
    func checkpoint(_ held: ByteRanges, force: Bool = false) throws {
        ranges = held
        guard force || Date().timeIntervalSince(savedAt) >= 1 else { return }
        savedAt = Date()
        fsync(fd)   // the bytes before the record that claims them
        let text = LogPartRecord(systemID: systemID, entry: entry, ranges: held).text
        let tmp = statePath + ".tmp"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: tmp))
            guard rename(tmp, statePath) == 0 else { throw CLIError(String(cString: strerror(errno))) }
        } catch { throw CLIError("cannot write \(statePath): \(error)") }
    }

    /// The MAVLink CRC32 of the first `size` bytes (what the vehicle's `CalcFileCRC32` answers).
    func checksum(size: Int) -> UInt32 {
        var sum = MAVLinkCRC32()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset = 0
        while offset < size {
            let want = min(buffer.count, size - offset)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(offset)) }
            guard n > 0 else { break }
            buffer.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[0 ..< n])) }
            offset += n
        }
        return sum.value
    }

    /// Cuts the file to `size`, flushes it and renames it to its final name (atomic); drops the state.
    func complete(size: Int) throws {
        guard ftruncate(fd, off_t(size)) == 0, fsync(fd) == 0, rename(partPath, finalPath) == 0 else {
            throw CLIError("cannot finish \(finalPath): \(String(cString: strerror(errno)))")
        }
        try? FileManager.default.removeItem(atPath: statePath)
    }

    /// Removes the partial file and its state (its bytes are wrong).
    func discard() {
        try? FileManager.default.removeItem(atPath: partPath)
        try? FileManager.default.removeItem(atPath: statePath)
    }
}

/// Byte-transfer progress for people: a redrawn bar with bytes, rate and time left on a terminal,
/// a line per tenth otherwise, nothing with `--json`.
struct ByteProgress {
    let label: String
    let quiet: Bool
    let terminal = isatty(STDERR_FILENO) == 1
    let started = Date()
    let startBytes: Int
    var lastTenth = -1
    var lastDraw = Date.distantPast

    init(_ label: String, quiet: Bool, startBytes: Int) { self.label = label; self.quiet = quiet; self.startBytes = startBytes }

    static func bytes(_ n: Int) -> String {
        if n >= 1_000_000 { return String(format: "%.1f MB", Double(n) / 1e6) }
        if n >= 1000 { return String(format: "%.1f kB", Double(n) / 1e3) }
        return "\(n) B"
    }

    mutating func update(_ done: Int, of total: Int) {
        guard !quiet, total > 0 else { return }
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0.2 ? Double(done - startBytes) / elapsed : 0
        let eta = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : nil
        let fraction = Double(min(done, total)) / Double(total)
        let tail = "\(Self.bytes(done))/\(Self.bytes(total)), \(Self.bytes(Int(rate)))/s" + (eta.map { ", \($0) s left" } ?? "")
        if terminal {
            guard Date().timeIntervalSince(lastDraw) >= 0.1 || done >= total else { return }
            lastDraw = Date()
            let width = 30, filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label) [\(bar)] \(tail)".utf8))
            if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let tenth = Int(fraction * 10)
            if tenth != lastTenth { lastTenth = tenth; FileHandle.standardError.write(Data("\(label): \(Int(fraction * 100)) % (\(tail))\n".utf8)) }
        }
    }

    func end() { if !quiet && terminal { FileHandle.standardError.write(Data("\n".utf8)) } }
}
