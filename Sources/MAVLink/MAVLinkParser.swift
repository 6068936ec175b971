/// A resumable MAVLink 1/2 stream parser: bytes in, checked frames out.
///
/// Two ways to use it:
/// - push: `parse(bytes) { view in … }` with chunks of any size (one byte or megabytes); frames are
///   checked in place in the caller's buffer and handed out as `MAVLinkFrameView`s, with no copy
///   unless a frame straddles two chunks;
/// - pull: `append(bytes)` then `next()` until nil ("need more bytes"), for owned `MAVLinkFrame`s.
///
/// It resynchronises after garbage, verifies each known message's checksum with its CRC_EXTRA,
/// drops frames with unknown incompatibility flags, and hands frames with unknown message ids
/// through intact (their checksum cannot be checked without the definition) so a router can
/// forward them. Counters in `statistics` say what was dropped.
///
/// Implementation notes: no per-byte state machine. A frame is judged only once all its bytes are
/// present, in one pass with a slicing-by-16 CRC. Carried-over bytes live in a 2 KiB inline buffer,
/// so the parser never touches the heap.
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

        @inlinable public init() {}
    }

    @inlinable public static var bufferCapacity: Int { 2048 }

    @usableFromInline var buffer: InlineArray<2048, UInt8>
    @usableFromInline var start = 0
    @usableFromInline var end = 0
    public var statistics = Statistics()

    @inlinable public init() { buffer = InlineArray(repeating: 0) }

    /// Bytes waiting in the buffer (part of a frame not yet complete, or not yet parsed).
    @inlinable public var bufferedByteCount: Int { end - start }

    /// Drops the bytes carried over from earlier chunks (counted in `droppedBytes`).
    ///
    /// For datagram links, call it before each datagram: MAVLink over UDP never splits a frame
    /// across datagrams, so a truncated frame (or a lone start marker) from one sender must not
    /// hold back or swallow the next sender's frames while the parser waits for its missing bytes.
    @inlinable public mutating func discardPartialFrame() {
        statistics.droppedBytes += end - start
        start = 0
        end = 0
    }

    /// The outcome of looking for a frame at the start of some bytes.
    @usableFromInline enum Scan {
        /// A frame of `length` bytes starts `skip` bytes in.
        case frame(skip: Int, length: Int)
        /// Skip `skip` bytes (garbage), then more bytes are needed.
        case needMore(skip: Int)
    }

    /// Finds the next checked frame in `b[s...]`, counting what it rejects; `tab` is
    /// `CRC16.slicingTables`, fetched once per chunk rather than once per frame.
    @inlinable @inline(__always)
    static func scan(_ b: UnsafeRawBufferPointer, from s0: Int, stats: inout Statistics,
                     tables tab: UnsafePointer<UInt16>) -> Scan {
        var s = s0
        let e = b.count
        let base = b.baseAddress
        while e - s >= 8 {
            // Fast path: an unsigned MAVLink 2 frame with no incompatibility flags and a known id,
            // wholly in the buffer, with a good checksum — nearly every frame on a real link. It
            // checksums the fixed header with straight-line code (one eight-byte block and one
            // table step) so only the payload loop has a variable trip count. Anything else
            // (MAVLink 1, signed, flagged, unknown id, short buffer, bad CRC, garbage) falls
            // through to the general path below, which judges it from scratch.
            if let base, e - s >= 12 {
                let p = base + s
                let len = Int(p.load(fromByteOffset: 1, as: UInt8.self))
                if p.load(as: UInt8.self) == 0xFD && p.load(fromByteOffset: 2, as: UInt8.self) == 0 && e - s >= 12 + len {
                    let id = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 6, as: UInt32.self)) >> 8
                    let crcExtra = Dialect.crcExtra(id: id)
                    if crcExtra >= 0 {
                        // Bytes 1...8 as one straight-line block, then the id's last byte, the
                        // payload and CRC_EXTRA (whose tail block loads from before the payload).
                        let crc = CRC16.update(CRC16.block(0xFFFF, at: p + 1, tables: tab), p + 9, len + 1,
                                               extra: UInt8(truncatingIfNeeded: crcExtra), tables: tab)
                        if crc == UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 10 + len, as: UInt16.self)) {
                            stats.frames += 1
                            return .frame(skip: s - s0, length: 12 + len)
                        }
                    }
                }
            }
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
            let total = headerLength + len + 2 + (incompat & MAVLinkFrame.incompatSigned != 0 ? 13 : 0)
            guard e - s >= total else { break }
            let id: UInt32 = isV2
                ? UInt32(b[s + 7]) | UInt32(b[s + 8]) << 8 | UInt32(b[s + 9]) << 16
                : UInt32(b[s + 5])
            let crcIndex = s + headerLength + len
            let crcExtra = Dialect.crcExtra(id: id)
            if crcExtra >= 0 {
                let base = b.baseAddress!
                var crc = CRC16.update(0xFFFF, base + s + 1, crcIndex - s - 1, tables: tab)
                crc = (crc >> 8) ^ tab[Int(UInt8(truncatingIfNeeded: crc) ^ UInt8(truncatingIfNeeded: crcExtra))]
                if crc != UInt16(littleEndian: base.loadUnaligned(fromByteOffset: crcIndex, as: UInt16.self)) {
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
                    // Unknown flags on a frame we cannot check: most likely garbage; resync.
                    stats.droppedBytes += 1
                    s += 1
                    continue
                }
                stats.unknownMessages += 1
            }
            stats.frames += 1
            return .frame(skip: s - s0, length: total)
        }
        return .needMore(skip: s - s0)
    }

    /// Parses every frame in `bytes` (any length), calling `body` with each in order.
    ///
    /// The view passed to `body` is valid only during that call.
    @inlinable public mutating func parse(_ bytes: UnsafeRawBufferPointer, _ body: (MAVLinkFrameView) -> Void) {
        CRC16.slicingTables.withUnsafeBufferPointer { t in parse(bytes, tables: t.baseAddress!, body) }
    }

    @inlinable mutating func parse(_ bytes: UnsafeRawBufferPointer, tables tab: UnsafePointer<UInt16>,
                                   _ body: (MAVLinkFrameView) -> Void) {
        // Nothing new to judge: the carried-over bytes were scanned when they arrived. (An empty
        // buffer may also have a nil base address, which the copies below cannot take.)
        guard !bytes.isEmpty else { return }
        var offset = 0
        var stats = statistics
        // Finish a frame begun in an earlier chunk: top the carry-over up with the chunk's first
        // bytes (two frames' worth is always enough to complete it) and scan there.
        if end > start {
            compact()
            let carried = end
            let take = Swift.min(bytes.count, 2 * MAVLinkFrame.maxFrameLength)
            withUnsafeMutableBytes(of: &buffer) { b in
                (b.baseAddress! + carried).copyMemory(from: bytes.baseAddress!, byteCount: take)
            }
            end = carried + take
            var s = 0
            var crossed = false
            withUnsafeBytes(of: &buffer) { whole in
                let b = UnsafeRawBufferPointer(rebasing: whole[0..<(carried + take)])
                while !crossed {
                    switch Self.scan(b, from: s, stats: &stats, tables: tab) {
                    case .frame(let skip, let length):
                        body(MAVLinkFrameView(bytes: UnsafeRawBufferPointer(rebasing: b[(s + skip)..<(s + skip + length)])))
                        s += skip + length
                        crossed = s >= carried
                    case .needMore(let skip):
                        s += skip
                        crossed = s >= carried
                        if !crossed {
                            // Still inside the carry-over: only possible when the whole chunk fitted.
                            precondition(take == bytes.count, "a frame cannot outgrow two frame lengths")
                            return
                        }
                    }
                }
            }
            guard crossed else {
                start = s
                statistics = stats
                return
            }
            offset = s - carried
            start = 0
            end = 0
        }
        // Scan the caller's buffer in place.
        var s = offset
        loop: while true {
            switch Self.scan(bytes, from: s, stats: &stats, tables: tab) {
            case .frame(let skip, let length):
                body(MAVLinkFrameView(bytes: UnsafeRawBufferPointer(rebasing: bytes[(s + skip)..<(s + skip + length)])))
                s += skip + length
            case .needMore(let skip):
                s += skip
                break loop
            }
        }
        statistics = stats
        // Keep the unfinished tail for the next chunk.
        let rest = bytes.count - s
        if rest > 0 {
            compact()
            let e = end
            precondition(rest <= Self.bufferCapacity - e)
            withUnsafeMutableBytes(of: &buffer) { b in
                (b.baseAddress! + e).copyMemory(from: bytes.baseAddress! + s, byteCount: rest)
            }
            end += rest
        }
    }

    /// Parses every frame in `bytes`, calling `body` with an owned copy of each.
    @inlinable public mutating func parseFrames(_ bytes: UnsafeRawBufferPointer, _ body: (MAVLinkFrame) -> Void) {
        parse(bytes) { body($0.frame) }
    }

    /// Copies as many of `bytes` as fit into the buffer; returns how many were taken.
    /// Call `next()` until it returns nil before appending the rest.
    @inlinable public mutating func append(_ bytes: UnsafeRawBufferPointer) -> Int {
        if start > 0 { compact() }
        let n = Swift.min(bytes.count, Self.bufferCapacity - end)
        guard n > 0 else { return 0 }
        let e = end
        withUnsafeMutableBytes(of: &buffer) { b in
            (b.baseAddress! + e).copyMemory(from: bytes.baseAddress!, byteCount: n)
        }
        end += n
        return n
    }

    @inlinable mutating func compact() {
        let s = start, n = end - start
        if s > 0 && n > 0 {
            withUnsafeMutableBytes(of: &buffer) { b in
                b.baseAddress!.copyMemory(from: b.baseAddress! + s, byteCount: n)
            }
        }
        start = 0
        end = n
    }

    /// The next complete frame from the appended bytes, or nil when more bytes are needed.
    @inlinable public mutating func next() -> MAVLinkFrame? {
        var stats = statistics
        var result: MAVLinkFrame?
        let s0 = start, e = end
        var consumed = 0
        withUnsafeBytes(of: &buffer) { whole in
            let b = UnsafeRawBufferPointer(rebasing: whole[s0..<e])
            let scanned = CRC16.slicingTables.withUnsafeBufferPointer { t in
                Self.scan(b, from: 0, stats: &stats, tables: t.baseAddress!)
            }
            switch scanned {
            case .frame(let skip, let length):
                result = MAVLinkFrameView(bytes: UnsafeRawBufferPointer(rebasing: b[skip..<(skip + length)])).frame
                consumed = skip + length
            case .needMore(let skip):
                consumed = skip
            }
        }
        start += consumed
        statistics = stats
        if start == end { start = 0; end = 0 }
        return result
    }
}
