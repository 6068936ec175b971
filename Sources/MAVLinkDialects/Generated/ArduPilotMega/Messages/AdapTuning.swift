// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Adaptive Controller tuning information.
///
/// MAVLink message `ADAP_TUNING` (id 11010).
public struct AdapTuning: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11010 }
    @inlinable public static var name: StaticString { "ADAP_TUNING" }
    @inlinable public static var crcExtra: UInt8 { 46 }
    @inlinable public static var minLength: Int { 49 }
    @inlinable public static var maxLength: Int { 49 }

    /// Axis.
    /// Values: `PidTuningAxis`.
    public var axis: PidTuningAxis
    /// Desired rate.
    /// Units: deg/s.
    public var desired: Float
    /// Achieved rate.
    /// Units: deg/s.
    public var achieved: Float
    /// Error between model and vehicle.
    public var error: Float
    /// Theta estimated state predictor.
    public var theta: Float
    /// Omega estimated state predictor.
    public var omega: Float
    /// Sigma estimated state predictor.
    public var sigma: Float
    /// Theta derivative.
    public var thetaDot: Float
    /// Omega derivative.
    public var omegaDot: Float
    /// Sigma derivative.
    public var sigmaDot: Float
    /// Projection operator value.
    public var f: Float
    /// Projection operator derivative.
    public var fDot: Float
    /// u adaptive controlled output command.
    public var u: Float

    public init(axis: PidTuningAxis = PidTuningAxis(rawValue: 0), desired: Float = 0, achieved: Float = 0, error: Float = 0, theta: Float = 0, omega: Float = 0, sigma: Float = 0, thetaDot: Float = 0, omegaDot: Float = 0, sigmaDot: Float = 0, f: Float = 0, fDot: Float = 0, u: Float = 0) {
        self.axis = axis
        self.desired = desired
        self.achieved = achieved
        self.error = error
        self.theta = theta
        self.omega = omega
        self.sigma = sigma
        self.thetaDot = thetaDot
        self.omegaDot = omegaDot
        self.sigmaDot = sigmaDot
        self.f = f
        self.fDot = fDot
        self.u = u
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        desired = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        achieved = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        error = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        theta = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        omega = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        sigma = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        thetaDot = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        omegaDot = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        sigmaDot = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        f = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        fDot = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        u = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        axis = PidTuningAxis(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: desired, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: achieved, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: error, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: theta, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: omega, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: sigma, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: thetaDot, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: omegaDot, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: sigmaDot, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: f, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: fDot, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: u, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: axis.rawValue), toByteOffset: 48, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("axis", UInt8(truncatingIfNeeded: axis.rawValue))
        v.visit("desired", desired)
        v.visit("achieved", achieved)
        v.visit("error", error)
        v.visit("theta", theta)
        v.visit("omega", omega)
        v.visit("sigma", sigma)
        v.visit("theta_dot", thetaDot)
        v.visit("omega_dot", omegaDot)
        v.visit("sigma_dot", sigmaDot)
        v.visit("f", f)
        v.visit("f_dot", fDot)
        v.visit("u", u)
    }
}
