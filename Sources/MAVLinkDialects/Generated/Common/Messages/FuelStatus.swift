// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Fuel status.
/// This message provides "generic" fuel level information for  in a GCS and for triggering failsafes in an autopilot.
/// The fuel type and associated units for fields in this message are defined in the enum MAV_FUEL_TYPE.
///
/// The reported `consumed_fuel` and `remaining_fuel` must only be supplied if measured: they must not be inferred from the `maximum_fuel` and the other value.
/// A recipient can assume that if these fields are supplied they are accurate.
/// If not provided, the recipient can infer `remaining_fuel` from `maximum_fuel` and `consumed_fuel` on the assumption that the fuel was initially at its maximum (this is what battery monitors assume).
/// Note however that this is an assumption, and the UI should prompt the user appropriately (i.e. notify user that they should fill the tank before boot).
///
/// This kind of information may also be sent in fuel-specific messages such as BATTERY_STATUS_V2.
/// If both messages are sent for the same fuel system, the ids and corresponding information must match.
///
/// This should be streamed (nominally at 0.1 Hz).
///
/// MAVLink message `FUEL_STATUS` (id 371).
public struct FuelStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 371 }
    @inlinable public static var name: StaticString { "FUEL_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 10 }
    @inlinable public static var minLength: Int { 26 }
    @inlinable public static var maxLength: Int { 26 }

    /// Fuel ID. Must match ID of other messages for same fuel system, such as BATTERY_STATUS_V2.
    public var id: UInt8
    /// Capacity when full. Must be provided.
    public var maximumFuel: Float
    /// Consumed fuel (measured). This value should not be inferred: if not measured set to NaN. NaN: field not provided.
    public var consumedFuel: Float
    /// Remaining fuel until empty (measured). The value should not be inferred: if not measured set to NaN. NaN: field not provided.
    public var remainingFuel: Float
    /// Percentage of remaining fuel, relative to full. Values: [0-100], UINT8_MAX: field not provided.
    /// Units: %.
    public var percentRemaining: UInt8
    /// Positive value when emptying/using, and negative if filling/replacing. NaN: field not provided.
    public var flowRate: Float
    /// Fuel temperature. NaN: field not provided.
    /// Units: K.
    public var temperature: Float
    /// Fuel type. Defines units for fuel capacity and consumption fields above.
    /// Values: `MAVFuelType`.
    public var fuelType: MAVFuelType

    public init(id: UInt8 = 0, maximumFuel: Float = 0, consumedFuel: Float = 0, remainingFuel: Float = 0, percentRemaining: UInt8 = 0, flowRate: Float = 0, temperature: Float = 0, fuelType: MAVFuelType = MAVFuelType(rawValue: 0)) {
        self.id = id
        self.maximumFuel = maximumFuel
        self.consumedFuel = consumedFuel
        self.remainingFuel = remainingFuel
        self.percentRemaining = percentRemaining
        self.flowRate = flowRate
        self.temperature = temperature
        self.fuelType = fuelType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        maximumFuel = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        consumedFuel = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        remainingFuel = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        flowRate = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        fuelType = MAVFuelType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
        id = _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)
        percentRemaining = _p.loadUnaligned(fromByteOffset: 25, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: maximumFuel, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: consumedFuel, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: remainingFuel, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: flowRate, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: fuelType.rawValue), toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: id, toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: percentRemaining, toByteOffset: 25, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("maximum_fuel", maximumFuel)
        v.visit("consumed_fuel", consumedFuel)
        v.visit("remaining_fuel", remainingFuel)
        v.visit("percent_remaining", percentRemaining)
        v.visit("flow_rate", flowRate)
        v.visit("temperature", temperature)
        v.visit("fuel_type", UInt32(truncatingIfNeeded: fuelType.rawValue))
    }
}
