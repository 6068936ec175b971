// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sets a desired vehicle attitude. Used by an external controller to command the vehicle (manual controller or other system).
///
/// MAVLink message `SET_ATTITUDE_TARGET` (id 82).
public struct SetAttitudeTarget: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 82 }
    @inlinable public static var name: StaticString { "SET_ATTITUDE_TARGET" }
    @inlinable public static var crcExtra: UInt8 { 49 }
    @inlinable public static var minLength: Int { 39 }
    @inlinable public static var maxLength: Int { 51 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Bitmap to indicate which dimensions should be ignored by the vehicle.
    /// Values: `AttitudeTargetTypemask`.
    public var typeMask: AttitudeTargetTypemask
    /// Attitude quaternion (w, x, y, z order, zero-rotation is 1, 0, 0, 0) from MAV_FRAME_LOCAL_NED to MAV_FRAME_BODY_FRD
    public var q: FixedArray<4, Float>
    /// Body roll rate
    /// Units: rad/s.
    public var bodyRollRate: Float
    /// Body pitch rate
    /// Units: rad/s.
    public var bodyPitchRate: Float
    /// Body yaw rate
    /// Units: rad/s.
    public var bodyYawRate: Float
    /// Collective thrust, normalized to 0 .. 1 (-1 .. 1 for vehicles capable of reverse thrust)
    public var thrust: Float
    /// 3D thrust setpoint in the body NED frame, normalized to -1 .. 1
    /// MAVLink 2 extension field.
    public var thrustBody: FixedArray<3, Float>

    public init(timeBootMs: UInt32 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, typeMask: AttitudeTargetTypemask = AttitudeTargetTypemask(rawValue: 0), q: FixedArray<4, Float> = FixedArray(repeating: 0), bodyRollRate: Float = 0, bodyPitchRate: Float = 0, bodyYawRate: Float = 0, thrust: Float = 0, thrustBody: FixedArray<3, Float> = FixedArray(repeating: 0)) {
        self.timeBootMs = timeBootMs
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.typeMask = typeMask
        self.q = q
        self.bodyRollRate = bodyRollRate
        self.bodyPitchRate = bodyPitchRate
        self.bodyYawRate = bodyYawRate
        self.thrust = thrust
        self.thrustBody = thrustBody
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        q = FixedArray.load(from: _p, at: 4)
        bodyRollRate = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        bodyPitchRate = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        bodyYawRate = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        thrust = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 37, as: UInt8.self)
        typeMask = AttitudeTargetTypemask(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)))
        thrustBody = FixedArray.load(from: _p, at: 39)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        q.store(to: _p, at: 4)
        _p.storeBytes(of: bodyRollRate, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: bodyPitchRate, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: bodyYawRate, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: thrust, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 37, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: typeMask.rawValue), toByteOffset: 38, as: UInt8.self)
        thrustBody.store(to: _p, at: 39)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("type_mask", UInt8(truncatingIfNeeded: typeMask.rawValue))
        v.visit("q", q)
        v.visit("body_roll_rate", bodyRollRate)
        v.visit("body_pitch_rate", bodyPitchRate)
        v.visit("body_yaw_rate", bodyYawRate)
        v.visit("thrust", thrust)
        v.visit("thrust_body", thrustBody)
    }
}
