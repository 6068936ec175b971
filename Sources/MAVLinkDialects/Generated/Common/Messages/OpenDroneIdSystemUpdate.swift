// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Update the data in the OPEN_DRONE_ID_SYSTEM message with new location information. This can be sent to update the location information for the operator when no other information in the SYSTEM message has changed. This message allows for efficient operation on radio links which have limited uplink bandwidth while meeting requirements for update frequency of the operator location.
///
/// MAVLink message `OPEN_DRONE_ID_SYSTEM_UPDATE` (id 12919).
public struct OpenDroneIdSystemUpdate: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12919 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_SYSTEM_UPDATE" }
    @inlinable public static var crcExtra: UInt8 { 7 }
    @inlinable public static var minLength: Int { 18 }
    @inlinable public static var maxLength: Int { 18 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Latitude of the operator. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var operatorLatitude: Int32
    /// Longitude of the operator. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var operatorLongitude: Int32
    /// Geodetic altitude of the operator relative to WGS84. If unknown: -1000 m.
    /// Units: m.
    public var operatorAltitudeGeo: Float
    /// 32 bit Unix Timestamp in seconds since 00:00:00 01/01/2019.
    /// Units: s.
    public var timestamp: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, operatorLatitude: Int32 = 0, operatorLongitude: Int32 = 0, operatorAltitudeGeo: Float = 0, timestamp: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.operatorLatitude = operatorLatitude
        self.operatorLongitude = operatorLongitude
        self.operatorAltitudeGeo = operatorAltitudeGeo
        self.timestamp = timestamp
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        operatorLatitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        operatorLongitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        operatorAltitudeGeo = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        timestamp = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: operatorLatitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: operatorLongitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: operatorAltitudeGeo, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: timestamp, toByteOffset: 12, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 17, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("operator_latitude", operatorLatitude)
        v.visit("operator_longitude", operatorLongitude)
        v.visit("operator_altitude_geo", operatorAltitudeGeo)
        v.visit("timestamp", timestamp)
    }
}
