// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The RAW values of the RC channels sent to the MAV to override info received from the RC radio. The standard PPM modulation is as follows: 1000 microseconds: 0%, 2000 microseconds: 100%. Individual receivers/transmitters might violate this specification.  Note carefully the semantic differences between the first 8 channels and the subsequent channels
///
/// MAVLink message `RC_CHANNELS_OVERRIDE` (id 70).
public struct RcChannelsOverride: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 70 }
    @inlinable public static var name: StaticString { "RC_CHANNELS_OVERRIDE" }
    @inlinable public static var crcExtra: UInt8 { 124 }
    @inlinable public static var minLength: Int { 18 }
    @inlinable public static var maxLength: Int { 38 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// RC channel 1 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan1Raw: UInt16
    /// RC channel 2 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan2Raw: UInt16
    /// RC channel 3 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan3Raw: UInt16
    /// RC channel 4 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan4Raw: UInt16
    /// RC channel 5 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan5Raw: UInt16
    /// RC channel 6 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan6Raw: UInt16
    /// RC channel 7 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan7Raw: UInt16
    /// RC channel 8 value. A value of UINT16_MAX means to ignore this field. A value of 0 means to release this channel back to the RC radio.
    /// Units: us.
    public var chan8Raw: UInt16
    /// RC channel 9 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan9Raw: UInt16
    /// RC channel 10 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan10Raw: UInt16
    /// RC channel 11 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan11Raw: UInt16
    /// RC channel 12 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan12Raw: UInt16
    /// RC channel 13 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan13Raw: UInt16
    /// RC channel 14 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan14Raw: UInt16
    /// RC channel 15 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan15Raw: UInt16
    /// RC channel 16 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan16Raw: UInt16
    /// RC channel 17 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan17Raw: UInt16
    /// RC channel 18 value. A value of 0 or UINT16_MAX means to ignore this field. A value of UINT16_MAX-1 means to release this channel back to the RC radio.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var chan18Raw: UInt16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, chan1Raw: UInt16 = 0, chan2Raw: UInt16 = 0, chan3Raw: UInt16 = 0, chan4Raw: UInt16 = 0, chan5Raw: UInt16 = 0, chan6Raw: UInt16 = 0, chan7Raw: UInt16 = 0, chan8Raw: UInt16 = 0, chan9Raw: UInt16 = 0, chan10Raw: UInt16 = 0, chan11Raw: UInt16 = 0, chan12Raw: UInt16 = 0, chan13Raw: UInt16 = 0, chan14Raw: UInt16 = 0, chan15Raw: UInt16 = 0, chan16Raw: UInt16 = 0, chan17Raw: UInt16 = 0, chan18Raw: UInt16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
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
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        chan1Raw = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        chan2Raw = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        chan3Raw = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        chan4Raw = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        chan5Raw = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        chan6Raw = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        chan7Raw = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        chan8Raw = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
        chan9Raw = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        chan10Raw = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        chan11Raw = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        chan12Raw = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        chan13Raw = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        chan14Raw = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        chan15Raw = _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)
        chan16Raw = _p.loadUnaligned(fromByteOffset: 32, as: UInt16.self)
        chan17Raw = _p.loadUnaligned(fromByteOffset: 34, as: UInt16.self)
        chan18Raw = _p.loadUnaligned(fromByteOffset: 36, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: chan1Raw, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: chan2Raw, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: chan3Raw, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: chan4Raw, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: chan5Raw, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: chan6Raw, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: chan7Raw, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: chan8Raw, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: chan9Raw, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: chan10Raw, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: chan11Raw, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: chan12Raw, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: chan13Raw, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: chan14Raw, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: chan15Raw, toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: chan16Raw, toByteOffset: 32, as: UInt16.self)
        _p.storeBytes(of: chan17Raw, toByteOffset: 34, as: UInt16.self)
        _p.storeBytes(of: chan18Raw, toByteOffset: 36, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
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
    }
}
