// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Optical flow from an angular rate flow sensor (e.g. PX4FLOW or mouse sensor)
///
/// MAVLink message `OPTICAL_FLOW_RAD` (id 106).
public struct OpticalFlowRad: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 106 }
    @inlinable public static var name: StaticString { "OPTICAL_FLOW_RAD" }
    @inlinable public static var crcExtra: UInt8 { 138 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 44 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Sensor ID
    public var sensorId: UInt8
    /// Integration time. Divide integrated_x and integrated_y by the integration time to obtain average flow. The integration time also indicates the.
    /// Units: us.
    public var integrationTimeUs: UInt32
    /// Flow around X axis (Sensor RH rotation about the X axis induces a positive flow. Sensor linear motion along the positive Y axis induces a negative flow.)
    /// Units: rad.
    public var integratedX: Float
    /// Flow around Y axis (Sensor RH rotation about the Y axis induces a positive flow. Sensor linear motion along the positive X axis induces a positive flow.)
    /// Units: rad.
    public var integratedY: Float
    /// RH rotation around X axis
    /// Units: rad.
    public var integratedXgyro: Float
    /// RH rotation around Y axis
    /// Units: rad.
    public var integratedYgyro: Float
    /// RH rotation around Z axis
    /// Units: rad.
    public var integratedZgyro: Float
    /// Temperature
    /// Units: cdegC.
    public var temperature: Int16
    /// Optical flow quality / confidence. 0: no valid flow, 255: maximum quality
    public var quality: UInt8
    /// Time since the distance was sampled.
    /// Units: us.
    public var timeDeltaDistanceUs: UInt32
    /// Distance to the center of the flow field. Positive value (including zero): distance known. Negative value: Unknown distance.
    /// Units: m.
    public var distance: Float

    public init(timeUsec: UInt64 = 0, sensorId: UInt8 = 0, integrationTimeUs: UInt32 = 0, integratedX: Float = 0, integratedY: Float = 0, integratedXgyro: Float = 0, integratedYgyro: Float = 0, integratedZgyro: Float = 0, temperature: Int16 = 0, quality: UInt8 = 0, timeDeltaDistanceUs: UInt32 = 0, distance: Float = 0) {
        self.timeUsec = timeUsec
        self.sensorId = sensorId
        self.integrationTimeUs = integrationTimeUs
        self.integratedX = integratedX
        self.integratedY = integratedY
        self.integratedXgyro = integratedXgyro
        self.integratedYgyro = integratedYgyro
        self.integratedZgyro = integratedZgyro
        self.temperature = temperature
        self.quality = quality
        self.timeDeltaDistanceUs = timeDeltaDistanceUs
        self.distance = distance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        integrationTimeUs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        integratedX = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        integratedY = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        integratedXgyro = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        integratedYgyro = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        integratedZgyro = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        timeDeltaDistanceUs = _p.loadUnaligned(fromByteOffset: 32, as: UInt32.self)
        distance = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 40, as: Int16.self)
        sensorId = _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)
        quality = _p.loadUnaligned(fromByteOffset: 43, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: integrationTimeUs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: integratedX, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: integratedY, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: integratedXgyro, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: integratedYgyro, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: integratedZgyro, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: timeDeltaDistanceUs, toByteOffset: 32, as: UInt32.self)
        _p.storeBytes(of: distance, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 40, as: Int16.self)
        _p.storeBytes(of: sensorId, toByteOffset: 42, as: UInt8.self)
        _p.storeBytes(of: quality, toByteOffset: 43, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("sensor_id", sensorId)
        v.visit("integration_time_us", integrationTimeUs)
        v.visit("integrated_x", integratedX)
        v.visit("integrated_y", integratedY)
        v.visit("integrated_xgyro", integratedXgyro)
        v.visit("integrated_ygyro", integratedYgyro)
        v.visit("integrated_zgyro", integratedZgyro)
        v.visit("temperature", temperature)
        v.visit("quality", quality)
        v.visit("time_delta_distance_us", timeDeltaDistanceUs)
        v.visit("distance", distance)
    }
}
