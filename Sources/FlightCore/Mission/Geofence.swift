/// A geofence: inclusion/exclusion polygons and circles from the fence plan, plus limits on
/// altitude and distance from home.
///
/// The vehicle must be inside at least one inclusion region (when any exist), outside every
/// exclusion region, no higher than `maxAltitude` above home and no farther than `maxDistance`
/// horizontally from home. Regions are uploaded in latitude/longitude and converted once into the
/// estimator's NED frame by `localize(_:)`; `breach(at:home:)` then costs a few multiply-adds per
/// vertex and allocates nothing.
public struct Geofence: Sendable {
    /// The kind of one region.
    public enum RegionKind: UInt8, Sendable { case inclusionPolygon, exclusionPolygon, inclusionCircle, exclusionCircle }

    /// One region: a polygon (a run of `vertexCount` vertices from `firstVertex`) or a circle
    /// (one vertex, its centre, with `radius` metres).
    public struct Region: Sendable, Equatable {
        public var kind: RegionKind
        public var firstVertex: Int
        public var vertexCount: Int
        /// Circle radius, metres (0 for polygons).
        public var radius: Float
    }

    /// Highest allowed altitude above home, metres (NaN or ≤ 0: no limit).
    public var maxAltitude: Float = .nan
    /// Farthest allowed horizontal distance from home, metres (NaN or ≤ 0: no limit).
    public var maxDistance: Float = .nan

    /// Regions in upload order.
    public private(set) var regions: [Region] = []
    /// Vertices, degrees × 1e7 (latitude, longitude).
    public private(set) var vertices: [(latE7: Int32, lonE7: Int32)] = []
    /// Vertices in the local frame (north, east metres), valid after `localize(_:)`.
    private var localVertices: [(north: Float, east: Float)] = []
    /// True once `localize(_:)` has converted the current vertices.
    public private(set) var isLocalized = false
    /// Maximum number of vertices (circle centres count as one).
    public let vertexCapacity: Int

    public init(vertexCapacity: Int = 256) {
        self.vertexCapacity = vertexCapacity
        regions.reserveCapacity(vertexCapacity); vertices.reserveCapacity(vertexCapacity)
        localVertices.reserveCapacity(vertexCapacity)
    }

    /// True when there are regions to check (limits aside).
    public var hasRegions: Bool { !regions.isEmpty }

    /// Parses a fence plan (`MAV_CMD_NAV_FENCE_*` items): polygon vertices carry the vertex count in
    /// param1 and follow each other; circles carry the radius in param1. A return point is accepted
    /// and ignored.
    public init(plan: MissionPlan, vertexCapacity: Int = 256) throws(MissionRejection) {
        self.init(vertexCapacity: vertexCapacity)
        var index = 0
        while index < plan.count {
            let item = plan[index]
            guard let command = item.command else { throw MissionRejection(.unsupported, at: index) }
            switch command {
            case .fencePolygonVertexInclusion, .fencePolygonVertexExclusion:
                guard let n = Int(exactly: item.param1), n >= 3, index + n <= plan.count else {
                    throw MissionRejection(.invalidParam1, at: index)
                }
                let first = vertices.count
                for k in index..<(index + n) {
                    guard plan[k].commandNumber == item.commandNumber, plan[k].param1 == item.param1 else {
                        throw MissionRejection(.invalidSequence, at: k)
                    }
                    try appendVertex(plan[k], at: k)
                }
                regions.append(Region(kind: command == .fencePolygonVertexInclusion ? .inclusionPolygon : .exclusionPolygon,
                                      firstVertex: first, vertexCount: n, radius: 0))
                index += n
            case .fenceCircleInclusion, .fenceCircleExclusion:
                guard item.param1 > 0, item.param1.isFinite else { throw MissionRejection(.invalidParam1, at: index) }
                let first = vertices.count
                try appendVertex(item, at: index)
                regions.append(Region(kind: command == .fenceCircleInclusion ? .inclusionCircle : .exclusionCircle,
                                      firstVertex: first, vertexCount: 1, radius: item.param1))
                index += 1
            case .fenceReturnPoint:
                index += 1
            default:
                throw MissionRejection(.unsupported, at: index)
            }
        }
    }

    private mutating func appendVertex(_ item: MissionItem, at index: Int) throws(MissionRejection) {
        guard vertices.count < vertexCapacity else { throw MissionRejection(.noSpace, at: index) }
        try item.validateCoordinates(at: index)
        vertices.append((item.latE7, item.lonE7))
    }

