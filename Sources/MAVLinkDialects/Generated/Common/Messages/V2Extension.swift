// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message implementing parts of the V2 payload specs in V1 frames for transitional support.
///
/// MAVLink message `V2_EXTENSION` (id 248).
public struct V2Extension: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 248 }
    @inlinable public static var name: StaticString { "V2_EXTENSION" }
    @inlinable public static var crcExtra: UInt8 { 8 }
    @inlinable public static var minLength: Int { 254 }
    @inlinable public static var maxLength: Int { 254 }

    /// Network ID (0 for broadcast)
    public var targetNetwork: UInt8
    /// System ID (0 for broadcast)
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast)
    public var targetComponent: UInt8
    /// A code that identifies the software component that understands this message (analogous to USB device classes or mime type strings). If this code is less than 32768, it is considered a 'registered' protocol extension and the corresponding entry should be added to https://github.com/mavlink/mavlink/definition_files/extension_message_ids.xml. Software creators can register blocks of message IDs as needed (useful for GCS specific metadata, etc...). Message_types greater than 32767 are considered local experiments and should not be checked in to any widely distributed codebase.
    public var messageType: UInt16
    /// Variable length payload. The length must be encoded in the payload as part of the message_type protocol, e.g. by including the length as payload data, or by terminating the payload data with a non-zero marker. This is required in order to reconstruct zero-terminated payloads that are (or otherwise would be) trimmed by MAVLink 2 empty-byte truncation. The entire content of the payload block is opaque unless you understand the encoding message_type. The particular encoding used can be extension specific and might not always be documented as part of the MAVLink specification.
    public var payload: FixedArray<249, UInt8>

    public init(targetNetwork: UInt8 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, messageType: UInt16 = 0, payload: FixedArray<249, UInt8> = FixedArray(repeating: 0)) {
        self.targetNetwork = targetNetwork
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.messageType = messageType
        self.payload = payload
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        messageType = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetNetwork = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        payload = FixedArray.load(from: _p, at: 5)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: messageType, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetNetwork, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 4, as: UInt8.self)
        payload.store(to: _p, at: 5)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_network", targetNetwork)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("message_type", messageType)
        v.visit("payload", payload)
    }
}
