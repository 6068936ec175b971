// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Angle of Attack and Side Slip Angle.
///
/// MAVLink message `AOA_SSA` (id 11020).
public struct AoaSsa: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11020 }
    @inlinable public static var name: StaticString { "AOA_SSA" }
    @inlinable public static var crcExtra: UInt8 { 205 }
    @inlinable public static var minLength: Int { 16 }
    @inlinable public static var maxLength: Int { 16 }

    /// Timestamp (since boot or Unix epoch).
    /// Units: us.
    public var timeUsec: UInt64
    /// Angle of Attack.
    /// Units: deg.
    public var aoa: Float
    /// Side Slip Angle.
    /// Units: deg.
    public var ssa: Float

    public init(timeUsec: UInt64 = 0, aoa: Float = 0, ssa: Float = 0) {
        self.timeUsec = timeUsec
        self.aoa = aoa
        self.ssa = ssa
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        aoa = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        ssa = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: aoa, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: ssa, toByteOffset: 12, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("AOA", aoa)
        v.visit("SSA", ssa)
    }
}
