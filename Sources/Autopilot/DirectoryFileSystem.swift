import Foundation
import VehicleServices
import Synchronization

/// A host folder offered over MAVLink FTP and the log protocol, sandboxed, writable as PX4's SD card.
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
///
/// Writing (FTP `CreateFile`/`OpenFileWO`, `WriteFile`, `RemoveFile`, `TruncateFile`, `Rename`,
/// `CreateDirectory`, `RemoveDirectory`) is allowed anywhere under `root` but in the log tree:
/// `log/` and `/logs` belong to the flight logger, so there files and empty day folders may be
/// removed and nothing created, written, truncated or renamed (`.protected`); `/` itself and the
/// `log` folder are never removed or renamed. A file being written lives in a hidden sibling,
/// `.NAME.ftp-part`, until the write session ends, then replaces `NAME` in one `rename` (flushed
/// first): the name shows either the previous file or the complete new one, never a part. A part
/// left by a crash stays hidden and is replaced by the next write of that name.
public struct DirectoryFileSystem: VehicleFileSystem, Sendable {
    /// The folder `/` maps to; nil offers no files at all.
    public let root: String?
    /// File names never offered (secrets kept beside the logs).
    static let hiddenNames: Set<String> = ["signing.key"]

    /// Checksums computed ahead by `precomputeCRC32(of:)`, shared by every copy of this value.
    let checksums: FileChecksumCache
    /// Folder listings while their folders are unchanged, shared by every copy of this value.
    let listings: DirectoryListingCache
    /// The last path `resolve` answered, with its answer.
    let lastResolved = LastResolvedPath()
    /// The file being read, open, with a block read ahead (shared by every copy of this value).
    let readAhead = FileReadAhead()

    public init(root: String?) {
        self.init(root: root, checksums: FileChecksumCache(), listings: DirectoryListingCache())
    }

    init(root: String?, checksums: FileChecksumCache, listings: DirectoryListingCache) {
        self.root = root
        self.checksums = checksums
        self.listings = listings
    }

    /// The same folder with the same checksums and listings, but no file open and no path
    /// resolved yet: its first read of a file resolves the path, opens the file and reads a
    /// block, which is at least the work any read of this value does. A replay of the file
    /// transfers reads through it, so as not to do less than the loop did.
    func readingAfresh() -> DirectoryFileSystem {
        DirectoryFileSystem(root: root, checksums: checksums, listings: listings)
    }

    public func precomputedCRC32(of file: FilePath) -> UInt32? {
        guard case .host(let path) = try? resolve(file) else { return nil }
        return checksums.checksum(ofHostFile: path)
    }

    /// Whether `CalcFileCRC32` of `file` would read a file that is not checksummed yet (a path
    /// outside the sandbox or a missing file: false, the server answers those at once).
    func needsCRC32(of file: FilePath) -> Bool {
        guard case .host(let path) = try? resolve(file) else { return false }
        return FileManager.default.fileExists(atPath: path) && checksums.checksum(ofHostFile: path) == nil
    }

    /// Computes the checksum of `file` for `precomputedCRC32(of:)` (blocking: call it off the
    /// service loop).
    func precomputeCRC32(of file: FilePath) {
        guard case .host(let path) = try? resolve(file) else { return }
        checksums.compute(hostFile: path)
    }

    /// Where a request path leads.
    enum Target: Equatable {
        /// A real file or folder, path on the host.
        case host(String)
        /// The flat log listing (`/logs`).
        case flatLogs
    }

    /// Resolves a request path, or throws `.notFound` for anything outside the sandbox.
    func resolve(_ path: FilePath) throws(FileError) -> Target {
        // A download reads the same file chunk after chunk: the last answer is kept (the mapping
        // depends on the path alone; splitting it into Strings each time was most of a read).
        if let hit = lastResolved.withLock({ $0.flatMap { $0.path == path ? $0.target : nil } }) { return hit }
        let target = try resolveNow(path)
        lastResolved.withLock { $0 = (path, target) }
        return target
    }

    func resolveNow(_ path: FilePath) throws(FileError) -> Target {
        guard let root else { throw .notFound }
        let parts = try Self.components(of: path)
        if parts == ["logs"] { return .flatLogs }
        if parts.count == 2 && parts[0] == "logs" {
            guard let real = Self.treePath(ofFlatName: parts[1]) else { throw .notFound }
            return .host(root + "/" + FlightLogFolder.subfolder + "/" + real)
        }
        return .host(([root] + parts).joined(separator: "/"))
    }

