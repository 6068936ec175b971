/// A borrowed view of one checked frame inside a parser's or caller's buffer.
///
/// Valid only inside the callback that receives it: it points into memory the parser reuses.
/// Decoding from a view copies nothing when the payload is complete, and zero-extends a
/// truncated MAVLink 2 payload into a stack buffer otherwise; `frame` makes an owned copy.
public struct MAVLinkFrameView {
    /// The whole frame: start marker to checksum, plus the signature when there is one.
    public let bytes: UnsafeRawBufferPointer

    @inlinable public init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    @inlinable @inline(__always) public var version: MAVLinkVersion { bytes[0] == 0xFD ? .v2 : .v1 }
    @inlinable @inline(__always) var headerLength: Int { bytes[0] == 0xFD ? 10 : 6 }
    @inlinable @inline(__always) public var payloadLength: Int { Int(bytes[1]) }
    @inlinable @inline(__always) public var incompatFlags: UInt8 { bytes[0] == 0xFD ? bytes[2] : 0 }
    @inlinable @inline(__always) public var sequence: UInt8 { bytes[0] == 0xFD ? bytes[4] : bytes[2] }
    @inlinable @inline(__always) public var systemID: UInt8 { bytes[0] == 0xFD ? bytes[5] : bytes[3] }
    @inlinable @inline(__always) public var componentID: UInt8 { bytes[0] == 0xFD ? bytes[6] : bytes[4] }
    @inlinable @inline(__always) public var messageID: UInt32 {
        bytes[0] == 0xFD ? UInt32(bytes[7]) | UInt32(bytes[8]) << 8 | UInt32(bytes[9]) << 16 : UInt32(bytes[5])
    }
    /// The payload as received (possibly truncated).
    @inlinable @inline(__always) public var payload: UnsafeRawBufferPointer {
        let h = headerLength
        return UnsafeRawBufferPointer(rebasing: bytes[h..<(h + payloadLength)])
    }

    /// Decodes the payload as `M` without checking the message id.
    @inlinable public func decodeUnchecked<M: MAVLinkMessage>(_ type: M.Type) -> M {
        let p = payload
        let n = p.count, full = M.maxLength
        if n >= full { return M(payload: p) }
        // Truncated MAVLink 2 payload: zero-extend it to the message's full length on the stack,
        // touching only `maxLength` bytes (not a whole 255-byte payload).
        return withUnsafeTemporaryAllocation(byteCount: full, alignment: 8) { s in
            Self.zeroExtend(p.baseAddress!, count: n, into: s.baseAddress!, length: full)
            return M(payload: UnsafeRawBufferPointer(s))
        }
    }

    /// Copies `count` bytes from `src` into `dst` and zeroes the rest of `dst`'s `length` bytes
    /// (`count < length`).
    ///
    /// `length` is a constant once specialised, so the zeroing compiles to a few wide stores and
    /// the word loop (bounded by `length / 8`) unrolls; the last partial word is copied as one
    /// overlapping 8-byte move. Written this way rather than as a loop up to `count`, which the
    /// optimiser turns into a `memcpy` call that costs more than the few words it moves.
    @inlinable @inline(__always)
    static func zeroExtend(_ src: UnsafeRawPointer, count n: Int, into d: UnsafeMutableRawPointer, length full: Int) {
        d.initializeMemory(as: UInt8.self, repeating: 0, count: full)
        if n >= 8 {
            for i in 0..<(full / 8) {
                let o = 8 &* i
                if o &+ 8 > n { break }
                d.storeBytes(of: src.loadUnaligned(fromByteOffset: o, as: UInt64.self), toByteOffset: o, as: UInt64.self)
            }
            d.storeBytes(of: src.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self), toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            d.storeBytes(of: src.loadUnaligned(as: UInt32.self), as: UInt32.self)
            d.storeBytes(of: src.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self), toByteOffset: n &- 4, as: UInt32.self)
        } else if n >= 2 {
            d.storeBytes(of: src.loadUnaligned(as: UInt16.self), as: UInt16.self)
            d.storeBytes(of: src.loadUnaligned(fromByteOffset: n &- 2, as: UInt16.self), toByteOffset: n &- 2, as: UInt16.self)
        } else if n == 1 {
            d.storeBytes(of: src.load(as: UInt8.self), as: UInt8.self)
        }
    }

    /// Decodes the payload as `M`, or nil when the frame carries another message.
    @inlinable public func decode<M: MAVLinkMessage>(as type: M.Type) -> M? {
        messageID == M.id ? decodeUnchecked(M.self) : nil
    }

    /// An owned copy of the frame.
    @inlinable public var frame: MAVLinkFrame {
        let v2 = bytes[0] == 0xFD
        var f = MAVLinkFrame(version: v2 ? .v2 : .v1, sequence: sequence, systemID: systemID,
                             componentID: componentID, messageID: messageID)
        let len = payloadLength, h = headerLength
        f.payloadLength = UInt8(len)
        if v2 { f.incompatFlags = bytes[2]; f.compatFlags = bytes[3] }
        withUnsafeMutableBytes(of: &f.payload) { p in
            p.baseAddress!.copyMemory(from: bytes.baseAddress! + h, byteCount: len)
        }
        f.checksum = UInt16(bytes[h + len]) | UInt16(bytes[h + len + 1]) << 8
        if v2 && bytes[2] & MAVLinkFrame.incompatSigned != 0 {
            let g = h + len + 2
            var ts: UInt64 = 0, sig: UInt64 = 0
            for i in 0..<6 {
                ts |= UInt64(bytes[g + 1 + i]) << (8 * UInt64(i))
                sig |= UInt64(bytes[g + 7 + i]) << (8 * UInt64(i))
            }
            f.signature = MAVLinkSignature(linkID: bytes[g], timestamp: ts, signature: sig)
        }
        return f
    }
}
