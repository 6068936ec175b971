/// Where an encoder puts the bytes of a log: a file buffer on the host, a flash ring on a board.
///
/// Used through generics (`inout some ULogSink`), so it costs no existential box.
public protocol ULogSink {
    /// Appends `bytes` to the log.
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

/// A growable in-memory log (host use and tests); `removeAll` keeps the capacity, so a buffer
/// that is drained regularly stops allocating once it has grown to its working size.
public struct ULogBuffer: ULogSink, Sendable {
    public var bytes: [UInt8] = []
    public init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }
    public mutating func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }
    /// Empties the buffer, keeping its storage.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
