// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Emit the value of a parameter. The inclusion of param_count and param_index in the message allows the recipient to keep track of received parameters and allows them to re-request missing parameters after a loss or timeout.
///
/// MAVLink message `PARAM_EXT_VALUE` (id 322).
public struct ParamExtValue: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 322 }
    @inlinable public static var name: StaticString { "PARAM_EXT_VALUE" }
    @inlinable public static var crcExtra: UInt8 { 243 }
    @inlinable public static var minLength: Int { 149 }
    @inlinable public static var maxLength: Int { 149 }

    /// Parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter value
    public var paramValue: FixedString<128>
    /// Parameter type.
    /// Values: `MAVParamExtType`.
    public var paramType: MAVParamExtType
    /// Total number of parameters
    public var paramCount: UInt16
    /// Index of this parameter
    public var paramIndex: UInt16

    public init(paramId: FixedString<16> = FixedString(), paramValue: FixedString<128> = FixedString(), paramType: MAVParamExtType = MAVParamExtType(rawValue: 0), paramCount: UInt16 = 0, paramIndex: UInt16 = 0) {
        self.paramId = paramId
        self.paramValue = paramValue
        self.paramType = paramType
        self.paramCount = paramCount
        self.paramIndex = paramIndex
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramCount = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        paramIndex = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        paramId = FixedString.load(from: _p, at: 4)
        paramValue = FixedString.load(from: _p, at: 20)
        paramType = MAVParamExtType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 148, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramCount, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: paramIndex, toByteOffset: 2, as: UInt16.self)
        paramId.store(to: _p, at: 4)
        paramValue.store(to: _p, at: 20)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramType.rawValue), toByteOffset: 148, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("param_id", paramId)
        v.visit("param_value", paramValue)
        v.visit("param_type", UInt8(truncatingIfNeeded: paramType.rawValue))
        v.visit("param_count", paramCount)
        v.visit("param_index", paramIndex)
    }
}
