import Testing
@testable import FlightCore

@Suite struct GeofenceTests {
    static func vertex(_ north: Double, _ east: Double) -> (latE7: Int32, lonE7: Int32) { TestSite.latLon(north: north, east: east) }

    static func fence() -> Geofence {
        var fence = Geofence()
        try! fence.addPolygon([vertex(-100, -100), vertex(-100, 100), vertex(100, 100), vertex(100, -100)], inclusion: true)
        try! fence.addPolygon([vertex(20, 20), vertex(20, 40), vertex(40, 40), vertex(40, 20)], inclusion: false)
        let c = vertex(-50, -50)
        try! fence.addCircle(latE7: c.latE7, lonE7: c.lonE7, radius: 10, inclusion: false)
        fence.localize(TestSite.plane)
        return fence
    }

    /// (name, position NED, expected breach)
    static let rows: [(String, Vector3, GeofenceBreach?)] = [
        ("inside inclusion, clear of exclusions", Vector3(0, 0, -10), nil),
        ("outside the inclusion polygon", Vector3(110, 0, -10), .outsideInclusion),
        ("inside the exclusion polygon", Vector3(30, 30, -10), .insideExclusion),
        ("just outside the exclusion polygon", Vector3(30, 41, -10), nil),
        ("inside the exclusion circle", Vector3(-45, -45, -10), .insideExclusion),
        ("just outside the exclusion circle", Vector3(-50, -38, -10), nil),
        ("above max altitude", Vector3(0, 0, -61), .maxAltitude),
        ("beyond max distance", Vector3(90, 90, -10), .maxDistance),
    ]

    @Test(arguments: 0..<rows.count)
    func breachIsReportedByRule(row: Int) {
        let (name, position, expected) = Self.rows[row]
        var fence = Self.fence()
        fence.maxAltitude = 60
        fence.maxDistance = 120
        #expect(fence.breach(at: position, home: .zero) == expected, "\(name)")
    }

    @Test func inclusionCircleAloneBoundsTheVehicle() {
        var fence = Geofence()
        let c = Self.vertex(0, 0)
        try! fence.addCircle(latE7: c.latE7, lonE7: c.lonE7, radius: 30, inclusion: true)
        fence.localize(TestSite.plane)
        #expect(fence.breach(at: Vector3(29, 0, -5), home: .zero) == nil)
        #expect(fence.breach(at: Vector3(0, -31, -5), home: .zero) == .outsideInclusion)
    }

    /// A breach held with a margin clears only once the vehicle is that far back inside.
    @Test func breachWithMarginHoldsNearTheBoundary() {
        var fence = Geofence()
        fence.maxDistance = 40
        fence.maxAltitude = 30
        let home = Vector3.zero
        #expect(fence.breach(at: Vector3(39, 0, -10), home: home) == nil)
        #expect(fence.breach(at: Vector3(39, 0, -10), home: home, margin: 2) == .maxDistance)
        #expect(fence.breach(at: Vector3(37.9, 0, -10), home: home, margin: 2) == nil)
        #expect(fence.breach(at: Vector3(0, 0, -29), home: home, margin: 2) == .maxAltitude)
        #expect(fence.breach(at: Vector3(0, 0, -27.9), home: home, margin: 2) == nil)
    }

    @Test func fencePlanItemsParseIntoRegions() throws {
        var items: [MissionItem] = []
        for (n, e) in [(0.0, 0.0), (0.0, 50.0), (50.0, 50.0)] {
            items.append(TestSite.item(.fencePolygonVertexInclusion, north: n, east: e, altitude: 0, param1: 3))
        }
        items.append(TestSite.item(.fenceCircleExclusion, north: 20, east: 30, altitude: 0, param1: 5))
        let fence = try Geofence(plan: TestSite.plan(items))
        #expect(fence.regions.map(\.kind) == [.inclusionPolygon, .exclusionCircle])
        #expect(fence.vertices.count == 4)
    }

    @Test func fencePolygonWithWrongVertexCountIsRefused() {
        let items = [TestSite.item(.fencePolygonVertexInclusion, north: 0, east: 0, altitude: 0, param1: 3),
                     TestSite.item(.fencePolygonVertexInclusion, north: 0, east: 9, altitude: 0, param1: 3)]
        #expect(throws: MissionRejection(.invalidParam1, at: 0)) { try Geofence(plan: TestSite.plan(items)) }
        let mixed = [TestSite.item(.fencePolygonVertexInclusion, north: 0, east: 0, altitude: 0, param1: 3),
                     TestSite.item(.fencePolygonVertexInclusion, north: 0, east: 9, altitude: 0, param1: 3),
                     TestSite.item(.fencePolygonVertexExclusion, north: 9, east: 9, altitude: 0, param1: 3)]
        #expect(throws: MissionRejection(.invalidSequence, at: 2)) { try Geofence(plan: TestSite.plan(mixed)) }
    }

    @Test func rallyPlanParsesAndNearestPointWins() throws {
        let rally = try RallyPoints(plan: TestSite.plan([TestSite.item(.rallyPoint, north: 100, east: 0, altitude: 0),
                                                         TestSite.item(.rallyPoint, north: 0, east: -40, altitude: 0)]))
        let geometry = MissionGeometry(origin: TestSite.origin, home: TestSite.origin)
        let nearest = try #require(rally.nearest(to: Vector3(0, -10, 0), geometry: geometry))
        #expect((nearest - Vector3(0, -40, 0)).length < 0.05)
        #expect(throws: MissionRejection(.unsupported, at: 0)) {
            try RallyPoints(plan: TestSite.plan([TestSite.item(.navWaypoint, north: 1, east: 1, altitude: 1)]))
        }
    }
}

@Suite struct MissionFenceCheckTests {
    @Test func missionLeavingTheFenceIsDeniedAtTheFirstOutsideItem() {
        var fence = Geofence()
        let c = TestSite.latLon(north: 0, east: 0)
        try! fence.addCircle(latE7: c.latE7, lonE7: c.lonE7, radius: 50, inclusion: true)
        fence.maxAltitude = 40
        fence.localize(TestSite.plane)
        let geometry = MissionGeometry(origin: TestSite.origin, home: TestSite.origin)
        let inside = TestSite.plan([TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
                                    TestSite.item(.navWaypoint, north: 30, east: 0, altitude: 10)])
        #expect(throws: Never.self) { try inside.validateInside(fence, geometry: geometry) }
        let outside = TestSite.plan([TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
                                     TestSite.item(.navWaypoint, north: 30, east: 0, altitude: 10),
                                     TestSite.item(.navWaypoint, north: 60, east: 0, altitude: 10)])
        #expect(throws: MissionRejection(.denied, at: 2)) { try outside.validateInside(fence, geometry: geometry) }
        let tooHigh = TestSite.plan([TestSite.item(.navWaypoint, north: 10, east: 0, altitude: 45)])
        #expect(throws: MissionRejection(.denied, at: 0)) { try tooHigh.validateInside(fence, geometry: geometry) }
    }
}
