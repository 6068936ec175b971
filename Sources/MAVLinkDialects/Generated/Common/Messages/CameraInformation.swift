// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a camera. Can be requested with a MAV_CMD_REQUEST_MESSAGE command.
///
/// MAVLink message `CAMERA_INFORMATION` (id 259).
public struct CameraInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 259 }
    @inlinable public static var name: StaticString { "CAMERA_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 92 }
    @inlinable public static var minLength: Int { 235 }
    @inlinable public static var maxLength: Int { 237 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Name of the camera vendor
    public var vendorName: FixedArray<32, UInt8>
    /// Name of the camera model
    public var modelName: FixedArray<32, UInt8>
    /// Version of the camera firmware, encoded as: `(Dev & 0xff) << 24 + (Patch & 0xff) << 16 + (Minor & 0xff) << 8 + (Major & 0xff)`. Use 0 if not known.
    public var firmwareVersion: UInt32
    /// Focal length. Use NaN if not known.
    /// Units: mm.
    public var focalLength: Float
    /// Image sensor size horizontal. Use NaN if not known.
    /// Units: mm.
    public var sensorSizeH: Float
    /// Image sensor size vertical. Use NaN if not known.
    /// Units: mm.
    public var sensorSizeV: Float
    /// Horizontal image resolution. Use 0 if not known.
    /// Units: pix.
    public var resolutionH: UInt16
    /// Vertical image resolution. Use 0 if not known.
    /// Units: pix.
    public var resolutionV: UInt16
    /// Reserved for a lens ID.  Use 0 if not known.
    public var lensId: UInt8
    /// Bitmap of camera capability flags.
    /// Values: `CameraCapFlags`.
    public var flags: CameraCapFlags
    /// Camera definition version (iteration).  Use 0 if not known.
    public var camDefinitionVersion: UInt16
    /// Camera definition URI (if any, otherwise only basic functions will be available). HTTP- (http://) and MAVLink FTP- (mavlinkftp://) formatted URIs are allowed (and both must be supported by any GCS that implements the Camera Protocol). The definition file may be xz compressed, which will be indicated by the file extension .xml.xz (a GCS that implements the protocol must support decompressing the file). The string needs to be zero terminated.  Use a zero-length string if not known.
    public var camDefinitionUri: FixedString<140>
    /// Gimbal id of a gimbal associated with this camera. This is the component id of the gimbal device, or 1-6 for non mavlink gimbals. Use 0 if no gimbal is associated with the camera.
    /// MAVLink 2 extension field.
    public var gimbalDeviceId: UInt8
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(timeBootMs: UInt32 = 0, vendorName: FixedArray<32, UInt8> = FixedArray(repeating: 0), modelName: FixedArray<32, UInt8> = FixedArray(repeating: 0), firmwareVersion: UInt32 = 0, focalLength: Float = 0, sensorSizeH: Float = 0, sensorSizeV: Float = 0, resolutionH: UInt16 = 0, resolutionV: UInt16 = 0, lensId: UInt8 = 0, flags: CameraCapFlags = CameraCapFlags(rawValue: 0), camDefinitionVersion: UInt16 = 0, camDefinitionUri: FixedString<140> = FixedString(), gimbalDeviceId: UInt8 = 0, cameraDeviceId: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.vendorName = vendorName
        self.modelName = modelName
        self.firmwareVersion = firmwareVersion
        self.focalLength = focalLength
        self.sensorSizeH = sensorSizeH
        self.sensorSizeV = sensorSizeV
        self.resolutionH = resolutionH
        self.resolutionV = resolutionV
        self.lensId = lensId
        self.flags = flags
        self.camDefinitionVersion = camDefinitionVersion
        self.camDefinitionUri = camDefinitionUri
        self.gimbalDeviceId = gimbalDeviceId
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        firmwareVersion = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        focalLength = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        sensorSizeH = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        sensorSizeV = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        flags = CameraCapFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
        resolutionH = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        resolutionV = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        camDefinitionVersion = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        vendorName = FixedArray.load(from: _p, at: 30)
        modelName = FixedArray.load(from: _p, at: 62)
        lensId = _p.loadUnaligned(fromByteOffset: 94, as: UInt8.self)
        camDefinitionUri = FixedString.load(from: _p, at: 95)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 235, as: UInt8.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 236, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: firmwareVersion, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: focalLength, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: sensorSizeH, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: sensorSizeV, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: flags.rawValue), toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: resolutionH, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: resolutionV, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: camDefinitionVersion, toByteOffset: 28, as: UInt16.self)
        vendorName.store(to: _p, at: 30)
        modelName.store(to: _p, at: 62)
        _p.storeBytes(of: lensId, toByteOffset: 94, as: UInt8.self)
        camDefinitionUri.store(to: _p, at: 95)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 235, as: UInt8.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 236, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("vendor_name", vendorName)
        v.visit("model_name", modelName)
        v.visit("firmware_version", firmwareVersion)
        v.visit("focal_length", focalLength)
        v.visit("sensor_size_h", sensorSizeH)
        v.visit("sensor_size_v", sensorSizeV)
        v.visit("resolution_h", resolutionH)
        v.visit("resolution_v", resolutionV)
        v.visit("lens_id", lensId)
        v.visit("flags", UInt32(truncatingIfNeeded: flags.rawValue))
        v.visit("cam_definition_version", camDefinitionVersion)
        v.visit("cam_definition_uri", camDefinitionUri)
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
