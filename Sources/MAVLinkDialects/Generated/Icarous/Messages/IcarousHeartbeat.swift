// Generated from icarous.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ICAROUS heartbeat
///
/// MAVLink message `ICAROUS_HEARTBEAT` (id 42000).
public struct IcarousHeartbeat: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 42000 }
    @inlinable public static var name: StaticString { "ICAROUS_HEARTBEAT" }
    @inlinable public static var crcExtra: UInt8 { 227 }
    @inlinable public static var minLength: Int { 1 }
    @inlinable public static var maxLength: Int { 1 }

    /// See the FMS_STATE enum.
    /// Values: `IcarousFmsState`.
    public var status: IcarousFmsState

    public init(status: IcarousFmsState = IcarousFmsState(rawValue: 0)) {
        self.status = status
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        status = IcarousFmsState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 0, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
    }
}
