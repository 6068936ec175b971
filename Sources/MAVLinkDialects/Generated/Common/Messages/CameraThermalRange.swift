// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera absolute thermal range. This can be streamed when the associated VIDEO_STREAM_STATUS `flag` field bit VIDEO_STREAM_STATUS_FLAGS_THERMAL_RANGE_ENABLED is set, but a GCS may choose to only request it for the current active stream. Use MAV_CMD_SET_MESSAGE_INTERVAL to define message interval (param3 indicates the stream id of the current camera, or 0 for all streams, param4 indicates the target camera_device_id for autopilot-attached cameras or 0 for MAVLink cameras).
///
/// MAVLink message `CAMERA_THERMAL_RANGE` (id 277).
public struct CameraThermalRange: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 277 }
    @inlinable public static var name: StaticString { "CAMERA_THERMAL_RANGE" }
    @inlinable public static var crcExtra: UInt8 { 62 }
    @inlinable public static var minLength: Int { 30 }
    @inlinable public static var maxLength: Int { 30 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Video Stream ID (1 for first, 2 for second, etc.)
    public var streamId: UInt8
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    public var cameraDeviceId: UInt8
    /// Temperature max.
    /// Units: degC.
    public var max: Float
    /// Temperature max point x value (normalized 0..1, 0 is left, 1 is right), NAN if unknown.
    public var maxPointX: Float
    /// Temperature max point y value (normalized 0..1, 0 is top, 1 is bottom), NAN if unknown.
    public var maxPointY: Float
    /// Temperature min.
    /// Units: degC.
    public var min: Float
    /// Temperature min point x value (normalized 0..1, 0 is left, 1 is right), NAN if unknown.
    public var minPointX: Float
    /// Temperature min point y value (normalized 0..1, 0 is top, 1 is bottom), NAN if unknown.
    public var minPointY: Float

    public init(timeBootMs: UInt32 = 0, streamId: UInt8 = 0, cameraDeviceId: UInt8 = 0, max: Float = 0, maxPointX: Float = 0, maxPointY: Float = 0, min: Float = 0, minPointX: Float = 0, minPointY: Float = 0) {
        self.timeBootMs = timeBootMs
        self.streamId = streamId
        self.cameraDeviceId = cameraDeviceId
        self.max = max
        self.maxPointX = maxPointX
        self.maxPointY = maxPointY
        self.min = min
        self.minPointX = minPointX
        self.minPointY = minPointY
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        max = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        maxPointX = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        maxPointY = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        min = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        minPointX = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        minPointY = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        streamId = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: max, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: maxPointX, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: maxPointY, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: min, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: minPointX, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: minPointY, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: streamId, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 29, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("stream_id", streamId)
        v.visit("camera_device_id", cameraDeviceId)
        v.visit("max", max)
        v.visit("max_point_x", maxPointX)
        v.visit("max_point_y", maxPointY)
        v.visit("min", min)
        v.visit("min_point_x", minPointX)
        v.visit("min_point_y", minPointY)
    }
}
