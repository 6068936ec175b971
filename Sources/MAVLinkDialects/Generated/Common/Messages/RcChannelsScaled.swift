// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The scaled values of the RC channels received: (-100%) -10000, (0%) 0, (100%) 10000. Channels that are inactive should be set to INT16_MAX.
///
/// MAVLink message `RC_CHANNELS_SCALED` (id 34).
public struct RcChannelsScaled: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 34 }
    @inlinable public static var name: StaticString { "RC_CHANNELS_SCALED" }
    @inlinable public static var crcExtra: UInt8 { 237 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Servo output port (set of 8 outputs = 1 port). Flight stacks running on Pixhawk should use: 0 = MAIN, 1 = AUX.
    public var port: UInt8
    /// RC channel 1 value scaled.
    public var chan1Scaled: Int16
    /// RC channel 2 value scaled.
    public var chan2Scaled: Int16
    /// RC channel 3 value scaled.
    public var chan3Scaled: Int16
    /// RC channel 4 value scaled.
    public var chan4Scaled: Int16
    /// RC channel 5 value scaled.
    public var chan5Scaled: Int16
    /// RC channel 6 value scaled.
    public var chan6Scaled: Int16
    /// RC channel 7 value scaled.
    public var chan7Scaled: Int16
    /// RC channel 8 value scaled.
    public var chan8Scaled: Int16
    /// Receive signal strength indicator in device-dependent units/scale. Values: [0-254], UINT8_MAX: invalid/unknown.
    public var rssi: UInt8

    public init(timeBootMs: UInt32 = 0, port: UInt8 = 0, chan1Scaled: Int16 = 0, chan2Scaled: Int16 = 0, chan3Scaled: Int16 = 0, chan4Scaled: Int16 = 0, chan5Scaled: Int16 = 0, chan6Scaled: Int16 = 0, chan7Scaled: Int16 = 0, chan8Scaled: Int16 = 0, rssi: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.port = port
        self.chan1Scaled = chan1Scaled
        self.chan2Scaled = chan2Scaled
        self.chan3Scaled = chan3Scaled
        self.chan4Scaled = chan4Scaled
        self.chan5Scaled = chan5Scaled
        self.chan6Scaled = chan6Scaled
        self.chan7Scaled = chan7Scaled
        self.chan8Scaled = chan8Scaled
        self.rssi = rssi
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        chan1Scaled = _p.loadUnaligned(fromByteOffset: 4, as: Int16.self)
        chan2Scaled = _p.loadUnaligned(fromByteOffset: 6, as: Int16.self)
        chan3Scaled = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        chan4Scaled = _p.loadUnaligned(fromByteOffset: 10, as: Int16.self)
        chan5Scaled = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        chan6Scaled = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        chan7Scaled = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        chan8Scaled = _p.loadUnaligned(fromByteOffset: 18, as: Int16.self)
        port = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        rssi = _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: chan1Scaled, toByteOffset: 4, as: Int16.self)
        _p.storeBytes(of: chan2Scaled, toByteOffset: 6, as: Int16.self)
        _p.storeBytes(of: chan3Scaled, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: chan4Scaled, toByteOffset: 10, as: Int16.self)
        _p.storeBytes(of: chan5Scaled, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: chan6Scaled, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: chan7Scaled, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: chan8Scaled, toByteOffset: 18, as: Int16.self)
        _p.storeBytes(of: port, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: rssi, toByteOffset: 21, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("port", port)
        v.visit("chan1_scaled", chan1Scaled)
        v.visit("chan2_scaled", chan2Scaled)
        v.visit("chan3_scaled", chan3Scaled)
        v.visit("chan4_scaled", chan4Scaled)
        v.visit("chan5_scaled", chan5Scaled)
        v.visit("chan6_scaled", chan6Scaled)
        v.visit("chan7_scaled", chan7Scaled)
        v.visit("chan8_scaled", chan8Scaled)
        v.visit("rssi", rssi)
    }
}
