// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a GOPRO_COMMAND response from the GoPro.
///
/// MAVLink message `GOPRO_GET_REQUEST` (id 216).
public struct GoproGetRequest: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 216 }
    @inlinable public static var name: StaticString { "GOPRO_GET_REQUEST" }
    @inlinable public static var crcExtra: UInt8 { 50 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Command ID.
    /// Values: `GoproCommand`.
    public var cmdId: GoproCommand

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, cmdId: GoproCommand = GoproCommand(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.cmdId = cmdId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        cmdId = GoproCommand(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: cmdId.rawValue), toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("cmd_id", UInt8(truncatingIfNeeded: cmdId.rawValue))
    }
}
