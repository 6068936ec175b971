// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Provides state for additional features
///
/// MAVLink message `EXTENDED_SYS_STATE` (id 245).
public struct ExtendedSysState: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 245 }
    @inlinable public static var name: StaticString { "EXTENDED_SYS_STATE" }
    @inlinable public static var crcExtra: UInt8 { 130 }
    @inlinable public static var minLength: Int { 2 }
    @inlinable public static var maxLength: Int { 2 }

    /// The VTOL state if applicable. Is set to MAV_VTOL_STATE_UNDEFINED if UAV is not in VTOL configuration.
    /// Values: `MAVVtolState`.
    public var vtolState: MAVVtolState
    /// The landed state. Is set to MAV_LANDED_STATE_UNDEFINED if landed state is unknown.
    /// Values: `MAVLandedState`.
    public var landedState: MAVLandedState

    public init(vtolState: MAVVtolState = MAVVtolState(rawValue: 0), landedState: MAVLandedState = MAVLandedState(rawValue: 0)) {
        self.vtolState = vtolState
        self.landedState = landedState
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        vtolState = MAVVtolState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        landedState = MAVLandedState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: vtolState.rawValue), toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: landedState.rawValue), toByteOffset: 1, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("vtol_state", UInt8(truncatingIfNeeded: vtolState.rawValue))
        v.visit("landed_state", UInt8(truncatingIfNeeded: landedState.rawValue))
    }
}
