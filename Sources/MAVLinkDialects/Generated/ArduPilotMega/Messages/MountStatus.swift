// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message with some status from autopilot to GCS about camera or antenna mount.
///
/// MAVLink message `MOUNT_STATUS` (id 158).
public struct MountStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 158 }
    @inlinable public static var name: StaticString { "MOUNT_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 134 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 15 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Pitch.
    /// Units: cdeg.
    public var pointingA: Int32
    /// Roll.
    /// Units: cdeg.
    public var pointingB: Int32
    /// Yaw.
    /// Units: cdeg.
    public var pointingC: Int32
    /// Mount operating mode.
    /// Values: `MAVMountMode`.
    /// MAVLink 2 extension field.
    public var mountMode: MAVMountMode

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, pointingA: Int32 = 0, pointingB: Int32 = 0, pointingC: Int32 = 0, mountMode: MAVMountMode = MAVMountMode(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.pointingA = pointingA
        self.pointingB = pointingB
        self.pointingC = pointingC
        self.mountMode = mountMode
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        pointingA = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        pointingB = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        pointingC = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        mountMode = MAVMountMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: pointingA, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: pointingB, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: pointingC, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mountMode.rawValue), toByteOffset: 14, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("pointing_a", pointingA)
        v.visit("pointing_b", pointingB)
        v.visit("pointing_c", pointingC)
        v.visit("mount_mode", UInt8(truncatingIfNeeded: mountMode.rawValue))
    }
}
