// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Configure an OSD parameter slot.
///
/// MAVLink message `OSD_PARAM_CONFIG` (id 11033).
public struct OsdParamConfig: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11033 }
    @inlinable public static var name: StaticString { "OSD_PARAM_CONFIG" }
    @inlinable public static var crcExtra: UInt8 { 195 }
    @inlinable public static var minLength: Int { 37 }
    @inlinable public static var maxLength: Int { 37 }

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
    /// Onboard parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Config type.
    /// Values: `OsdParamConfigType`.
    public var configType: OsdParamConfigType
    /// OSD parameter minimum value.
    public var minValue: Float
    /// OSD parameter maximum value.
    public var maxValue: Float
    /// OSD parameter increment.
    public var increment: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, requestId: UInt32 = 0, osdScreen: UInt8 = 0, osdIndex: UInt8 = 0, paramId: FixedString<16> = FixedString(), configType: OsdParamConfigType = OsdParamConfigType(rawValue: 0), minValue: Float = 0, maxValue: Float = 0, increment: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.requestId = requestId
        self.osdScreen = osdScreen
        self.osdIndex = osdIndex
        self.paramId = paramId
        self.configType = configType
        self.minValue = minValue
        self.maxValue = maxValue
        self.increment = increment
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        minValue = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        maxValue = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        increment = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
        osdScreen = _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)
        osdIndex = _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 20)
        configType = OsdParamConfigType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: minValue, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: maxValue, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: increment, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: osdScreen, toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: osdIndex, toByteOffset: 19, as: UInt8.self)
        paramId.store(to: _p, at: 20)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: configType.rawValue), toByteOffset: 36, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("request_id", requestId)
        v.visit("osd_screen", osdScreen)
        v.visit("osd_index", osdIndex)
        v.visit("param_id", paramId)
        v.visit("config_type", UInt8(truncatingIfNeeded: configType.rawValue))
        v.visit("min_value", minValue)
        v.visit("max_value", maxValue)
        v.visit("increment", increment)
    }
}
