// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reports the current commanded vehicle position, velocity, and acceleration as specified by the autopilot. This should match the commands sent in SET_POSITION_TARGET_GLOBAL_INT if the vehicle is being controlled this way.
///
/// MAVLink message `POSITION_TARGET_GLOBAL_INT` (id 87).
public struct PositionTargetGlobalInt: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 87 }
    @inlinable public static var name: StaticString { "POSITION_TARGET_GLOBAL_INT" }
    @inlinable public static var crcExtra: UInt8 { 150 }
    @inlinable public static var minLength: Int { 51 }
    @inlinable public static var maxLength: Int { 51 }

    /// Timestamp (time since system boot). The rationale for the timestamp in the setpoint is to allow the system to compensate for the transport delay of the setpoint. This allows the system to compensate processing latency.
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Valid options are: MAV_FRAME_GLOBAL = 0, MAV_FRAME_GLOBAL_RELATIVE_ALT = 3, MAV_FRAME_GLOBAL_TERRAIN_ALT = 10 (MAV_FRAME_GLOBAL_INT, MAV_FRAME_GLOBAL_RELATIVE_ALT_INT, MAV_FRAME_GLOBAL_TERRAIN_ALT_INT are allowed synonyms, but have been deprecated)
    /// Values: `MAVFrame`.
    public var coordinateFrame: MAVFrame
    /// Bitmap to indicate which dimensions should be ignored by the vehicle.
    /// Values: `PositionTargetTypemask`.
    public var typeMask: PositionTargetTypemask
    /// Latitude in WGS84 frame
    /// Units: degE7.
    public var latInt: Int32
    /// Longitude in WGS84 frame
    /// Units: degE7.
    public var lonInt: Int32
    /// Altitude (MSL, AGL or relative to home altitude, depending on frame)
    /// Units: m.
    public var alt: Float
    /// X velocity in NED frame
    /// Units: m/s.
    public var vx: Float
    /// Y velocity in NED frame
    /// Units: m/s.
    public var vy: Float
    /// Z velocity in NED frame
    /// Units: m/s.
    public var vz: Float
    /// X acceleration or force (if bit 10 of type_mask is set) in NED frame in meter / s^2 or N
    /// Units: m/s/s.
    public var afx: Float
    /// Y acceleration or force (if bit 10 of type_mask is set) in NED frame in meter / s^2 or N
    /// Units: m/s/s.
    public var afy: Float
    /// Z acceleration or force (if bit 10 of type_mask is set) in NED frame in meter / s^2 or N
    /// Units: m/s/s.
    public var afz: Float
    /// yaw setpoint
    /// Units: rad.
    public var yaw: Float
    /// yaw rate setpoint
    /// Units: rad/s.
    public var yawRate: Float

    public init(timeBootMs: UInt32 = 0, coordinateFrame: MAVFrame = MAVFrame(rawValue: 0), typeMask: PositionTargetTypemask = PositionTargetTypemask(rawValue: 0), latInt: Int32 = 0, lonInt: Int32 = 0, alt: Float = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0, afx: Float = 0, afy: Float = 0, afz: Float = 0, yaw: Float = 0, yawRate: Float = 0) {
        self.timeBootMs = timeBootMs
        self.coordinateFrame = coordinateFrame
        self.typeMask = typeMask
        self.latInt = latInt
        self.lonInt = lonInt
        self.alt = alt
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.afx = afx
        self.afy = afy
        self.afz = afz
        self.yaw = yaw
        self.yawRate = yawRate
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        latInt = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lonInt = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        vx = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        afx = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        afy = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        afz = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        yawRate = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        typeMask = PositionTargetTypemask(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt16.self)))
        coordinateFrame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 50, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: latInt, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lonInt, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: vx, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: afx, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: afy, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: afz, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: yawRate, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: typeMask.rawValue), toByteOffset: 48, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: coordinateFrame.rawValue), toByteOffset: 50, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("coordinate_frame", UInt8(truncatingIfNeeded: coordinateFrame.rawValue))
        v.visit("type_mask", UInt16(truncatingIfNeeded: typeMask.rawValue))
        v.visit("lat_int", latInt)
        v.visit("lon_int", lonInt)
        v.visit("alt", alt)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("afx", afx)
        v.visit("afy", afy)
        v.visit("afz", afz)
        v.visit("yaw", yaw)
        v.visit("yaw_rate", yawRate)
    }
}
