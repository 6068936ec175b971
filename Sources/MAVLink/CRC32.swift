/// The reflected CRC-32 step (polynomial 0xEDB88320, table in `CRC32+Table.swift`) without any
/// initial value or final inversion: the one core of `MAVLinkCRC32` and of the ISO/zlib CRC-32
/// that other checksums build on.
public enum ReflectedCRC32 {
    /// `crc` advanced over one byte.
    @inlinable public static func update(_ crc: UInt32, byte: UInt8) -> UInt32 {
        table.withUnsafeBufferPointer { $0[Int(UInt8(truncatingIfNeeded: crc) ^ byte)] } ^ (crc >> 8)
    }

    /// `crc` advanced over `bytes`.
    @inlinable public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        table.withUnsafeBufferPointer { t in
            var c = crc
            for b in bytes { c = t[Int(UInt8(truncatingIfNeeded: c) ^ b)] ^ (c >> 8) }
            return c
        }
    }
}

/// The MAVLink CRC32 (MAVLink developer guide, "MAVLink CRC"): the reflected CRC-32 polynomial
/// 0xEDB88320, started at 0 and with no final XOR, as PX4's `crc32part` and ArduPilot compute it.
/// It is the checksum of MAVLink FTP's `CalcFileCRC32`. Check value: "123456789" → 0x2DFD2D88
/// (the ISO/zlib CRC-32 of the same bytes, started at 0xFFFFFFFF and inverted, is 0xCBF43926).
public struct MAVLinkCRC32: Sendable, Equatable {
    /// The checksum of everything added so far.
    public var value: UInt32 = 0

    @inlinable public init() {}

    /// Accumulates one byte.
    @inlinable public mutating func add(byte: UInt8) { value = ReflectedCRC32.update(value, byte: byte) }

    /// Accumulates bytes.
    @inlinable public mutating func add(_ bytes: UnsafeRawBufferPointer) { value = ReflectedCRC32.update(value, bytes) }
}
