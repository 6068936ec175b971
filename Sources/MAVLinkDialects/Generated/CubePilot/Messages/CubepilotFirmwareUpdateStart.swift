// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Start firmware update with encapsulated data.
///
/// MAVLink message `CUBEPILOT_FIRMWARE_UPDATE_START` (id 50004).
public struct CubepilotFirmwareUpdateStart: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50004 }
    @inlinable public static var name: StaticString { "CUBEPILOT_FIRMWARE_UPDATE_START" }
    @inlinable public static var crcExtra: UInt8 { 240 }
    @inlinable public static var minLength: Int { 10 }
    @inlinable public static var maxLength: Int { 10 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// FW Size.
    /// Units: bytes.
    public var size: UInt32
    /// FW CRC.
    public var crc: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, size: UInt32 = 0, crc: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.size = size
        self.crc = crc
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        size = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        crc = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: size, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: crc, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 9, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("size", size)
        v.visit("crc", crc)
    }
}
