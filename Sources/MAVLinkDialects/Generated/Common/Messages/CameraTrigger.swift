// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera-IMU triggering and synchronisation message.
///
/// MAVLink message `CAMERA_TRIGGER` (id 112).
public struct CameraTrigger: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 112 }
    @inlinable public static var name: StaticString { "CAMERA_TRIGGER" }
    @inlinable public static var crcExtra: UInt8 { 174 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// Timestamp for image frame (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Image frame sequence
    public var seq: UInt32

    public init(timeUsec: UInt64 = 0, seq: UInt32 = 0) {
        self.timeUsec = timeUsec
        self.seq = seq
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        seq = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: seq, toByteOffset: 8, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("seq", seq)
    }
}
