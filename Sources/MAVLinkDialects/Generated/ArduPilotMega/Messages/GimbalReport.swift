// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// 3 axis gimbal measurements.
///
/// MAVLink message `GIMBAL_REPORT` (id 200).
public struct GimbalReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 200 }
    @inlinable public static var name: StaticString { "GIMBAL_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 134 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Time since last update.
    /// Units: s.
    public var deltaTime: Float
    /// Delta angle X.
    /// Units: rad.
    public var deltaAngleX: Float
    /// Delta angle Y.
    /// Units: rad.
    public var deltaAngleY: Float
    /// Delta angle X.
    /// Units: rad.
    public var deltaAngleZ: Float
    /// Delta velocity X.
    /// Units: m/s.
    public var deltaVelocityX: Float
    /// Delta velocity Y.
    /// Units: m/s.
    public var deltaVelocityY: Float
    /// Delta velocity Z.
    /// Units: m/s.
    public var deltaVelocityZ: Float
    /// Joint ROLL.
    /// Units: rad.
    public var jointRoll: Float
    /// Joint EL.
    /// Units: rad.
    public var jointEl: Float
    /// Joint AZ.
    /// Units: rad.
    public var jointAz: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, deltaTime: Float = 0, deltaAngleX: Float = 0, deltaAngleY: Float = 0, deltaAngleZ: Float = 0, deltaVelocityX: Float = 0, deltaVelocityY: Float = 0, deltaVelocityZ: Float = 0, jointRoll: Float = 0, jointEl: Float = 0, jointAz: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.deltaTime = deltaTime
        self.deltaAngleX = deltaAngleX
        self.deltaAngleY = deltaAngleY
        self.deltaAngleZ = deltaAngleZ
        self.deltaVelocityX = deltaVelocityX
        self.deltaVelocityY = deltaVelocityY
        self.deltaVelocityZ = deltaVelocityZ
        self.jointRoll = jointRoll
        self.jointEl = jointEl
        self.jointAz = jointAz
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        deltaTime = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        deltaAngleX = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        deltaAngleY = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        deltaAngleZ = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        deltaVelocityX = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        deltaVelocityY = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        deltaVelocityZ = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        jointRoll = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        jointEl = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        jointAz = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: deltaTime, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: deltaAngleX, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: deltaAngleY, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: deltaAngleZ, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: deltaVelocityX, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: deltaVelocityY, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: deltaVelocityZ, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: jointRoll, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: jointEl, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: jointAz, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 40, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 41, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("delta_time", deltaTime)
        v.visit("delta_angle_x", deltaAngleX)
        v.visit("delta_angle_y", deltaAngleY)
        v.visit("delta_angle_z", deltaAngleZ)
        v.visit("delta_velocity_x", deltaVelocityX)
        v.visit("delta_velocity_y", deltaVelocityY)
        v.visit("delta_velocity_z", deltaVelocityZ)
        v.visit("joint_roll", jointRoll)
        v.visit("joint_el", jointEl)
        v.visit("joint_az", jointAz)
    }
}
