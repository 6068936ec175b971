// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID System message. The System Message contains general system information including the operator location/altitude and possible aircraft group and/or category/class information.
///
/// MAVLink message `OPEN_DRONE_ID_SYSTEM` (id 12904).
public struct OpenDroneIdSystem: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12904 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_SYSTEM" }
    @inlinable public static var crcExtra: UInt8 { 77 }
    @inlinable public static var minLength: Int { 54 }
    @inlinable public static var maxLength: Int { 54 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Specifies the operator location type.
    /// Values: `MAVOdidOperatorLocationType`.
    public var operatorLocationType: MAVOdidOperatorLocationType
    /// Specifies the classification type of the UA.
    /// Values: `MAVOdidClassificationType`.
    public var classificationType: MAVOdidClassificationType
    /// Latitude of the operator. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var operatorLatitude: Int32
    /// Longitude of the operator. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var operatorLongitude: Int32
    /// Number of aircraft in the area, group or formation (default 1). Used only for swarms/multiple UA.
    public var areaCount: UInt16
    /// Radius of the cylindrical area of the group or formation (default 0). Used only for swarms/multiple UA.
    /// Units: m.
    public var areaRadius: UInt16
    /// Area Operations Ceiling relative to WGS84. If unknown: -1000 m. Used only for swarms/multiple UA.
    /// Units: m.
    public var areaCeiling: Float
    /// Area Operations Floor relative to WGS84. If unknown: -1000 m. Used only for swarms/multiple UA.
    /// Units: m.
    public var areaFloor: Float
    /// When classification_type is MAV_ODID_CLASSIFICATION_TYPE_EU, specifies the category of the UA.
    /// Values: `MAVOdidCategoryEu`.
    public var categoryEu: MAVOdidCategoryEu
    /// When classification_type is MAV_ODID_CLASSIFICATION_TYPE_EU, specifies the class of the UA.
    /// Values: `MAVOdidClassEu`.
    public var classEu: MAVOdidClassEu
    /// Geodetic altitude of the operator relative to WGS84. If unknown: -1000 m.
    /// Units: m.
    public var operatorAltitudeGeo: Float
    /// 32 bit Unix Timestamp in seconds since 00:00:00 01/01/2019.
    /// Units: s.
    public var timestamp: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), operatorLocationType: MAVOdidOperatorLocationType = MAVOdidOperatorLocationType(rawValue: 0), classificationType: MAVOdidClassificationType = MAVOdidClassificationType(rawValue: 0), operatorLatitude: Int32 = 0, operatorLongitude: Int32 = 0, areaCount: UInt16 = 0, areaRadius: UInt16 = 0, areaCeiling: Float = 0, areaFloor: Float = 0, categoryEu: MAVOdidCategoryEu = MAVOdidCategoryEu(rawValue: 0), classEu: MAVOdidClassEu = MAVOdidClassEu(rawValue: 0), operatorAltitudeGeo: Float = 0, timestamp: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.operatorLocationType = operatorLocationType
        self.classificationType = classificationType
        self.operatorLatitude = operatorLatitude
        self.operatorLongitude = operatorLongitude
        self.areaCount = areaCount
        self.areaRadius = areaRadius
        self.areaCeiling = areaCeiling
        self.areaFloor = areaFloor
        self.categoryEu = categoryEu
        self.classEu = classEu
        self.operatorAltitudeGeo = operatorAltitudeGeo
        self.timestamp = timestamp
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        operatorLatitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        operatorLongitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        areaCeiling = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        areaFloor = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        operatorAltitudeGeo = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        timestamp = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        areaCount = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        areaRadius = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 30)
        operatorLocationType = MAVOdidOperatorLocationType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 50, as: UInt8.self)))
        classificationType = MAVOdidClassificationType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 51, as: UInt8.self)))
        categoryEu = MAVOdidCategoryEu(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)))
        classEu = MAVOdidClassEu(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 53, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: operatorLatitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: operatorLongitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: areaCeiling, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: areaFloor, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: operatorAltitudeGeo, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: timestamp, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: areaCount, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: areaRadius, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 29, as: UInt8.self)
        idOrMac.store(to: _p, at: 30)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: operatorLocationType.rawValue), toByteOffset: 50, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: classificationType.rawValue), toByteOffset: 51, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: categoryEu.rawValue), toByteOffset: 52, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: classEu.rawValue), toByteOffset: 53, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("operator_location_type", UInt8(truncatingIfNeeded: operatorLocationType.rawValue))
        v.visit("classification_type", UInt8(truncatingIfNeeded: classificationType.rawValue))
        v.visit("operator_latitude", operatorLatitude)
        v.visit("operator_longitude", operatorLongitude)
        v.visit("area_count", areaCount)
        v.visit("area_radius", areaRadius)
        v.visit("area_ceiling", areaCeiling)
        v.visit("area_floor", areaFloor)
        v.visit("category_eu", UInt8(truncatingIfNeeded: categoryEu.rawValue))
        v.visit("class_eu", UInt8(truncatingIfNeeded: classEu.rawValue))
        v.visit("operator_altitude_geo", operatorAltitudeGeo)
        v.visit("timestamp", timestamp)
    }
}
