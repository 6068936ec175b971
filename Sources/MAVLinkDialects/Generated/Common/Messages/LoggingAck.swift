// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// An ack for a LOGGING_DATA_ACKED message
///
/// MAVLink message `LOGGING_ACK` (id 268).
public struct LoggingAck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 268 }
    @inlinable public static var name: StaticString { "LOGGING_ACK" }
    @inlinable public static var crcExtra: UInt8 { 14 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// system ID of the target
    public var targetSystem: UInt8
    /// component ID of the target
    public var targetComponent: UInt8
    /// sequence number (must match the one in LOGGING_DATA_ACKED)
    public var sequence: UInt16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, sequence: UInt16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.sequence = sequence
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("sequence", sequence)
    }
}
