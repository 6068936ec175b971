/// The MAVLink checksum: CRC-16/MCRF4XX (the X.25 "accumulate" CRC, initial value 0xFFFF).
///
/// Every frame's checksum covers the bytes after the start marker, then the message's CRC_EXTRA.
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
        for b in bytes { accumulate(b) }
    }

    /// The checksum of `bytes` from the initial value.
    @inlinable public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var c = CRC16()
        c.accumulate(bytes)
        return c.value
    }
}
