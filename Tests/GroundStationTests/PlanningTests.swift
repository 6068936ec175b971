import Foundation
import Testing
@testable import GroundStation

@Suite struct PlanningTests {
    /// A 200 m (east) × 100 m (north) field near Zurich.
    static let origin = GeoPoint(latitude: 47.3977, longitude: 8.5456)
    static var field: [GeoPoint] {
        let f = LocalFrame(origin: origin)
        return [f.geo(east: 0, north: 0), f.geo(east: 200, north: 0), f.geo(east: 200, north: 100), f.geo(east: 0, north: 100)]
    }
    // 1" camera at 50 m: footprint 50·13.2/8.8 = 75 m across, 50·8.8/8.8 = 50 m along.
    static func survey(heading: Double?) -> SurveyPlanner {
        SurveyPlanner(polygon: field, camera: .oneInch, altitude: 50, frontOverlap: 70, sideOverlap: 60,
                      heading: heading, turnaround: 10)
    }

    @Test func lineSpacingAndTriggerDistanceMatchHandComputedValues() {
        let s = Self.survey(heading: 0)
        #expect(abs(s.lineSpacing - 30) < 1e-9)        // 75 m × (1 − 0.60)
        #expect(abs(s.triggerDistance - 15) < 1e-9)    // 50 m × (1 − 0.70)
        #expect(abs(s.gsd - 1.3706) / 1.3706 < 1e-3)   // 50 · 13.2 / (8.8 · 5472) m/px
        #expect(abs(SurveyPlanner.altitude(forGSD: s.gsd, camera: .oneInch) - 50) < 1e-9)
    }

    @Test func northSouthLinesOverTheFieldAreThirtyMetresApart() throws {
        let s = Self.survey(heading: 0)
        let items = try s.items()
        let f = LocalFrame(origin: Self.origin)
        // Entry waypoints of each line: every line has lead-in, entry, exit, run-out.
        let wps = items.filter { $0.command == PlanCommand.waypoint }.map { f.local(GeoPoint(latitude: $0.latitude, longitude: $0.longitude)) }
        #expect(wps.count == 7 * 4)                     // ceil(200 / 30) = 7 lines
        let easts = stride(from: 1, to: wps.count, by: 4).map { wps[$0].east }
        for k in 1..<easts.count { #expect(abs(easts[k] - easts[k - 1] - 30) < 0.05) }
        #expect(abs(easts[0] - 10) < 0.05)              // centred: (200 − 6·30) / 2
        // Lead-in is 10 m before the entry, south of the field on the first (northbound) line.
        #expect(abs(wps[0].north - (-10)) < 0.05 && abs(wps[1].north) < 0.05 && abs(wps[2].north - 100) < 0.05)
        let trigger = items.filter { $0.command == PlanCommand.doSetCameraTriggerDistance }
        #expect(trigger.map(\.param1) == [15, 0])
    }

    @Test func bestHeadingFliesAlongTheLongSide() throws {
        let s = Self.survey(heading: nil)
        #expect(s.chosenHeading() == 90)
        #expect(s.lines(heading: 90).count == 4)       // ceil(100 / 30)
    }

    @Test func imageCaptureTriggerUsesDistanceOverSpeed() throws {
        var s = Self.survey(heading: 90)
        s.trigger = .imageCapture; s.speed = 5
        let items = try s.items()
        #expect(items.first { $0.command == PlanCommand.imageStartCapture }?.param2 == 3)   // 15 m ÷ 5 m/s
        #expect(items.contains { $0.command == PlanCommand.imageStopCapture })
    }

    @Test func degeneratePolygonIsRefused() {
        var s = Self.survey(heading: 0)
        s.polygon = Array(s.polygon.prefix(2))
        #expect(throws: SurveyPlanner.Problem.polygonTooSmall) { try s.items() }
    }

    @Test func orbitPointsLieOnTheCircle() {
        let items = PatternPlanner.orbit(center: Self.origin, radius: 40, altitude: 30, pointsPerTurn: 8, turns: 1.5)
        let f = LocalFrame(origin: Self.origin)
        let wps = items.filter { $0.command == PlanCommand.waypoint }
        #expect(wps.count == 13)
        for w in wps { #expect(abs(f.distance(Self.origin, GeoPoint(latitude: w.latitude, longitude: w.longitude)) - 40) < 0.05) }
        #expect(items.first?.command == 195 && items.last?.command == 197)
    }

    @Test func wrapAddsTakeoffAndLandAtTheLastWaypoint() {
        let body = WaypointSources.waypoints([(Self.origin, 20)], defaultAltitude: 10)
        let items = PatternPlanner.wrap(body, takeoffAltitude: 15, ending: .land)
        #expect(items.map(\.command) == [22, 16, 21])
        #expect(items[2].x == body[0].x && items[0].z == 15)
    }

    @Test func csvAndGeoJSONGiveTheSamePoints() throws {
        let csv = "lat,lon,alt\n# comment\n47.3977,8.5456,20\n47.3980,8.5460\n"
        let geo = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[8.5456,47.3977,20],[8.5460,47.3980]]}}]}"#
        let a = try WaypointSources.csv(csv, source: "a.csv"), b = try WaypointSources.geoJSON(geo, source: "b.geojson")
        #expect(a.map(\.0) == b.map(\.0))
        #expect(a.map(\.1) == [20, nil] && b.map(\.1) == [20, nil])
        #expect(throws: PlanError.self) { try WaypointSources.csv("lat,lon\n47,abc\n", source: "bad.csv") }
        #expect(throws: PlanError.self) { try WaypointSources.geoJSON(#"{"type":"Point","coordinates":[47.4, 95]}"#, source: "bad.geojson") }
    }
}

