// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Parameter set/get error. Returned from a MAVLink node in response to an error in the parameter protocol, for example failing to set a parameter because it does not exist.
///
/// MAVLink message `PARAM_ERROR` (id 345).
public struct ParamError: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 345 }
    @inlinable public static var name: StaticString { "PARAM_ERROR" }
    @inlinable public static var crcExtra: UInt8 { 209 }
    @inlinable public static var minLength: Int { 21 }
    @inlinable public static var maxLength: Int { 21 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Parameter id. Terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter index. Will be -1 if the param ID field should be used as an identifier (else the param id will be ignored)
    public var paramIndex: Int16
    /// Error being returned to client.
    /// Values: `MAVParamError`.
    public var error: MAVParamError

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, paramId: FixedString<16> = FixedString(), paramIndex: Int16 = 0, error: MAVParamError = MAVParamError(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.paramId = paramId
        self.paramIndex = paramIndex
        self.error = error
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramIndex = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 4)
        error = MAVParamError(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramIndex, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        paramId.store(to: _p, at: 4)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: error.rawValue), toByteOffset: 20, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("param_id", paramId)
        v.visit("param_index", paramIndex)
        v.visit("error", UInt8(truncatingIfNeeded: error.rawValue))
    }
}
