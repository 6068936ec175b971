/// The mission commands the flight core understands, numbered as MAVLink's `MAV_CMD`.
///
/// Navigation commands (`nav…`) move the vehicle; `do…` commands act immediately when reached;
/// `condition…` commands hold the sequence; camera commands are accepted and have no effect on flight.
/// Fence and rally commands describe the fence and rally plans, not the mission.
public enum MissionCommand: UInt16, Sendable, CaseIterable {
    case navWaypoint = 16
    case navLoiterUnlimited = 17
    case navLoiterTurns = 18
    case navLoiterTime = 19
    case navReturnToLaunch = 20
    case navLand = 21
    case navTakeoff = 22
    case navDelay = 93
    case conditionDelay = 112
    case doJump = 177
    case doChangeSpeed = 178
    case doSetHome = 179
    case doSetRoiLocation = 195
    case doSetRoiNone = 197
    case doDigicamControl = 203
    case doSetCameraTriggerDistance = 206
    case imageStartCapture = 2000
    case imageStopCapture = 2001
    case fenceReturnPoint = 5000
    case fencePolygonVertexInclusion = 5001
    case fencePolygonVertexExclusion = 5002
    case fenceCircleInclusion = 5003
    case fenceCircleExclusion = 5004
    case rallyPoint = 5100

    /// True for commands that move the vehicle to (or about) the item's location.
    public var isNavigation: Bool {
        switch self {
        case .navWaypoint, .navLoiterUnlimited, .navLoiterTurns, .navLoiterTime, .navReturnToLaunch,
             .navLand, .navTakeoff, .navDelay: return true
        default: return false
        }
    }

    /// True for commands whose latitude/longitude/altitude name a place the vehicle flies to.
    public var usesLocation: Bool {
        switch self {
        case .navWaypoint, .navLoiterUnlimited, .navLoiterTurns, .navLoiterTime, .navLand, .navTakeoff,
             .doSetRoiLocation: return true
        default: return false
        }
    }

    /// True for commands allowed in a flight mission (as opposed to fence or rally plans).
    public var belongsInMission: Bool { rawValue < 5000 }

    /// True for camera commands that the navigator accepts and ignores.
    public var isCameraOnly: Bool {
        switch self {
        case .doDigicamControl, .doSetCameraTriggerDistance, .imageStartCapture, .imageStopCapture: return true
        default: return false
        }
    }
}

/// Coordinate frames of mission items, numbered as MAVLink's `MAV_FRAME`.
public enum MissionFrame: UInt8, Sendable, CaseIterable {
    /// Latitude/longitude, altitude above mean sea level.
    case global = 0
    /// Local north-east-down, metres (not flown by the navigator).
    case localNED = 1
    /// No position: the item carries only parameters.
    case mission = 2
    /// Latitude/longitude, altitude above home.
    case globalRelativeAltitude = 3
    /// As `global`, transmitted as degrees × 1e7.
    case globalInt = 5
    /// As `globalRelativeAltitude`, transmitted as degrees × 1e7.
    case globalRelativeAltitudeInt = 6

    /// True when the item's altitude is measured from home rather than mean sea level.
    public var isRelativeToHome: Bool { self == .globalRelativeAltitude || self == .globalRelativeAltitudeInt }
    /// True for the frames the navigator flies positions in.
    public var isGlobal: Bool { self == .global || self == .globalInt || isRelativeToHome }
}
