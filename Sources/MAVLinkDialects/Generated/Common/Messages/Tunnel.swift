// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message for transporting "arbitrary" variable-length data from one component to another (broadcast is not forbidden, but discouraged). The encoding of the data is usually extension specific, i.e. determined by the source, and is usually not documented as part of the MAVLink specification.
///
/// MAVLink message `TUNNEL` (id 385).
public struct Tunnel: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 385 }
    @inlinable public static var name: StaticString { "TUNNEL" }
    @inlinable public static var crcExtra: UInt8 { 147 }
    @inlinable public static var minLength: Int { 133 }
    @inlinable public static var maxLength: Int { 133 }

    /// System ID (can be 0 for broadcast, but this is discouraged)
    public var targetSystem: UInt8
    /// Component ID (can be 0 for broadcast, but this is discouraged)
    public var targetComponent: UInt8
    /// A code that identifies the content of the payload (0 for unknown, which is the default). If this code is less than 32768, it is a 'registered' payload type and the corresponding code should be added to the MAV_TUNNEL_PAYLOAD_TYPE enum. Software creators can register blocks of types as needed. Codes greater than 32767 are considered local experiments and should not be checked in to any widely distributed codebase.
    /// Values: `MAVTunnelPayloadType`.
    public var payloadType: MAVTunnelPayloadType
    /// Length of the data transported in payload
    public var payloadLength: UInt8
    /// Variable length payload. The payload length is defined by payload_length. The entire content of this block is opaque unless you understand the encoding specified by payload_type.
    public var payload: FixedArray<128, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, payloadType: MAVTunnelPayloadType = MAVTunnelPayloadType(rawValue: 0), payloadLength: UInt8 = 0, payload: FixedArray<128, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.payloadType = payloadType
        self.payloadLength = payloadLength
        self.payload = payload
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        payloadType = MAVTunnelPayloadType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        payloadLength = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        payload = FixedArray.load(from: _p, at: 5)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt16(truncatingIfNeeded: payloadType.rawValue), toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: payloadLength, toByteOffset: 4, as: UInt8.self)
        payload.store(to: _p, at: 5)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("payload_type", UInt16(truncatingIfNeeded: payloadType.rawValue))
        v.visit("payload_length", payloadLength)
        v.visit("payload", payload)
    }
}
