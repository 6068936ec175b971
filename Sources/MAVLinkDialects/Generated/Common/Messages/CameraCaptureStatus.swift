// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about the status of a capture. Can be requested with a MAV_CMD_REQUEST_MESSAGE command.
///
/// MAVLink message `CAMERA_CAPTURE_STATUS` (id 262).
public struct CameraCaptureStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 262 }
    @inlinable public static var name: StaticString { "CAMERA_CAPTURE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 12 }
    @inlinable public static var minLength: Int { 18 }
    @inlinable public static var maxLength: Int { 23 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Current status of image capturing (0: idle, 1: capture in progress, 2: interval set but idle, 3: interval set and capture in progress)
    public var imageStatus: UInt8
    /// Current status of video capturing (0: idle, 1: capture in progress)
    public var videoStatus: UInt8
    /// Image capture interval
    /// Units: s.
    public var imageInterval: Float
    /// Elapsed time since recording started (0: Not supported/available). A GCS should compute recording time and use non-zero values of this field to correct any discrepancy.
    /// Units: ms.
    public var recordingTimeMs: UInt32
    /// Available storage capacity.
    /// Units: MiB.
    public var availableCapacity: Float
    /// Total number of images captured ('forever', or until reset using MAV_CMD_STORAGE_FORMAT).
    /// MAVLink 2 extension field.
    public var imageCount: Int32
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(timeBootMs: UInt32 = 0, imageStatus: UInt8 = 0, videoStatus: UInt8 = 0, imageInterval: Float = 0, recordingTimeMs: UInt32 = 0, availableCapacity: Float = 0, imageCount: Int32 = 0, cameraDeviceId: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.imageStatus = imageStatus
        self.videoStatus = videoStatus
        self.imageInterval = imageInterval
        self.recordingTimeMs = recordingTimeMs
        self.availableCapacity = availableCapacity
        self.imageCount = imageCount
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        imageInterval = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        recordingTimeMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        availableCapacity = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        imageStatus = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        videoStatus = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
        imageCount = _p.loadUnaligned(fromByteOffset: 18, as: Int32.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: imageInterval, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: recordingTimeMs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: availableCapacity, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: imageStatus, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: videoStatus, toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: imageCount, toByteOffset: 18, as: Int32.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 22, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("image_status", imageStatus)
        v.visit("video_status", videoStatus)
        v.visit("image_interval", imageInterval)
        v.visit("recording_time_ms", recordingTimeMs)
        v.visit("available_capacity", availableCapacity)
        v.visit("image_count", imageCount)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
