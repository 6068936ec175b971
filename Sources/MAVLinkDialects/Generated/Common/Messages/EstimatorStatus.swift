// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Estimator status message including flags, innovation test ratios and estimated accuracies. The flags message is an integer bitmask containing information on which EKF outputs are valid. See the ESTIMATOR_STATUS_FLAGS enum definition for further information. The innovation test ratios show the magnitude of the sensor innovation divided by the innovation check threshold. Under normal operation the innovation test ratios should be below 0.5 with occasional values up to 1.0. Values greater than 1.0 should be rare under normal operation and indicate that a measurement has been rejected by the filter. The user should be notified if an innovation test ratio greater than 1.0 is recorded. Notifications for values in the range between 0.5 and 1.0 should be optional and controllable by the user.
///
/// MAVLink message `ESTIMATOR_STATUS` (id 230).
public struct EstimatorStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 230 }
    @inlinable public static var name: StaticString { "ESTIMATOR_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 163 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Bitmap indicating which EKF outputs are valid.
    /// Values: `EstimatorStatusFlags`.
    public var flags: EstimatorStatusFlags
    /// Velocity innovation test ratio
    public var velRatio: Float
    /// Horizontal position innovation test ratio
    public var posHorizRatio: Float
    /// Vertical position innovation test ratio
    public var posVertRatio: Float
    /// Magnetometer innovation test ratio
    public var magRatio: Float
    /// Height above terrain innovation test ratio
    public var haglRatio: Float
    /// True airspeed innovation test ratio
    public var tasRatio: Float
    /// Horizontal position 1-STD accuracy relative to the EKF local origin
    /// Units: m.
    public var posHorizAccuracy: Float
    /// Vertical position 1-STD accuracy relative to the EKF local origin
    /// Units: m.
    public var posVertAccuracy: Float

    public init(timeUsec: UInt64 = 0, flags: EstimatorStatusFlags = EstimatorStatusFlags(rawValue: 0), velRatio: Float = 0, posHorizRatio: Float = 0, posVertRatio: Float = 0, magRatio: Float = 0, haglRatio: Float = 0, tasRatio: Float = 0, posHorizAccuracy: Float = 0, posVertAccuracy: Float = 0) {
        self.timeUsec = timeUsec
        self.flags = flags
        self.velRatio = velRatio
        self.posHorizRatio = posHorizRatio
        self.posVertRatio = posVertRatio
        self.magRatio = magRatio
        self.haglRatio = haglRatio
        self.tasRatio = tasRatio
        self.posHorizAccuracy = posHorizAccuracy
        self.posVertAccuracy = posVertAccuracy
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        velRatio = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        posHorizRatio = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        posVertRatio = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        magRatio = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        haglRatio = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        tasRatio = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        posHorizAccuracy = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        posVertAccuracy = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        flags = EstimatorStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 40, as: UInt16.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: velRatio, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: posHorizRatio, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: posVertRatio, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: magRatio, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: haglRatio, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: tasRatio, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: posHorizAccuracy, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: posVertAccuracy, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 40, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("vel_ratio", velRatio)
        v.visit("pos_horiz_ratio", posHorizRatio)
        v.visit("pos_vert_ratio", posVertRatio)
        v.visit("mag_ratio", magRatio)
        v.visit("hagl_ratio", haglRatio)
        v.visit("tas_ratio", tasRatio)
        v.visit("pos_horiz_accuracy", posHorizAccuracy)
        v.visit("pos_vert_accuracy", posVertAccuracy)
    }
}
