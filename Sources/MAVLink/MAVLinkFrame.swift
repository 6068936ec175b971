/// The MAVLink wire protocol version of a frame.
public enum MAVLinkVersion: UInt8, Sendable {
    /// MAVLink 1: start byte 0xFE, 8-bit message ids, no extensions, no signing.
    case v1 = 1
    /// MAVLink 2: start byte 0xFD, 24-bit ids, payload truncation, optional signature.
    case v2 = 2

    /// The start-of-frame marker.
    @inlinable public var magic: UInt8 { self == .v1 ? 0xFE : 0xFD }
    /// Header bytes including the marker.
    @inlinable public var headerLength: Int { self == .v1 ? 6 : 10 }
}

/// The 13-byte MAVLink 2 signature block.
public struct MAVLinkSignature: Sendable, Equatable {
    /// Which of the sender's links the frame left on.
    public var linkID: UInt8
    /// 48-bit timestamp, units of 10 µs since 2015-01-01T00:00:00Z.
    public var timestamp: UInt64
    /// The first 48 bits of the SHA-256 signature, in wire byte order (byte 0 in the low byte).
    public var signature: UInt64

    @inlinable public init(linkID: UInt8, timestamp: UInt64, signature: UInt64) {
        self.linkID = linkID; self.timestamp = timestamp; self.signature = signature
    }
}

/// One MAVLink frame: header, payload and checksum, kept exactly as received or as to be sent.
///
/// The payload is held inline and zero-extended to 255 bytes, so decoding reads it directly and a
/// truncated MAVLink 2 payload decodes as the spec says (missing trailing bytes are zero).
/// `serialize(into:)` reproduces the received bytes exactly, which is what a router forwards.
public struct MAVLinkFrame: Sendable {
    public static let maxFrameLength = 280
    /// Incompatibility flag: the frame carries a signature.
    public static let incompatSigned: UInt8 = 0x01

    public var version: MAVLinkVersion
    /// Payload length as on the wire (after MAVLink 2 truncation), bytes.
    public var payloadLength: UInt8
    public var incompatFlags: UInt8
    public var compatFlags: UInt8
    public var sequence: UInt8
    public var systemID: UInt8
    public var componentID: UInt8
    public var messageID: UInt32
    /// The payload, zero-extended to 255 bytes.
    public var payload: InlineArray<255, UInt8>
    public var checksum: UInt16
    public var signature: MAVLinkSignature?

    public init(version: MAVLinkVersion, sequence: UInt8, systemID: UInt8, componentID: UInt8, messageID: UInt32) {
        self.version = version; self.payloadLength = 0; self.incompatFlags = 0; self.compatFlags = 0
        self.sequence = sequence; self.systemID = systemID; self.componentID = componentID
        self.messageID = messageID; self.payload = InlineArray(repeating: 0); self.checksum = 0
        self.signature = nil
    }

    /// Total frame length on the wire, bytes.
    @inlinable public var length: Int {
        version.headerLength + Int(payloadLength) + 2 + (signature != nil ? 13 : 0)
    }

    /// Calls `body` with the zero-extended 255-byte payload.
    @inlinable public func withPayload<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        var p = payload
        return withUnsafeBytes(of: &p) { body($0) }
    }

    /// Decodes the payload as `M`, or nil when the frame carries another message id.
    @inlinable public func decode<M: MAVLinkMessage>(as type: M.Type) -> M? {
        guard messageID == M.id else { return nil }
        return withPayload { M(payload: $0) }
    }

    /// Writes the header bytes after the start marker (`length - 3` bytes for v2, with the
    /// marker at `buffer[0]`), returning the header length including the marker.
    @inlinable func writeHeader(into b: UnsafeMutableRawBufferPointer) -> Int {
        b[0] = version.magic
        b[1] = payloadLength
        if version == .v1 {
            b[2] = sequence; b[3] = systemID; b[4] = componentID; b[5] = UInt8(truncatingIfNeeded: messageID)
            return 6
        }
        b[2] = incompatFlags; b[3] = compatFlags; b[4] = sequence; b[5] = systemID; b[6] = componentID
        b[7] = UInt8(truncatingIfNeeded: messageID)
        b[8] = UInt8(truncatingIfNeeded: messageID >> 8)
        b[9] = UInt8(truncatingIfNeeded: messageID >> 16)
        return 10
    }

    /// Writes the whole frame (header, payload, checksum, signature) into `buffer`, which must
    /// hold `length` bytes; returns the number of bytes written.
    @discardableResult
    public func serialize(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        precondition(buffer.count >= length, "buffer too small for the frame")
        var n = writeHeader(into: buffer)
        var p = payload
        withUnsafeBytes(of: &p) { src in
            UnsafeMutableRawBufferPointer(rebasing: buffer[n..<(n + Int(payloadLength))])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: src[0..<Int(payloadLength)]))
        }
        n += Int(payloadLength)
        buffer[n] = UInt8(truncatingIfNeeded: checksum)
        buffer[n + 1] = UInt8(truncatingIfNeeded: checksum >> 8)
        n += 2
        if let s = signature {
            buffer[n] = s.linkID
            for i in 0..<6 { buffer[n + 1 + i] = UInt8(truncatingIfNeeded: s.timestamp >> (8 * UInt64(i))) }
            for i in 0..<6 { buffer[n + 7 + i] = UInt8(truncatingIfNeeded: s.signature >> (8 * UInt64(i))) }
            n += 13
        }
        return n
    }

    /// The frame's bytes as an array (allocates; for tools and tests).
    public var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: length) { buf, count in
            count = serialize(into: UnsafeMutableRawBufferPointer(buf))
        }
    }

    /// The checksum of this frame's header and payload with `crcExtra`, as the wire carries it.
    @inlinable public func computeChecksum(crcExtra: UInt8) -> UInt16 {
        var header = InlineArray<10, UInt8>(repeating: 0)
        let hl = withUnsafeMutableBytes(of: &header) { writeHeader(into: $0) }
        var crc = CRC16()
        withUnsafeBytes(of: &header) { crc.accumulate(UnsafeRawBufferPointer(rebasing: $0[1..<hl])) }
        withPayload { crc.accumulate(UnsafeRawBufferPointer(rebasing: $0[0..<Int(payloadLength)])) }
        crc.accumulate(crcExtra)
        return crc.value
    }
}
