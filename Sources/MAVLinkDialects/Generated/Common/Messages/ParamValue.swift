// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Emit the value of a onboard parameter. The inclusion of param_count and param_index in the message allows the recipient to keep track of received parameters and allows him to re-request missing parameters after a loss or timeout. The parameter microservice is documented at https://mavlink.io/en/services/parameter.html
///
/// MAVLink message `PARAM_VALUE` (id 22).
public struct ParamValue: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 22 }
    @inlinable public static var name: StaticString { "PARAM_VALUE" }
    @inlinable public static var crcExtra: UInt8 { 220 }
    @inlinable public static var minLength: Int { 25 }
    @inlinable public static var maxLength: Int { 25 }

    /// Onboard parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Onboard parameter value
    public var paramValue: Float
    /// Onboard parameter type.
    /// Values: `MAVParamType`.
    public var paramType: MAVParamType
    /// Total number of onboard parameters
    public var paramCount: UInt16
    /// Index of this onboard parameter
    public var paramIndex: UInt16

    public init(paramId: FixedString<16> = FixedString(), paramValue: Float = 0, paramType: MAVParamType = MAVParamType(rawValue: 0), paramCount: UInt16 = 0, paramIndex: UInt16 = 0) {
        self.paramId = paramId
        self.paramValue = paramValue
        self.paramType = paramType
        self.paramCount = paramCount
        self.paramIndex = paramIndex
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramValue = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        paramCount = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        paramIndex = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        paramId = FixedString.load(from: _p, at: 8)
        paramType = MAVParamType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramValue, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: paramCount, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: paramIndex, toByteOffset: 6, as: UInt16.self)
        paramId.store(to: _p, at: 8)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: paramType.rawValue), toByteOffset: 24, as: UInt8.self)
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
