// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Describe a trajectory using an array of up-to 5 bezier control points in the local frame (MAV_FRAME_LOCAL_NED).
///
/// MAVLink message `TRAJECTORY_REPRESENTATION_BEZIER` (id 333). Deprecated.
public struct TrajectoryRepresentationBezier: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 333 }
    @inlinable public static var name: StaticString { "TRAJECTORY_REPRESENTATION_BEZIER" }
    @inlinable public static var crcExtra: UInt8 { 231 }
    @inlinable public static var minLength: Int { 109 }
    @inlinable public static var maxLength: Int { 109 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Number of valid control points (up-to 5 points are possible)
    public var validPoints: UInt8
    /// X-coordinate of bezier control points. Set to NaN if not being used
    /// Units: m.
    public var posX: FixedArray<5, Float>
    /// Y-coordinate of bezier control points. Set to NaN if not being used
    /// Units: m.
    public var posY: FixedArray<5, Float>
    /// Z-coordinate of bezier control points. Set to NaN if not being used
    /// Units: m.
    public var posZ: FixedArray<5, Float>
    /// Bezier time horizon. Set to NaN if velocity/acceleration should not be incorporated
    /// Units: s.
    public var delta: FixedArray<5, Float>
    /// Yaw. Set to NaN for unchanged
    /// Units: rad.
    public var posYaw: FixedArray<5, Float>

    public init(timeUsec: UInt64 = 0, validPoints: UInt8 = 0, posX: FixedArray<5, Float> = FixedArray(repeating: 0), posY: FixedArray<5, Float> = FixedArray(repeating: 0), posZ: FixedArray<5, Float> = FixedArray(repeating: 0), delta: FixedArray<5, Float> = FixedArray(repeating: 0), posYaw: FixedArray<5, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.validPoints = validPoints
        self.posX = posX
        self.posY = posY
        self.posZ = posZ
        self.delta = delta
        self.posYaw = posYaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        posX = FixedArray.load(from: _p, at: 8)
        posY = FixedArray.load(from: _p, at: 28)
        posZ = FixedArray.load(from: _p, at: 48)
        delta = FixedArray.load(from: _p, at: 68)
        posYaw = FixedArray.load(from: _p, at: 88)
        validPoints = _p.loadUnaligned(fromByteOffset: 108, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        posX.store(to: _p, at: 8)
        posY.store(to: _p, at: 28)
        posZ.store(to: _p, at: 48)
        delta.store(to: _p, at: 68)
        posYaw.store(to: _p, at: 88)
        _p.storeBytes(of: validPoints, toByteOffset: 108, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("valid_points", validPoints)
        v.visit("pos_x", posX)
        v.visit("pos_y", posY)
        v.visit("pos_z", posZ)
        v.visit("delta", delta)
        v.visit("pos_yaw", posYaw)
    }
}
