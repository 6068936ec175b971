// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Settings of a camera. Can be requested with a MAV_CMD_REQUEST_MESSAGE command.
///
/// MAVLink message `CAMERA_SETTINGS` (id 260).
public struct CameraSettings: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 260 }
    @inlinable public static var name: StaticString { "CAMERA_SETTINGS" }
    @inlinable public static var crcExtra: UInt8 { 146 }
    @inlinable public static var minLength: Int { 5 }
    @inlinable public static var maxLength: Int { 14 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Camera mode
    /// Values: `CameraMode`.
    public var modeId: CameraMode
    /// Current zoom level as a percentage of the full range (0.0 to 100.0, NaN if not known)
    /// MAVLink 2 extension field.
    public var zoomLevel: Float
    /// Current focus level as a percentage of the full range (0.0 to 100.0, NaN if not known)
    /// MAVLink 2 extension field.
    public var focusLevel: Float
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(timeBootMs: UInt32 = 0, modeId: CameraMode = CameraMode(rawValue: 0), zoomLevel: Float = 0, focusLevel: Float = 0, cameraDeviceId: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.modeId = modeId
        self.zoomLevel = zoomLevel
        self.focusLevel = focusLevel
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        modeId = CameraMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
        zoomLevel = _p.loadUnaligned(fromByteOffset: 5, as: Float.self)
        focusLevel = _p.loadUnaligned(fromByteOffset: 9, as: Float.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: modeId.rawValue), toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: zoomLevel, toByteOffset: 5, as: Float.self)
        _p.storeBytes(of: focusLevel, toByteOffset: 9, as: Float.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 13, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("mode_id", UInt8(truncatingIfNeeded: modeId.rawValue))
        v.visit("zoomLevel", zoomLevel)
        v.visit("focusLevel", focusLevel)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
