// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera tracking status, sent while in active tracking. Use MAV_CMD_SET_MESSAGE_INTERVAL to define message interval.
///
/// MAVLink message `CAMERA_TRACKING_GEO_STATUS` (id 276).
public struct CameraTrackingGeoStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 276 }
    @inlinable public static var name: StaticString { "CAMERA_TRACKING_GEO_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 18 }
    @inlinable public static var minLength: Int { 49 }
    @inlinable public static var maxLength: Int { 50 }

    /// Current tracking status
    /// Values: `CameraTrackingStatusFlags`.
    public var trackingStatus: CameraTrackingStatusFlags
    /// Latitude of tracked object
    /// Units: degE7.
    public var lat: Int32
    /// Longitude of tracked object
    /// Units: degE7.
    public var lon: Int32
    /// Altitude of tracked object(AMSL, WGS84)
    /// Units: m.
    public var alt: Float
    /// Horizontal accuracy. NAN if unknown
    /// Units: m.
    public var hAcc: Float
    /// Vertical accuracy. NAN if unknown
    /// Units: m.
    public var vAcc: Float
    /// North velocity of tracked object. NAN if unknown
    /// Units: m/s.
    public var velN: Float
    /// East velocity of tracked object. NAN if unknown
    /// Units: m/s.
    public var velE: Float
    /// Down velocity of tracked object. NAN if unknown
    /// Units: m/s.
    public var velD: Float
    /// Velocity accuracy. NAN if unknown
    /// Units: m/s.
    public var velAcc: Float
    /// Distance between camera and tracked object. NAN if unknown
    /// Units: m.
    public var dist: Float
    /// Heading in radians, in NED. NAN if unknown
    /// Units: rad.
    public var hdg: Float
    /// Accuracy of heading, in NED. NAN if unknown
    /// Units: rad.
    public var hdgAcc: Float
    /// Camera id of a non-MAVLink camera attached to an autopilot (1-6).  0 if the component is a MAVLink camera (with its own component id).
    /// MAVLink 2 extension field.
    public var cameraDeviceId: UInt8

    public init(trackingStatus: CameraTrackingStatusFlags = CameraTrackingStatusFlags(rawValue: 0), lat: Int32 = 0, lon: Int32 = 0, alt: Float = 0, hAcc: Float = 0, vAcc: Float = 0, velN: Float = 0, velE: Float = 0, velD: Float = 0, velAcc: Float = 0, dist: Float = 0, hdg: Float = 0, hdgAcc: Float = 0, cameraDeviceId: UInt8 = 0) {
        self.trackingStatus = trackingStatus
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.hAcc = hAcc
        self.vAcc = vAcc
        self.velN = velN
        self.velE = velE
        self.velD = velD
        self.velAcc = velAcc
        self.dist = dist
        self.hdg = hdg
        self.hdgAcc = hdgAcc
        self.cameraDeviceId = cameraDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        hAcc = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        vAcc = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        velN = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        velE = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        velD = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        velAcc = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        dist = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        hdg = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        hdgAcc = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        trackingStatus = CameraTrackingStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)))
        cameraDeviceId = _p.loadUnaligned(fromByteOffset: 49, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: hAcc, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: vAcc, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: velN, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: velE, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: velD, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: velAcc, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: dist, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: hdg, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: hdgAcc, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: trackingStatus.rawValue), toByteOffset: 48, as: UInt8.self)
        _p.storeBytes(of: cameraDeviceId, toByteOffset: 49, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("tracking_status", UInt8(truncatingIfNeeded: trackingStatus.rawValue))
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("h_acc", hAcc)
        v.visit("v_acc", vAcc)
        v.visit("vel_n", velN)
        v.visit("vel_e", velE)
        v.visit("vel_d", velD)
        v.visit("vel_acc", velAcc)
        v.visit("dist", dist)
        v.visit("hdg", hdg)
        v.visit("hdg_acc", hdgAcc)
        v.visit("camera_device_id", cameraDeviceId)
    }
}
