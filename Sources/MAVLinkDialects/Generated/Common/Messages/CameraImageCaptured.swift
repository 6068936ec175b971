// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a captured image. This is emitted every time a message is captured.
/// MAV_CMD_REQUEST_MESSAGE can be used to (re)request this message for a specific sequence number or range of sequence numbers:
/// MAV_CMD_REQUEST_MESSAGE.param2 indicates the sequence number the first image to send, or set to -1 to send the message for all sequence numbers.
/// MAV_CMD_REQUEST_MESSAGE.param3 is used to specify a range of messages to send:
/// set to 0 (default) to send just the the message for the sequence number in param 2,
/// set to -1 to send the message for the sequence number in param 2 and all the following sequence numbers,
/// set to the sequence number of the final message in the range.
///
/// MAVLink message `CAMERA_IMAGE_CAPTURED` (id 263).
public struct CameraImageCaptured: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 263 }
    @inlinable public static var name: StaticString { "CAMERA_IMAGE_CAPTURED" }
    @inlinable public static var crcExtra: UInt8 { 133 }
    @inlinable public static var minLength: Int { 255 }
    @inlinable public static var maxLength: Int { 255 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Timestamp (time since UNIX epoch) in UTC. 0 for unknown.
    /// Units: us.
    public var timeUtc: UInt64
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id). Field name is usually camera_device_id.
    public var cameraId: UInt8
    /// Latitude where image was taken
    /// Units: degE7.
    public var lat: Int32
    /// Longitude where capture was taken
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (MSL) where image was taken
    /// Units: mm.
    public var alt: Int32
    /// Altitude above ground
    /// Units: mm.
    public var relativeAlt: Int32
    /// Quaternion of camera orientation (w, x, y, z order, zero-rotation is 1, 0, 0, 0)
    public var q: FixedArray<4, Float>
    /// Zero based index of this image (i.e. a new image will have index CAMERA_CAPTURE_STATUS.image count -1)
    public var imageIndex: Int32
    /// Image was captured successfully (MAV_BOOL_TRUE). Values not equal to 0 or 1 are invalid.
    /// Values: `MAVBool`.
    public var captureResult: MAVBool
    /// URL of image taken. Either local storage or http://foo.jpg if camera provides an HTTP interface.
    public var fileUrl: FixedString<205>

    public init(timeBootMs: UInt32 = 0, timeUtc: UInt64 = 0, cameraId: UInt8 = 0, lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, relativeAlt: Int32 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), imageIndex: Int32 = 0, captureResult: MAVBool = MAVBool(rawValue: 0), fileUrl: FixedString<205> = FixedString()) {
        self.timeBootMs = timeBootMs
        self.timeUtc = timeUtc
        self.cameraId = cameraId
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.relativeAlt = relativeAlt
        self.q = q
        self.imageIndex = imageIndex
        self.captureResult = captureResult
        self.fileUrl = fileUrl
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUtc = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        timeBootMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        relativeAlt = _p.loadUnaligned(fromByteOffset: 24, as: Int32.self)
        q = FixedArray.load(from: _p, at: 28)
        imageIndex = _p.loadUnaligned(fromByteOffset: 44, as: Int32.self)
        cameraId = _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)
        captureResult = MAVBool(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 49, as: Int8.self)))
        fileUrl = FixedString.load(from: _p, at: 50)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUtc, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeBootMs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: relativeAlt, toByteOffset: 24, as: Int32.self)
        q.store(to: _p, at: 28)
        _p.storeBytes(of: imageIndex, toByteOffset: 44, as: Int32.self)
        _p.storeBytes(of: cameraId, toByteOffset: 48, as: UInt8.self)
        _p.storeBytes(of: Int8(truncatingIfNeeded: captureResult.rawValue), toByteOffset: 49, as: Int8.self)
        fileUrl.store(to: _p, at: 50)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("time_utc", timeUtc)
        v.visit("camera_id", cameraId)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("relative_alt", relativeAlt)
        v.visit("q", q)
        v.visit("image_index", imageIndex)
        v.visit("capture_result", Int8(truncatingIfNeeded: captureResult.rawValue))
        v.visit("file_url", fileUrl)
    }
}
