// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera tracking status, sent while in active tracking. Use MAV_CMD_SET_MESSAGE_INTERVAL to define message interval.
///
/// MAVLink message `CAMERA_TRACKING_IMAGE_STATUS` (id 275).
public struct CameraTrackingImageStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 275 }
    @inlinable public static var name: StaticString { "CAMERA_TRACKING_IMAGE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 126 }
    @inlinable public static var minLength: Int { 31 }
    @inlinable public static var maxLength: Int { 32 }

    /// Current tracking status
    /// Values: `CameraTrackingStatusFlags`.
    public var trackingStatus: CameraTrackingStatusFlags
    /// Current tracking mode
    /// Values: `CameraTrackingMode`.
    public var trackingMode: CameraTrackingMode
    /// Defines location of target data
    /// Values: `CameraTrackingTargetData`.
    public var targetData: CameraTrackingTargetData
    /// Current tracked point x value if CAMERA_TRACKING_MODE_POINT (normalized 0..1, 0 is left, 1 is right), NAN if unknown
    public var pointX: Float
    /// Current tracked point y value if CAMERA_TRACKING_MODE_POINT (normalized 0..1, 0 is top, 1 is bottom), NAN if unknown
    public var pointY: Float
    /// Current tracked radius if CAMERA_TRACKING_MODE_POINT (normalized 0..1, 0 is image left, 1 is image right), NAN if unknown
    public var radius: Float
    /// Current tracked rectangle top x value if CAMERA_TRACKING_MODE_RECTANGLE (normalized 0..1, 0 is left, 1 is right), NAN if unknown
    public var recTopX: Float
    /// Current tracked rectangle top y value if CAMERA_TRACKING_MODE_RECTANGLE (normalized 0..1, 0 is top, 1 is bottom), NAN if unknown
    public var recTopY: Float
    /// Current tracked rectangle bottom x value if CAMERA_TRACKING_MODE_RECTANGLE (normalized 0..1, 0 is left, 1 is right), NAN if unknown
    public var recBottomX: Float
    /// Current tracked rectangle bottom y value if CAMERA_TRACKING_MODE_RECTANGLE (normalized 0..1, 0 is top, 1 is bottom), NAN if unknown
    public var recBottomY: Float
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(trackingStatus: CameraTrackingStatusFlags = CameraTrackingStatusFlags(rawValue: 0), trackingMode: CameraTrackingMode = CameraTrackingMode(rawValue: 0), targetData: CameraTrackingTargetData = CameraTrackingTargetData(rawValue: 0), pointX: Float = 0, pointY: Float = 0, radius: Float = 0, recTopX: Float = 0, recTopY: Float = 0, recBottomX: Float = 0, recBottomY: Float = 0, cameraDeviceId: UInt8 = 0) {
        self.trackingStatus = trackingStatus
        self.trackingMode = trackingMode
        self.targetData = targetData
        self.pointX = pointX
        self.pointY = pointY
        self.radius = radius
        self.recTopX = recTopX
        self.recTopY = recTopY
        self.recBottomX = recBottomX
        self.recBottomY = recBottomY
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        pointX = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        pointY = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        radius = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        recTopX = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        recTopY = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        recBottomX = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        recBottomY = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        trackingStatus = CameraTrackingStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)))
        trackingMode = CameraTrackingMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)))
        targetData = CameraTrackingTargetData(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)))
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: pointX, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: pointY, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: radius, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: recTopX, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: recTopY, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: recBottomX, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: recBottomY, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: trackingStatus.rawValue), toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: trackingMode.rawValue), toByteOffset: 29, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: targetData.rawValue), toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 31, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("tracking_status", UInt8(truncatingIfNeeded: trackingStatus.rawValue))
        v.visit("tracking_mode", UInt8(truncatingIfNeeded: trackingMode.rawValue))
        v.visit("target_data", UInt8(truncatingIfNeeded: targetData.rawValue))
        v.visit("point_x", pointX)
        v.visit("point_y", pointY)
        v.visit("radius", radius)
        v.visit("rec_top_x", recTopX)
        v.visit("rec_top_y", recTopY)
        v.visit("rec_bottom_x", recBottomX)
        v.visit("rec_bottom_y", recBottomY)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
