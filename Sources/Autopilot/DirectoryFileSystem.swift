import Foundation
import VehicleServices

/// A host folder offered over MAVLink FTP and the log protocol, read-only and sandboxed.
///
/// Paths are resolved against `root` (the SITL instance's state folder):
/// - `/fs/microsd/…` is the same as `/…`, so PX4 ground stations find `/fs/microsd/log`;
/// - `/log/YYYY-MM-DD/HH_MM_SS.ulg` are the flight logs as `FlightLogFolder` writes them;
/// - `/logs` is a virtual flat folder of every finished log, oldest first, named
///   `YYYY-MM-DD_HH_MM_SS.ulg`: `LogServer`'s default directory, so log id 1 is the oldest and the
///   highest id the newest, as PX4 and ArduPilot number them.
///
/// A path with a `..` component, a hidden name (leading `.`: the unfinished log of the flight in
/// progress, temporary files) or the signing key is "not found"; nothing outside `root` is
/// reachable (symbolic links are not followed out of it either: they are not listed or read).
/// Creating, writing and removing are refused (`.protected`).
public struct DirectoryFileSystem: VehicleFileSystem, Sendable {
    /// The folder `/` maps to; nil offers no files at all.
    public let root: String?
    /// File names never offered (secrets kept beside the logs).
    static let hiddenNames: Set<String> = ["signing.key"]

    public init(root: String?) { self.root = root }

    /// Where a request path leads.
    enum Target: Equatable {
        /// A real file or folder, path on the host.
        case host(String)
        /// The flat log listing (`/logs`).
        case flatLogs
    }

    /// Resolves a request path, or throws `.notFound` for anything outside the sandbox.
    func resolve(_ path: FilePath) throws(FileError) -> Target {
        guard let root else { throw .notFound }
        let text = path.withBytes { String(decoding: $0, as: UTF8.self) }
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        parts.removeAll { $0 == "." }
        if parts.starts(with: ["fs", "microsd"]) { parts.removeFirst(2) }
        for p in parts where p == ".." || p.hasPrefix(".") || Self.hiddenNames.contains(p) || p.contains("\0") {
            throw .notFound
        }
        if parts == ["logs"] { return .flatLogs }
        if parts.count == 2 && parts[0] == "logs" {
            guard let real = Self.treePath(ofFlatName: parts[1]) else { throw .notFound }
            return .host(root + "/" + FlightLogFolder.subfolder + "/" + real)
        }
        return .host(([root] + parts).joined(separator: "/"))
    }

    /// `YYYY-MM-DD_HH_MM_SS.ulg` → `YYYY-MM-DD/HH_MM_SS.ulg`.
    static func treePath(ofFlatName name: String) -> String? {
        guard let cut = name.firstIndex(of: "_"), name.hasSuffix(".ulg") else { return nil }
        return String(name[..<cut]) + "/" + String(name[name.index(after: cut)...])
    }

    /// The visible entries of a host folder, sorted by name.
    static func listing(of folder: String) throws(FileError) -> [(name: String, isDirectory: Bool, size: UInt32)] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            var s = stat()
            throw stat(folder, &s) == 0 ? .failed : .notFound
        }
        var out: [(name: String, isDirectory: Bool, size: UInt32)] = []
        for name in names.sorted() where !name.hasPrefix(".") && !hiddenNames.contains(name) {
            var s = stat()
            guard lstat(folder + "/" + name, &s) == 0 else { continue }
            let kind = s.st_mode & S_IFMT
            if kind == S_IFDIR { out.append((name, true, 0)) }
            else if kind == S_IFREG { out.append((name, false, UInt32(clamping: s.st_size))) }
        }
        return out
    }

    /// Every finished log under `root/log`, oldest first, with its flat name and size.
    func flatLogs() throws(FileError) -> [(name: String, size: UInt32)] {
        guard let root else { throw .notFound }
        let logRoot = root + "/" + FlightLogFolder.subfolder
        guard let days = try? Self.listing(of: logRoot) else { return [] }
        var out: [(name: String, size: UInt32)] = []
        for day in days where day.isDirectory && !day.name.contains("_") {
            guard let files = try? Self.listing(of: logRoot + "/" + day.name) else { continue }
            for f in files where !f.isDirectory && f.name.hasSuffix(".ulg") { out.append((day.name + "_" + f.name, f.size)) }
        }
        return out
    }

    public func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? {
        guard index >= 0 else { return nil }
        switch try resolve(directory) {
        case .flatLogs:
            let logs = try flatLogs()
            guard index < logs.count else { return nil }
            let name = logs[index].name
            return DirectoryEntry(name: Self.filePath(name), size: logs[index].size, isDirectory: false,
                                  timeUTC: FlightLogFolder.startTime(ofFlatName: name) ?? 0)
        case .host(let folder):
            let all = try Self.listing(of: folder)
            guard index < all.count else { return nil }
            let e = all[index]
            return DirectoryEntry(name: Self.filePath(e.name), size: e.size, isDirectory: e.isDirectory)
        }
    }

    public func size(of file: FilePath) throws(FileError) -> UInt32 {
        guard case .host(let path) = try resolve(file) else { throw .failed }
        var s = stat()
        guard lstat(path, &s) == 0 else { throw .notFound }
        guard s.st_mode & S_IFMT == S_IFREG else { throw .failed }
        return UInt32(clamping: s.st_size)
    }

    public func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        guard case .host(let path) = try resolve(file) else { throw .failed }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw errno == ENOENT ? .notFound : .failed }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0, s.st_mode & S_IFMT == S_IFREG else { throw .failed }
        guard buffer.count > 0 else { return 0 }
        while true {
            let n = pread(fd, buffer.baseAddress!, buffer.count, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw .failed }
            return n
        }
    }

    public mutating func create(_ file: FilePath) throws(FileError) { throw .protected }
    public mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) { throw .protected }
    public mutating func remove(_ file: FilePath) throws(FileError) { throw .protected }

    static func filePath(_ name: String) -> FilePath {
        Array(name.utf8).withUnsafeBytes { FilePath($0) }
    }
}
