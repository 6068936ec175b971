// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reply from secure command.
///
/// MAVLink message `SECURE_COMMAND_REPLY` (id 11005).
public struct SecureCommandReply: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11005 }
    @inlinable public static var name: StaticString { "SECURE_COMMAND_REPLY" }
    @inlinable public static var crcExtra: UInt8 { 93 }
    @inlinable public static var minLength: Int { 230 }
    @inlinable public static var maxLength: Int { 230 }

    /// Sequence ID from request.
    public var sequence: UInt32
    /// Operation that was requested.
    /// Values: `SecureCommandOp`.
    public var operation: SecureCommandOp
    /// Result of command.
    /// Values: `MAVResult`.
    public var result: MAVResult
    /// Data length.
    public var dataLength: UInt8
    /// Reply data.
    public var data: FixedArray<220, UInt8>

    public init(sequence: UInt32 = 0, operation: SecureCommandOp = SecureCommandOp(rawValue: 0), result: MAVResult = MAVResult(rawValue: 0), dataLength: UInt8 = 0, data: FixedArray<220, UInt8> = FixedArray(repeating: 0)) {
        self.sequence = sequence
        self.operation = operation
        self.result = result
        self.dataLength = dataLength
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        operation = SecureCommandOp(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        result = MAVResult(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)))
        dataLength = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 10)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: operation.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: result.rawValue), toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: dataLength, toByteOffset: 9, as: UInt8.self)
        data.store(to: _p, at: 10)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("sequence", sequence)
        v.visit("operation", UInt32(truncatingIfNeeded: operation.rawValue))
        v.visit("result", UInt8(truncatingIfNeeded: result.rawValue))
        v.visit("data_length", dataLength)
        v.visit("data", data)
    }
}
