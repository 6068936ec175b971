// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Read a configured an OSD parameter slot.
///
/// MAVLink message `OSD_PARAM_SHOW_CONFIG` (id 11035).
public struct OsdParamShowConfig: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11035 }
    @inlinable public static var name: StaticString { "OSD_PARAM_SHOW_CONFIG" }
    @inlinable public static var crcExtra: UInt8 { 128 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Request ID - copied to reply.
    public var requestId: UInt32
    /// OSD parameter screen index.
    public var osdScreen: UInt8
    /// OSD parameter display index.
    public var osdIndex: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, requestId: UInt32 = 0, osdScreen: UInt8 = 0, osdIndex: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.requestId = requestId
        self.osdScreen = osdScreen
        self.osdIndex = osdIndex
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        osdScreen = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        osdIndex = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: osdScreen, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: osdIndex, toByteOffset: 7, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("request_id", requestId)
        v.visit("osd_screen", osdScreen)
        v.visit("osd_index", osdIndex)
    }
}
