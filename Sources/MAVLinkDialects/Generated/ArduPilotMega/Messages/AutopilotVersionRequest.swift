// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request the autopilot version from the system/component.
///
/// MAVLink message `AUTOPILOT_VERSION_REQUEST` (id 183).
public struct AutopilotVersionRequest: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 183 }
    @inlinable public static var name: StaticString { "AUTOPILOT_VERSION_REQUEST" }
    @inlinable public static var crcExtra: UInt8 { 85 }
    @inlinable public static var minLength: Int { 2 }
    @inlinable public static var maxLength: Int { 2 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
    }
}
