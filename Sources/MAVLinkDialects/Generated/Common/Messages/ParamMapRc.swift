// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Bind a RC channel to a parameter. The parameter should change according to the RC channel value.
///
/// MAVLink message `PARAM_MAP_RC` (id 50).
public struct ParamMapRc: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50 }
    @inlinable public static var name: StaticString { "PARAM_MAP_RC" }
    @inlinable public static var crcExtra: UInt8 { 78 }
    @inlinable public static var minLength: Int { 37 }
    @inlinable public static var maxLength: Int { 37 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Onboard parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter index. Send -1 to use the param ID field as identifier (else the param id will be ignored), send -2 to disable any existing map for this rc_channel_index.
    public var paramIndex: Int16
    /// Index of parameter RC channel. Not equal to the RC channel id. Typically corresponds to a potentiometer-knob on the RC.
    public var parameterRcChannelIndex: UInt8
    /// Initial parameter value
    public var paramValue0: Float
    /// Scale, maps the RC range [-1, 1] to a parameter value
    public var scale: Float
    /// Minimum param value. The protocol does not define if this overwrites an onboard minimum value. (Depends on implementation)
    public var paramValueMin: Float
    /// Maximum param value. The protocol does not define if this overwrites an onboard maximum value. (Depends on implementation)
    public var paramValueMax: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, paramId: FixedString<16> = FixedString(), paramIndex: Int16 = 0, parameterRcChannelIndex: UInt8 = 0, paramValue0: Float = 0, scale: Float = 0, paramValueMin: Float = 0, paramValueMax: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.paramId = paramId
        self.paramIndex = paramIndex
        self.parameterRcChannelIndex = parameterRcChannelIndex
        self.paramValue0 = paramValue0
        self.scale = scale
        self.paramValueMin = paramValueMin
        self.paramValueMax = paramValueMax
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramValue0 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        scale = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        paramValueMin = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        paramValueMax = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        paramIndex = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 20)
        parameterRcChannelIndex = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramValue0, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: scale, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: paramValueMin, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: paramValueMax, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: paramIndex, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 19, as: UInt8.self)
        paramId.store(to: _p, at: 20)
        _p.storeBytes(of: parameterRcChannelIndex, toByteOffset: 36, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("param_id", paramId)
        v.visit("param_index", paramIndex)
        v.visit("parameter_rc_channel_index", parameterRcChannelIndex)
        v.visit("param_value0", paramValue0)
        v.visit("scale", scale)
        v.visit("param_value_min", paramValueMin)
        v.visit("param_value_max", paramValueMax)
    }
}
