// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set a parameter value (write new value to permanent storage).
/// The receiving component should acknowledge the new parameter value by broadcasting a PARAM_VALUE message (broadcasting ensures that multiple GCS all have an up-to-date list of all parameters). If the sending GCS did not receive a PARAM_VALUE within its timeout time, it should re-send the PARAM_SET message. The parameter microservice is documented at https://mavlink.io/en/services/parameter.html.
///
/// MAVLink message `PARAM_SET` (id 23).
public struct ParamSet: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 23 }
    @inlinable public static var name: StaticString { "PARAM_SET" }
    @inlinable public static var crcExtra: UInt8 { 168 }
    @inlinable public static var minLength: Int { 23 }
    @inlinable public static var maxLength: Int { 23 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Onboard parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Onboard parameter value
    public var paramValue: Float
    /// Onboard parameter type.
    /// Values: `MAVParamType`.
    public var paramType: MAVParamType

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, paramId: FixedString<16> = FixedString(), paramValue: Float = 0, paramType: MAVParamType = MAVParamType(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.paramId = paramId
        self.paramValue = paramValue
        self.paramType = paramType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramValue = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 6)
        paramType = MAVParamType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramValue, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        paramId.store(to: _p, at: 6)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramType.rawValue), toByteOffset: 22, as: UInt8.self)
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
