// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The raw values of the actuator outputs (e.g. on Pixhawk, from MAIN, AUX ports). This message supersedes SERVO_OUTPUT_RAW.
///
/// MAVLink message `ACTUATOR_OUTPUT_STATUS` (id 375).
public struct ActuatorOutputStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 375 }
    @inlinable public static var name: StaticString { "ACTUATOR_OUTPUT_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 251 }
    @inlinable public static var minLength: Int { 140 }
    @inlinable public static var maxLength: Int { 140 }

    /// Timestamp (since system boot).
    /// Units: us.
    public var timeUsec: UInt64
    /// Active outputs
    public var active: UInt32
    /// Servo / motor output array values. Zero values indicate unused channels.
    public var actuator: FixedArray<32, Float>

    public init(timeUsec: UInt64 = 0, active: UInt32 = 0, actuator: FixedArray<32, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.active = active
        self.actuator = actuator
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        active = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        actuator = FixedArray.load(from: _p, at: 12)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: active, toByteOffset: 8, as: UInt32.self)
        actuator.store(to: _p, at: 12)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("active", active)
        v.visit("actuator", actuator)
    }
}
