import FlightCore
import MAVLink

/// The `opaque_id` of a plan: the ISO CRC-32 (`ISOCRC32`) over every
/// item's fields in little-endian order, so equal plans have equal ids on every link and after a
/// reboot. 0 is reserved by MAVLink for "no plan", so an empty plan is 0 and a non-empty plan whose
/// CRC happens to be 0 reports 1.
public enum PlanIdentity {
    /// The opaque id of `plan`.
    public static func opaqueID(of plan: MissionPlan) -> UInt32 {
        guard !plan.isEmpty else { return 0 }
        var crc = ISOCRC32()
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

/// The ISO/zlib CRC-32 (IEEE 802.3: reflected polynomial 0xEDB88320, started at 0xFFFFFFFF and
/// inverted at the end), over `ReflectedCRC32`. Only `PlanIdentity` uses it; MAVLink FTP's
/// `CalcFileCRC32` is `MAVLinkCRC32`, a different value for the same bytes.
public struct ISOCRC32: Sendable {
    @usableFromInline var state: UInt32 = 0xFFFF_FFFF
    public init() {}

    /// Accumulates one byte.
    @inlinable public mutating func add(byte: UInt8) { state = ReflectedCRC32.update(state, byte: byte) }

    /// Accumulates a 32-bit word, little-endian.
    @inlinable public mutating func add(_ word: UInt32) {
        for k in 0..<4 { add(byte: UInt8(truncatingIfNeeded: word >> (8 * UInt32(k)))) }
    }

    /// Accumulates bytes.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) { state = ReflectedCRC32.update(state, bytes) }

    /// The checksum of everything added so far.
    public var value: UInt32 { ~state }
}
