// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID Operator ID message, which contains the CAA (Civil Aviation Authority) issued operator ID.
///
/// MAVLink message `OPEN_DRONE_ID_OPERATOR_ID` (id 12905).
public struct OpenDroneIdOperatorId: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12905 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_OPERATOR_ID" }
    @inlinable public static var crcExtra: UInt8 { 49 }
    @inlinable public static var minLength: Int { 43 }
    @inlinable public static var maxLength: Int { 43 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Indicates the type of the operator_id field.
    /// Values: `MAVOdidOperatorIdType`.
    public var operatorIdType: MAVOdidOperatorIdType
    /// Text description or numeric value expressed as ASCII characters. Shall be filled with nulls in the unused portion of the field.
    public var operatorId: FixedString<20>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), operatorIdType: MAVOdidOperatorIdType = MAVOdidOperatorIdType(rawValue: 0), operatorId: FixedString<20> = FixedString()) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.operatorIdType = operatorIdType
        self.operatorId = operatorId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 2)
        operatorIdType = MAVOdidOperatorIdType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)))
        operatorId = FixedString.load(from: _p, at: 23)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        idOrMac.store(to: _p, at: 2)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: operatorIdType.rawValue), toByteOffset: 22, as: UInt8.self)
        operatorId.store(to: _p, at: 23)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("operator_id_type", UInt8(truncatingIfNeeded: operatorIdType.rawValue))
        v.visit("operator_id", operatorId)
    }
}
