#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
#endif

/// Why a state file could not be read or written: the path, what was being done, and `strerror`.
public struct StateFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var operation: String
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path; self.operation = operation; self.reason = reason
    }

    init(_ path: String, _ operation: String, errno code: Int32 = errno) {
        self.init(path: path, operation: operation, reason: String(cString: strerror(code)))
    }

    public var description: String { "\(path): cannot \(operation): \(reason)" }
}

/// Whole-file reads and crash-safe replacement of small state files.
///
/// `write` puts the bytes in a temporary file in the same folder (`.NAME.tmp`), `fsync`s it,
/// renames it over `NAME` and `fsync`s the folder, so after a crash or `SIGKILL` at any instant
/// the file holds either the complete old contents or the complete new contents, and a rename
/// that returned is durable. One writer per file at a time (the temporary name is fixed, so a
/// leftover from a killed writer is simply overwritten by the next write).
public enum AtomicFile {
    /// The temporary file `write` uses for `path`.
    public static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "." + name + ".tmp"
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Replaces `path` with `bytes`, atomically and durably; the file gets permission bits `mode`.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(StateFileError) {
        let temp = temporaryPath(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw StateFileError(temp, "create") }
        var failure: StateFileError? = nil
        // open(2) applies the umask; fchmod makes the mode exact (0600 for secrets).
        if fchmod(fd, mode) != 0 { failure = StateFileError(temp, "set permissions of") }
        var done = 0
        while failure == nil && done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failure = StateFileError(temp, "write"); break }
            done += n
        }
        if failure == nil && fsync(fd) != 0 { failure = StateFileError(temp, "fsync") }
        if close(fd) != 0 && failure == nil { failure = StateFileError(temp, "close") }
        if let failure { unlink(temp); throw failure }
        guard rename(temp, path) == 0 else {
            let e = StateFileError(path, "replace", errno: errno)
            unlink(temp)
            throw e
        }
        try syncFolder(of: path)
    }

    /// Makes the latest rename or unlink in `path`'s folder durable.
    static func syncFolder(of path: String) throws(StateFileError) {
        let dir = folder(of: path)
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StateFileError(dir, "open folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StateFileError(dir, "fsync folder") }
    }

    /// The whole file, or nil when it does not exist.
    public static func read(_ path: String) throws(StateFileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw StateFileError(path, "open")
        }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw StateFileError(path, "read") }
            if n == 0 { return out }
            out += chunk[0..<n]
        }
    }

    /// Deletes `path` (durably); a missing file is not an error.
    public static func remove(_ path: String) throws(StateFileError) {
        guard unlink(path) == 0 else {
            if errno == ENOENT { return }
            throw StateFileError(path, "remove")
        }
        try syncFolder(of: path)
    }

    /// The permission bits of `path` (nil when it does not exist).
    public static func permissions(of path: String) -> mode_t? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return s.st_mode & 0o7777
    }

    /// Creates `path` and any missing parents (permission bits `mode`, e.g. 0700).
    public static func createFolder(_ path: String, mode: mode_t = 0o755) throws(StateFileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, mode) != 0 && errno != EEXIST { throw StateFileError(prefix, "create folder") }
            prefix += "/"
        }
    }
}
