// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Accept / deny control of this MAV
///
/// MAVLink message `CHANGE_OPERATOR_CONTROL_ACK` (id 6).
public struct ChangeOperatorControlAck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 6 }
    @inlinable public static var name: StaticString { "CHANGE_OPERATOR_CONTROL_ACK" }
    @inlinable public static var crcExtra: UInt8 { 104 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// ID of the GCS this message
    public var gcsSystemId: UInt8
    /// 0: request control of this MAV, 1: Release control of this MAV
    public var controlRequest: UInt8
    /// 0: ACK, 1: NACK: Wrong passkey, 2: NACK: Unsupported passkey encryption method, 3: NACK: Already under control
    public var ack: UInt8

    public init(gcsSystemId: UInt8 = 0, controlRequest: UInt8 = 0, ack: UInt8 = 0) {
        self.gcsSystemId = gcsSystemId
        self.controlRequest = controlRequest
        self.ack = ack
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        gcsSystemId = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        controlRequest = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        ack = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: gcsSystemId, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: controlRequest, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: ack, toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("gcs_system_id", gcsSystemId)
        v.visit("control_request", controlRequest)
        v.visit("ack", ack)
    }
}
