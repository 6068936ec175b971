// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Low level message containing autopilot state relevant for a gimbal device. This message is to be sent from the autopilot to the gimbal device component. The data of this message are for the gimbal device's estimator corrections, in particular horizon compensation, as well as indicates autopilot control intentions, e.g. feed forward angular control in the z-axis.
///
/// MAVLink message `AUTOPILOT_STATE_FOR_GIMBAL_DEVICE` (id 286).
public struct AutopilotStateForGimbalDevice: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 286 }
    @inlinable public static var name: StaticString { "AUTOPILOT_STATE_FOR_GIMBAL_DEVICE" }
    @inlinable public static var crcExtra: UInt8 { 210 }
    @inlinable public static var minLength: Int { 53 }
    @inlinable public static var maxLength: Int { 57 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Timestamp (time since system boot).
    /// Units: us.
    public var timeBootUs: UInt64
    /// Quaternion components of autopilot attitude: w, x, y, z (1 0 0 0 is the null-rotation, Hamilton convention).
    public var q: FixedArray<4, Float>
    /// Estimated delay of the attitude data. 0 if unknown.
    /// Units: us.
    public var qEstimatedDelayUs: UInt32
    /// X Speed in NED (North, East, Down). NAN if unknown.
    /// Units: m/s.
    public var vx: Float
    /// Y Speed in NED (North, East, Down). NAN if unknown.
    /// Units: m/s.
    public var vy: Float
    /// Z Speed in NED (North, East, Down). NAN if unknown.
    /// Units: m/s.
    public var vz: Float
    /// Estimated delay of the speed data. 0 if unknown.
    /// Units: us.
    public var vEstimatedDelayUs: UInt32
    /// Feed forward Z component of angular velocity (positive: yawing to the right). NaN to be ignored. This is to indicate if the autopilot is actively yawing.
    /// Units: rad/s.
    public var feedForwardAngularVelocityZ: Float
    /// Bitmap indicating which estimator outputs are valid.
    /// Values: `EstimatorStatusFlags`.
    public var estimatorStatus: EstimatorStatusFlags
    /// The landed state. Is set to MAV_LANDED_STATE_UNDEFINED if landed state is unknown.
    /// Values: `MAVLandedState`.
    public var landedState: MAVLandedState
    /// Z component of angular velocity in NED (North, East, Down). 0 if unknown. Use 0.00001 to represent a measured value of zero.
    /// Units: rad/s.
    /// MAVLink 2 extension field.
    public var angularVelocityZ: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, timeBootUs: UInt64 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), qEstimatedDelayUs: UInt32 = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0, vEstimatedDelayUs: UInt32 = 0, feedForwardAngularVelocityZ: Float = 0, estimatorStatus: EstimatorStatusFlags = EstimatorStatusFlags(rawValue: 0), landedState: MAVLandedState = MAVLandedState(rawValue: 0), angularVelocityZ: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.timeBootUs = timeBootUs
        self.q = q
        self.qEstimatedDelayUs = qEstimatedDelayUs
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.vEstimatedDelayUs = vEstimatedDelayUs
        self.feedForwardAngularVelocityZ = feedForwardAngularVelocityZ
        self.estimatorStatus = estimatorStatus
        self.landedState = landedState
        self.angularVelocityZ = angularVelocityZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootUs = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        q = FixedArray.load(from: _p, at: 8)
        qEstimatedDelayUs = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        vx = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        vEstimatedDelayUs = _p.loadUnaligned(fromByteOffset: 40, as: UInt32.self)
        feedForwardAngularVelocityZ = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        estimatorStatus = EstimatorStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 50, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 51, as: UInt8.self)
        landedState = MAVLandedState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)))
        angularVelocityZ = _p.loadUnaligned(fromByteOffset: 53, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootUs, toByteOffset: 0, as: UInt64.self)
        q.store(to: _p, at: 8)
        _p.storeBytes(of: qEstimatedDelayUs, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: vx, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: vEstimatedDelayUs, toByteOffset: 40, as: UInt32.self)
        _p.storeBytes(of: feedForwardAngularVelocityZ, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: estimatorStatus.rawValue), toByteOffset: 48, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 50, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 51, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: landedState.rawValue), toByteOffset: 52, as: UInt8.self)
        _p.storeBytes(of: angularVelocityZ, toByteOffset: 53, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("time_boot_us", timeBootUs)
        v.visit("q", q)
        v.visit("q_estimated_delay_us", qEstimatedDelayUs)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("v_estimated_delay_us", vEstimatedDelayUs)
        v.visit("feed_forward_angular_velocity_z", feedForwardAngularVelocityZ)
        v.visit("estimator_status", UInt16(truncatingIfNeeded: estimatorStatus.rawValue))
        v.visit("landed_state", UInt8(truncatingIfNeeded: landedState.rawValue))
        v.visit("angular_velocity_z", angularVelocityZ)
    }
}
