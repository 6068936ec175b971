// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The location of a landing target. See: https://mavlink.io/en/services/landing_target.html
///
/// MAVLink message `LANDING_TARGET` (id 149).
public struct LandingTarget: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 149 }
    @inlinable public static var name: StaticString { "LANDING_TARGET" }
    @inlinable public static var crcExtra: UInt8 { 200 }
    @inlinable public static var minLength: Int { 30 }
    @inlinable public static var maxLength: Int { 60 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// The ID of the target if multiple targets are present
    public var targetNum: UInt8
    /// Coordinate frame used for following fields.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// X-axis angular offset of the target from the center of the image
    /// Units: rad.
    public var angleX: Float
    /// Y-axis angular offset of the target from the center of the image
    /// Units: rad.
    public var angleY: Float
    /// Distance to the target from the vehicle
    /// Units: m.
    public var distance: Float
    /// Size of target along x-axis
    /// Units: rad.
    public var sizeX: Float
    /// Size of target along y-axis
    /// Units: rad.
    public var sizeY: Float
    /// X Position of the landing target in MAV_FRAME
    /// Units: m.
    /// MAVLink 2 extension field.
    public var x: Float
    /// Y Position of the landing target in MAV_FRAME
    /// Units: m.
    /// MAVLink 2 extension field.
    public var y: Float
    /// Z Position of the landing target in MAV_FRAME
    /// Units: m.
    /// MAVLink 2 extension field.
    public var z: Float
    /// Quaternion of landing target orientation (w, x, y, z order, zero-rotation is 1, 0, 0, 0)
    /// MAVLink 2 extension field.
    public var q: FixedArray<4, Float>
    /// Type of landing target
    /// Values: `LandingTargetType`.
    /// MAVLink 2 extension field.
    public var type: LandingTargetType
    /// Position fields (x, y, z, q, type) contain valid target position information (MAV_BOOL_FALSE: invalid values). Values not equal to 0 or 1 are invalid.
    /// Values: `MAVBool`.
    /// MAVLink 2 extension field.
    public var positionValid: MAVBool

    public init(timeUsec: UInt64 = 0, targetNum: UInt8 = 0, frame: MAVFrame = MAVFrame(rawValue: 0), angleX: Float = 0, angleY: Float = 0, distance: Float = 0, sizeX: Float = 0, sizeY: Float = 0, x: Float = 0, y: Float = 0, z: Float = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), type: LandingTargetType = LandingTargetType(rawValue: 0), positionValid: MAVBool = MAVBool(rawValue: 0)) {
        self.timeUsec = timeUsec
        self.targetNum = targetNum
        self.frame = frame
        self.angleX = angleX
        self.angleY = angleY
        self.distance = distance
        self.sizeX = sizeX
        self.sizeY = sizeY
        self.x = x
        self.y = y
        self.z = z
        self.q = q
        self.type = type
        self.positionValid = positionValid
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        angleX = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        angleY = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        distance = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        sizeX = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        sizeY = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        targetNum = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)))
        x = _p.loadUnaligned(fromByteOffset: 30, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 34, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 38, as: Float.self)
        q = FixedArray.load(from: _p, at: 42)
        type = LandingTargetType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 58, as: UInt8.self)))
        positionValid = MAVBool(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 59, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: angleX, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: angleY, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: distance, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: sizeX, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: sizeY, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: targetNum, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 29, as: UInt8.self)
        _p.storeBytes(of: x, toByteOffset: 30, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 34, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 38, as: Float.self)
        q.store(to: _p, at: 42)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 58, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: positionValid.rawValue), toByteOffset: 59, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("target_num", targetNum)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("angle_x", angleX)
        v.visit("angle_y", angleY)
        v.visit("distance", distance)
        v.visit("size_x", sizeX)
        v.visit("size_y", sizeY)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("q", q)
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("position_valid", UInt8(truncatingIfNeeded: positionValid.rawValue))
    }
}
