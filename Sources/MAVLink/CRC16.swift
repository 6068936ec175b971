/// The MAVLink checksum: CRC-16/MCRF4XX (the X.25 "accumulate" CRC, initial value 0xFFFF).
///
/// Every frame's checksum covers the bytes after the start marker, then the message's CRC_EXTRA.
///
/// Implementation notes: bulk input goes through slicing-by-8 (eight table look-ups fold eight
/// bytes at once, tables in `CRC16+Tables.swift`); single bytes use the bitwise X.25 step. Both give
/// the same value, which a test checks on random data.
public struct CRC16: Sendable, Equatable {
    /// The running checksum.
    public var value: UInt16

    @inlinable public init() { value = 0xFFFF }

    /// Folds one byte into the checksum.
    @inlinable public mutating func accumulate(_ byte: UInt8) {
        var tmp = byte ^ UInt8(truncatingIfNeeded: value)
        tmp ^= tmp << 4
        let t = UInt16(tmp)
        value = (value >> 8) ^ (t << 8) ^ (t << 3) ^ (t >> 4)
    }

    /// Folds a run of bytes into the checksum.
    @inlinable public mutating func accumulate(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress else { return }
        var n = bytes.count
        var c = value
        if n >= 8 {
            Self.slicingTables.withUnsafeBufferPointer { t in
                let tab = t.baseAddress!
                while n >= 8 {
                    let w = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) ^ UInt64(c)
                    c = tab[7 * 256 + Int(w & 0xFF)] ^ tab[6 * 256 + Int((w >> 8) & 0xFF)]
                        ^ tab[5 * 256 + Int((w >> 16) & 0xFF)] ^ tab[4 * 256 + Int((w >> 24) & 0xFF)]
                        ^ tab[3 * 256 + Int((w >> 32) & 0xFF)] ^ tab[2 * 256 + Int((w >> 40) & 0xFF)]
                        ^ tab[1 * 256 + Int((w >> 48) & 0xFF)] ^ tab[Int(w >> 56)]
                    p += 8
                    n -= 8
                }
            }
        }
        value = c
        while n > 0 {
            accumulate(p.load(as: UInt8.self))
            p += 1
            n -= 1
        }
    }

    /// The checksum of `bytes` from the initial value.
    @inlinable public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var c = CRC16()
        c.accumulate(bytes)
        return c.value
    }
}
