// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Response from a GOPRO_COMMAND get request.
///
/// MAVLink message `GOPRO_GET_RESPONSE` (id 217).
public struct GoproGetResponse: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 217 }
    @inlinable public static var name: StaticString { "GOPRO_GET_RESPONSE" }
    @inlinable public static var crcExtra: UInt8 { 202 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// Command ID.
    /// Values: `GoproCommand`.
    public var cmdId: GoproCommand
    /// Status.
    /// Values: `GoproRequestStatus`.
    public var status: GoproRequestStatus
    /// Value.
    public var value: FixedArray<4, UInt8>

    public init(cmdId: GoproCommand = GoproCommand(rawValue: 0), status: GoproRequestStatus = GoproRequestStatus(rawValue: 0), value: FixedArray<4, UInt8> = FixedArray(repeating: 0)) {
        self.cmdId = cmdId
        self.status = status
        self.value = value
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        cmdId = GoproCommand(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        status = GoproRequestStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)))
        value = FixedArray.load(from: _p, at: 2)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: cmdId.rawValue), toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 1, as: UInt8.self)
        value.store(to: _p, at: 2)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("cmd_id", UInt8(truncatingIfNeeded: cmdId.rawValue))
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("value", value)
    }
}
