// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request to read the onboard parameter with the param_id string id. Onboard parameters are stored as key[const char*] -> value[float]. This allows to send a parameter to any other component (such as the GCS) without the need of previous knowledge of possible parameter names. Thus the same GCS can store different parameters for different autopilots. See also https://mavlink.io/en/services/parameter.html for a full documentation of QGroundControl and IMU code.
///
/// MAVLink message `PARAM_REQUEST_READ` (id 20).
public struct ParamRequestRead: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 20 }
    @inlinable public static var name: StaticString { "PARAM_REQUEST_READ" }
    @inlinable public static var crcExtra: UInt8 { 214 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 20 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Onboard parameter id, terminated by NULL if the length is less than 16 human-readable chars and WITHOUT null termination (NULL) byte if the length is exactly 16 chars - applications have to provide 16+1 bytes storage if the ID is stored as string
    public var paramId: FixedString<16>
    /// Parameter index. Send -1 to use the param ID field as identifier (else the param id will be ignored)
    public var paramIndex: Int16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, paramId: FixedString<16> = FixedString(), paramIndex: Int16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.paramId = paramId
        self.paramIndex = paramIndex
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        paramIndex = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        paramId = FixedString.load(from: _p, at: 4)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: paramIndex, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        paramId.store(to: _p, at: 4)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("param_id", paramId)
        v.visit("param_index", paramIndex)
    }
}
