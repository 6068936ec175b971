/// A resumable MAVLink 1/2 stream parser: bytes in, checked frames out.
///
/// Feed it chunks of any size with `append(_:)` and take frames with `next()` until it returns nil
/// ("need more bytes"); `parse(_:_:)` does both for a whole buffer. It resynchronises after
/// garbage, verifies each known message's checksum with its CRC_EXTRA, drops frames with unknown
/// incompatibility flags, and hands frames with unknown message ids through intact (their checksum
/// cannot be checked without the definition) so a router can forward them.
///
/// Implementation notes: bytes are kept in a 2 KiB inline buffer (no heap); a frame is checked in
/// one pass once all its bytes are present, with a slicing-by-8 CRC, instead of a per-byte state
/// machine.
public struct MAVLinkParser<Dialect: MAVLinkDialect>: Sendable {
    /// What the parser has seen so far.
    public struct Statistics: Sendable, Equatable {
        /// Frames handed out (including unknown-id ones).
        public var frames = 0
        /// Frames of unknown message id handed out unchecked.
        public var unknownMessages = 0
        /// Candidate frames of known id whose checksum was wrong.
        public var crcErrors = 0
        /// Frames dropped for an incompatibility flag this parser does not understand.
        public var incompatibleFrames = 0
        /// Bytes skipped while searching for a frame start.
        public var droppedBytes = 0
    }

    public static var bufferCapacity: Int { 2048 }

    @usableFromInline var buffer: InlineArray<2048, UInt8>
    @usableFromInline var start = 0
    @usableFromInline var end = 0
    public private(set) var statistics = Statistics()

    public init() { buffer = InlineArray(repeating: 0) }

    /// Bytes waiting in the buffer (part of a frame not yet complete, or not yet parsed).
    @inlinable public var bufferedByteCount: Int { end - start }

    /// Copies as many of `bytes` as fit into the buffer; returns how many were taken.
    /// Call `next()` until it returns nil before appending the rest.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int {
        if start > 0 && (end == Self.bufferCapacity || start == end || Self.bufferCapacity - end < bytes.count) {
            compact()
        }
        let n = Swift.min(bytes.count, Self.bufferCapacity - end)
        guard n > 0 else { return 0 }
        let e = end
        withUnsafeMutableBytes(of: &buffer) { b in
            UnsafeMutableRawBufferPointer(rebasing: b[e..<(e + n)])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<n]))
        }
        end += n
        return n
    }

    /// Parses every frame in `bytes` (any length), calling `body` for each in order.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer, _ body: (MAVLinkFrame) -> Void) {
        var offset = 0
        repeat {
            offset += append(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            while let f = next() { body(f) }
        } while offset < bytes.count
    }

    @usableFromInline mutating func compact() {
        let s = start, n = end - start
        if n > 0 {
            withUnsafeMutableBytes(of: &buffer) { b in
                b.baseAddress!.copyMemory(from: b.baseAddress! + s, byteCount: n)
            }
        }
        start = 0
        end = n
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> MAVLinkFrame? {
        var result: MAVLinkFrame?
        var s = start
        let e = end
        var stats = statistics
        withUnsafeBytes(of: &buffer) { b in
            while e - s >= 8 {
                let magic = b[s]
                guard magic == 0xFD || magic == 0xFE else {
                    s += 1
                    stats.droppedBytes += 1
                    continue
                }
                let isV2 = magic == 0xFD
                let headerLength = isV2 ? 10 : 6
                guard e - s >= headerLength else { break }
                let len = Int(b[s + 1])
                let incompat: UInt8 = isV2 ? b[s + 2] : 0
                let signed = incompat & MAVLinkFrame.incompatSigned != 0
                let total = headerLength + len + 2 + (signed ? 13 : 0)
                guard e - s >= total else { break }
                let id: UInt32 = isV2
                    ? UInt32(b[s + 7]) | UInt32(b[s + 8]) << 8 | UInt32(b[s + 9]) << 16
                    : UInt32(b[s + 5])
                let crcIndex = s + headerLength + len
                let received = UInt16(b[crcIndex]) | UInt16(b[crcIndex + 1]) << 8
                let info = Dialect.messageInfo(id: id)
                if let info {
                    var crc = CRC16()
                    crc.accumulate(UnsafeRawBufferPointer(rebasing: b[(s + 1)..<crcIndex]))
                    crc.accumulate(info.crcExtra)
                    if crc.value != received {
                        stats.crcErrors += 1
                        stats.droppedBytes += 1
                        s += 1
                        continue
                    }
                    if incompat & ~MAVLinkFrame.incompatSigned != 0 {
                        stats.incompatibleFrames += 1
                        s += total
                        continue
                    }
                } else {
                    if incompat & ~MAVLinkFrame.incompatSigned != 0 {
                        // Unknown flags on an unchecked frame: most likely garbage; resync.
                        stats.droppedBytes += 1
                        s += 1
                        continue
                    }
                    stats.unknownMessages += 1
                }
                var f = MAVLinkFrame(version: isV2 ? .v2 : .v1, sequence: b[s + (isV2 ? 4 : 2)],
                                     systemID: b[s + (isV2 ? 5 : 3)], componentID: b[s + (isV2 ? 6 : 4)],
                                     messageID: id)
                f.payloadLength = UInt8(len)
                if isV2 { f.incompatFlags = incompat; f.compatFlags = b[s + 3] }
                withUnsafeMutableBytes(of: &f.payload) { p in
                    p.baseAddress!.copyMemory(from: b.baseAddress! + s + headerLength, byteCount: len)
                }
                f.checksum = received
                if signed {
                    let g = crcIndex + 2
                    var ts: UInt64 = 0, sig: UInt64 = 0
                    for i in 0..<6 {
                        ts |= UInt64(b[g + 1 + i]) << (8 * UInt64(i))
                        sig |= UInt64(b[g + 7 + i]) << (8 * UInt64(i))
                    }
                    f.signature = MAVLinkSignature(linkID: b[g], timestamp: ts, signature: sig)
                }
                stats.frames += 1
                s += total
                result = f
                return
            }
        }
        start = s
        statistics = stats
        if result == nil && start == end { start = 0; end = 0 }
        return result
    }
}
