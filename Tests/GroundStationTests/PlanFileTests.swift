import Foundation
import Testing
@testable import GroundStation

@Suite struct PlanFileTests {
    static func samplePlan() -> FlightPlan {
        var plan = FlightPlan(home: PlannedHome(latitude: 47.3977419, longitude: 8.5455938, altitudeMSL: 488.5),
                              firmwareType: 12, vehicleType: 2, cruiseSpeed: 15, hoverSpeed: 5)
        plan.items = PatternPlanner.wrap(
            WaypointSources.waypoints([(GeoPoint(latitude: 47.3981, longitude: 8.5461), 30),
                                       (GeoPoint(latitude: 47.3985, longitude: 8.5450), nil)], defaultAltitude: 25),
            takeoffAltitude: 20, ending: .rtl)
        plan.items.insert(PlanItem(command: PlanCommand.doChangeSpeed, frame: PlanFrame.mission, param1: 1, param2: 4.5, param3: -1), at: 1)
        plan.items.insert(PlanItem(command: PlanCommand.waypoint, frame: PlanFrame.localNED, x: 123_456, y: -7_890, z: -10), at: 2)
        plan.fence = [.polygon(vertices: [GeoPoint(latitude: 47.397, longitude: 8.544), GeoPoint(latitude: 47.400, longitude: 8.544),
                                          GeoPoint(latitude: 47.400, longitude: 8.548)], inclusion: true),
                      .circle(center: GeoPoint(latitude: 47.3983, longitude: 8.5456), radius: 15.5, inclusion: false)]
        plan.rally = [RallyPoint(latitude: 47.3975, longitude: 8.5450, altitude: 25)]
        return plan
    }

    static func expectSame(_ a: [PlanItem], _ b: [PlanItem]) {
        #expect(a.count == b.count)
        for (i, (x, y)) in zip(a, b).enumerated() { #expect(x.isSame(as: y), "item \(i): \(x) vs \(y)") }
    }

    @Test func planFileRoundTripsEverything() throws {
        let plan = Self.samplePlan()
        let back = try QGCPlanFile.read(QGCPlanFile.write(plan), source: "mem.plan")
        Self.expectSame(back.items, plan.items)
        // QGC keeps circles and polygons in separate lists: same regions, order by kind.
        #expect(back.fence.count == plan.fence.count && plan.fence.allSatisfy(back.fence.contains))
        #expect(back.rally == plan.rally)
        #expect(back.home == plan.home)
        #expect(back.firmwareType == 12 && back.vehicleType == 2 && back.hoverSpeed == 5)
    }

    @Test func planFileWritesNaNAsNullAndTheQGCLayout() throws {
        let text = QGCPlanFile.write(Self.samplePlan())
        let root = try JSONValue.parse(text)
        #expect(root["fileType"] == .string("Plan"))
        #expect(root["mission"]?["version"] == .number(2))
        #expect(root["geoFence"]?["version"] == .number(2))
        #expect(root["rallyPoints"]?["version"] == .number(2))
        guard case .array(let items)? = root["mission"]?["items"], case .array(let params)? = items[0]["params"] else {
            Issue.record("no items"); return
        }
        #expect(params.count == 7)
        #expect(params[3] == .null)   // takeoff yaw NaN
    }

    @Test func jumpTargetsAreFirstItemOneInFilesAndFirstItemZeroInThePlan() throws {
        let plan = try PlanFiles.load(MissionVehicleProcess.repoRoot + "/Missions/every-item.plan")
        let jump = try #require(plan.items.firstIndex { $0.command == PlanCommand.doJump })
        // The file says 6 (QGC counts home as 0): the sixth plan item, index 5.
        #expect(plan.items[jump].param1 == 5)
        let back = try QGCPlanFile.read(QGCPlanFile.write(plan), source: "memory")
        #expect(back.items[jump].param1 == 5)
        let wpl = WaypointsFile.write(plan)
        let row = try #require(wpl.split(separator: "\n").first { $0.split(separator: "\t").count > 3 && $0.split(separator: "\t")[3] == "177" })
        #expect(row.split(separator: "\t")[4] == "6")
        #expect(try WaypointsFile.read(wpl, source: "memory").items[jump].param1 == 5)
    }

    @Test func waypointsFileRoundTripsMissionAndHome() throws {
        let plan = Self.samplePlan()
        let text = WaypointsFile.write(plan)
        #expect(text.hasPrefix("QGC WPL 110\n0\t1\t0\t16\t"))
        let back = try WaypointsFile.read(text, source: "mem.waypoints")
        Self.expectSame(back.items, plan.items)
        #expect(back.home?.latitude == plan.home?.latitude)
        #expect(back.home?.altitudeMSL == plan.home?.altitudeMSL)
    }

    @Test func conversionKeepsWhatBothHoldAndWarnsAboutFenceAndRally() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlet-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plan = Self.samplePlan()
        try PlanFiles.save(plan, to: dir + "/a.plan")
        let warnings = try PlanFiles.convert(dir + "/a.plan", to: dir + "/b.waypoints")
        #expect(warnings.count == 2)
        #expect(try PlanFiles.convert(dir + "/b.waypoints", to: dir + "/c.plan").isEmpty)
        let back = try PlanFiles.load(dir + "/c.plan")
        Self.expectSame(back.items, plan.items)
        #expect(back.home == plan.home)
        #expect(back.fence.isEmpty && back.rally.isEmpty)
        // Atomic save leaves no temporary files behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.plan", "b.waypoints", "c.plan"])
    }

