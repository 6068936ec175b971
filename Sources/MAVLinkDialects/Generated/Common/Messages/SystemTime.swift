// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The system time is the time of the sender's master clock.
/// This can be emitted by flight controllers, onboard computers, or other components in the MAVLink network.
/// Components that are using a less reliable time source, such as a battery-backed real time clock, can choose to match their system clock to that of a system that indicates a more recent time.
/// This allows more broadly accurate date stamping of logs, and so on.
/// If precise time synchronization is needed then use TIMESYNC instead.
///
/// MAVLink message `SYSTEM_TIME` (id 2).
public struct SystemTime: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 2 }
    @inlinable public static var name: StaticString { "SYSTEM_TIME" }
    @inlinable public static var crcExtra: UInt8 { 137 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// Timestamp (UNIX epoch time).
    /// Units: us.
    public var timeUnixUsec: UInt64
    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32

    public init(timeUnixUsec: UInt64 = 0, timeBootMs: UInt32 = 0) {
        self.timeUnixUsec = timeUnixUsec
        self.timeBootMs = timeBootMs
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUnixUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        timeBootMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUnixUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeBootMs, toByteOffset: 8, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_unix_usec", timeUnixUsec)
        v.visit("time_boot_ms", timeBootMs)
    }
}
