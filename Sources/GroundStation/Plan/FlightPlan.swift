/// A geodetic point, degrees (WGS-84).
public struct GeoPoint: Equatable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public init(latitude: Double, longitude: Double) { self.latitude = latitude; self.longitude = longitude }
}

/// One region of a geofence: a polygon or a circle, inclusion (stay inside) or exclusion (stay out).
public enum FenceRegion: Equatable, Sendable {
    /// Polygon with vertices in order (not closed: the last vertex connects back to the first).
    case polygon(vertices: [GeoPoint], inclusion: Bool)
    /// Circle about `center`, `radius` metres.
    case circle(center: GeoPoint, radius: Double, inclusion: Bool)

    public var isInclusion: Bool {
        switch self { case .polygon(_, let i), .circle(_, _, let i): return i }
    }
}

/// A rally (safe landing) point: position in degrees and altitude in metres above home.
public struct RallyPoint: Equatable, Sendable {
    public var latitude: Double
    public var longitude: Double
    /// Metres above home.
    public var altitude: Double
    public init(latitude: Double, longitude: Double, altitude: Double) {
        self.latitude = latitude; self.longitude = longitude; self.altitude = altitude
    }
}

/// The planned launch position: degrees and metres above mean sea level.
public struct PlannedHome: Equatable, Sendable {
    public var latitude: Double
    public var longitude: Double
    /// Metres above mean sea level.
    public var altitudeMSL: Double
    public init(latitude: Double, longitude: Double, altitudeMSL: Double) {
        self.latitude = latitude; self.longitude = longitude; self.altitudeMSL = altitudeMSL
    }
}

/// Which of the three plans of the MAVLink mission protocol (`MAV_MISSION_TYPE`).
public enum MissionKind: UInt8, Sendable, CaseIterable {
    case mission = 0, fence = 1, rally = 2

    /// The name used on the command line and in JSON.
    public var name: String {
        switch self { case .mission: "mission"; case .fence: "fence"; case .rally: "rally" }
    }
}

/// A ground-station plan: mission items, geofence, rally points and planning metadata, as held by
/// a QGC `.plan` file. Mission items are MAVLink-level values (`PlanItem`), in upload order,
/// without ArduPilot's home item (the mission client inserts and strips that).
public struct FlightPlan: Equatable, Sendable {
    /// Mission items in sequence order.
    public var items: [PlanItem]
    /// Geofence regions.
    public var fence: [FenceRegion]
    /// Rally points.
    public var rally: [RallyPoint]
    /// Planned home, or nil when the file gives none.
    public var home: PlannedHome?
    /// `MAV_AUTOPILOT` the plan was made for (3 ArduPilot, 12 PX4; 0 generic).
    public var firmwareType: UInt8
    /// `MAV_TYPE` of the vehicle (2 quadrotor).
    public var vehicleType: UInt8
    /// Cruise speed, m/s (fixed-wing), and hover speed, m/s (multicopter), as QGC stores them.
    public var cruiseSpeed: Double
    public var hoverSpeed: Double

    public init(items: [PlanItem] = [], fence: [FenceRegion] = [], rally: [RallyPoint] = [],
                home: PlannedHome? = nil, firmwareType: UInt8 = 0, vehicleType: UInt8 = 2,
                cruiseSpeed: Double = 15, hoverSpeed: Double = 5) {
        self.items = items; self.fence = fence; self.rally = rally; self.home = home
        self.firmwareType = firmwareType; self.vehicleType = vehicleType
        self.cruiseSpeed = cruiseSpeed; self.hoverSpeed = hoverSpeed
    }

    /// The items of one plan as the mission protocol transfers them: mission items as they are,
    /// fence regions as `MAV_CMD_NAV_FENCE_*` items (a polygon's vertex count in param1, a circle's
    /// radius in param1), rally points as `MAV_CMD_NAV_RALLY_POINT`.
    public func protocolItems(_ kind: MissionKind) -> [PlanItem] {
        switch kind {
        case .mission: return items
        case .fence:
            var out: [PlanItem] = []
            for region in fence {
                switch region {
                case .polygon(let vertices, let inclusion):
                    let cmd = inclusion ? PlanCommand.fencePolygonVertexInclusion : PlanCommand.fencePolygonVertexExclusion
                    for v in vertices {
                        out.append(PlanItem(command: cmd, frame: PlanFrame.global, latitude: v.latitude,
                                            longitude: v.longitude, altitude: 0, param1: Float(vertices.count)))
                    }
                case .circle(let c, let radius, let inclusion):
                    let cmd = inclusion ? PlanCommand.fenceCircleInclusion : PlanCommand.fenceCircleExclusion
                    out.append(PlanItem(command: cmd, frame: PlanFrame.global, latitude: c.latitude,
                                        longitude: c.longitude, altitude: 0, param1: Float(radius)))
                }
            }
            return out
        case .rally:
            return rally.map {
                PlanItem(command: PlanCommand.rallyPoint, frame: PlanFrame.globalRelativeAltitude,
                         latitude: $0.latitude, longitude: $0.longitude, altitude: $0.altitude)
            }
        }
    }

    /// Replaces one plan with items received from a vehicle (inverse of `protocolItems`).
    /// Fence items that do not form whole polygons are refused.
    public mutating func setProtocolItems(_ received: [PlanItem], kind: MissionKind) throws(PlanError) {
        switch kind {
        case .mission: items = received
        case .rally:
            rally = received.filter { $0.command == PlanCommand.rallyPoint }
                .map { RallyPoint(latitude: $0.latitude, longitude: $0.longitude, altitude: Double($0.z)) }
        case .fence:
            var regions: [FenceRegion] = []
            var i = 0
            while i < received.count {
                let item = received[i]
                switch item.command {
                case PlanCommand.fencePolygonVertexInclusion, PlanCommand.fencePolygonVertexExclusion:
                    let n = Int(item.param1)
                    guard n >= 3, i + n <= received.count,
                          received[i..<(i + n)].allSatisfy({ $0.command == item.command }) else {
                        throw PlanError(source: "fence", location: "item \(i)",
                                        reason: "polygon vertex count \(item.param1) does not match the items that follow")
                    }
                    let vs = received[i..<(i + n)].map { GeoPoint(latitude: $0.latitude, longitude: $0.longitude) }
                    regions.append(.polygon(vertices: vs, inclusion: item.command == PlanCommand.fencePolygonVertexInclusion))
                    i += n
                case PlanCommand.fenceCircleInclusion, PlanCommand.fenceCircleExclusion:
                    regions.append(.circle(center: GeoPoint(latitude: item.latitude, longitude: item.longitude),
                                           radius: Double(item.param1),
                                           inclusion: item.command == PlanCommand.fenceCircleInclusion))
                    i += 1
                default:
                    i += 1   // return point and unknown fence items are not held by the plan
                }
            }
            fence = regions
        }
    }
}

/// A malformed or unusable plan file: which file, where in it (line or JSON path), and why.
public struct PlanError: Error, Equatable, CustomStringConvertible, Sendable {
    /// File path (or a description of the source).
    public var source: String
    /// "line 3", "line 3, column 7" or a JSON path such as `$.mission.items[2].params`.
    public var location: String
    public var reason: String
    public init(source: String, location: String, reason: String) {
        self.source = source; self.location = location; self.reason = reason
    }
    public var description: String { "\(source): \(location): \(reason)" }
}
