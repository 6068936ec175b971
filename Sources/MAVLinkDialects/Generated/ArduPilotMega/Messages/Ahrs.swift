// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of DCM attitude estimator.
///
/// MAVLink message `AHRS` (id 163).
public struct Ahrs: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 163 }
    @inlinable public static var name: StaticString { "AHRS" }
    @inlinable public static var crcExtra: UInt8 { 127 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// X gyro drift estimate.
    /// Units: rad/s.
    public var omegaIx: Float
    /// Y gyro drift estimate.
    /// Units: rad/s.
    public var omegaIy: Float
    /// Z gyro drift estimate.
    /// Units: rad/s.
    public var omegaIz: Float
    /// Average accel_weight.
    public var accelWeight: Float
    /// Average renormalisation value.
    public var renormVal: Float
    /// Average error_roll_pitch value.
    public var errorRp: Float
    /// Average error_yaw value.
    public var errorYaw: Float

    public init(omegaIx: Float = 0, omegaIy: Float = 0, omegaIz: Float = 0, accelWeight: Float = 0, renormVal: Float = 0, errorRp: Float = 0, errorYaw: Float = 0) {
        self.omegaIx = omegaIx
        self.omegaIy = omegaIy
        self.omegaIz = omegaIz
        self.accelWeight = accelWeight
        self.renormVal = renormVal
        self.errorRp = errorRp
        self.errorYaw = errorYaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        omegaIx = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        omegaIy = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        omegaIz = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        accelWeight = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        renormVal = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        errorRp = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        errorYaw = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: omegaIx, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: omegaIy, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: omegaIz, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: accelWeight, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: renormVal, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: errorRp, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: errorYaw, toByteOffset: 24, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("omegaIx", omegaIx)
        v.visit("omegaIy", omegaIy)
        v.visit("omegaIz", omegaIz)
        v.visit("accel_weight", accelWeight)
        v.visit("renorm_val", renormVal)
        v.visit("error_rp", errorRp)
        v.visit("error_yaw", errorYaw)
    }
}
