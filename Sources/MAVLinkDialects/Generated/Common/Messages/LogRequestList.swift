// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a list of available logs.
/// On some systems calling this may stop on-board logging until LOG_REQUEST_END is called.
/// If there are no log files available this request shall be answered with one LOG_ENTRY message with id = 0 and num_logs = 0.
/// LOG_ENTRY messages can start with id 1 or 0.
/// The ground station needs to be able to process either.
///
/// MAVLink message `LOG_REQUEST_LIST` (id 117).
public struct LogRequestList: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 117 }
    @inlinable public static var name: StaticString { "LOG_REQUEST_LIST" }
    @inlinable public static var crcExtra: UInt8 { 128 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// First log id (0 for first available)
    public var start: UInt16
    /// Last log id (0xffff for last available)
    public var end: UInt16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, start: UInt16 = 0, end: UInt16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.start = start
        self.end = end
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        start = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        end = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: start, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: end, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("start", start)
        v.visit("end", end)
    }
}
