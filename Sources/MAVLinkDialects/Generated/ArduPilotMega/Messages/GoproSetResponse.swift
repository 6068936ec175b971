// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Response from a GOPRO_COMMAND set request.
///
/// MAVLink message `GOPRO_SET_RESPONSE` (id 219).
public struct GoproSetResponse: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 219 }
    @inlinable public static var name: StaticString { "GOPRO_SET_RESPONSE" }
    @inlinable public static var crcExtra: UInt8 { 162 }
    @inlinable public static var minLength: Int { 2 }
    @inlinable public static var maxLength: Int { 2 }

    /// Command ID.
    /// Values: `GoproCommand`.
    public var cmdId: GoproCommand
    /// Status.
    /// Values: `GoproRequestStatus`.
    public var status: GoproRequestStatus

    public init(cmdId: GoproCommand = GoproCommand(rawValue: 0), status: GoproRequestStatus = GoproRequestStatus(rawValue: 0)) {
        self.cmdId = cmdId
        self.status = status
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        cmdId = GoproCommand(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        status = GoproRequestStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: cmdId.rawValue), toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 1, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("cmd_id", UInt8(truncatingIfNeeded: cmdId.rawValue))
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
    }
}
