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

    /// Encodes `message` as a complete frame into `buffer` (at least `MAVLinkFrame.maxFrameLength`
    /// bytes), returning the frame length. Allocation-free.
    ///
    /// - Parameter unixMicros: wall-clock time for the signature timestamp (ignored when unsigned).
    public mutating func encode<M: MAVLinkMessage>(_ message: M, into buffer: UnsafeMutableRawBufferPointer,
                                                   unixMicros: UInt64 = 0) throws(MAVLinkError) -> Int {
        let f = try frame(message, unixMicros: unixMicros)
        guard buffer.count >= f.length else { throw .bufferTooSmall(needed: f.length) }
        return f.serialize(into: buffer)
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