    @Test func surveyComplexItemIsExpandedToItsGeneratedItems() throws {
        let text = """
        {"fileType": "Plan", "version": 1, "groundStation": "QGroundControl",
         "geoFence": {"circles": [], "polygons": [], "version": 2},
         "rallyPoints": {"points": [], "version": 2},
         "mission": {"version": 2, "firmwareType": 12, "vehicleType": 2, "cruiseSpeed": 15, "hoverSpeed": 5,
          "plannedHomePosition": [47.3977, 8.5456, 488],
          "items": [
            {"type": "SimpleItem", "command": 22, "frame": 3, "params": [0, 0, 0, null, 0, 0, 20], "autoContinue": true, "doJumpId": 1},
            {"type": "ComplexItem", "complexItemType": "survey", "version": 5,
             "polygon": [[47.398, 8.545], [47.399, 8.545], [47.399, 8.546]],
             "TransectStyleComplexItem": {"CameraCalc": {}, "Items": [
                {"type": "SimpleItem", "command": 16, "frame": 3, "params": [0, 0, 0, null, 47.398, 8.545, 40], "autoContinue": true, "doJumpId": 2},
                {"type": "SimpleItem", "command": 206, "frame": 2, "params": [12.5, 0, 1, 0, 0, 0, 0], "autoContinue": true, "doJumpId": 3},
                {"type": "SimpleItem", "command": 16, "frame": 3, "params": [0, 0, 0, null, 47.399, 8.545, 40], "autoContinue": true, "doJumpId": 4}
             ]}},
            {"type": "SimpleItem", "command": 20, "frame": 2, "params": [0, 0, 0, 0, 0, 0, 0], "autoContinue": true, "doJumpId": 5}
          ]}}
        """
        let plan = try QGCPlanFile.read(text, source: "survey.plan")
        #expect(plan.items.map(\.command) == [22, 16, 206, 16, 20])
        #expect(plan.items[2].param1 == 12.5)
        #expect(plan.items[3].x == 473_990_000)
    }

