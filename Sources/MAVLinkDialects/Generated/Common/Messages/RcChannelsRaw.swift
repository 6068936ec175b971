// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The RAW values of the RC channels received. The standard PPM modulation is as follows: 1000 microseconds: 0%, 2000 microseconds: 100%. A value of UINT16_MAX implies the channel is unused. Individual receivers/transmitters might violate this specification.
///
/// MAVLink message `RC_CHANNELS_RAW` (id 35).
public struct RcChannelsRaw: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 35 }
    @inlinable public static var name: StaticString { "RC_CHANNELS_RAW" }
    @inlinable public static var crcExtra: UInt8 { 244 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Servo output port (set of 8 outputs = 1 port). Flight stacks running on Pixhawk should use: 0 = MAIN, 1 = AUX.
    public var port: UInt8
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
    /// Receive signal strength indicator in device-dependent units/scale. Values: [0-254], UINT8_MAX: invalid/unknown.
    public var rssi: UInt8

    public init(timeBootMs: UInt32 = 0, port: UInt8 = 0, chan1Raw: UInt16 = 0, chan2Raw: UInt16 = 0, chan3Raw: UInt16 = 0, chan4Raw: UInt16 = 0, chan5Raw: UInt16 = 0, chan6Raw: UInt16 = 0, chan7Raw: UInt16 = 0, chan8Raw: UInt16 = 0, rssi: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.port = port
        self.chan1Raw = chan1Raw
        self.chan2Raw = chan2Raw
        self.chan3Raw = chan3Raw
        self.chan4Raw = chan4Raw
        self.chan5Raw = chan5Raw
        self.chan6Raw = chan6Raw
        self.chan7Raw = chan7Raw
        self.chan8Raw = chan8Raw
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
        port = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        rssi = _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)
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
        _p.storeBytes(of: port, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: rssi, toByteOffset: 21, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("port", port)
        v.visit("chan1_raw", chan1Raw)
        v.visit("chan2_raw", chan2Raw)
        v.visit("chan3_raw", chan3Raw)
        v.visit("chan4_raw", chan4Raw)
        v.visit("chan5_raw", chan5Raw)
        v.visit("chan6_raw", chan6Raw)
        v.visit("chan7_raw", chan7Raw)
        v.visit("chan8_raw", chan8Raw)
        v.visit("rssi", rssi)
    }
}
