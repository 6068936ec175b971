// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sent from autopilot to simulation. Hardware in the loop control outputs. Alternative to HIL_ACTUATOR_CONTROLS.
///
/// MAVLink message `HIL_CONTROLS` (id 91).
public struct HilControls: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 91 }
    @inlinable public static var name: StaticString { "HIL_CONTROLS" }
    @inlinable public static var crcExtra: UInt8 { 63 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Control output -1 .. 1
    public var rollAilerons: Float
    /// Control output -1 .. 1
    public var pitchElevator: Float
    /// Control output -1 .. 1
    public var yawRudder: Float
    /// Throttle 0 .. 1
    public var throttle: Float
    /// Aux 1, -1 .. 1
    public var aux1: Float
    /// Aux 2, -1 .. 1
    public var aux2: Float
    /// Aux 3, -1 .. 1
    public var aux3: Float
    /// Aux 4, -1 .. 1
    public var aux4: Float
    /// System mode.
    /// Values: `MAVMode`.
    public var mode: MAVMode
    /// Navigation mode (MAV_NAV_MODE)
    public var navMode: UInt8

    public init(timeUsec: UInt64 = 0, rollAilerons: Float = 0, pitchElevator: Float = 0, yawRudder: Float = 0, throttle: Float = 0, aux1: Float = 0, aux2: Float = 0, aux3: Float = 0, aux4: Float = 0, mode: MAVMode = MAVMode(rawValue: 0), navMode: UInt8 = 0) {
        self.timeUsec = timeUsec
        self.rollAilerons = rollAilerons
        self.pitchElevator = pitchElevator
        self.yawRudder = yawRudder
        self.throttle = throttle
        self.aux1 = aux1
        self.aux2 = aux2
        self.aux3 = aux3
        self.aux4 = aux4
        self.mode = mode
        self.navMode = navMode
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        rollAilerons = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        pitchElevator = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        yawRudder = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        throttle = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        aux1 = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        aux2 = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        aux3 = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        aux4 = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        mode = MAVMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)))
        navMode = _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: rollAilerons, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: pitchElevator, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: yawRudder, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: throttle, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: aux1, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: aux2, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: aux3, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: aux4, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mode.rawValue), toByteOffset: 40, as: UInt8.self)
        _p.storeBytes(of: navMode, toByteOffset: 41, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("roll_ailerons", rollAilerons)
        v.visit("pitch_elevator", pitchElevator)
        v.visit("yaw_rudder", yawRudder)
        v.visit("throttle", throttle)
        v.visit("aux1", aux1)
        v.visit("aux2", aux2)
        v.visit("aux3", aux3)
        v.visit("aux4", aux4)
        v.visit("mode", UInt8(truncatingIfNeeded: mode.rawValue))
        v.visit("nav_mode", navMode)
    }
}
