// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Time synchronization message.
/// The message is used for both timesync requests and responses.
/// The request is sent with `ts1=syncing component timestamp` and `tc1=0`, and may be broadcast or targeted to a specific system/component.
/// The response is sent with `ts1=syncing component timestamp` (mirror back unchanged), and `tc1=responding component timestamp`, with the `target_system` and `target_component` set to ids of the original request.
/// Systems can determine if they are receiving a request or response based on the value of `tc`.
/// If the response has `target_system==target_component==0` the remote system has not been updated to use the component IDs and cannot reliably timesync; the requester may report an error.
/// Timestamps are UNIX Epoch time or time since system boot in nanoseconds (the timestamp format can be inferred by checking for the magnitude of the number; generally it doesn't matter as only the offset is used).
/// The message sequence is repeated numerous times with results being filtered/averaged to estimate the offset.
/// See also: https://mavlink.io/en/services/timesync.html.
///
/// MAVLink message `TIMESYNC` (id 111).
public struct Timesync: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 111 }
    @inlinable public static var name: StaticString { "TIMESYNC" }
    @inlinable public static var crcExtra: UInt8 { 34 }
    @inlinable public static var minLength: Int { 16 }
    @inlinable public static var maxLength: Int { 18 }

    /// Time sync timestamp 1. Syncing: 0. Responding: Timestamp of responding component.
    /// Units: ns.
    public var tc1: Int64
    /// Time sync timestamp 2. Timestamp of syncing component (mirrored in response).
    /// Units: ns.
    public var ts1: Int64
    /// Target system id. Request: 0 (broadcast) or id of specific system. Response must contain system id of the requesting component.
    /// MAVLink 2 extension field.
    public var targetSystem: UInt8
    /// Target component id. Request: 0 (broadcast) or id of specific component. Response must contain component id of the requesting component.
    /// MAVLink 2 extension field.
    public var targetComponent: UInt8

    public init(tc1: Int64 = 0, ts1: Int64 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0) {
        self.tc1 = tc1
        self.ts1 = ts1
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        tc1 = _p.loadUnaligned(fromByteOffset: 0, as: Int64.self)
        ts1 = _p.loadUnaligned(fromByteOffset: 8, as: Int64.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: tc1, toByteOffset: 0, as: Int64.self)
        _p.storeBytes(of: ts1, toByteOffset: 8, as: Int64.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 17, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("tc1", tc1)
        v.visit("ts1", ts1)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
    }
}
