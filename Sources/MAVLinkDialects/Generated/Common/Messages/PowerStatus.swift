// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Power supply status
///
/// MAVLink message `POWER_STATUS` (id 125).
public struct PowerStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 125 }
    @inlinable public static var name: StaticString { "POWER_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 203 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// 5V rail voltage.
    /// Units: mV.
    public var vcc: UInt16
    /// Servo rail voltage.
    /// Units: mV.
    public var vservo: UInt16
    /// Bitmap of power supply status flags.
    /// Values: `MAVPowerStatus`.
    public var flags: MAVPowerStatus

    public init(vcc: UInt16 = 0, vservo: UInt16 = 0, flags: MAVPowerStatus = MAVPowerStatus(rawValue: 0)) {
        self.vcc = vcc
        self.vservo = vservo
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        vcc = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        vservo = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        flags = MAVPowerStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: vcc, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: vservo, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 4, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("Vcc", vcc)
        v.visit("Vservo", vservo)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
    }
}