    /// The components of a request path below `root` (`/fs/microsd` dropped), or `.notFound` for
    /// one that would leave the sandbox or name a hidden file.
    static func components(of path: FilePath) throws(FileError) -> [String] {
        let text = path.withBytes { String(decoding: $0, as: UTF8.self) }
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        parts.removeAll { $0 == "." }
        if parts.starts(with: ["fs", "microsd"]) { parts.removeFirst(2) }
        for p in parts where p == ".." || p.hasPrefix(".") || hiddenNames.contains(p) || p.contains("\0") {
            throw .notFound
        }
        return parts
    }

    /// `YYYY-MM-DD_HH_MM_SS.ulg` → `YYYY-MM-DD/HH_MM_SS.ulg`.
    static func treePath(ofFlatName name: String) -> String? {
        guard let cut = name.firstIndex(of: "_"), name.hasSuffix(".ulg") else { return nil }
        return String(name[..<cut]) + "/" + String(name[name.index(after: cut)...])
    }

    /// The visible entries of a host folder, sorted by name, from `listings` while the folder is
    /// unchanged. The FTP and log servers ask for one entry at a time, so an uncached listing
    /// made answering `LOG_REQUEST_LIST` quadratic in the number of logs: with 45 logs it stalled
    /// a paced `swiftlet sitl` for 150 ms (found by `scripts/soak`).
    func listing(of folder: String) throws(FileError) -> [(name: String, isDirectory: Bool, size: UInt32)] {
        var s = stat()
        guard stat(folder, &s) == 0 else { throw .notFound }
        let stamp = DirectoryListingCache.Stamp(s)
        if let cached = listings.listing(of: folder, stamp: stamp) { return cached }
        let fresh = try Self.listing(of: folder)
        listings.remember(fresh, of: folder, stamp: stamp)
        return fresh
    }

