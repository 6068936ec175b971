// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set a parameter value. In order to deal with message loss (and retransmission of PARAM_EXT_SET), when setting a parameter value and the new value is the same as the current value, you will immediately get a PARAM_ACK_ACCEPTED response. If the current state is PARAM_ACK_IN_PROGRESS, you will accordingly receive a PARAM_ACK_IN_PROGRESS in response.
///
/// MAVLink message `PARAM_EXT_SET` (id 323).
public struct ParamExtSet: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 323 }
    @inlinable public static var name: StaticString { "PARAM_EXT_SET" }
    @inlinable public static var crcExtra: UInt8 { 78 }
    @inlinable public static var minLength: Int { 147 }
    @inlinable public static var maxLength: Int { 147 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter value
    public var paramValue: FixedString<128>
    /// Parameter type.
    /// Values: `MAVParamExtType`.
    public var paramType: MAVParamExtType

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, paramId: FixedString<16> = FixedString(), paramValue: FixedString<128> = FixedString(), paramType: MAVParamExtType = MAVParamExtType(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.paramId = paramId
        self.paramValue = paramValue
        self.paramType = paramType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 2)
        paramValue = FixedString.load(from: _p, at: 18)
        paramType = MAVParamExtType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 146, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        paramId.store(to: _p, at: 2)
        paramValue.store(to: _p, at: 18)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramType.rawValue), toByteOffset: 146, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("param_id", paramId)
        v.visit("param_value", paramValue)
        v.visit("param_type", UInt8(truncatingIfNeeded: paramType.rawValue))
    }
}
