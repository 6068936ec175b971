/// One item of a mission, fence or rally plan: the flight core's own vocabulary, translated from
/// and to MAVLink `MISSION_ITEM_INT` by the vehicle services.
///
/// The command and frame are kept as raw numbers so that an item the core cannot fly can still be
/// represented, and refused by `MissionPlan.validate()` with the exact reason.
public struct MissionItem: Equatable, Sendable {
    /// `MAV_CMD` number (see `MissionCommand`).
    public var commandNumber: UInt16
    /// `MAV_FRAME` number (see `MissionFrame`).
    public var frameNumber: UInt8
    /// Command parameters 1–4, meaning as in `MAV_CMD` (seconds, metres, m/s, degrees…).
    public var param1: Float, param2: Float, param3: Float, param4: Float
    /// Latitude, degrees × 1e7 (WGS-84).
    public var latE7: Int32
    /// Longitude, degrees × 1e7 (WGS-84).
    public var lonE7: Int32
    /// Altitude, metres, in the datum the frame names (mean sea level or above home).
    public var altitude: Float
    /// Continue with the next item once this one is reached.
    public var autocontinue: Bool

    public init(command: UInt16, frame: UInt8 = MissionFrame.globalRelativeAltitudeInt.rawValue,
                param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0,
                latE7: Int32 = 0, lonE7: Int32 = 0, altitude: Float = 0, autocontinue: Bool = true) {
        commandNumber = command; frameNumber = frame
        self.param1 = param1; self.param2 = param2; self.param3 = param3; self.param4 = param4
        self.latE7 = latE7; self.lonE7 = lonE7; self.altitude = altitude; self.autocontinue = autocontinue
    }

    public init(_ command: MissionCommand, frame: MissionFrame = .globalRelativeAltitudeInt,
                param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0,
                latE7: Int32 = 0, lonE7: Int32 = 0, altitude: Float = 0, autocontinue: Bool = true) {
        self.init(command: command.rawValue, frame: frame.rawValue, param1: param1, param2: param2,
                  param3: param3, param4: param4, latE7: latE7, lonE7: lonE7, altitude: altitude,
                  autocontinue: autocontinue)
    }

    /// The command, or nil when the number is not one the core knows.
    public var command: MissionCommand? { MissionCommand(rawValue: commandNumber) }
    /// The frame, or nil when the number is not one the core knows.
    public var frame: MissionFrame? { MissionFrame(rawValue: frameNumber) }

    /// Latitude and longitude in degrees, with the given height in metres.
    public func geodetic(altitude height: Double) -> GeodeticPosition {
        GeodeticPosition(latitude: Double(latE7) * 1e-7, longitude: Double(lonE7) * 1e-7, altitude: height)
    }

    /// True when the item leaves latitude and longitude at zero, meaning "here" for takeoff and land.
    public var hasNoHorizontalPosition: Bool { latE7 == 0 && lonE7 == 0 }

    /// Checks latitude (±90°) and longitude (±180°); throws `invalidParam5`/`invalidParam6` with
    /// `index` as the sequence.
    public func validateCoordinates(at index: Int) throws(MissionRejection) {
        guard abs(Int64(latE7)) <= 900_000_000 else { throw MissionRejection(.invalidParam5, at: index) }
        guard abs(Int64(lonE7)) <= 1_800_000_000 else { throw MissionRejection(.invalidParam6, at: index) }
    }
}
