import MAVLink

/// A fixed-capacity queue of encoded outgoing MAVLink frames (wire bytes) that the edge drains.
///
/// Services append whole frames; a frame that does not fit is dropped and counted in
/// `droppedFrames` (never partially written). The edge sends `bytes` and calls `removeAll()`.
/// Storage is inline, so appending never allocates.
public struct Outbox: Sendable {
    /// Capacity in bytes: room for at least 29 maximum-length (280-byte) frames.
    public static let capacity = 8192

    @usableFromInline var storage: InlineArray<8192, UInt8>
    /// Bytes queued, from the start of the storage.
    public private(set) var count: Int = 0
    /// Frames queued since the last `removeAll()`.
    public private(set) var frameCount: Int = 0
    /// Frames refused because the outbox was full (since creation).
    public private(set) var droppedFrames: Int = 0

    public init() { storage = InlineArray(repeating: 0) }

    /// Free space in bytes.
    public var freeBytes: Int { Self.capacity - count }
    /// True when no frame is queued.
    public var isEmpty: Bool { count == 0 }

    /// Encodes `message` with `encoder` and queues it; false (and counted as dropped) when full.
    @discardableResult
    public mutating func append<M: MAVLinkMessage>(_ message: M, encoder: inout MAVLinkEncoder,
                                                   unixMicros: UInt64) -> Bool {
        let needed = (encoder.version == .v2 ? 10 : 6) + M.maxLength + 2 + (encoder.signer != nil ? 13 : 0)
        guard needed <= freeBytes else { droppedFrames += 1; return false }
        let start = count
        let written: Int? = withUnsafeMutableBytes(of: &storage) { raw in
            let slice = UnsafeMutableRawBufferPointer(rebasing: raw[start ..< start + needed])
            do throws(MAVLinkError) {
                return try encoder.encode(message, into: slice, unixMicros: unixMicros)
            } catch {
                return nil
            }
        }
        guard let n = written else { droppedFrames += 1; return false }
        count += n
        frameCount += 1
        return true
    }

    /// Calls `body` with the queued bytes (whole frames, in order).
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeBytes(of: storage) { body(UnsafeRawBufferPointer(rebasing: $0[0 ..< count])) }
    }

    /// Forgets the queued frames (after the edge has sent them).
    public mutating func removeAll() { count = 0; frameCount = 0 }
}

/// The sending half of one link: its encoder (system 1, component 1 by default, MAVLink 2, signed
/// once a key is installed) and the wall-clock time used for signature timestamps.
public struct Transmitter: Sendable {
    /// Numbers and (optionally) signs outgoing frames for this link.
    public var encoder: MAVLinkEncoder
    /// Unix time, microseconds, of the current receive/poll call (signature timestamps only).
    public var unixMicros: UInt64 = 0

    public init(encoder: MAVLinkEncoder) { self.encoder = encoder }

    /// Encodes `message` into `outbox`; false when the outbox is full.
    @discardableResult
    public mutating func send<M: MAVLinkMessage>(_ message: M, into outbox: inout Outbox) -> Bool {
        outbox.append(message, encoder: &encoder, unixMicros: unixMicros)
    }
}
