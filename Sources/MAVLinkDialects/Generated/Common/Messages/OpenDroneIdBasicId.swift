// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID Basic ID message. This and the below messages are primarily meant for feeding data to/from an OpenDroneID implementation. E.g. https://github.com/opendroneid/opendroneid-core-c. These messages are compatible with the ASTM F3411 Remote ID standard and the ASD-STAN prEN 4709-002 Direct Remote ID standard. Additional information and usage of these messages is documented at https://mavlink.io/en/services/opendroneid.html.
///
/// MAVLink message `OPEN_DRONE_ID_BASIC_ID` (id 12900).
public struct OpenDroneIdBasicId: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12900 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_BASIC_ID" }
    @inlinable public static var crcExtra: UInt8 { 114 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 44 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Indicates the format for the uas_id field of this message.
    /// Values: `MAVOdidIdType`.
    public var idType: MAVOdidIdType
    /// Indicates the type of UA (Unmanned Aircraft).
    /// Values: `MAVOdidUaType`.
    public var uaType: MAVOdidUaType
    /// UAS (Unmanned Aircraft System) ID following the format specified by id_type. Shall be filled with nulls in the unused portion of the field.
    public var uasId: FixedArray<20, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), idType: MAVOdidIdType = MAVOdidIdType(rawValue: 0), uaType: MAVOdidUaType = MAVOdidUaType(rawValue: 0), uasId: FixedArray<20, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.idType = idType
        self.uaType = uaType
        self.uasId = uasId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 2)
        idType = MAVOdidIdType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)))
        uaType = MAVOdidUaType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 23, as: UInt8.self)))
        uasId = FixedArray.load(from: _p, at: 24)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        idOrMac.store(to: _p, at: 2)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: idType.rawValue), toByteOffset: 22, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: uaType.rawValue), toByteOffset: 23, as: UInt8.self)
        uasId.store(to: _p, at: 24)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("id_type", UInt8(truncatingIfNeeded: idType.rawValue))
        v.visit("ua_type", UInt8(truncatingIfNeeded: uaType.rawValue))
        v.visit("uas_id", uasId)
    }
}
