// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID Self ID message. The Self ID Message is an opportunity for the operator to (optionally) declare their identity and purpose of the flight. This message can provide additional information that could reduce the threat profile of a UA (Unmanned Aircraft) flying in a particular area or manner. This message can also be used to provide optional additional clarification in an emergency/remote ID system failure situation.
///
/// MAVLink message `OPEN_DRONE_ID_SELF_ID` (id 12903).
public struct OpenDroneIdSelfId: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12903 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_SELF_ID" }
    @inlinable public static var crcExtra: UInt8 { 249 }
    @inlinable public static var minLength: Int { 46 }
    @inlinable public static var maxLength: Int { 46 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Indicates the type of the description field.
    /// Values: `MAVOdidDescType`.
    public var descriptionType: MAVOdidDescType
    /// Text description or numeric value expressed as ASCII characters. Shall be filled with nulls in the unused portion of the field.
    public var description: FixedString<23>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), descriptionType: MAVOdidDescType = MAVOdidDescType(rawValue: 0), description: FixedString<23> = FixedString()) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.descriptionType = descriptionType
        self.description = description
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 2)
        descriptionType = MAVOdidDescType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)))
        description = FixedString.load(from: _p, at: 23)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        idOrMac.store(to: _p, at: 2)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: descriptionType.rawValue), toByteOffset: 22, as: UInt8.self)
        description.store(to: _p, at: 23)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("description_type", UInt8(truncatingIfNeeded: descriptionType.rawValue))
        v.visit("description", description)
    }
}