@Suite struct PlanValidatorTests {
    static func tour() -> FlightPlan {
        let f = LocalFrame(origin: PlanningTests.origin)
        let pts = [(100.0, 0.0), (100, 100), (0, 100)].map { (f.geo(east: $0.0, north: $0.1), Optional(20.0)) }
        return FlightPlan(items: PatternPlanner.wrap(WaypointSources.waypoints(pts, defaultAltitude: 20), takeoffAltitude: 20, ending: .rtl),
                          home: PlannedHome(latitude: PlanningTests.origin.latitude, longitude: PlanningTests.origin.longitude, altitudeMSL: 400))
    }

    @Test func aGoodTourPassesWithAHandComputedEstimate() {
        var airframe = AirframeNumbers()
        airframe.cruiseSpeed = 5; airframe.climbRate = 2; airframe.descentRate = 1; airframe.hoverPower = 200; airframe.batteryEnergy = 50
        let report = PlanValidator(autopilot: .swiftlet, airframe: airframe).validate(Self.tour())
        #expect(report.passed, "\(report.findings)")
        #expect(report.findings.isEmpty)
        // Climb 20 m at 2 m/s: 10 s; legs 100 + 100 + 100 + 100 m at 5 m/s: 80 s; descend 20 m at 1 m/s: 20 s.
        #expect(abs(report.estimate.distance - 400) < 0.5)
        #expect(abs(report.estimate.time - 110) < 0.5)
        #expect(abs(report.estimate.energy - 200 * 110 / 3600) < 0.01)
    }

    @Test func tooHighTooFarAndUnsupportedAreErrors() {
        var plan = Self.tour()
        plan.items[1].z = 150
        let far = LocalFrame(origin: PlanningTests.origin).geo(east: 3000, north: 0)
        plan.items[2].x = PlanItem.degreesE7(far.latitude); plan.items[2].y = PlanItem.degreesE7(far.longitude)
        plan.items.insert(PlanItem(command: 82, latitude: PlanningTests.origin.latitude, longitude: PlanningTests.origin.longitude, altitude: 20), at: 3)
        let report = PlanValidator(autopilot: .px4).validate(plan)
        #expect(!report.passed)
        #expect(report.findings.contains { $0.item == 1 && $0.message.contains("exceeds the 120.0 m limit") })
        #expect(report.findings.contains { $0.item == 2 && $0.message.contains("from home exceeds") })
        #expect(report.findings.contains { $0.item == 3 && $0.message.contains("not flown by px4") })
        #expect(PlanValidator(autopilot: .ardupilot).validate(plan).findings.allSatisfy { $0.item != 3 || !$0.message.contains("not flown") })
    }

    @Test func waypointsOutsideTheFenceOrInAnExclusionAreErrors() {
        var plan = Self.tour()
        let f = LocalFrame(origin: PlanningTests.origin)
        plan.fence = [.polygon(vertices: [f.geo(east: -20, north: -20), f.geo(east: 120, north: -20), f.geo(east: 120, north: 60), f.geo(east: -20, north: 60)], inclusion: true)]
        let report = PlanValidator().validate(plan)
        #expect(report.findings.contains { $0.item == 2 && $0.message.contains("outside the geofence") })
        plan.fence = [.circle(center: f.geo(east: 100, north: 50), radius: 10, inclusion: false)]
        let report2 = PlanValidator().validate(plan)
        #expect(report2.findings.contains { $0.item == 2 && $0.message.contains("crosses the geofence") })
    }

    @Test func batteryBeyondTheReserveFails() {
        var airframe = AirframeNumbers()
        airframe.batteryEnergy = 5   // 180 W for ~2 min needs ~6 Wh
        let report = PlanValidator(airframe: airframe).validate(Self.tour())
        #expect(!report.passed)
        #expect(report.findings.contains { $0.message.contains("reserve") })
    }

    @Test func swiftletRefusesWhatItsFlightCoreRefuses() {
        var plan = Self.tour()
        plan.items.append(PlanItem(command: PlanCommand.doJump, frame: PlanFrame.mission, param1: 99, param2: 1))
        let report = PlanValidator(autopilot: .swiftlet).validate(plan)
        #expect(report.findings.contains { $0.item == plan.items.count - 1 && $0.message.contains("Swiftlet would refuse") })
    }

    @Test func svgShowsEveryWaypointFenceRallyAndScale() {
        var plan = Self.tour()
        plan.fence = [.circle(center: PlanningTests.origin, radius: 200, inclusion: true)]
        plan.rally = [RallyPoint(latitude: PlanningTests.origin.latitude, longitude: PlanningTests.origin.longitude, altitude: 20)]
        let svg = PlanSVG.render(plan)
        #expect(svg.hasPrefix("<svg"))
        for n in 2...4 { #expect(svg.contains(">\(n)</text>")) }
        #expect(svg.contains(">R</text>") && svg.contains(">H</text>") && svg.contains("100 m"))
    }
}
