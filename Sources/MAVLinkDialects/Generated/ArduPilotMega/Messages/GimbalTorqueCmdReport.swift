// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// 100 Hz gimbal torque command telemetry.
///
/// MAVLink message `GIMBAL_TORQUE_CMD_REPORT` (id 214).
public struct GimbalTorqueCmdReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 214 }
    @inlinable public static var name: StaticString { "GIMBAL_TORQUE_CMD_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 69 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Roll Torque Command.
    public var rlTorqueCmd: Int16
    /// Elevation Torque Command.
    public var elTorqueCmd: Int16
    /// Azimuth Torque Command.
    public var azTorqueCmd: Int16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, rlTorqueCmd: Int16 = 0, elTorqueCmd: Int16 = 0, azTorqueCmd: Int16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.rlTorqueCmd = rlTorqueCmd
        self.elTorqueCmd = elTorqueCmd
        self.azTorqueCmd = azTorqueCmd
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        rlTorqueCmd = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        elTorqueCmd = _p.loadUnaligned(fromByteOffset: 2, as: Int16.self)
        azTorqueCmd = _p.loadUnaligned(fromByteOffset: 4, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: rlTorqueCmd, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: elTorqueCmd, toByteOffset: 2, as: Int16.self)
        _p.storeBytes(of: azTorqueCmd, toByteOffset: 4, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 7, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("rl_torque_cmd", rlTorqueCmd)
        v.visit("el_torque_cmd", elTorqueCmd)
        v.visit("az_torque_cmd", azTorqueCmd)
    }
}
