// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Heartbeat from a HeroBus attached GoPro.
///
/// MAVLink message `GOPRO_HEARTBEAT` (id 215).
public struct GoproHeartbeat: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 215 }
    @inlinable public static var name: StaticString { "GOPRO_HEARTBEAT" }
    @inlinable public static var crcExtra: UInt8 { 101 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// Status.
    /// Values: `GoproHeartbeatStatus`.
    public var status: GoproHeartbeatStatus
    /// Current capture mode.
    /// Values: `GoproCaptureMode`.
    public var captureMode: GoproCaptureMode
    /// Additional status bits.
    /// Values: `GoproHeartbeatFlags`.
    public var flags: GoproHeartbeatFlags

    public init(status: GoproHeartbeatStatus = GoproHeartbeatStatus(rawValue: 0), captureMode: GoproCaptureMode = GoproCaptureMode(rawValue: 0), flags: GoproHeartbeatFlags = GoproHeartbeatFlags(rawValue: 0)) {
        self.status = status
        self.captureMode = captureMode
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        status = GoproHeartbeatStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        captureMode = GoproCaptureMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)))
        flags = GoproHeartbeatFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: captureMode.rawValue), toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("capture_mode", UInt8(truncatingIfNeeded: captureMode.rawValue))
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
    }
}
