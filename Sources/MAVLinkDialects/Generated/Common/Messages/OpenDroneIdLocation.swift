// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID Location message. The float data types are 32-bit IEEE 754. The Location message provides the location, altitude, direction and speed of the aircraft.
///
/// MAVLink message `OPEN_DRONE_ID_LOCATION` (id 12901).
public struct OpenDroneIdLocation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12901 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_LOCATION" }
    @inlinable public static var crcExtra: UInt8 { 254 }
    @inlinable public static var minLength: Int { 59 }
    @inlinable public static var maxLength: Int { 59 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Indicates whether the unmanned aircraft is on the ground or in the air.
    /// Values: `MAVOdidStatus`.
    public var status: MAVOdidStatus
    /// Direction over ground (not heading, but direction of movement) measured clockwise from true North: 0 - 35999 centi-degrees. If unknown: 36100 centi-degrees.
    /// Units: cdeg.
    public var direction: UInt16
    /// Ground speed. Positive only. If unknown: 25500 cm/s. If speed is larger than 25425 cm/s, use 25425 cm/s.
    /// Units: cm/s.
    public var speedHorizontal: UInt16
    /// The vertical speed. Up is positive. If unknown: 6300 cm/s. If speed is larger than 6200 cm/s, use 6200 cm/s. If lower than -6200 cm/s, use -6200 cm/s.
    /// Units: cm/s.
    public var speedVertical: Int16
    /// Current latitude of the unmanned aircraft. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var latitude: Int32
    /// Current longitude of the unmanned aircraft. If unknown: 0 (both Lat/Lon).
    /// Units: degE7.
    public var longitude: Int32
    /// The altitude calculated from the barometric pressure. Reference is against 29.92inHg or 1013.2mb. If unknown: -1000 m.
    /// Units: m.
    public var altitudeBarometric: Float
    /// The geodetic altitude as defined by WGS84. If unknown: -1000 m.
    /// Units: m.
    public var altitudeGeodetic: Float
    /// Indicates the reference point for the height field.
    /// Values: `MAVOdidHeightRef`.
    public var heightReference: MAVOdidHeightRef
    /// The current height of the unmanned aircraft above the take-off location or the ground as indicated by height_reference. If unknown: -1000 m.
    /// Units: m.
    public var height: Float
    /// The accuracy of the horizontal position.
    /// Values: `MAVOdidHorAcc`.
    public var horizontalAccuracy: MAVOdidHorAcc
    /// The accuracy of the vertical position.
    /// Values: `MAVOdidVerAcc`.
    public var verticalAccuracy: MAVOdidVerAcc
    /// The accuracy of the barometric altitude.
    /// Values: `MAVOdidVerAcc`.
    public var barometerAccuracy: MAVOdidVerAcc
    /// The accuracy of the horizontal and vertical speed.
    /// Values: `MAVOdidSpeedAcc`.
    public var speedAccuracy: MAVOdidSpeedAcc
    /// Seconds after the full hour with reference to UTC time. Typically the GPS outputs a time-of-week value in milliseconds. First convert that to UTC and then convert for this field using ((float) (time_week_ms % (60*60*1000))) / 1000. If unknown: 0xFFFF.
    /// Units: s.
    public var timestamp: Float
    /// The accuracy of the timestamps.
    /// Values: `MAVOdidTimeAcc`.
    public var timestampAccuracy: MAVOdidTimeAcc

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), status: MAVOdidStatus = MAVOdidStatus(rawValue: 0), direction: UInt16 = 0, speedHorizontal: UInt16 = 0, speedVertical: Int16 = 0, latitude: Int32 = 0, longitude: Int32 = 0, altitudeBarometric: Float = 0, altitudeGeodetic: Float = 0, heightReference: MAVOdidHeightRef = MAVOdidHeightRef(rawValue: 0), height: Float = 0, horizontalAccuracy: MAVOdidHorAcc = MAVOdidHorAcc(rawValue: 0), verticalAccuracy: MAVOdidVerAcc = MAVOdidVerAcc(rawValue: 0), barometerAccuracy: MAVOdidVerAcc = MAVOdidVerAcc(rawValue: 0), speedAccuracy: MAVOdidSpeedAcc = MAVOdidSpeedAcc(rawValue: 0), timestamp: Float = 0, timestampAccuracy: MAVOdidTimeAcc = MAVOdidTimeAcc(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.status = status
        self.direction = direction
        self.speedHorizontal = speedHorizontal
        self.speedVertical = speedVertical
        self.latitude = latitude
        self.longitude = longitude
        self.altitudeBarometric = altitudeBarometric
        self.altitudeGeodetic = altitudeGeodetic
        self.heightReference = heightReference
        self.height = height
        self.horizontalAccuracy = horizontalAccuracy
        self.verticalAccuracy = verticalAccuracy
        self.barometerAccuracy = barometerAccuracy
        self.speedAccuracy = speedAccuracy
        self.timestamp = timestamp
        self.timestampAccuracy = timestampAccuracy
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        latitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        altitudeBarometric = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        altitudeGeodetic = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        height = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        timestamp = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        direction = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        speedHorizontal = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        speedVertical = _p.loadUnaligned(fromByteOffset: 28, as: Int16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 32)
        status = MAVOdidStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)))
        heightReference = MAVOdidHeightRef(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 53, as: UInt8.self)))
        horizontalAccuracy = MAVOdidHorAcc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 54, as: UInt8.self)))
        verticalAccuracy = MAVOdidVerAcc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 55, as: UInt8.self)))
        barometerAccuracy = MAVOdidVerAcc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 56, as: UInt8.self)))
        speedAccuracy = MAVOdidSpeedAcc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 57, as: UInt8.self)))
        timestampAccuracy = MAVOdidTimeAcc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 58, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: latitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: altitudeBarometric, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: altitudeGeodetic, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: height, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: timestamp, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: direction, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: speedHorizontal, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: speedVertical, toByteOffset: 28, as: Int16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 31, as: UInt8.self)
        idOrMac.store(to: _p, at: 32)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 52, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: heightReference.rawValue), toByteOffset: 53, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: horizontalAccuracy.rawValue), toByteOffset: 54, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: verticalAccuracy.rawValue), toByteOffset: 55, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: barometerAccuracy.rawValue), toByteOffset: 56, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: speedAccuracy.rawValue), toByteOffset: 57, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: timestampAccuracy.rawValue), toByteOffset: 58, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("direction", direction)
        v.visit("speed_horizontal", speedHorizontal)
        v.visit("speed_vertical", speedVertical)
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude_barometric", altitudeBarometric)
        v.visit("altitude_geodetic", altitudeGeodetic)
        v.visit("height_reference", UInt8(truncatingIfNeeded: heightReference.rawValue))
        v.visit("height", height)
        v.visit("horizontal_accuracy", UInt8(truncatingIfNeeded: horizontalAccuracy.rawValue))
        v.visit("vertical_accuracy", UInt8(truncatingIfNeeded: verticalAccuracy.rawValue))
        v.visit("barometer_accuracy", UInt8(truncatingIfNeeded: barometerAccuracy.rawValue))
        v.visit("speed_accuracy", UInt8(truncatingIfNeeded: speedAccuracy.rawValue))
        v.visit("timestamp", timestamp)
        v.visit("timestamp_accuracy", UInt8(truncatingIfNeeded: timestampAccuracy.rawValue))
    }
}
