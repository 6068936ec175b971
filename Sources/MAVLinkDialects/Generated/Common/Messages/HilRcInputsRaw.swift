// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sent from simulation to autopilot. The RAW values of the RC channels received. The standard PPM modulation is as follows: 1000 microseconds: 0%, 2000 microseconds: 100%. Individual receivers/transmitters might violate this specification.
///
/// MAVLink message `HIL_RC_INPUTS_RAW` (id 92).
public struct HilRcInputsRaw: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 92 }
    @inlinable public static var name: StaticString { "HIL_RC_INPUTS_RAW" }
    @inlinable public static var crcExtra: UInt8 { 54 }
    @inlinable public static var minLength: Int { 33 }
    @inlinable public static var maxLength: Int { 33 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// RC channel 1 value
    /// Units: us.
    public var chan1Raw: UInt16
    /// RC channel 2 value
    /// Units: us.
    public var chan2Raw: UInt16
    /// RC channel 3 value
    /// Units: us.
    public var chan3Raw: UInt16
    /// RC channel 4 value
    /// Units: us.
    public var chan4Raw: UInt16
    /// RC channel 5 value
    /// Units: us.
    public var chan5Raw: UInt16
    /// RC channel 6 value
    /// Units: us.
    public var chan6Raw: UInt16
    /// RC channel 7 value
    /// Units: us.
    public var chan7Raw: UInt16
    /// RC channel 8 value
    /// Units: us.
    public var chan8Raw: UInt16
    /// RC channel 9 value
    /// Units: us.
    public var chan9Raw: UInt16
    /// RC channel 10 value
    /// Units: us.
    public var chan10Raw: UInt16
    /// RC channel 11 value
    /// Units: us.
    public var chan11Raw: UInt16
    /// RC channel 12 value
    /// Units: us.
    public var chan12Raw: UInt16
    /// Receive signal strength indicator in device-dependent units/scale. Values: [0-254], UINT8_MAX: invalid/unknown.
    public var rssi: UInt8

    public init(timeUsec: UInt64 = 0, chan1Raw: UInt16 = 0, chan2Raw: UInt16 = 0, chan3Raw: UInt16 = 0, chan4Raw: UInt16 = 0, chan5Raw: UInt16 = 0, chan6Raw: UInt16 = 0, chan7Raw: UInt16 = 0, chan8Raw: UInt16 = 0, chan9Raw: UInt16 = 0, chan10Raw: UInt16 = 0, chan11Raw: UInt16 = 0, chan12Raw: UInt16 = 0, rssi: UInt8 = 0) {
        self.timeUsec = timeUsec
        self.chan1Raw = chan1Raw
        self.chan2Raw = chan2Raw
        self.chan3Raw = chan3Raw
        self.chan4Raw = chan4Raw
        self.chan5Raw = chan5Raw
        self.chan6Raw = chan6Raw
        self.chan7Raw = chan7Raw
        self.chan8Raw = chan8Raw
        self.chan9Raw = chan9Raw
        self.chan10Raw = chan10Raw
        self.chan11Raw = chan11Raw
        self.chan12Raw = chan12Raw
        self.rssi = rssi
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        chan1Raw = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        chan2Raw = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        chan3Raw = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        chan4Raw = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        chan5Raw = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        chan6Raw = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        chan7Raw = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        chan8Raw = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        chan9Raw = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        chan10Raw = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        chan11Raw = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        chan12Raw = _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)
        rssi = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: chan1Raw, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: chan2Raw, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: chan3Raw, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: chan4Raw, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: chan5Raw, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: chan6Raw, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: chan7Raw, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: chan8Raw, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: chan9Raw, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: chan10Raw, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: chan11Raw, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: chan12Raw, toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: rssi, toByteOffset: 32, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("chan1_raw", chan1Raw)
        v.visit("chan2_raw", chan2Raw)
        v.visit("chan3_raw", chan3Raw)
        v.visit("chan4_raw", chan4Raw)
        v.visit("chan5_raw", chan5Raw)
        v.visit("chan6_raw", chan6Raw)
        v.visit("chan7_raw", chan7Raw)
        v.visit("chan8_raw", chan8Raw)
        v.visit("chan9_raw", chan9Raw)
        v.visit("chan10_raw", chan10Raw)
        v.visit("chan11_raw", chan11Raw)
        v.visit("chan12_raw", chan12Raw)
        v.visit("rssi", rssi)
    }
}
