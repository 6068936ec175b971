import Testing
@testable import FlightCore

@Suite struct MissionValidationTests {
    static let takeoff = TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10)
    static let waypoint = TestSite.item(.navWaypoint, north: 10, east: 0, altitude: 10)

    static func with(_ item: MissionItem, _ change: (inout MissionItem) -> Void) -> MissionItem {
        var copy = item; change(&copy); return copy
    }

    /// (name, item placed at index 1 after a takeoff, expected result or nil for accepted)
    static let rows: [(String, MissionItem, MissionResult?)] = [
        ("plain waypoint", waypoint, nil),
        ("unknown command", MissionItem(command: 31_000, frame: 3), .unsupported),
        ("fence vertex in a mission", TestSite.item(.fencePolygonVertexInclusion, north: 1, east: 1, altitude: 0, param1: 3), .unsupported),
        ("rally point in a mission", TestSite.item(.rallyPoint, north: 1, east: 1, altitude: 0), .unsupported),
        ("unknown frame", with(waypoint) { $0.frameNumber = 42 }, .unsupportedFrame),
        ("local frame waypoint", with(waypoint) { $0.frameNumber = MissionFrame.localNED.rawValue }, .unsupportedFrame),
        ("mission frame waypoint", with(waypoint) { $0.frameNumber = MissionFrame.mission.rawValue }, .unsupportedFrame),
        ("absolute altitude frame", with(waypoint) { $0.frameNumber = MissionFrame.global.rawValue; $0.altitude = 500 }, nil),
        ("latitude beyond 90°", with(waypoint) { $0.latE7 = 900_000_001 }, .invalidParam5),
        ("longitude beyond 180°", with(waypoint) { $0.lonE7 = -1_800_000_001 }, .invalidParam6),
        ("waypoint at 0°,0°", with(waypoint) { $0.latE7 = 0; $0.lonE7 = 0 }, .invalidParam5),
        ("land at 0°,0° means here", MissionItem(.navLand, altitude: 0), nil),
        ("non-finite altitude", with(waypoint) { $0.altitude = .nan }, .invalidParam7),
        ("negative hold time", with(waypoint) { $0.param1 = -1 }, .invalidParam1),
        ("negative acceptance radius", with(waypoint) { $0.param2 = -2 }, .invalidParam2),
        ("infinite yaw", with(waypoint) { $0.param4 = .infinity }, .invalidParam4),
        ("loiter time negative", TestSite.item(.navLoiterTime, north: 5, east: 5, altitude: 10, param1: -3), .invalidParam1),
        ("loiter zero turns", TestSite.item(.navLoiterTurns, north: 5, east: 5, altitude: 10, param1: 0), .invalidParam1),
        ("loiter turns infinite radius", TestSite.item(.navLoiterTurns, north: 5, east: 5, altitude: 10, param1: 1, param3: .infinity), .invalidParam3),
        ("delay until time of day", TestSite.item(.navDelay, param1: -1), .invalidParam1),
        ("condition delay negative", TestSite.item(.conditionDelay, param1: -5), .invalidParam1),
        ("jump to itself", TestSite.item(.doJump, param1: 1, param2: 1), .invalidSequence),
        ("jump past the end", TestSite.item(.doJump, param1: 9, param2: 1), .invalidSequence),
        ("jump to fractional index", TestSite.item(.doJump, param1: 0.5, param2: 1), .invalidSequence),
        ("jump with fractional repeat", TestSite.item(.doJump, param1: 0, param2: 1.5), .invalidParam2),
        ("jump repeat forever", TestSite.item(.doJump, param1: 0, param2: -1), nil),
        ("speed type 7", TestSite.item(.doChangeSpeed, param1: 7, param2: 5), .invalidParam1),
        ("speed zero", TestSite.item(.doChangeSpeed, param1: 1, param2: 0), .invalidParam2),
        ("speed unchanged (-1)", TestSite.item(.doChangeSpeed, param1: 1, param2: -1), nil),
        ("set home param1 2", TestSite.item(.doSetHome, param1: 2), .invalidParam1),
        ("set home to current", TestSite.item(.doSetHome, param1: 1), nil),
        ("set home at 0°,0°", TestSite.item(.doSetHome, param1: 0), .unsupportedFrame),
        ("camera trigger distance", TestSite.item(.doSetCameraTriggerDistance, param1: 20), nil),
        ("image capture", TestSite.item(.imageStartCapture), nil),
    ]

    @Test(arguments: 0..<rows.count)
    func planValidationReportsTheExactReason(row: Int) {
        let (name, item, expected) = Self.rows[row]
        let plan = TestSite.plan([Self.takeoff, item])
        do throws(MissionRejection) {
            try plan.validate()
            #expect(expected == nil, "\(name): accepted, expected \(String(describing: expected))")
        } catch {
            #expect(error == MissionRejection(expected ?? .accepted, at: 1), "\(name)")
        }
    }

    @Test func jumpOntoAnotherJumpIsABadSequence() {
        let plan = TestSite.plan([Self.takeoff, TestSite.item(.doJump, param1: 0, param2: 1),
                                  TestSite.item(.doJump, param1: 1, param2: 1)])
        #expect(throws: MissionRejection(.invalidSequence, at: 2)) { try plan.validate() }
    }

    @Test func fullPlanRefusesMoreItemsWithNoSpace() {
        var plan = MissionPlan(capacity: 2)
        #expect(throws: Never.self) { try plan.append(Self.takeoff); try plan.append(Self.waypoint) }
        #expect(throws: MissionRejection(.noSpace, at: 2)) { try plan.append(Self.waypoint) }
        #expect(plan.count == 2)
    }

    @Test func navigatorRefusesAnInvalidPlanAndKeepsTheOldOne() {
        var navigator = Navigator()
        try! navigator.load(TestSite.plan([Self.takeoff, Self.waypoint]))
        let bad = TestSite.plan([Self.takeoff, MissionItem(command: 31_000)])
        #expect(throws: MissionRejection(.unsupported, at: 1)) { try navigator.load(bad) }
        #expect(navigator.plan.count == 2)
        #expect(navigator.plan[1].command == .navWaypoint && navigator.plan[1].latE7 == Self.waypoint.latE7)
    }

    @Test func everyMissionCommandIsEitherFlownOrRefused() {
        // No command is accepted at upload yet silently skipped in flight: fence and rally
        // commands are refused; every other command has a navigator behaviour.
        for command in MissionCommand.allCases {
            let located = command.usesLocation || command == .doSetHome
            let item = located ? TestSite.item(command, north: 5, east: 5, altitude: 10, param1: command == .navLoiterTurns ? 1 : 0)
                               : TestSite.item(command, param1: command == .doChangeSpeed ? 1 : 0, param2: command == .doChangeSpeed ? 3 : 0)
            let plan = TestSite.plan([Self.takeoff, item])
            #expect(plan.isValid == command.belongsInMission, "\(command)")
        }
    }
}
