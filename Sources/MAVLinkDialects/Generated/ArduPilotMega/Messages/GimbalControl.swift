// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control message for rate gimbal.
///
/// MAVLink message `GIMBAL_CONTROL` (id 201).
public struct GimbalControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 201 }
    @inlinable public static var name: StaticString { "GIMBAL_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 205 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 14 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Demanded angular rate X.
    /// Units: rad/s.
    public var demandedRateX: Float
    /// Demanded angular rate Y.
    /// Units: rad/s.
    public var demandedRateY: Float
    /// Demanded angular rate Z.
    /// Units: rad/s.
    public var demandedRateZ: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, demandedRateX: Float = 0, demandedRateY: Float = 0, demandedRateZ: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.demandedRateX = demandedRateX
        self.demandedRateY = demandedRateY
        self.demandedRateZ = demandedRateZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        demandedRateX = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        demandedRateY = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        demandedRateZ = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: demandedRateX, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: demandedRateY, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: demandedRateZ, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 13, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("demanded_rate_x", demandedRateX)
        v.visit("demanded_rate_y", demandedRateY)
        v.visit("demanded_rate_z", demandedRateZ)
    }
}
