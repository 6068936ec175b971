// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Distance sensor information for an onboard rangefinder.
///
/// MAVLink message `DISTANCE_SENSOR` (id 132).
public struct DistanceSensor: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 132 }
    @inlinable public static var name: StaticString { "DISTANCE_SENSOR" }
    @inlinable public static var crcExtra: UInt8 { 85 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 39 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Minimum distance the sensor can measure
    /// Units: cm.
    public var minDistance: UInt16
    /// Maximum distance the sensor can measure
    /// Units: cm.
    public var maxDistance: UInt16
    /// Current distance reading
    /// Units: cm.
    public var currentDistance: UInt16
    /// Type of distance sensor.
    /// Values: `MAVDistanceSensor`.
    public var type: MAVDistanceSensor
    /// Onboard ID of the sensor
    public var id: UInt8
    /// Direction the sensor faces. downward-facing: ROTATION_PITCH_270, upward-facing: ROTATION_PITCH_90, backward-facing: ROTATION_PITCH_180, forward-facing: ROTATION_NONE, left-facing: ROTATION_YAW_90, right-facing: ROTATION_YAW_270
    /// Values: `MAVSensorOrientation`.
    public var orientation: MAVSensorOrientation
    /// Measurement variance. Max standard deviation is 6cm. UINT8_MAX if unknown.
    /// Units: cm^2.
    public var covariance: UInt8
    /// Horizontal Field of View (angle) where the distance measurement is valid and the field of view is known. Otherwise this is set to 0.
    /// Units: rad.
    /// MAVLink 2 extension field.
    public var horizontalFov: Float
    /// Vertical Field of View (angle) where the distance measurement is valid and the field of view is known. Otherwise this is set to 0.
    /// Units: rad.
    /// MAVLink 2 extension field.
    public var verticalFov: Float
    /// Quaternion of the sensor orientation in vehicle body frame (w, x, y, z order, zero-rotation is 1, 0, 0, 0). Zero-rotation is along the vehicle body x-axis. This field is required if the orientation is set to MAV_SENSOR_ROTATION_CUSTOM. Set it to 0 if invalid."
    /// MAVLink 2 extension field.
    public var quaternion: FixedArray<4, Float>
    /// Signal quality of the sensor. Specific to each sensor type, representing the relation of the signal strength with the target reflectivity, distance, size or aspect, but normalised as a percentage. 0 = unknown/unset signal quality, 1 = invalid signal, 100 = perfect signal.
    /// Units: %.
    /// MAVLink 2 extension field.
    public var signalQuality: UInt8

    public init(timeBootMs: UInt32 = 0, minDistance: UInt16 = 0, maxDistance: UInt16 = 0, currentDistance: UInt16 = 0, type: MAVDistanceSensor = MAVDistanceSensor(rawValue: 0), id: UInt8 = 0, orientation: MAVSensorOrientation = MAVSensorOrientation(rawValue: 0), covariance: UInt8 = 0, horizontalFov: Float = 0, verticalFov: Float = 0, quaternion: FixedArray<4, Float> = FixedArray(repeating: 0), signalQuality: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.minDistance = minDistance
        self.maxDistance = maxDistance
        self.currentDistance = currentDistance
        self.type = type
        self.id = id
        self.orientation = orientation
        self.covariance = covariance
        self.horizontalFov = horizontalFov
        self.verticalFov = verticalFov
        self.quaternion = quaternion
        self.signalQuality = signalQuality
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        minDistance = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        maxDistance = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        currentDistance = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        type = MAVDistanceSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)))
        id = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        orientation = MAVSensorOrientation(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)))
        covariance = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        horizontalFov = _p.loadUnaligned(fromByteOffset: 14, as: Float.self)
        verticalFov = _p.loadUnaligned(fromByteOffset: 18, as: Float.self)
        quaternion = FixedArray.load(from: _p, at: 22)
        signalQuality = _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: minDistance, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: maxDistance, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: currentDistance, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: id, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: orientation.rawValue), toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: covariance, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: horizontalFov, toByteOffset: 14, as: Float.self)
        _p.storeBytes(of: verticalFov, toByteOffset: 18, as: Float.self)
        quaternion.store(to: _p, at: 22)
        _p.storeBytes(of: signalQuality, toByteOffset: 38, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("min_distance", minDistance)
        v.visit("max_distance", maxDistance)
        v.visit("current_distance", currentDistance)
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("id", id)
        v.visit("orientation", UInt8(truncatingIfNeeded: orientation.rawValue))
        v.visit("covariance", covariance)
        v.visit("horizontal_fov", horizontalFov)
        v.visit("vertical_fov", verticalFov)
        v.visit("quaternion", quaternion)
        v.visit("signal_quality", signalQuality)
    }
}
