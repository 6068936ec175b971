// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about the field of view of a camera. Can be requested with a MAV_CMD_REQUEST_MESSAGE command.
///
/// MAVLink message `CAMERA_FOV_STATUS` (id 271).
public struct CameraFovStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 271 }
    @inlinable public static var name: StaticString { "CAMERA_FOV_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 22 }
    @inlinable public static var minLength: Int { 52 }
    @inlinable public static var maxLength: Int { 53 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Latitude of camera (INT32_MAX if unknown).
    /// Units: degE7.
    public var latCamera: Int32
    /// Longitude of camera (INT32_MAX if unknown).
    /// Units: degE7.
    public var lonCamera: Int32
    /// Altitude (MSL) of camera (INT32_MAX if unknown).
    /// Units: mm.
    public var altCamera: Int32
    /// Latitude of center of image (INT32_MAX if unknown, INT32_MIN if at infinity, not intersecting with horizon).
    /// Units: degE7.
    public var latImage: Int32
    /// Longitude of center of image (INT32_MAX if unknown, INT32_MIN if at infinity, not intersecting with horizon).
    /// Units: degE7.
    public var lonImage: Int32
    /// Altitude (MSL) of center of image (INT32_MAX if unknown, INT32_MIN if at infinity, not intersecting with horizon).
    /// Units: mm.
    public var altImage: Int32
    /// Quaternion of camera orientation (w, x, y, z order, zero-rotation is 1, 0, 0, 0)
    public var q: FixedArray<4, Float>
    /// Horizontal field of view (NaN if unknown).
    /// Units: deg.
    public var hfov: Float
    /// Vertical field of view (NaN if unknown).
    /// Units: deg.
    public var vfov: Float
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(timeBootMs: UInt32 = 0, latCamera: Int32 = 0, lonCamera: Int32 = 0, altCamera: Int32 = 0, latImage: Int32 = 0, lonImage: Int32 = 0, altImage: Int32 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), hfov: Float = 0, vfov: Float = 0, cameraDeviceId: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.latCamera = latCamera
        self.lonCamera = lonCamera
        self.altCamera = altCamera
        self.latImage = latImage
        self.lonImage = lonImage
        self.altImage = altImage
        self.q = q
        self.hfov = hfov
        self.vfov = vfov
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        latCamera = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lonCamera = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        altCamera = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        latImage = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        lonImage = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        altImage = _p.loadUnaligned(fromByteOffset: 24, as: Int32.self)
        q = FixedArray.load(from: _p, at: 28)
        hfov = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        vfov = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: latCamera, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lonCamera, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: altCamera, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: latImage, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: lonImage, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: altImage, toByteOffset: 24, as: Int32.self)
        q.store(to: _p, at: 28)
        _p.storeBytes(of: hfov, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: vfov, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 52, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("lat_camera", latCamera)
        v.visit("lon_camera", lonCamera)
        v.visit("alt_camera", altCamera)
        v.visit("lat_image", latImage)
        v.visit("lon_image", lonImage)
        v.visit("alt_image", altImage)
        v.visit("q", q)
        v.visit("hfov", hfov)
        v.visit("vfov", vfov)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
