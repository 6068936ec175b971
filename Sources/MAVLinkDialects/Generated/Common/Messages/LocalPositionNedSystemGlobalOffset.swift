// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The offset in X, Y, Z and yaw between the LOCAL_POSITION_NED messages of MAV X and the global coordinate frame in NED coordinates. Coordinate frame is right-handed, Z-axis down (aeronautical frame, NED / north-east-down convention)
///
/// MAVLink message `LOCAL_POSITION_NED_SYSTEM_GLOBAL_OFFSET` (id 89).
public struct LocalPositionNedSystemGlobalOffset: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 89 }
    @inlinable public static var name: StaticString { "LOCAL_POSITION_NED_SYSTEM_GLOBAL_OFFSET" }
    @inlinable public static var crcExtra: UInt8 { 231 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// X Position
    /// Units: m.
    public var x: Float
    /// Y Position
    /// Units: m.
    public var y: Float
    /// Z Position
    /// Units: m.
    public var z: Float
    /// Roll
    /// Units: rad.
    public var roll: Float
    /// Pitch
    /// Units: rad.
    public var pitch: Float
    /// Yaw
    /// Units: rad.
    public var yaw: Float

    public init(timeBootMs: UInt32 = 0, x: Float = 0, y: Float = 0, z: Float = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0) {
        self.timeBootMs = timeBootMs
        self.x = x
        self.y = y
        self.z = z
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        x = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        roll = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: x, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: roll, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 24, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
    }
}
