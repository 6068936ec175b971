// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera vision based attitude and position deltas.
///
/// MAVLink message `VISION_POSITION_DELTA` (id 11011).
public struct VisionPositionDelta: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11011 }
    @inlinable public static var name: StaticString { "VISION_POSITION_DELTA" }
    @inlinable public static var crcExtra: UInt8 { 106 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 44 }

    /// Timestamp (synced to UNIX time or since system boot).
    /// Units: us.
    public var timeUsec: UInt64
    /// Time since the last reported camera frame.
    /// Units: us.
    public var timeDeltaUsec: UInt64
    /// Defines a rotation vector [roll, pitch, yaw] to the current MAV_FRAME_BODY_FRD from the previous MAV_FRAME_BODY_FRD.
    /// Units: rad.
    public var angleDelta: FixedArray<3, Float>
    /// Change in position to the current MAV_FRAME_BODY_FRD from the previous FRAME_BODY_FRD rotated to the current MAV_FRAME_BODY_FRD.
    /// Units: m.
    public var positionDelta: FixedArray<3, Float>
    /// Normalised confidence value from 0 to 100.
    /// Units: %.
    public var confidence: Float

    public init(timeUsec: UInt64 = 0, timeDeltaUsec: UInt64 = 0, angleDelta: FixedArray<3, Float> = FixedArray(repeating: 0), positionDelta: FixedArray<3, Float> = FixedArray(repeating: 0), confidence: Float = 0) {
        self.timeUsec = timeUsec
        self.timeDeltaUsec = timeDeltaUsec
        self.angleDelta = angleDelta
        self.positionDelta = positionDelta
        self.confidence = confidence
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        timeDeltaUsec = _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        angleDelta = FixedArray.load(from: _p, at: 16)
        positionDelta = FixedArray.load(from: _p, at: 28)
        confidence = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeDeltaUsec, toByteOffset: 8, as: UInt64.self)
        angleDelta.store(to: _p, at: 16)
        positionDelta.store(to: _p, at: 28)
        _p.storeBytes(of: confidence, toByteOffset: 40, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("time_delta_usec", timeDeltaUsec)
        v.visit("angle_delta", angleDelta)
        v.visit("position_delta", positionDelta)
        v.visit("confidence", confidence)
    }
}
