// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control a serial port. This can be used for raw access to an onboard serial peripheral such as a GPS or telemetry radio. It is designed to make it possible to update the devices firmware via MAVLink messages or change the devices settings. A message with zero bytes can be used to change just the baudrate.
///
/// MAVLink message `SERIAL_CONTROL` (id 126).
public struct SerialControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 126 }
    @inlinable public static var name: StaticString { "SERIAL_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 220 }
    @inlinable public static var minLength: Int { 79 }
    @inlinable public static var maxLength: Int { 81 }

    /// Serial control device type.
    /// Values: `SerialControlDev`.
    public var device: SerialControlDev
    /// Bitmap of serial control flags.
    /// Values: `SerialControlFlag`.
    public var flags: SerialControlFlag
    /// Timeout for reply data
    /// Units: ms.
    public var timeout: UInt16
    /// Baudrate of transfer. Zero means no change.
    /// Units: bits/s.
    public var baudrate: UInt32
    /// how many bytes in this transfer
    /// Units: bytes.
    public var count: UInt8
    /// serial data
    public var data: FixedArray<70, UInt8>
    /// System ID
    /// MAVLink 2 extension field.
    public var targetSystem: UInt8
    /// Component ID
    /// MAVLink 2 extension field.
    public var targetComponent: UInt8

    public init(device: SerialControlDev = SerialControlDev(rawValue: 0), flags: SerialControlFlag = SerialControlFlag(rawValue: 0), timeout: UInt16 = 0, baudrate: UInt32 = 0, count: UInt8 = 0, data: FixedArray<70, UInt8> = FixedArray(repeating: 0), targetSystem: UInt8 = 0, targetComponent: UInt8 = 0) {
        self.device = device
        self.flags = flags
        self.timeout = timeout
        self.baudrate = baudrate
        self.count = count
        self.data = data
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        baudrate = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        timeout = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        device = SerialControlDev(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
        flags = SerialControlFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)))
        count = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 9)
        targetSystem = _p.loadUnaligned(fromByteOffset: 79, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 80, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: baudrate, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: timeout, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: device.rawValue), toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 8, as: UInt8.self)
        data.store(to: _p, at: 9)
        _p.storeBytes(of: targetSystem, toByteOffset: 79, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 80, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("device", UInt8(truncatingIfNeeded: device.rawValue))
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
        v.visit("timeout", timeout)
        v.visit("baudrate", baudrate)
        v.visit("count", count)
        v.visit("data", data)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
    }
}
