// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// General status information of an UAVCAN node. Please refer to the definition of the UAVCAN message "uavcan.protocol.NodeStatus" for the background information. The UAVCAN specification is available at http://uavcan.org.
///
/// MAVLink message `UAVCAN_NODE_STATUS` (id 310).
public struct UavcanNodeStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 310 }
    @inlinable public static var name: StaticString { "UAVCAN_NODE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 28 }
    @inlinable public static var minLength: Int { 17 }
    @inlinable public static var maxLength: Int { 17 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Time since the start-up of the node.
    /// Units: s.
    public var uptimeSec: UInt32
    /// Generalized node health status.
    /// Values: `UavcanNodeHealth`.
    public var health: UavcanNodeHealth
    /// Generalized operating mode.
    /// Values: `UavcanNodeMode`.
    public var mode: UavcanNodeMode
    /// Not used currently.
    public var subMode: UInt8
    /// Vendor-specific status information.
    public var vendorSpecificStatusCode: UInt16

    public init(timeUsec: UInt64 = 0, uptimeSec: UInt32 = 0, health: UavcanNodeHealth = UavcanNodeHealth(rawValue: 0), mode: UavcanNodeMode = UavcanNodeMode(rawValue: 0), subMode: UInt8 = 0, vendorSpecificStatusCode: UInt16 = 0) {
        self.timeUsec = timeUsec
        self.uptimeSec = uptimeSec
        self.health = health
        self.mode = mode
        self.subMode = subMode
        self.vendorSpecificStatusCode = vendorSpecificStatusCode
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        uptimeSec = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        vendorSpecificStatusCode = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        health = UavcanNodeHealth(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)))
        mode = UavcanNodeMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 15, as: UInt8.self)))
        subMode = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: uptimeSec, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: vendorSpecificStatusCode, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: health.rawValue), toByteOffset: 14, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mode.rawValue), toByteOffset: 15, as: UInt8.self)
        _p.storeBytes(of: subMode, toByteOffset: 16, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("uptime_sec", uptimeSec)
        v.visit("health", UInt8(truncatingIfNeeded: health.rawValue))
        v.visit("mode", UInt8(truncatingIfNeeded: mode.rawValue))
        v.visit("sub_mode", subMode)
        v.visit("vendor_specific_status_code", vendorSpecificStatusCode)
    }
}
