// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Wind estimation.
///
/// MAVLink message `WIND` (id 168).
public struct Wind: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 168 }
    @inlinable public static var name: StaticString { "WIND" }
    @inlinable public static var crcExtra: UInt8 { 1 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// Wind direction (that wind is coming from).
    /// Units: deg.
    public var direction: Float
    /// Wind speed in ground plane.
    /// Units: m/s.
    public var speed: Float
    /// Vertical wind speed.
    /// Units: m/s.
    public var speedZ: Float

    public init(direction: Float = 0, speed: Float = 0, speedZ: Float = 0) {
        self.direction = direction
        self.speed = speed
        self.speedZ = speedZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        direction = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        speed = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        speedZ = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: direction, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: speed, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: speedZ, toByteOffset: 8, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("direction", direction)
        v.visit("speed", speed)
        v.visit("speed_z", speedZ)
    }
}
