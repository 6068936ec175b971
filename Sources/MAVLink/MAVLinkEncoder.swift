/// Errors the codec reports to its caller.
public enum MAVLinkError: Error, Equatable, Sendable {
    /// MAVLink 1 frames carry 8-bit message ids only.
    case messageNeedsMAVLink2(messageID: UInt32)
    /// The output buffer cannot hold the frame.
    case bufferTooSmall(needed: Int)
}

/// Builds outgoing frames for one link: numbering, truncation, checksum and optional signing.
///
/// Each link keeps its own `MAVLinkEncoder` so sequence numbers count per link, as the spec asks.
public struct MAVLinkEncoder: Sendable {
    /// The sender's system and component id.
    public var systemID: UInt8
    public var componentID: UInt8
    public var version: MAVLinkVersion
    /// The next sequence number to send.
    public var sequence: UInt8 = 0
    /// When set (MAVLink 2 only), every frame is signed.
    public var signer: MAVLinkSigner?

    public init(systemID: UInt8, componentID: UInt8, version: MAVLinkVersion = .v2, signer: MAVLinkSigner? = nil) {
        self.systemID = systemID; self.componentID = componentID; self.version = version; self.signer = signer
    }

    /// Encodes `message` as a complete frame straight into `buffer` (which must hold
    /// `MAVLinkFrame.maxFrameLength` bytes, or at least this frame), returning the frame length.
    /// Allocation-free and copy-free: fields are written in place, then truncated and checksummed.
    ///
    /// - Parameter unixMicros: wall-clock time for the signature timestamp (ignored when unsigned).
    @inlinable
    public mutating func encode<M: MAVLinkMessage>(_ message: M, into buffer: UnsafeMutableRawBufferPointer,
                                                   unixMicros: UInt64 = 0) throws(MAVLinkError) -> Int {
        let v2 = version == .v2
        if !v2 && M.id > 255 { throw .messageNeedsMAVLink2(messageID: M.id) }
        let signed = v2 && signer != nil
        let hl = v2 ? 10 : 6
        let needed = hl + M.maxLength + 2 + (signed ? 13 : 0)
        guard buffer.count >= needed else { throw .bufferTooSmall(needed: needed) }
        let base = buffer.baseAddress!
        // The fields tile the payload exactly, so every byte up to maxLength is written.
        message.encode(into: UnsafeMutableRawBufferPointer(start: base + hl, count: M.maxLength))
        var len = v2 ? M.maxLength : M.minLength
        if v2 {
            // MAVLink 2 strips trailing zero bytes, but always sends at least one payload byte.
            // Eight bytes at a time first: extension fields are often all zero.
            while len > 8 && (base + hl + len - 8).loadUnaligned(as: UInt64.self) == 0 { len -= 8 }
            while len > 1 && buffer[hl + len - 1] == 0 { len -= 1 }
        }
        buffer[0] = v2 ? 0xFD : 0xFE
        buffer[1] = UInt8(len)
        if v2 {
            buffer[2] = signed ? MAVLinkFrame.incompatSigned : 0
            buffer[3] = 0
            buffer[4] = sequence; buffer[5] = systemID; buffer[6] = componentID
            buffer[7] = UInt8(truncatingIfNeeded: M.id)
            buffer[8] = UInt8(truncatingIfNeeded: M.id >> 8)
            buffer[9] = UInt8(truncatingIfNeeded: M.id >> 16)
        } else {
            buffer[2] = sequence; buffer[3] = systemID; buffer[4] = componentID
            buffer[5] = UInt8(truncatingIfNeeded: M.id)
        }
        sequence &+= 1
        var crc = CRC16()
        crc.accumulate(UnsafeRawBufferPointer(start: base + 1, count: hl - 1 + len))
        crc.accumulate(M.crcExtra)
        buffer[hl + len] = UInt8(truncatingIfNeeded: crc.value)
        buffer[hl + len + 1] = UInt8(truncatingIfNeeded: crc.value >> 8)
        var total = hl + len + 2
        if signed {
            let linkID = signer!.linkID
            let ts = signer!.nextTimestamp(unixMicros: unixMicros)
            let sig = computeSignature(key: signer!.key, frameBytes: UnsafeRawBufferPointer(start: base, count: total),
                                       linkID: linkID, timestamp: ts)
            buffer[total] = linkID
            for i in 0..<6 {
                buffer[total + 1 + i] = UInt8(truncatingIfNeeded: ts >> (8 * UInt64(i)))
                buffer[total + 7 + i] = UInt8(truncatingIfNeeded: sig >> (8 * UInt64(i)))
            }
            total += 13
        }
        return total
    }

    /// Encodes `message` as a frame value, advancing the sequence number.
    public mutating func frame<M: MAVLinkMessage>(_ message: M, unixMicros: UInt64 = 0) throws(MAVLinkError) -> MAVLinkFrame {
        if version == .v1 && M.id > 255 { throw .messageNeedsMAVLink2(messageID: M.id) }
        var f = MAVLinkFrame(version: version, sequence: sequence, systemID: systemID, componentID: componentID,
                             messageID: M.id)
        sequence &+= 1
        withUnsafeMutableBytes(of: &f.payload) { message.encode(into: $0) }
        var length = version == .v1 ? M.minLength : M.maxLength
        if version == .v2 {
            // MAVLink 2 strips trailing zero bytes, but always sends at least one payload byte.
            while length > 1 && f.payload[length - 1] == 0 { length -= 1 }
        }
        f.payloadLength = UInt8(length)
        if version == .v2, signer != nil { f.incompatFlags |= MAVLinkFrame.incompatSigned }
        f.checksum = f.computeChecksum(crcExtra: M.crcExtra)
        if version == .v2, signer != nil { signer!.sign(&f, unixMicros: unixMicros) }
        return f
    }
}
