// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set the magnetometer offsets
///
/// MAVLink message `SET_MAG_OFFSETS` (id 151). Deprecated.
public struct SetMagOffsets: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 151 }
    @inlinable public static var name: StaticString { "SET_MAG_OFFSETS" }
    @inlinable public static var crcExtra: UInt8 { 219 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Magnetometer X offset.
    public var magOfsX: Int16
    /// Magnetometer Y offset.
    public var magOfsY: Int16
    /// Magnetometer Z offset.
    public var magOfsZ: Int16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, magOfsX: Int16 = 0, magOfsY: Int16 = 0, magOfsZ: Int16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.magOfsX = magOfsX
        self.magOfsY = magOfsY
        self.magOfsZ = magOfsZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        magOfsX = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        magOfsY = _p.loadUnaligned(fromByteOffset: 2, as: Int16.self)
        magOfsZ = _p.loadUnaligned(fromByteOffset: 4, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: magOfsX, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: magOfsY, toByteOffset: 2, as: Int16.self)
        _p.storeBytes(of: magOfsZ, toByteOffset: 4, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 7, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("mag_ofs_x", magOfsX)
        v.visit("mag_ofs_y", magOfsY)
        v.visit("mag_ofs_z", magOfsZ)
    }
}
