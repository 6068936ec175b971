/// A file or directory path as MAVLink FTP carries it: ASCII, `/`-separated, at most 239 bytes.
public struct FilePath: Sendable, Equatable {
    public var bytes: InlineArray<239, UInt8>
    public var count: Int

    public init() { bytes = InlineArray(repeating: 0); count = 0 }

    /// A path from static text (e.g. `"/logs"`).
    public init(_ text: StaticString) {
        self.init()
        text.withUTF8Buffer { for b in $0 where count < 239 { bytes[count] = b; count += 1 } }
    }

    /// A path from the first `count` bytes of `source` (stops at a NUL).
    public init(_ source: UnsafeRawBufferPointer) {
        self.init()
        for b in source where count < 239 { if b == 0 { break }; bytes[count] = b; count += 1 }
    }

    /// Calls `body` with the path's bytes.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeBytes(of: bytes) { body(UnsafeRawBufferPointer(rebasing: $0[0 ..< count])) }
    }

    public static func == (a: FilePath, b: FilePath) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a.bytes[i] != b.bytes[i] { return false }
        return true
    }
}

/// One entry of a directory listing.
public struct DirectoryEntry: Sendable, Equatable {
    /// The entry's name (not the full path).
    public var name: FilePath
    /// Bytes (0 for a directory).
    public var size: UInt32
    public var isDirectory: Bool
    /// When the file was made (a log: when it started), seconds since the Unix epoch, UTC; 0 unknown.
    public var timeUTC: UInt32
    public init(name: FilePath, size: UInt32, isDirectory: Bool, timeUTC: UInt32 = 0) {
        self.name = name; self.size = size; self.isDirectory = isDirectory; self.timeUTC = timeUTC
    }
}

/// Why a file operation failed (mapped to MAVLink FTP NAK codes).
public enum FileError: Error, Sendable, Equatable {
    /// `FileNotFound`.
    case notFound
    /// `FileExists`.
    case exists
    /// `FileProtected`: the file system does not allow the change there.
    case protected
    /// `Fail`.
    case failed
    /// `FailErrno` with the file system's error number (e.g. a directory not empty).
    case failedErrno(UInt8)
}

/// The files the vehicle offers over MAVLink FTP (logs, parameter snapshots…), provided by the edge.
///
/// The services call it synchronously from `receive`/`poll`; an implementation on the board reads
/// flash or an SD card, on the host a folder, in tests a dictionary. The changing operations have
/// default implementations that refuse (`.protected`), so a read-only file system implements only
/// the first three.
///
/// Writing is a transaction: `beginWriting` starts a new content for a file, `write` fills it,
/// `endWriting` puts it in place under the file's name (or drops it). An implementation that can
/// should keep the file's previous content (or its absence) visible until `endWriting(keep: true)`.
public protocol VehicleFileSystem {
    /// Entry `index` of `directory` in a stable order, nil past the last one.
    func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry?
    /// Number of entries in `directory` (by default counted through `entry`, one lookup each: an
    /// implementation with a listing at hand should answer from it).
    func entryCount(in directory: FilePath) throws(FileError) -> Int
    /// Size of a file, bytes.
    func size(of file: FilePath) throws(FileError) -> UInt32
    /// Reads up to `buffer.count` bytes at `offset`; returns the number read (0 at the end).
    func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int

    /// Starts writing `file`: empty when `truncate` (FTP `CreateFile`), else from its current
    /// content, created empty when missing (`OpenFileWO`). Returns the bytes it starts with.
    mutating func beginWriting(_ file: FilePath, truncate: Bool) throws(FileError) -> UInt32
    /// Writes `bytes` at `offset` of the file being written, extending it (zeros fill a gap).
    mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError)
    /// Ends writing `file`: with `keep`, the written content replaces the file under its name;
    /// without, it is dropped and the file stays as it was.
    mutating func endWriting(_ file: FilePath, keep: Bool) throws(FileError)
    /// Removes a file.
    mutating func remove(_ file: FilePath) throws(FileError)
    /// Sets a file's length, bytes (cutting it, or extending it with zeros).
    mutating func truncate(_ file: FilePath, to length: UInt32) throws(FileError)
    /// Renames a file or directory (replacing a file at `destination`).
    mutating func rename(_ source: FilePath, to destination: FilePath) throws(FileError)
    /// Creates a directory (its parent must exist).
    mutating func createDirectory(_ directory: FilePath) throws(FileError)
    /// Removes an empty directory.
    mutating func removeDirectory(_ directory: FilePath) throws(FileError)
    /// The `MAVLinkCRC32` of `file` when it was computed ahead (by the edge, off the service
    /// loop) for the file as it is now; nil: `CalcFileCRC32` reads the file through `read`.
    func precomputedCRC32(of file: FilePath) -> UInt32?
}

extension VehicleFileSystem {
    public func entryCount(in directory: FilePath) throws(FileError) -> Int {
        var n = 0
        while try entry(n, in: directory) != nil { n += 1 }
        return n
    }
    public func precomputedCRC32(of file: FilePath) -> UInt32? { nil }
    public mutating func beginWriting(_ file: FilePath, truncate: Bool) throws(FileError) -> UInt32 { throw .protected }
    public mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) { throw .protected }
    public mutating func endWriting(_ file: FilePath, keep: Bool) throws(FileError) { throw .protected }
    public mutating func remove(_ file: FilePath) throws(FileError) { throw .protected }
    public mutating func truncate(_ file: FilePath, to length: UInt32) throws(FileError) { throw .protected }
    public mutating func rename(_ source: FilePath, to destination: FilePath) throws(FileError) { throw .protected }
    public mutating func createDirectory(_ directory: FilePath) throws(FileError) { throw .protected }
    public mutating func removeDirectory(_ directory: FilePath) throws(FileError) { throw .protected }
}

/// A vehicle without files: every request is answered "not found", every change refused.
public struct NoFiles: VehicleFileSystem, Sendable {
    public init() {}
    public func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? { throw .notFound }
    public func size(of file: FilePath) throws(FileError) -> UInt32 { throw .notFound }
    public func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int { throw .notFound }
}