    /// The visible entries of a host folder, sorted by name, read now.
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
        let generation = listings.flatGeneration   // before anything is read
        let logRoot = root + "/" + FlightLogFolder.subfolder
        guard let days = try? listing(of: logRoot) else { return [] }
        // Remembered while the log folder and every day folder are unchanged: the log server asks
        // for one entry at a time, so this is called once per log.
        let stamps = Self.dayStamps(days, in: logRoot)
        if let cached = listings.flatLogs(stamps: stamps) { return cached }
        var out: [(name: String, size: UInt32)] = []
        for day in days where day.isDirectory && !day.name.contains("_") {
            // A finished log never changes, so the cached sizes hold.
            guard let files = try? listing(of: logRoot + "/" + day.name) else { continue }
            for f in files where !f.isDirectory && f.name.hasSuffix(".ulg") { out.append((day.name + "_" + f.name, f.size)) }
        }
        listings.rememberFlatLogs(out, stamps: stamps, generation: generation)
        return out
    }

    /// The flat log list for one entry of a list being sent (`LogServer` asks one entry at a time):
    /// the list last remembered, even when a folder changed since, so the list goes on as it was
    /// when it was requested, with the same ids; a changed folder is read again in the background,
    /// off the service loop. Read now only when no list was remembered yet.
    ///
    /// Found by `scripts/soak`: a flight's log finished (renamed into its day folder) while a list
    /// of 150 logs was being sent made the next entry read the whole folder inside the loop.
    /// Requests that start a list or a download wait until a changed folder was read
    /// (`HeldFileRequests`), so they never work from an outdated list.
    func flatLogsForAnEntry() throws(FileError) -> [(name: String, size: UInt32)] {
        guard let remembered = listings.lastFlatLogs else { return try flatLogs() }
        if needsListing(of: FilePath("/logs")) {
            let files = self
            listings.refreshInBackground { _ = try? files.flatLogs() }
        }
        return remembered
    }

    /// The stamps of the day folders among `days` (the entries of `logRoot`).
    static func dayStamps(_ days: DirectoryListingCache.Listing, in logRoot: String) -> [DirectoryListingCache.Stamp] {
        var stamps: [DirectoryListingCache.Stamp] = []
        for day in days where day.isDirectory && !day.name.contains("_") {
            var s = stat()
            if stat(logRoot + "/" + day.name, &s) == 0 { stamps.append(DirectoryListingCache.Stamp(s)) }
        }
        return stamps
    }

    /// Whether listing `directory` (FTP `ListDirectory`, the log server's entries) would read host
    /// folders now: its listing is not remembered, or a folder it is made of changed since. False
    /// for a path that is not a folder in the sandbox (those are answered at once).
    func needsListing(of directory: FilePath) -> Bool {
        switch try? resolve(directory) {
        case .flatLogs?:
            guard let root else { return false }
            let logRoot = root + "/" + FlightLogFolder.subfolder
            var s = stat()
            guard stat(logRoot, &s) == 0 else { return false }
            guard let days = listings.listing(of: logRoot, stamp: DirectoryListingCache.Stamp(s)) else { return true }
            return listings.flatLogs(stamps: Self.dayStamps(days, in: logRoot)) == nil
        case .host(let folder)?:
            var s = stat()
            guard stat(folder, &s) == 0, s.st_mode & S_IFMT == S_IFDIR else { return false }
            return listings.listing(of: folder, stamp: DirectoryListingCache.Stamp(s)) == nil
        case nil:
            return false
        }
    }

    /// Reads and remembers the listing of `directory` (blocking: call it off the service loop), so
    /// that listing it next is answered from memory while its folders stay unchanged.
    func prepareListing(of directory: FilePath) {
        switch try? resolve(directory) {
        case .flatLogs?: _ = try? flatLogs()
        case .host(let folder)?: _ = try? listing(of: folder)
        case nil: break
        }
    }

    public func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? {
        guard index >= 0 else { return nil }
        switch try resolve(directory) {
        case .flatLogs:
            let logs = try flatLogsForAnEntry()
            guard index < logs.count else { return nil }
            let name = logs[index].name
            return DirectoryEntry(name: Self.filePath(name), size: logs[index].size, isDirectory: false,
                                  timeUTC: FlightLogFolder.startTime(ofFlatName: name) ?? 0)
        case .host(let folder):
            let all = try listing(of: folder)
            guard index < all.count else { return nil }
            let e = all[index]
            // A file written in place changes its size but not its folder: the size is read now.
            var s = stat()
            let size = !e.isDirectory && lstat(folder + "/" + e.name, &s) == 0 ? UInt32(clamping: s.st_size) : e.size
            return DirectoryEntry(name: Self.filePath(e.name), size: size, isDirectory: e.isDirectory)
        }
    }

    public func entryCount(in directory: FilePath) throws(FileError) -> Int {
        switch try resolve(directory) {
        case .flatLogs: try flatLogs().count
        case .host(let folder): try listing(of: folder).count
        }
    }

    /// The size of `file` now; also where a transfer begins (FTP `OpenFileRO`), so the file
    /// kept open for reading is closed and the transfer reads the file as it is now.
    public func size(of file: FilePath) throws(FileError) -> UInt32 {
        guard case .host(let path) = try resolve(file) else { throw .failed }
        readAhead.forget()
        var s = stat()
        guard lstat(path, &s) == 0 else { throw .notFound }
        guard s.st_mode & S_IFMT == S_IFREG else { throw .failed }
        return UInt32(clamping: s.st_size)
    }

    public func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        guard case .host(let path) = try resolve(file) else { throw .failed }
        return try readAhead.read(hostFile: path, at: offset, into: buffer)
    }

    // MARK: Changes

    /// The host path of `path` for a change, or `.protected` when the change is not allowed there
    /// (`inLogTree`: removals, allowed on the logs but never on `/` or the `log` folder itself).
    func changeable(_ path: FilePath, inLogTree: Bool = false) throws(FileError) -> String {
        guard let root else { throw .notFound }
        let parts = try Self.components(of: path)
        guard let top = parts.first else { throw .protected }
        if top == "logs" {
            guard inLogTree, parts.count == 2, let real = Self.treePath(ofFlatName: parts[1]) else { throw .protected }
            return root + "/" + FlightLogFolder.subfolder + "/" + real
        }
        if top == FlightLogFolder.subfolder { guard inLogTree, parts.count > 1 else { throw .protected } }
        return ([root] + parts).joined(separator: "/")
    }

    /// The hidden sibling a file is written to before it replaces the file.
    static func partPath(of host: String) -> String {
        guard let cut = host.lastIndex(of: "/") else { return "." + host + ".ftp-part" }
        return String(host[...cut]) + "." + String(host[host.index(after: cut)...]) + ".ftp-part"
    }

    /// The file error for the `errno` of a failed call.
    static func error(_ number: Int32 = errno) -> FileError {
        switch number {
        case ENOENT, ENOTDIR, ELOOP: .notFound
        case EEXIST: .exists
        case EACCES, EPERM, EROFS: .protected
        default: .failedErrno(UInt8(clamping: number))
        }
    }

    /// The kind (`S_IFREG`, `S_IFDIR`…) of a host path, nil when it does not exist (links not followed).
    static func kind(of host: String) -> mode_t? {
        var s = stat()
        return lstat(host, &s) == 0 ? s.st_mode & S_IFMT : nil
    }

    public mutating func beginWriting(_ file: FilePath, truncate: Bool) throws(FileError) -> UInt32 {
        readAhead.forget()
        let host = try changeable(file)
        let existing = Self.kind(of: host)
        if let existing, existing != S_IFREG { throw existing == S_IFDIR ? .failedErrno(UInt8(EISDIR)) : .protected }
        let part = Self.partPath(of: host)
        let fd = open(part, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.error() }
        defer { close(fd) }
        guard !truncate, existing != nil else { return 0 }
        // OpenFileWO keeps the content: the part starts as a copy of the file.
        let source = open(host, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard source >= 0 else { let e = Self.error(); unlink(part); throw e }
        defer { close(source) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress, $0.count, off_t(total)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { let e = Self.error(); unlink(part); throw e }
            if n == 0 { break }
            guard buffer.withUnsafeBytes({ Self.writeAll(fd, UnsafeRawBufferPointer(rebasing: $0[0 ..< n]), at: total) }) else {
                let e = Self.error(); unlink(part); throw e
            }
            total += n
        }
        return UInt32(clamping: total)
    }

    public mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) {
        let part = Self.partPath(of: try changeable(file))
        let fd = open(part, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Self.error() }
        defer { close(fd) }
        guard Self.writeAll(fd, bytes, at: Int(offset)) else { throw Self.error() }
    }

    /// Writes every byte at `offset`; false on an error (`errno` says which).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    public mutating func endWriting(_ file: FilePath, keep: Bool) throws(FileError) {
        readAhead.forget()
        let host = try changeable(file)
        let part = Self.partPath(of: host)
        guard keep else { unlink(part); return }
        let fd = open(part, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Self.error() }
        let flushed = fsync(fd) == 0
        close(fd)
        guard flushed, hostRename(part, host) == 0 else { let e = Self.error(); unlink(part); throw e }
    }

    public mutating func remove(_ file: FilePath) throws(FileError) {
        readAhead.forget()
        defer { listings.forgetFlatLogs() }   // the log tree may have changed: the next entry reads it
        let host = try changeable(file, inLogTree: true)
        guard let kind = Self.kind(of: host) else { throw .notFound }
        guard kind != S_IFDIR else { throw .failedErrno(UInt8(EISDIR)) }
        guard unlink(host) == 0 else { throw Self.error() }
    }

    public mutating func truncate(_ file: FilePath, to length: UInt32) throws(FileError) {
        readAhead.forget()
        let host = try changeable(file)
        guard let kind = Self.kind(of: host) else { throw .notFound }
        guard kind == S_IFREG else { throw kind == S_IFDIR ? .failedErrno(UInt8(EISDIR)) : .protected }
        guard hostTruncate(host, off_t(length)) == 0 else { throw Self.error() }
    }

    public mutating func rename(_ source: FilePath, to destination: FilePath) throws(FileError) {
        readAhead.forget()
        defer { listings.forgetFlatLogs() }   // the log tree may have changed: the next entry reads it
        let from = try changeable(source), to = try changeable(destination)
        guard Self.kind(of: from) != nil else { throw .notFound }
        guard hostRename(from, to) == 0 else { throw Self.error() }
    }

    public mutating func createDirectory(_ directory: FilePath) throws(FileError) {
        guard mkdir(try changeable(directory), 0o755) == 0 else { throw Self.error() }
    }

    public mutating func removeDirectory(_ directory: FilePath) throws(FileError) {
        readAhead.forget()
        defer { listings.forgetFlatLogs() }   // the log tree may have changed: the next entry reads it
        let host = try changeable(directory, inLogTree: true)
        guard Self.kind(of: host) == S_IFDIR else { throw Self.kind(of: host) == nil ? .notFound : .failedErrno(UInt8(ENOTDIR)) }
        guard rmdir(host) == 0 else { throw Self.error() }
    }

    static func filePath(_ name: String) -> FilePath {
        Array(name.utf8).withUnsafeBytes { FilePath($0) }
    }
}

// The C calls that `DirectoryFileSystem`'s methods of the same name hide.
private func hostTruncate(_ path: String, _ length: off_t) -> Int32 { truncate(path, length) }
private func hostRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }

/// The last request path `DirectoryFileSystem.resolve` mapped, and where to.
final class LastResolvedPath: Sendable {
    private let entry = Mutex<(path: FilePath, target: DirectoryFileSystem.Target)?>(nil)

    func withLock<R>(_ body: (inout (path: FilePath, target: DirectoryFileSystem.Target)?) -> R) -> R {
        entry.withLock { body(&$0) }
    }
}
