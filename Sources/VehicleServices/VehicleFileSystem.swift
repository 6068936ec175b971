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
    case notFound, exists, protected, failed
}

/// The files the vehicle offers over MAVLink FTP (logs, parameter snapshots…), provided by the edge.
///
/// The services call it synchronously from `receive`/`poll`; an implementation on the board reads
/// flash or an SD card, on the host a folder, in tests a dictionary.
public protocol VehicleFileSystem {
    /// Entry `index` of `directory` in a stable order, nil past the last one.
    func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry?
    /// Size of a file, bytes.
    func size(of file: FilePath) throws(FileError) -> UInt32
    /// Reads up to `buffer.count` bytes at `offset`; returns the number read (0 at the end).
    func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int
    /// Creates an empty file (replacing one that exists).
    mutating func create(_ file: FilePath) throws(FileError)
    /// Writes `bytes` at `offset`, extending the file.
    mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError)
    /// Removes a file.
    mutating func remove(_ file: FilePath) throws(FileError)
}

/// A vehicle without files: every request is answered "not found".
public struct NoFiles: VehicleFileSystem, Sendable {
    public init() {}
    public func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? { throw .notFound }
    public func size(of file: FilePath) throws(FileError) -> UInt32 { throw .notFound }
    public func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int { throw .notFound }
    public mutating func create(_ file: FilePath) throws(FileError) { throw .protected }
    public mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) { throw .protected }
    public mutating func remove(_ file: FilePath) throws(FileError) { throw .protected }
}
