// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Write registers for a device.
///
/// MAVLink message `DEVICE_OP_WRITE` (id 11002).
public struct DeviceOpWrite: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11002 }
    @inlinable public static var name: StaticString { "DEVICE_OP_WRITE" }
    @inlinable public static var crcExtra: UInt8 { 234 }
    @inlinable public static var minLength: Int { 179 }
    @inlinable public static var maxLength: Int { 180 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Request ID - copied to reply.
    public var requestId: UInt32
    /// The bus type.
    /// Values: `DeviceOpBustype`.
    public var bustype: DeviceOpBustype
    /// Bus number.
    public var bus: UInt8
    /// Bus address.
    public var address: UInt8
    /// Name of device on bus (for SPI).
    public var busname: FixedString<40>
    /// First register to write.
    public var regstart: UInt8
    /// Count of registers to write.
    public var count: UInt8
    /// Write data.
    public var data: FixedArray<128, UInt8>
    /// Bank number.
    /// MAVLink 2 extension field.
    public var bank: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, requestId: UInt32 = 0, bustype: DeviceOpBustype = DeviceOpBustype(rawValue: 0), bus: UInt8 = 0, address: UInt8 = 0, busname: FixedString<40> = FixedString(), regstart: UInt8 = 0, count: UInt8 = 0, data: FixedArray<128, UInt8> = FixedArray(repeating: 0), bank: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.requestId = requestId
        self.bustype = bustype
        self.bus = bus
        self.address = address
        self.busname = busname
        self.regstart = regstart
        self.count = count
        self.data = data
        self.bank = bank
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        bustype = DeviceOpBustype(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
        bus = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
        address = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        busname = FixedString.load(from: _p, at: 9)
        regstart = _p.loadUnaligned(fromByteOffset: 49, as: UInt8.self)
        count = _p.loadUnaligned(fromByteOffset: 50, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 51)
        bank = _p.loadUnaligned(fromByteOffset: 179, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: bustype.rawValue), toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: bus, toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: address, toByteOffset: 8, as: UInt8.self)
        busname.store(to: _p, at: 9)
        _p.storeBytes(of: regstart, toByteOffset: 49, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 50, as: UInt8.self)
        data.store(to: _p, at: 51)
        _p.storeBytes(of: bank, toByteOffset: 179, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("request_id", requestId)
        v.visit("bustype", UInt8(truncatingIfNeeded: bustype.rawValue))
        v.visit("bus", bus)
        v.visit("address", address)
        v.visit("busname", busname)
        v.visit("regstart", regstart)
        v.visit("count", count)
        v.visit("data", data)
        v.visit("bank", bank)
    }
}
