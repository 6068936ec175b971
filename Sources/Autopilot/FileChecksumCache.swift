import Foundation
import MAVLink
import Synchronization

/// `MAVLinkCRC32`s of host files computed ahead, each valid for the file's size and modification
/// time when it was read: a changed file misses and is read again.
///
/// Why: MAVLink FTP's `CalcFileCRC32` of a 5.7 MB flight log, read 239 bytes at a time inside the
/// service loop, stalled a paced `swiftlet sitl` for 645 ms (found by `scripts/soak`). The edge
/// computes it on another thread with large reads, then hands the request to the FTP server,
/// which answers from here at once.
final class FileChecksumCache: Sendable {
    private struct Key: Hashable { var path: String; var size: Int; var seconds: Int; var nanoseconds: Int }
    private let entries = Mutex<[Key: UInt32]>([:])

    /// The checksum of the host file at `path` as it is now, if computed.
    func checksum(ofHostFile path: String) -> UInt32? {
        guard let key = Self.key(path) else { return nil }
        return entries.withLock { $0[key] }
    }

    /// Reads the host file at `path` and remembers its checksum (nothing on a read error: the FTP
    /// server's own read then reports it).
    func compute(hostFile path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0, s.st_mode & S_IFMT == S_IFREG else { return }
        let key = Key(path: path, size: Int(s.st_size), seconds: s.st_mtim.tv_sec, nanoseconds: s.st_mtim.tv_nsec)
        var crc = MAVLinkCRC32()
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return }
            if n == 0 { break }
            buffer.withUnsafeBytes { crc.add(UnsafeRawBufferPointer(rebasing: $0[0 ..< n])) }
        }
        entries.withLock { $0[key] = crc.value }
    }

    private static func key(_ path: String) -> Key? {
        var s = stat()
        guard lstat(path, &s) == 0, s.st_mode & S_IFMT == S_IFREG else { return nil }
        return Key(path: path, size: Int(s.st_size), seconds: s.st_mtim.tv_sec, nanoseconds: s.st_mtim.tv_nsec)
    }
}
