import FlightCore

/// The `opaque_id` of a plan: CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) over every
/// item's fields in little-endian order, so equal plans have equal ids on every link and after a
/// reboot. 0 is reserved by MAVLink for "no plan", so an empty plan is 0 and a non-empty plan whose
/// CRC happens to be 0 reports 1.
public enum PlanIdentity {
    /// The opaque id of `plan`.
    public static func opaqueID(of plan: MissionPlan) -> UInt32 {
        guard !plan.isEmpty else { return 0 }
        var crc = CRC32()
        for i in 0..<plan.count {
            let item = plan[i]
            crc.add(UInt32(item.commandNumber)); crc.add(UInt32(item.frameNumber))
            crc.add(item.param1.bitPattern); crc.add(item.param2.bitPattern)
            crc.add(item.param3.bitPattern); crc.add(item.param4.bitPattern)
            crc.add(UInt32(bitPattern: item.latE7)); crc.add(UInt32(bitPattern: item.lonE7))
            crc.add(item.altitude.bitPattern); crc.add(item.autocontinue ? 1 : 0)
        }
        let value = crc.value
        return value == 0 ? 1 : value
    }
}

/// CRC-32 (IEEE), bitwise; also the checksum of MAVLink FTP's `CalcFileCRC32`.
public struct CRC32: Sendable {
    @usableFromInline var state: UInt32 = 0xFFFF_FFFF
    public init() {}

    /// Accumulates one byte.
    @inlinable public mutating func add(byte: UInt8) {
        state ^= UInt32(byte)
        for _ in 0..<8 { state = (state >> 1) ^ (0xEDB8_8320 & (0 &- (state & 1))) }
    }

    /// Accumulates a 32-bit word, little-endian.
    @inlinable public mutating func add(_ word: UInt32) {
        for k in 0..<4 { add(byte: UInt8(truncatingIfNeeded: word >> (8 * UInt32(k)))) }
    }

    /// Accumulates bytes.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) { for b in bytes { add(byte: b) } }

    /// The checksum of everything added so far.
    public var value: UInt32 { ~state }
}
