// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a secure command. Data should be signed with a private key corresponding with a public key known to the recipient. Signature should be over the concatenation of the sequence number (little-endian format), the operation (little-endian format) the data and the session key. For SECURE_COMMAND_GET_SESSION_KEY the session key should be zero length. The data array consists of the data followed by the signature. The sum of the data_length and the sig_length cannot be more than 220. The format of the data is command specific.
///
/// MAVLink message `SECURE_COMMAND` (id 11004).
public struct SecureCommand: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11004 }
    @inlinable public static var name: StaticString { "SECURE_COMMAND" }
    @inlinable public static var crcExtra: UInt8 { 11 }
    @inlinable public static var minLength: Int { 232 }
    @inlinable public static var maxLength: Int { 232 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Sequence ID for tagging reply.
    public var sequence: UInt32
    /// Operation being requested.
    /// Values: `SecureCommandOp`.
    public var operation: SecureCommandOp
    /// Data length.
    public var dataLength: UInt8
    /// Signature length.
    public var sigLength: UInt8
    /// Signed data.
    public var data: FixedArray<220, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, sequence: UInt32 = 0, operation: SecureCommandOp = SecureCommandOp(rawValue: 0), dataLength: UInt8 = 0, sigLength: UInt8 = 0, data: FixedArray<220, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.sequence = sequence
        self.operation = operation
        self.dataLength = dataLength
        self.sigLength = sigLength
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        operation = SecureCommandOp(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        dataLength = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        sigLength = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 12)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: operation.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: dataLength, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: sigLength, toByteOffset: 11, as: UInt8.self)
        data.store(to: _p, at: 12)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("sequence", sequence)
        v.visit("operation", UInt32(truncatingIfNeeded: operation.rawValue))
        v.visit("data_length", dataLength)
        v.visit("sig_length", sigLength)
        v.visit("data", data)
    }
}
