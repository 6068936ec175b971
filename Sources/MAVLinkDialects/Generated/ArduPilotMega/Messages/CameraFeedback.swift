// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera Capture Feedback.
///
/// MAVLink message `CAMERA_FEEDBACK` (id 180).
public struct CameraFeedback: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 180 }
    @inlinable public static var name: StaticString { "CAMERA_FEEDBACK" }
    @inlinable public static var crcExtra: UInt8 { 52 }
    @inlinable public static var minLength: Int { 45 }
    @inlinable public static var maxLength: Int { 47 }

    /// Image timestamp (since UNIX epoch), as passed in by CAMERA_STATUS message (or autopilot if no CCB).
    /// Units: us.
    public var timeUsec: UInt64
    /// System ID.
    public var targetSystem: UInt8
    /// Camera ID.
    public var camIdx: UInt8
    /// Image index.
    public var imgIdx: UInt16
    /// Latitude.
    /// Units: degE7.
    public var lat: Int32
    /// Longitude.
    /// Units: degE7.
    public var lng: Int32
    /// Altitude (MSL).
    /// Units: m.
    public var altMsl: Float
    /// Altitude (Relative to HOME location).
    /// Units: m.
    public var altRel: Float
    /// Camera Roll angle (earth frame, +-180).
    /// Units: deg.
    public var roll: Float
    /// Camera Pitch angle (earth frame, +-180).
    /// Units: deg.
    public var pitch: Float
    /// Camera Yaw (earth frame, 0-360, true).
    /// Units: deg.
    public var yaw: Float
    /// Focal Length.
    /// Units: mm.
    public var focLen: Float
    /// Feedback flags.
    /// Values: `CameraFeedbackFlags`.
    public var flags: CameraFeedbackFlags
    /// Completed image captures.
    /// MAVLink 2 extension field.
    public var completedCaptures: UInt16

    public init(timeUsec: UInt64 = 0, targetSystem: UInt8 = 0, camIdx: UInt8 = 0, imgIdx: UInt16 = 0, lat: Int32 = 0, lng: Int32 = 0, altMsl: Float = 0, altRel: Float = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, focLen: Float = 0, flags: CameraFeedbackFlags = CameraFeedbackFlags(rawValue: 0), completedCaptures: UInt16 = 0) {
        self.timeUsec = timeUsec
        self.targetSystem = targetSystem
        self.camIdx = camIdx
        self.imgIdx = imgIdx
        self.lat = lat
        self.lng = lng
        self.altMsl = altMsl
        self.altRel = altRel
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.focLen = focLen
        self.flags = flags
        self.completedCaptures = completedCaptures
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        altMsl = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        altRel = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        roll = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        focLen = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        imgIdx = _p.loadUnaligned(fromByteOffset: 40, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)
        camIdx = _p.loadUnaligned(fromByteOffset: 43, as: UInt8.self)
        flags = CameraFeedbackFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 44, as: UInt8.self)))
        completedCaptures = _p.loadUnaligned(fromByteOffset: 45, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: altMsl, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: altRel, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: roll, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: focLen, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: imgIdx, toByteOffset: 40, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 42, as: UInt8.self)
        _p.storeBytes(of: camIdx, toByteOffset: 43, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 44, as: UInt8.self)
        _p.storeBytes(of: completedCaptures, toByteOffset: 45, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("target_system", targetSystem)
        v.visit("cam_idx", camIdx)
        v.visit("img_idx", imgIdx)
        v.visit("lat", lat)
        v.visit("lng", lng)
        v.visit("alt_msl", altMsl)
        v.visit("alt_rel", altRel)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("foc_len", focLen)
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
        v.visit("completed_captures", completedCaptures)
    }
}
