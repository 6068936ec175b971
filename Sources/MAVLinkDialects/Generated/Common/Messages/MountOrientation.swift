// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Orientation of a mount
///
/// MAVLink message `MOUNT_ORIENTATION` (id 265).
public struct MountOrientation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 265 }
    @inlinable public static var name: StaticString { "MOUNT_ORIENTATION" }
    @inlinable public static var crcExtra: UInt8 { 26 }
    @inlinable public static var minLength: Int { 16 }
    @inlinable public static var maxLength: Int { 20 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Roll in global frame (set to NaN for invalid).
    /// Units: deg.
    public var roll: Float
    /// Pitch in global frame (set to NaN for invalid).
    /// Units: deg.
    public var pitch: Float
    /// Yaw relative to vehicle (set to NaN for invalid).
    /// Units: deg.
    public var yaw: Float
    /// Yaw in absolute frame relative to Earth's North, north is 0 (set to NaN for invalid).
    /// Units: deg.
    /// MAVLink 2 extension field.
    public var yawAbsolute: Float

    public init(timeBootMs: UInt32 = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, yawAbsolute: Float = 0) {
        self.timeBootMs = timeBootMs
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.yawAbsolute = yawAbsolute
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        roll = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        yawAbsolute = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: roll, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: yawAbsolute, toByteOffset: 16, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("yaw_absolute", yawAbsolute)
    }
}
