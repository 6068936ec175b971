// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// PID tuning information.
///
/// MAVLink message `PID_TUNING` (id 194).
public struct PidTuning: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 194 }
    @inlinable public static var name: StaticString { "PID_TUNING" }
    @inlinable public static var crcExtra: UInt8 { 98 }
    @inlinable public static var minLength: Int { 25 }
    @inlinable public static var maxLength: Int { 33 }

    /// Axis.
    /// Values: `PidTuningAxis`.
    public var axis: PidTuningAxis
    /// Desired rate.
    public var desired: Float
    /// Achieved rate.
    public var achieved: Float
    /// FF component.
    public var ff: Float
    /// P component.
    public var p: Float
    /// I component.
    public var i: Float
    /// D component.
    public var d: Float
    /// Slew rate.
    /// MAVLink 2 extension field.
    public var sRate: Float
    /// P/D oscillation modifier.
    /// MAVLink 2 extension field.
    public var pDmod: Float

    public init(axis: PidTuningAxis = PidTuningAxis(rawValue: 0), desired: Float = 0, achieved: Float = 0, ff: Float = 0, p: Float = 0, i: Float = 0, d: Float = 0, sRate: Float = 0, pDmod: Float = 0) {
        self.axis = axis
        self.desired = desired
        self.achieved = achieved
        self.ff = ff
        self.p = p
        self.i = i
        self.d = d
        self.sRate = sRate
        self.pDmod = pDmod
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        desired = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        achieved = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        ff = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        p = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        i = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        d = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        axis = PidTuningAxis(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)))
        sRate = _p.loadUnaligned(fromByteOffset: 25, as: Float.self)
        pDmod = _p.loadUnaligned(fromByteOffset: 29, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: desired, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: achieved, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: ff, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: p, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: i, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: d, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: axis.rawValue), toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: sRate, toByteOffset: 25, as: Float.self)
        _p.storeBytes(of: pDmod, toByteOffset: 29, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("axis", UInt8(truncatingIfNeeded: axis.rawValue))
        v.visit("desired", desired)
        v.visit("achieved", achieved)
        v.visit("FF", ff)
        v.visit("P", p)
        v.visit("I", i)
        v.visit("D", d)
        v.visit("SRate", sRate)
        v.visit("PDmod", pDmod)
    }
}
