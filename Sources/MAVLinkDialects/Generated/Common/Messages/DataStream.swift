// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data stream status information.
///
/// MAVLink message `DATA_STREAM` (id 67).
public struct DataStream: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 67 }
    @inlinable public static var name: StaticString { "DATA_STREAM" }
    @inlinable public static var crcExtra: UInt8 { 21 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// The ID of the requested data stream.
    /// Values: `MAVDataStream`.
    public var streamId: MAVDataStream
    /// The message rate
    /// Units: Hz.
    public var messageRate: UInt16
    /// 1 stream is enabled, 0 stream is stopped.
    public var onOff: UInt8

    public init(streamId: MAVDataStream = MAVDataStream(rawValue: 0), messageRate: UInt16 = 0, onOff: UInt8 = 0) {
        self.streamId = streamId
        self.messageRate = messageRate
        self.onOff = onOff
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        messageRate = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        streamId = MAVDataStream(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
        onOff = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: messageRate, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: streamId.rawValue), toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: onOff, toByteOffset: 3, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("stream_id", UInt8(truncatingIfNeeded: streamId.rawValue))
        v.visit("message_rate", messageRate)
        v.visit("on_off", onOff)
    }
}