    /// Adds a polygon (at least three vertices, degrees × 1e7).
    public mutating func addPolygon(_ polygon: [(latE7: Int32, lonE7: Int32)], inclusion: Bool) throws(MissionRejection) {
        guard polygon.count >= 3 else { throw MissionRejection(.invalidParam1, at: regions.count) }
        guard vertices.count + polygon.count <= vertexCapacity else { throw MissionRejection(.noSpace, at: regions.count) }
        regions.append(Region(kind: inclusion ? .inclusionPolygon : .exclusionPolygon,
                              firstVertex: vertices.count, vertexCount: polygon.count, radius: 0))
        vertices.append(contentsOf: polygon)
        isLocalized = false
    }

    /// Adds a circle: centre in degrees × 1e7, radius in metres.
    public mutating func addCircle(latE7: Int32, lonE7: Int32, radius: Float, inclusion: Bool) throws(MissionRejection) {
        guard radius > 0, radius.isFinite else { throw MissionRejection(.invalidParam1, at: regions.count) }
        guard vertices.count < vertexCapacity else { throw MissionRejection(.noSpace, at: regions.count) }
        regions.append(Region(kind: inclusion ? .inclusionCircle : .exclusionCircle,
                              firstVertex: vertices.count, vertexCount: 1, radius: radius))
        vertices.append((latE7, lonE7))
        isLocalized = false
    }

    /// Converts the vertices into the local frame of `plane` (call when the estimator origin is set
    /// or the fence changes; allocates nothing beyond the reserved storage).
    public mutating func localize(_ plane: LocalTangentPlane) {
        localVertices.removeAll(keepingCapacity: true)
        for v in vertices {
            let p = GeodeticPosition(latitude: Double(v.latE7) * 1e-7, longitude: Double(v.lonE7) * 1e-7,
                                     altitude: plane.origin.altitude)
            let ned = plane.ned(of: p)
            localVertices.append((Float(ned.north), Float(ned.east)))
        }
        isLocalized = true
    }

    /// The first rule `position` breaks, or nil when inside the fence.
    ///
    /// - Parameters:
    ///   - position: metres, NED from the estimator origin.
    ///   - home: home, metres, NED from the estimator origin.
    /// Regions are ignored until `localize(_:)` has run.
    public func breach(at position: Vector3, home: Vector3) -> GeofenceBreach? {
        let altitudeAboveHome = home.z - position.z
        if maxAltitude > 0, altitudeAboveHome > maxAltitude { return .maxAltitude }
        if maxDistance > 0, (position - home).horizontalLength > maxDistance { return .maxDistance }
        guard isLocalized else { return nil }
        var hasInclusion = false, insideInclusion = false
        for region in regions {
            let inside = contains(region, north: position.x, east: position.y)
            switch region.kind {
            case .inclusionPolygon, .inclusionCircle:
                hasInclusion = true
                if inside { insideInclusion = true }
            case .exclusionPolygon, .exclusionCircle:
                if inside { return .insideExclusion }
            }
        }
        return hasInclusion && !insideInclusion ? .outsideInclusion : nil
    }

    /// The first rule broken at `position` or anywhere within `margin` metres of it (eight points
    /// around it horizontally, and `margin` higher): a breach held this way clears only once the
    /// vehicle is clearly back inside, not while it hovers on the boundary.
    public func breach(at position: Vector3, home: Vector3, margin: Float) -> GeofenceBreach? {
        if let b = breach(at: position, home: home) { return b }
        guard margin > 0 else { return nil }
        if let b = breach(at: Vector3(position.x, position.y, position.z - margin), home: home) { return b }
        for k in 0..<8 {
            let angle = Float(k) * (Float.pi / 4)
            let p = Vector3(position.x + margin * Math.cos(angle), position.y + margin * Math.sin(angle), position.z)
            if let b = breach(at: p, home: home) { return b }
        }
        return nil
    }

    func contains(_ region: Region, north: Float, east: Float) -> Bool {
        switch region.kind {
        case .inclusionCircle, .exclusionCircle:
            let c = localVertices[region.firstVertex]
            let dn = north - c.north, de = east - c.east
            return dn * dn + de * de <= region.radius * region.radius
        case .inclusionPolygon, .exclusionPolygon:
            // Even-odd ray casting along +east.
            var inside = false
            var j = region.firstVertex + region.vertexCount - 1
            for i in region.firstVertex..<(region.firstVertex + region.vertexCount) {
                let a = localVertices[i], b = localVertices[j]
                if (a.north > north) != (b.north > north) {
                    let eastAtCrossing = a.east + (north - a.north) / (b.north - a.north) * (b.east - a.east)
                    if east < eastAtCrossing { inside.toggle() }
                }
                j = i
            }
            return inside
        }
    }
}

/// Which geofence rule is broken.
public enum GeofenceBreach: UInt8, Sendable {
    case maxAltitude = 1, maxDistance, outsideInclusion, insideExclusion
}
