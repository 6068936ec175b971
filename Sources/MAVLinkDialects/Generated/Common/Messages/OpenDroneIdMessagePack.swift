// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// An OpenDroneID message pack is a container for multiple encoded OpenDroneID messages (i.e. not in the format given for the above message descriptions but after encoding into the compressed OpenDroneID byte format). Used e.g. when transmitting on Bluetooth 5.0 Long Range/Extended Advertising or on WiFi Neighbor Aware Networking or on WiFi Beacon.
///
/// MAVLink message `OPEN_DRONE_ID_MESSAGE_PACK` (id 12915).
public struct OpenDroneIdMessagePack: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12915 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_MESSAGE_PACK" }
    @inlinable public static var crcExtra: UInt8 { 94 }
    @inlinable public static var minLength: Int { 249 }
    @inlinable public static var maxLength: Int { 249 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// This field must currently always be equal to 25 (bytes), since all encoded OpenDroneID messages are specified to have this length.
    /// Units: bytes.
    public var singleMessageSize: UInt8
    /// Number of encoded messages in the pack (not the number of bytes). Allowed range is 1 - 9.
    public var msgPackSize: UInt8
    /// Concatenation of encoded OpenDroneID messages. Shall be filled with nulls in the unused portion of the field.
    public var messages: FixedArray<225, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), singleMessageSize: UInt8 = 0, msgPackSize: UInt8 = 0, messages: FixedArray<225, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.singleMessageSize = singleMessageSize
        self.msgPackSize = msgPackSize
        self.messages = messages
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 2)
        singleMessageSize = _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)
        msgPackSize = _p.loadUnaligned(fromByteOffset: 23, as: UInt8.self)
        messages = FixedArray.load(from: _p, at: 24)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        idOrMac.store(to: _p, at: 2)
        _p.storeBytes(of: singleMessageSize, toByteOffset: 22, as: UInt8.self)
        _p.storeBytes(of: msgPackSize, toByteOffset: 23, as: UInt8.self)
        messages.store(to: _p, at: 24)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("single_message_size", singleMessageSize)
        v.visit("msg_pack_size", msgPackSize)
        v.visit("messages", messages)
    }
}
