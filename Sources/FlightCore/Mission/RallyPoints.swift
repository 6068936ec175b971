/// Safe places to return to instead of home, from the rally plan (`MAV_CMD_NAV_RALLY_POINT` items).
public struct RallyPoints: Sendable {
    /// Rally points (latitude/longitude × 1e7, altitude in each item's frame).
    public private(set) var points: [MissionItem] = []
    /// Maximum number of rally points.
    public let capacity: Int

    public init(capacity: Int = 32) { self.capacity = capacity; points.reserveCapacity(capacity) }

    /// Parses a rally plan; every item must be a rally point in a global frame.
    public init(plan: MissionPlan, capacity: Int = 32) throws(MissionRejection) {
        self.init(capacity: capacity)
        for index in 0..<plan.count {
            let item = plan[index]
            guard item.command == .rallyPoint else { throw MissionRejection(.unsupported, at: index) }
            guard item.frame?.isGlobal == true else { throw MissionRejection(.unsupportedFrame, at: index) }
            try add(item, at: index)
        }
    }

    /// Adds a rally point (latitude/longitude × 1e7, altitude in the item's frame).
    public mutating func add(_ item: MissionItem, at index: Int = 0) throws(MissionRejection) {
        guard points.count < capacity else { throw MissionRejection(.noSpace, at: index) }
        try item.validateCoordinates(at: index)
        guard item.altitude.isFinite else { throw MissionRejection(.invalidParam7, at: index) }
        points.append(item)
    }

    public var isEmpty: Bool { points.isEmpty }

    /// The rally point horizontally nearest to `position` (NED metres from the origin), in NED, or
    /// nil when there are none.
    public func nearest(to position: Vector3, geometry: MissionGeometry) -> Vector3? {
        var best: Vector3? = nil
        var bestDistance = Float.infinity
        for item in points {
            let p = geometry.position(of: item)
            let d = (p - position).horizontalLength
            if d < bestDistance { bestDistance = d; best = p }
        }
        return best
    }
}
