// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of key hardware.
///
/// MAVLink message `HWSTATUS` (id 165). Deprecated.
public struct Hwstatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 165 }
    @inlinable public static var name: StaticString { "HWSTATUS" }
    @inlinable public static var crcExtra: UInt8 { 21 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// Board voltage.
    /// Units: mV.
    public var vcc: UInt16
    /// I2C error count.
    public var i2Cerr: UInt8

    public init(vcc: UInt16 = 0, i2Cerr: UInt8 = 0) {
        self.vcc = vcc
        self.i2Cerr = i2Cerr
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        vcc = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        i2Cerr = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: vcc, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: i2Cerr, toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("Vcc", vcc)
        v.visit("I2Cerr", i2Cerr)
    }
}
