// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The PPM values of the RC channels received. The standard PPM modulation is as follows: 1000 microseconds: 0%, 2000 microseconds: 100%.  A value of UINT16_MAX implies the channel is unused. Individual receivers/transmitters might violate this specification.
///
/// MAVLink message `RC_CHANNELS` (id 65).
public struct RcChannels: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 65 }
    @inlinable public static var name: StaticString { "RC_CHANNELS" }
    @inlinable public static var crcExtra: UInt8 { 118 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Total number of RC channels being received. This can be larger than 18, indicating that more channels are available but not given in this message. This value should be 0 when no RC channels are available.
    public var chancount: UInt8
    /// RC channel 1 value.
    /// Units: us.
    public var chan1Raw: UInt16
    /// RC channel 2 value.
    /// Units: us.
    public var chan2Raw: UInt16
    /// RC channel 3 value.
    /// Units: us.
    public var chan3Raw: UInt16
    /// RC channel 4 value.
    /// Units: us.
    public var chan4Raw: UInt16
    /// RC channel 5 value.
    /// Units: us.
    public var chan5Raw: UInt16
    /// RC channel 6 value.
    /// Units: us.
    public var chan6Raw: UInt16
    /// RC channel 7 value.
    /// Units: us.
    public var chan7Raw: UInt16
    /// RC channel 8 value.
    /// Units: us.
    public var chan8Raw: UInt16
    /// RC channel 9 value.
    /// Units: us.
    public var chan9Raw: UInt16
    /// RC channel 10 value.
    /// Units: us.
    public var chan10Raw: UInt16
    /// RC channel 11 value.
    /// Units: us.
    public var chan11Raw: UInt16
    /// RC channel 12 value.
    /// Units: us.
    public var chan12Raw: UInt16
    /// RC channel 13 value.
    /// Units: us.
    public var chan13Raw: UInt16
    /// RC channel 14 value.
    /// Units: us.
    public var chan14Raw: UInt16
    /// RC channel 15 value.
    /// Units: us.
    public var chan15Raw: UInt16
    /// RC channel 16 value.
    /// Units: us.
    public var chan16Raw: UInt16
    /// RC channel 17 value.
    /// Units: us.
    public var chan17Raw: UInt16
    /// RC channel 18 value.
    /// Units: us.
    public var chan18Raw: UInt16
    /// Receive signal strength indicator in device-dependent units/scale. Values: [0-254], UINT8_MAX: invalid/unknown.
    public var rssi: UInt8

    public init(timeBootMs: UInt32 = 0, chancount: UInt8 = 0, chan1Raw: UInt16 = 0, chan2Raw: UInt16 = 0, chan3Raw: UInt16 = 0, chan4Raw: UInt16 = 0, chan5Raw: UInt16 = 0, chan6Raw: UInt16 = 0, chan7Raw: UInt16 = 0, chan8Raw: UInt16 = 0, chan9Raw: UInt16 = 0, chan10Raw: UInt16 = 0, chan11Raw: UInt16 = 0, chan12Raw: UInt16 = 0, chan13Raw: UInt16 = 0, chan14Raw: UInt16 = 0, chan15Raw: UInt16 = 0, chan16Raw: UInt16 = 0, chan17Raw: UInt16 = 0, chan18Raw: UInt16 = 0, rssi: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.chancount = chancount
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
        self.chan13Raw = chan13Raw
        self.chan14Raw = chan14Raw
        self.chan15Raw = chan15Raw
        self.chan16Raw = chan16Raw
        self.chan17Raw = chan17Raw
        self.chan18Raw = chan18Raw
        self.rssi = rssi
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        chan1Raw = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        chan2Raw = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        chan3Raw = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        chan4Raw = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        chan5Raw = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        chan6Raw = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        chan7Raw = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        chan8Raw = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        chan9Raw = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        chan10Raw = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        chan11Raw = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        chan12Raw = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        chan13Raw = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        chan14Raw = _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)
        chan15Raw = _p.loadUnaligned(fromByteOffset: 32, as: UInt16.self)
        chan16Raw = _p.loadUnaligned(fromByteOffset: 34, as: UInt16.self)
        chan17Raw = _p.loadUnaligned(fromByteOffset: 36, as: UInt16.self)
        chan18Raw = _p.loadUnaligned(fromByteOffset: 38, as: UInt16.self)
        chancount = _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)
        rssi = _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: chan1Raw, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: chan2Raw, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: chan3Raw, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: chan4Raw, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: chan5Raw, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: chan6Raw, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: chan7Raw, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: chan8Raw, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: chan9Raw, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: chan10Raw, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: chan11Raw, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: chan12Raw, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: chan13Raw, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: chan14Raw, toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: chan15Raw, toByteOffset: 32, as: UInt16.self)
        _p.storeBytes(of: chan16Raw, toByteOffset: 34, as: UInt16.self)
        _p.storeBytes(of: chan17Raw, toByteOffset: 36, as: UInt16.self)
        _p.storeBytes(of: chan18Raw, toByteOffset: 38, as: UInt16.self)
        _p.storeBytes(of: chancount, toByteOffset: 40, as: UInt8.self)
        _p.storeBytes(of: rssi, toByteOffset: 41, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("chancount", chancount)
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
        v.visit("chan13_raw", chan13Raw)
        v.visit("chan14_raw", chan14Raw)
        v.visit("chan15_raw", chan15Raw)
        v.visit("chan16_raw", chan16Raw)
        v.visit("chan17_raw", chan17Raw)
        v.visit("chan18_raw", chan18Raw)
        v.visit("rssi", rssi)
    }
}
