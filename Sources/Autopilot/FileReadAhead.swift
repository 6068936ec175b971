import Foundation
import VehicleServices
import Synchronization

/// The host file being downloaded, kept open, with the next block of it read ahead.
///
/// Why: a MAVLink FTP burst (and `LOG_REQUEST_DATA`) reads a file 239 or 90 bytes at a time, four
/// chunks per 5 ms service step. Opening, checking, reading and closing the file for each chunk
/// was two thirds of the FTP server's time in the service loop, and a download was what made a
/// paced `swiftlet sitl` miss deadlines at 6× and 12× real time (`scripts/soak`). With the file
/// open and 32 KiB read at a time, a chunk is a copy from memory and one `pread` serves 137 chunks.
///
/// The file stays open from its first read until `forget()`: `DirectoryFileSystem` forgets it
/// when a transfer opens a file (FTP `OpenFileRO` asks for its size) and on every change it makes,
/// so a read never answers from a file that was replaced or written since its transfer began.
final class FileReadAhead: Sendable {
    /// Bytes read from the file at a time.
    static let blockSize = 32 * 1024

    private struct Open {
        var path: String
        var fd: Int32
        /// The block read ahead: `count` bytes of the file from `start`.
        var block: [UInt8]
        var start: UInt32 = 0
        var count = 0
        /// The block's read reached the end of the file.
        var reachedEnd = false

        /// Whether `length` bytes at `offset` are in the block (or the block ends where the file
        /// ended and `offset` is in it or at its end).
        func holds(_ offset: UInt32, _ length: Int) -> Bool {
            guard offset >= start, Int(offset - start) <= count else { return false }
            return Int(offset - start) + length <= count || reachedEnd
        }
    }

    private let current = Mutex<Open?>(nil)

    deinit { forget() }

    /// Reads up to `buffer.count` bytes of the host file at `path` from `offset`; returns how many
    /// (0 at the end of the file).
    /// - Throws: `.notFound` for a missing file, `.failed` for one that is not a regular file or
    ///   cannot be read.
    func read(hostFile path: String, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        try current.withLock { (file: inout Open?) throws(FileError) -> Int in
            if let open = file, open.path != path { close(open.fd); file = nil }
            // Taken out while in use, so the block is not shared (and copied) when refilled.
            var f: Open
            if let open = file.take() { f = open } else { f = try Self.opening(path) }
            defer { if f.fd >= 0 { file = f } }
            guard buffer.count > 0 else { return 0 }
            if !f.holds(offset, buffer.count) {
                let fd = f.fd
                let n = f.block.withUnsafeMutableBytes { Self.fill($0, from: fd, at: offset) }
                guard n >= 0 else { close(fd); f.fd = -1; throw .failed }
                f.start = offset
                f.count = n
                f.reachedEnd = n < Self.blockSize
            }
            let from = Int(offset - f.start)
            let n = min(buffer.count, f.count - from)
            f.block.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + from, byteCount: n) }
            return n
        }
    }

    /// Closes the file: the next read opens its path again.
    func forget() {
        current.withLock { file in
            if let open = file { close(open.fd) }
            file = nil
        }
    }

    private static func opening(_ path: String) throws(FileError) -> Open {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw errno == ENOENT ? .notFound : .failed }
        var s = stat()
        guard fstat(fd, &s) == 0, s.st_mode & S_IFMT == S_IFREG else { close(fd); throw .failed }
        return Open(path: path, fd: fd, block: [UInt8](repeating: 0, count: blockSize))
    }

    /// Fills `block` from `offset`, up to its size or the end of the file; -1 on an error.
    private static func fill(_ block: UnsafeMutableRawBufferPointer, from fd: Int32, at offset: UInt32) -> Int {
        var done = 0
        while done < block.count {
            let n = pread(fd, block.baseAddress! + done, block.count - done, off_t(offset) + off_t(done))
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return -1 }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
