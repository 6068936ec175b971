/// The MAVLink checksum: CRC-16/MCRF4XX (the X.25 "accumulate" CRC, initial value 0xFFFF).
///
/// Every frame's checksum covers the bytes after the start marker, then the message's CRC_EXTRA.
///
/// Implementation notes: bulk input goes through slicing-by-8 (eight table look-ups fold eight
/// bytes at once, tables in `CRC16+Tables.swift`), then one four-byte step and byte-wise table
/// steps for the tail; single bytes use the bitwise X.25 step. Both give the same value, which a
/// test checks on random data of every length up to 40 bytes.
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
        guard let p = bytes.baseAddress else { return }
        let n = bytes.count
        let c = value
        value = Self.slicingTables.withUnsafeBufferPointer { Self.update(c, p, n, tables: $0.baseAddress!) }
    }

    /// `crc` advanced over `count` bytes at `bytes`, with the slicing tables at `tab`
    /// (`slicingTables`, fetched once by callers that checksum many frames).
    ///
    /// Only the two table look-ups of each block's first two bytes depend on the running value;
    /// the other six are XORed together first, so the processor overlaps them with the
    /// previous block instead of waiting on a chain of eight dependent XORs.
    @inlinable @inline(__always)
    static func update(_ crc: UInt16, _ bytes: UnsafeRawPointer, _ count: Int,
                              tables tab: UnsafePointer<UInt16>) -> UInt16 {
        var c = crc, p = bytes, n = count
        while n >= 8 {
            let w = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
            let rest = (tab[5 * 256 + Int((w >> 16) & 0xFF)] ^ tab[4 * 256 + Int((w >> 24) & 0xFF)])
                ^ (tab[3 * 256 + Int((w >> 32) & 0xFF)] ^ tab[2 * 256 + Int((w >> 40) & 0xFF)])
                ^ (tab[1 * 256 + Int((w >> 48) & 0xFF)] ^ tab[Int(w >> 56)])
            let head = UInt16(truncatingIfNeeded: w) ^ c
            c = rest ^ tab[7 * 256 + Int(head & 0xFF)] ^ tab[6 * 256 + Int(head >> 8)]
            p += 8
            n -= 8
        }
        if n >= 4 {
            // Four bytes at once with tables 3...0.
            let w = UInt32(littleEndian: p.loadUnaligned(as: UInt32.self))
            let rest = tab[1 * 256 + Int((w >> 16) & 0xFF)] ^ tab[Int(w >> 24)]
            let head = UInt16(truncatingIfNeeded: w) ^ c
            c = rest ^ tab[3 * 256 + Int(head & 0xFF)] ^ tab[2 * 256 + Int(head >> 8)]
            p += 4
            n -= 4
        }
        // The last bytes one at a time with table 0 (the classic byte-wise table step).
        while n > 0 {
            c = (c >> 8) ^ tab[Int(UInt8(truncatingIfNeeded: c) ^ p.load(as: UInt8.self))]
            p += 1
            n -= 1
        }
        return c
    }

    /// The checksum of `bytes` from the initial value.
    @inlinable public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var c = CRC16()
        c.accumulate(bytes)
        return c.value
    }
}
