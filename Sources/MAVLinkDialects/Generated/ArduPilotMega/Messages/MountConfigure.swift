// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message to configure a camera mount, directional antenna, etc.
///
/// MAVLink message `MOUNT_CONFIGURE` (id 156).
public struct MountConfigure: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 156 }
    @inlinable public static var name: StaticString { "MOUNT_CONFIGURE" }
    @inlinable public static var crcExtra: UInt8 { 19 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Mount operating mode.
    /// Values: `MAVMountMode`.
    public var mountMode: MAVMountMode
    /// (1 = yes, 0 = no).
    public var stabRoll: UInt8
    /// (1 = yes, 0 = no).
    public var stabPitch: UInt8
    /// (1 = yes, 0 = no).
    public var stabYaw: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, mountMode: MAVMountMode = MAVMountMode(rawValue: 0), stabRoll: UInt8 = 0, stabPitch: UInt8 = 0, stabYaw: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.mountMode = mountMode
        self.stabRoll = stabRoll
        self.stabPitch = stabPitch
        self.stabYaw = stabYaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        mountMode = MAVMountMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
        stabRoll = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        stabPitch = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        stabYaw = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mountMode.rawValue), toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: stabRoll, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: stabPitch, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: stabYaw, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("mount_mode", UInt8(truncatingIfNeeded: mountMode.rawValue))
        v.visit("stab_roll", stabRoll)
        v.visit("stab_pitch", stabPitch)
        v.visit("stab_yaw", stabYaw)
    }
}