    /// Broken `.plan` inputs, each with the location the error must name.
    static let brokenPlans: [(String, String)] = [
        ("", "line 1, column 1"),
        ("{\"fileType\": \"Plan\",\n \"version\": 1,\n \"mission\": {\"items\": [}\n}", "line 3, column 24"),
        ("[1, 2]", "$"),
        ("{\"fileType\": \"Mission\", \"version\": 1}", "$.fileType"),
        ("{\"fileType\": \"Plan\", \"version\": 2, \"mission\": {\"items\": []}}", "$.version"),
        ("{\"fileType\": \"Plan\", \"version\": 1}", "$"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": {}}}", "$.mission.items"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"Fancy\"}]}}", "$.mission.items[0].type"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"SimpleItem\", \"command\": 16, \"frame\": 3, \"params\": [0,0,0]}]}}", "$.mission.items[0].params"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"SimpleItem\", \"command\": 16, \"frame\": 3, \"params\": [0,0,0,0,95,8,10]}]}}", "$.mission.items[0].params[4]"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"SimpleItem\", \"command\": 70000, \"frame\": 3, \"params\": [0,0,0,0,0,0,0]}]}}", "$.mission.items[0].command"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"SimpleItem\", \"command\": 16, \"frame\": 3, \"params\": [0,0,\"x\",0,0,0,0]}]}}", "$.mission.items[0].params[2]"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"ComplexItem\", \"complexItemType\": \"survey\"}]}}", "$.mission.items[0]"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [], \"plannedHomePosition\": [47]}}", "$.mission.plannedHomePosition"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": []}, \"geoFence\": {\"circles\": [{\"circle\": {\"center\": [47, 8], \"radius\": -1}, \"inclusion\": true}]}}", "$.geoFence.circles[0].circle.radius"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": []}, \"geoFence\": {\"polygons\": [{\"polygon\": [[47, 8], [47.1, 8]], \"inclusion\": true}]}}", "$.geoFence.polygons[0].polygon"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": []}, \"geoFence\": {\"polygons\": [{\"polygon\": [[47, 8], [47.1, 8], [47, 8.1]]}]}}", "$.geoFence.polygons[0]"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": []}, \"rallyPoints\": {\"points\": [[47, 8]]}}", "$.rallyPoints.points[0]"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": []}} trailing", "line 1, column 62"),
        ("{\"fileType\": \"Plan\", \"version\": 1, \"mission\": {\"items\": [{\"type\": \"SimpleItem\", \"command\": 16, \"frame\": 3.5, \"params\": [0,0,0,0,0,0,0]}]}}", "$.mission.items[0].frame"),
    ]

    @Test(arguments: brokenPlans)
    func brokenPlanFilesNameTheFileThePlaceAndTheReason(text: String, location: String) {
        do {
            _ = try QGCPlanFile.read(text, source: "broken.plan")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.source == "broken.plan")
            #expect(error.location == location, "\(error)")
            #expect(!error.reason.isEmpty)
        }
    }

    static let brokenWaypoints: [(String, String, String)] = [
        ("", "line 1", "header"),
        ("QGC WPL 100\n", "line 1", "header"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\n", "line 2", "12"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n2\t0\t3\t16\t0\t0\t0\t0\t47\t8\t20\t1\n", "line 3", "out of order"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t3\tX\t0\t0\t0\t0\t47\t8\t20\t1\n", "line 3", "COMMAND"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t3\t16\t0\t0\t0\t0\t91\t8\t20\t1\n", "line 3", "latitude"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t300\t16\t0\t0\t0\t0\t47\t8\t20\t1\n", "line 3", "FRAME"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t3\t16\t0.5.1\t0\t0\t0\t47\t8\t20\t1\n", "line 3", "P1"),
        ("QGC WPL 110\n", "line 2", "home"),
        // Fuzz findings (scripts/fuzz wpl): the home row in a local frame skipped the position
        // checks and came back from a write as latitude 214.7483647; a local x of 1e300 trapped;
        // a NUL inside a field read as the number before it.
        ("QGC WPL 110\n0\t0\t1\t5001\t4\t0\t0\t0\t478\t8.5475\t0\t1\n", "line 2", "latitude"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\tnan\t1\n", "line 2", "home altitude"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t1e39\t1\n", "line 2", "home altitude 1e39"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t1\t16\t0\t0\t0\t0\t1e300\t8\t20\t1\n", "line 3", "x 1e300"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\t8\t500\t1\n1\t0\t1\t16\t0\t0\t0\t0\t1\tnan\t20\t1\n", "line 3", "y nan"),
        ("QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t47\u{0}\u{0}5\t8\t500\t1\n", "line 2", "not a number"),
    ]

    @Test(arguments: brokenWaypoints)
    func brokenWaypointFilesNameTheLineAndTheReason(text: String, location: String, reasonPart: String) {
        do {
            _ = try WaypointsFile.read(text, source: "broken.waypoints")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.location == location, "\(error)")
            #expect(error.reason.contains(reasonPart), "\(error)")
        }
    }

    @Test func unknownExtensionAndMissingFileAreErrors() {
        #expect(throws: PlanError.self) { try PlanFiles.load("/nonexistent/plan.kml") }
        #expect(throws: PlanError.self) { try PlanFiles.load("/nonexistent/plan.plan") }
    }
}
