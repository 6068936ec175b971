// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A ping message either requesting or responding to a ping. This allows to measure the system latencies, including serial port, radio modem and UDP connections. The ping microservice is documented at https://mavlink.io/en/services/ping.html
///
/// MAVLink message `PING` (id 4).
public struct Ping: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 4 }
    @inlinable public static var name: StaticString { "PING" }
    @inlinable public static var crcExtra: UInt8 { 237 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 14 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// PING sequence
    public var seq: UInt32
    /// 0: request ping from all receiving systems. If greater than 0: message is a ping response and number is the system id of the requesting system
    public var targetSystem: UInt8
    /// 0: request ping from all receiving components. If greater than 0: message is a ping response and number is the component id of the requesting component.
    public var targetComponent: UInt8

    public init(timeUsec: UInt64 = 0, seq: UInt32 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0) {
        self.timeUsec = timeUsec
        self.seq = seq
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        seq = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: seq, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 13, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("seq", seq)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
    }
}
