// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The interval between messages for a particular MAVLink message ID.
/// This message is sent in response to the MAV_CMD_REQUEST_MESSAGE command with param1=244 (this message) and param2=message_id (the id of the message for which the interval is required).
/// This interface replaces DATA_STREAM.
///
/// MAVLink message `MESSAGE_INTERVAL` (id 244).
public struct MessageInterval: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 244 }
    @inlinable public static var name: StaticString { "MESSAGE_INTERVAL" }
    @inlinable public static var crcExtra: UInt8 { 95 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// The ID of the requested MAVLink message. v1.0 is limited to 254 messages.
    public var messageId: UInt16
    /// The interval between two messages. A value of -1 indicates this stream is disabled, 0 indicates it is not available, > 0 indicates the interval at which it is sent.
    /// Units: us.
    public var intervalUs: Int32

    public init(messageId: UInt16 = 0, intervalUs: Int32 = 0) {
        self.messageId = messageId
        self.intervalUs = intervalUs
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        intervalUs = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        messageId = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: intervalUs, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: messageId, toByteOffset: 4, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("message_id", messageId)
        v.visit("interval_us", intervalUs)
    }
}
