// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Read configured OSD parameter reply.
///
/// MAVLink message `OSD_PARAM_SHOW_CONFIG_REPLY` (id 11036).
public struct OsdParamShowConfigReply: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11036 }
    @inlinable public static var name: StaticString { "OSD_PARAM_SHOW_CONFIG_REPLY" }
    @inlinable public static var crcExtra: UInt8 { 177 }
    @inlinable public static var minLength: Int { 34 }
    @inlinable public static var maxLength: Int { 34 }

    /// Request ID - copied from request.
    public var requestId: UInt32
    /// Config error type.
    /// Values: `OsdParamConfigError`.
    public var result: OsdParamConfigError
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

    public init(requestId: UInt32 = 0, result: OsdParamConfigError = OsdParamConfigError(rawValue: 0), paramId: FixedString<16> = FixedString(), configType: OsdParamConfigType = OsdParamConfigType(rawValue: 0), minValue: Float = 0, maxValue: Float = 0, increment: Float = 0) {
        self.requestId = requestId
        self.result = result
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
        result = OsdParamConfigError(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)))
        paramId = FixedString.load(from: _p, at: 17)
        configType = OsdParamConfigType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: minValue, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: maxValue, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: increment, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: result.rawValue), toByteOffset: 16, as: UInt8.self)
        paramId.store(to: _p, at: 17)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: configType.rawValue), toByteOffset: 33, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("request_id", requestId)
        v.visit("result", UInt8(truncatingIfNeeded: result.rawValue))
        v.visit("param_id", paramId)
        v.visit("config_type", UInt8(truncatingIfNeeded: configType.rawValue))
        v.visit("min_value", minValue)
        v.visit("max_value", maxValue)
        v.visit("increment", increment)
    }
}
