// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about the status of a video stream. It may be requested using MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `VIDEO_STREAM_STATUS` (id 270).
public struct VideoStreamStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 270 }
    @inlinable public static var name: StaticString { "VIDEO_STREAM_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 59 }
    @inlinable public static var minLength: Int { 19 }
    @inlinable public static var maxLength: Int { 20 }

    /// Video Stream ID (1 for first, 2 for second, etc.)
    public var streamId: UInt8
    /// Bitmap of stream status flags
    /// Values: `VideoStreamStatusFlags`.
    public var flags: VideoStreamStatusFlags
    /// Frame rate
    /// Units: Hz.
    public var framerate: Float
    /// Horizontal resolution
    /// Units: pix.
    public var resolutionH: UInt16
    /// Vertical resolution
    /// Units: pix.
    public var resolutionV: UInt16
    /// Bit rate
    /// Units: bits/s.
    public var bitrate: UInt32
    /// Video image rotation clockwise
    /// Units: deg.
    public var rotation: UInt16
    /// Horizontal Field of view
    /// Units: deg.
    public var hfov: UInt16
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(streamId: UInt8 = 0, flags: VideoStreamStatusFlags = VideoStreamStatusFlags(rawValue: 0), framerate: Float = 0, resolutionH: UInt16 = 0, resolutionV: UInt16 = 0, bitrate: UInt32 = 0, rotation: UInt16 = 0, hfov: UInt16 = 0, cameraDeviceId: UInt8 = 0) {
        self.streamId = streamId
        self.flags = flags
        self.framerate = framerate
        self.resolutionH = resolutionH
        self.resolutionV = resolutionV
        self.bitrate = bitrate
        self.rotation = rotation
        self.hfov = hfov
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        framerate = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        bitrate = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        flags = VideoStreamStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
        resolutionH = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        resolutionV = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        rotation = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        hfov = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        streamId = _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: framerate, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: bitrate, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: resolutionH, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: resolutionV, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: rotation, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: hfov, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: streamId, toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 19, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("stream_id", streamId)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("framerate", framerate)
        v.visit("resolution_h", resolutionH)
        v.visit("resolution_v", resolutionV)
        v.visit("bitrate", bitrate)
        v.visit("rotation", rotation)
        v.visit("hfov", hfov)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
