// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Flight information.
/// This includes time since boot for arm, takeoff, and land, and a flight number.
/// Takeoff and landing values reset to zero on arm.
/// This can be requested using MAV_CMD_REQUEST_MESSAGE.
/// Note, some fields are misnamed - timestamps are from boot (not UTC) and the flight_uuid is a sequence number.
///
/// MAVLink message `FLIGHT_INFORMATION` (id 264).
public struct FlightInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 264 }
    @inlinable public static var name: StaticString { "FLIGHT_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 49 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 32 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Timestamp at arming (since system boot). Set to 0 on boot. Set value on arming. Note, field is misnamed UTC.
    /// Units: us.
    public var armingTimeUtc: UInt64
    /// Timestamp at takeoff (since system boot). Set to 0 at boot and on arming. Note, field is misnamed UTC.
    /// Units: us.
    public var takeoffTimeUtc: UInt64
    /// Flight number. Note, field is misnamed UUID.
    public var flightUuid: UInt64
    /// Timestamp at landing (in ms since system boot). Set to 0 at boot and on arming.
    /// Units: ms.
    /// MAVLink 2 extension field.
    public var landingTime: UInt32

    public init(timeBootMs: UInt32 = 0, armingTimeUtc: UInt64 = 0, takeoffTimeUtc: UInt64 = 0, flightUuid: UInt64 = 0, landingTime: UInt32 = 0) {
        self.timeBootMs = timeBootMs
        self.armingTimeUtc = armingTimeUtc
        self.takeoffTimeUtc = takeoffTimeUtc
        self.flightUuid = flightUuid
        self.landingTime = landingTime
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        armingTimeUtc = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        takeoffTimeUtc = _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        flightUuid = _p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        timeBootMs = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        landingTime = _p.loadUnaligned(fromByteOffset: 28, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: armingTimeUtc, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: takeoffTimeUtc, toByteOffset: 8, as: UInt64.self)
        _p.storeBytes(of: flightUuid, toByteOffset: 16, as: UInt64.self)
        _p.storeBytes(of: timeBootMs, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: landingTime, toByteOffset: 28, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("arming_time_utc", armingTimeUtc)
        v.visit("takeoff_time_utc", takeoffTimeUtc)
        v.visit("flight_uuid", flightUuid)
        v.visit("landing_time", landingTime)
    }
}
