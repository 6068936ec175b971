// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sets a desired vehicle position in a local north-east-down coordinate frame. Used by an external controller to command the vehicle (manual controller or other system).
///
/// MAVLink message `SET_POSITION_TARGET_LOCAL_NED` (id 84).
public struct SetPositionTargetLocalNed: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 84 }
    @inlinable public static var name: StaticString { "SET_POSITION_TARGET_LOCAL_NED" }
    @inlinable public static var crcExtra: UInt8 { 143 }
    @inlinable public static var minLength: Int { 53 }
    @inlinable public static var maxLength: Int { 53 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Valid options are: MAV_FRAME_LOCAL_NED = 1, MAV_FRAME_LOCAL_OFFSET_NED = 7, MAV_FRAME_BODY_NED = 8, MAV_FRAME_BODY_OFFSET_NED = 9
    /// Values: `MAVFrame`.
    public var coordinateFrame: MAVFrame
    /// Bitmap to indicate which dimensions should be ignored by the vehicle.
    /// Values: `PositionTargetTypemask`.
    public var typeMask: PositionTargetTypemask
    /// X Position in NED frame
    /// Units: m.
    public var x: Float
    /// Y Position in NED frame
    /// Units: m.
    public var y: Float
    /// Z Position in NED frame (note, altitude is negative in NED)
    /// Units: m.
    public var z: Float
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

    public init(timeBootMs: UInt32 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, coordinateFrame: MAVFrame = MAVFrame(rawValue: 0), typeMask: PositionTargetTypemask = PositionTargetTypemask(rawValue: 0), x: Float = 0, y: Float = 0, z: Float = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0, afx: Float = 0, afy: Float = 0, afz: Float = 0, yaw: Float = 0, yawRate: Float = 0) {
        self.timeBootMs = timeBootMs
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.coordinateFrame = coordinateFrame
        self.typeMask = typeMask
        self.x = x
        self.y = y
        self.z = z
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
        x = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        vx = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        afx = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        afy = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        afz = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        yawRate = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        typeMask = PositionTargetTypemask(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 50, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 51, as: UInt8.self)
        coordinateFrame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: x, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: vx, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: afx, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: afy, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: afz, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: yawRate, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: typeMask.rawValue), toByteOffset: 48, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 50, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 51, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: coordinateFrame.rawValue), toByteOffset: 52, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("coordinate_frame", UInt8(truncatingIfNeeded: coordinateFrame.rawValue))
        v.visit("type_mask", UInt16(truncatingIfNeeded: typeMask.rawValue))
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
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
