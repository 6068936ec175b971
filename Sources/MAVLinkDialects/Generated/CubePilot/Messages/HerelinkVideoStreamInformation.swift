// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about video stream
///
/// MAVLink message `HERELINK_VIDEO_STREAM_INFORMATION` (id 50002).
public struct HerelinkVideoStreamInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50002 }
    @inlinable public static var name: StaticString { "HERELINK_VIDEO_STREAM_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 181 }
    @inlinable public static var minLength: Int { 246 }
    @inlinable public static var maxLength: Int { 246 }

    /// Video Stream ID (1 for first, 2 for second, etc.)
    public var cameraId: UInt8
    /// Number of streams available.
    public var status: UInt8
    /// Frame rate.
    /// Units: Hz.
    public var framerate: Float
    /// Horizontal resolution.
    /// Units: pix.
    public var resolutionH: UInt16
    /// Vertical resolution.
    /// Units: pix.
    public var resolutionV: UInt16
    /// Bit rate.
    /// Units: bits/s.
    public var bitrate: UInt32
    /// Video image rotation clockwise.
    /// Units: deg.
    public var rotation: UInt16
    /// Video stream URI (TCP or RTSP URI ground station should connect to) or port number (UDP port ground station should listen to).
    public var uri: FixedString<230>

    public init(cameraId: UInt8 = 0, status: UInt8 = 0, framerate: Float = 0, resolutionH: UInt16 = 0, resolutionV: UInt16 = 0, bitrate: UInt32 = 0, rotation: UInt16 = 0, uri: FixedString<230> = FixedString()) {
        self.cameraId = cameraId
        self.status = status
        self.framerate = framerate
        self.resolutionH = resolutionH
        self.resolutionV = resolutionV
        self.bitrate = bitrate
        self.rotation = rotation
        self.uri = uri
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        framerate = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        bitrate = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        resolutionH = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        resolutionV = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        rotation = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        cameraId = _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)
        status = _p.loadUnaligned(fromByteOffset: 15, as: UInt8.self)
        uri = FixedString.load(from: _p, at: 16)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: framerate, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: bitrate, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: resolutionH, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: resolutionV, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: rotation, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: cameraId, toByteOffset: 14, as: UInt8.self)
        _p.storeBytes(of: status, toByteOffset: 15, as: UInt8.self)
        uri.store(to: _p, at: 16)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("camera_id", cameraId)
        v.visit("status", status)
        v.visit("framerate", framerate)
        v.visit("resolution_h", resolutionH)
        v.visit("resolution_v", resolutionV)
        v.visit("bitrate", bitrate)
        v.visit("rotation", rotation)
        v.visit("uri", uri)
    }
}
