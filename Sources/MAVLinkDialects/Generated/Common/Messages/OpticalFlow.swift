// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Optical flow from a flow sensor (e.g. optical mouse sensor)
///
/// MAVLink message `OPTICAL_FLOW` (id 100).
public struct OpticalFlow: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 100 }
    @inlinable public static var name: StaticString { "OPTICAL_FLOW" }
    @inlinable public static var crcExtra: UInt8 { 175 }
    @inlinable public static var minLength: Int { 26 }
    @inlinable public static var maxLength: Int { 34 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Sensor ID
    public var sensorId: UInt8
    /// Flow in x-sensor direction
    /// Units: dpix.
    public var flowX: Int16
    /// Flow in y-sensor direction
    /// Units: dpix.
    public var flowY: Int16
    /// Flow in x-sensor direction, angular-speed compensated
    /// Units: m/s.
    public var flowCompMX: Float
    /// Flow in y-sensor direction, angular-speed compensated
    /// Units: m/s.
    public var flowCompMY: Float
    /// Optical flow quality / confidence. 0: bad, 255: maximum quality
    public var quality: UInt8
    /// Ground distance. Positive value: distance known. Negative value: Unknown distance
    /// Units: m.
    public var groundDistance: Float
    /// Flow rate about X axis
    /// Units: rad/s.
    /// MAVLink 2 extension field.
    public var flowRateX: Float
    /// Flow rate about Y axis
    /// Units: rad/s.
    /// MAVLink 2 extension field.
    public var flowRateY: Float

    public init(timeUsec: UInt64 = 0, sensorId: UInt8 = 0, flowX: Int16 = 0, flowY: Int16 = 0, flowCompMX: Float = 0, flowCompMY: Float = 0, quality: UInt8 = 0, groundDistance: Float = 0, flowRateX: Float = 0, flowRateY: Float = 0) {
        self.timeUsec = timeUsec
        self.sensorId = sensorId
        self.flowX = flowX
        self.flowY = flowY
        self.flowCompMX = flowCompMX
        self.flowCompMY = flowCompMY
        self.quality = quality
        self.groundDistance = groundDistance
        self.flowRateX = flowRateX
        self.flowRateY = flowRateY
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        flowCompMX = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        flowCompMY = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        groundDistance = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        flowX = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        flowY = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        sensorId = _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)
        quality = _p.loadUnaligned(fromByteOffset: 25, as: UInt8.self)
        flowRateX = _p.loadUnaligned(fromByteOffset: 26, as: Float.self)
        flowRateY = _p.loadUnaligned(fromByteOffset: 30, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: flowCompMX, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: flowCompMY, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: groundDistance, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: flowX, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: flowY, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: sensorId, toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: quality, toByteOffset: 25, as: UInt8.self)
        _p.storeBytes(of: flowRateX, toByteOffset: 26, as: Float.self)
        _p.storeBytes(of: flowRateY, toByteOffset: 30, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("sensor_id", sensorId)
        v.visit("flow_x", flowX)
        v.visit("flow_y", flowY)
        v.visit("flow_comp_m_x", flowCompMX)
        v.visit("flow_comp_m_y", flowCompMY)
        v.visit("quality", quality)
        v.visit("ground_distance", groundDistance)
        v.visit("flow_rate_x", flowRateX)
        v.visit("flow_rate_y", flowRateY)
    }
}
