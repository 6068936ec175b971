// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// offset response to encapsulated data.
///
/// MAVLink message `CUBEPILOT_FIRMWARE_UPDATE_RESP` (id 50005).
public struct CubepilotFirmwareUpdateResp: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50005 }
    @inlinable public static var name: StaticString { "CUBEPILOT_FIRMWARE_UPDATE_RESP" }
    @inlinable public static var crcExtra: UInt8 { 152 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// FW Offset.
    /// Units: bytes.
    public var offset: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, offset: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.offset = offset
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        offset = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: offset, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("offset", offset)
    }
}
