// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a data stream.
///
/// MAVLink message `REQUEST_DATA_STREAM` (id 66).
public struct RequestDataStream: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 66 }
    @inlinable public static var name: StaticString { "REQUEST_DATA_STREAM" }
    @inlinable public static var crcExtra: UInt8 { 148 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// The target requested to send the message stream.
    public var targetSystem: UInt8
    /// The target requested to send the message stream.
    public var targetComponent: UInt8
    /// The ID of the requested data stream.
    /// Values: `MAVDataStream`.
    public var reqStreamId: MAVDataStream
    /// The requested message rate
    /// Units: Hz.
    public var reqMessageRate: UInt16
    /// 1 to start sending, 0 to stop sending.
    public var startStop: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, reqStreamId: MAVDataStream = MAVDataStream(rawValue: 0), reqMessageRate: UInt16 = 0, startStop: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.reqStreamId = reqStreamId
        self.reqMessageRate = reqMessageRate
        self.startStop = startStop
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        reqMessageRate = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        reqStreamId = MAVDataStream(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
        startStop = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: reqMessageRate, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: reqStreamId.rawValue), toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: startStop, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("req_stream_id", UInt8(truncatingIfNeeded: reqStreamId.rawValue))
        v.visit("req_message_rate", reqMessageRate)
        v.visit("start_stop", startStop)
    }
}
