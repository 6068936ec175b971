// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The filtered local position (e.g. fused computer vision and accelerometers). Coordinate frame is right-handed, Z-axis down (aeronautical frame, NED / north-east-down convention)
///
/// MAVLink message `LOCAL_POSITION_NED` (id 32).
public struct LocalPositionNed: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 32 }
    @inlinable public static var name: StaticString { "LOCAL_POSITION_NED" }
    @inlinable public static var crcExtra: UInt8 { 185 }
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
    /// X Speed
    /// Units: m/s.
    public var vx: Float
    /// Y Speed
    /// Units: m/s.
    public var vy: Float
    /// Z Speed
    /// Units: m/s.
    public var vz: Float

    public init(timeBootMs: UInt32 = 0, x: Float = 0, y: Float = 0, z: Float = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0) {
        self.timeBootMs = timeBootMs
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        x = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        vx = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: x, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: vx, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 24, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
    }
}
