// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Response from a PARAM_EXT_SET message.
///
/// MAVLink message `PARAM_EXT_ACK` (id 324).
public struct ParamExtAck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 324 }
    @inlinable public static var name: StaticString { "PARAM_EXT_ACK" }
    @inlinable public static var crcExtra: UInt8 { 132 }
    @inlinable public static var minLength: Int { 146 }
    @inlinable public static var maxLength: Int { 146 }

    /// Parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter value (new value if PARAM_ACK_ACCEPTED, current value otherwise)
    public var paramValue: FixedString<128>
    /// Parameter type.
    /// Values: `MAVParamExtType`.
    public var paramType: MAVParamExtType
    /// Result code.
    /// Values: `ParamAck`.
    public var paramResult: ParamAck

    public init(paramId: FixedString<16> = FixedString(), paramValue: FixedString<128> = FixedString(), paramType: MAVParamExtType = MAVParamExtType(rawValue: 0), paramResult: ParamAck = ParamAck(rawValue: 0)) {
        self.paramId = paramId
        self.paramValue = paramValue
        self.paramType = paramType
        self.paramResult = paramResult
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramId = FixedString.load(from: _p, at: 0)
        paramValue = FixedString.load(from: _p, at: 16)
        paramType = MAVParamExtType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 144, as: UInt8.self)))
        paramResult = ParamAck(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 145, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        paramId.store(to: _p, at: 0)
        paramValue.store(to: _p, at: 16)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramType.rawValue), toByteOffset: 144, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramResult.rawValue), toByteOffset: 145, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("param_id", paramId)
        v.visit("param_value", paramValue)
        v.visit("param_type", UInt8(truncatingIfNeeded: paramType.rawValue))
        v.visit("param_result", UInt8(truncatingIfNeeded: paramResult.rawValue))
    }
}
