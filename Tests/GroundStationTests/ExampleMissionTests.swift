import Foundation
import Testing
@testable import GroundStation

/// Every plan in `Missions/` loads, passes validation for its autopilot, stays within the limits
/// the docs promise (under ~3 minutes at 5 m/s, 10–50 m altitude, within 500 m of home), and its
/// `.waypoints` twin holds the same mission.
@Suite struct ExampleMissionTests {
    static let folder = MissionVehicleProcess.repoRoot + "/Missions"
    static var plans: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".plan") }.sorted()
    }

    @Test func thereAreExamplePlans() { #expect(Self.plans.count >= 4) }

    @Test(arguments: plans)
    func examplePlanIsShortLowCloseAndValid(name: String) throws {
        let plan = try PlanFiles.load(Self.folder + "/" + name)
        let family: AutopilotFamily = plan.firmwareType == 3 ? .ardupilot : plan.firmwareType == 12 ? .px4 : .swiftlet
        var limits = PlanLimits()
        limits.maxAltitude = 50; limits.maxDistance = 500
        var airframe = AirframeNumbers()
        airframe.cruiseSpeed = 5
        let report = PlanValidator(autopilot: family, limits: limits, airframe: airframe).validate(plan)
        #expect(report.passed, "\(name): \(report.findings)")
        #expect(report.estimate.time < 200, "\(name): \(report.estimate.time) s")
        for item in plan.items where item.hasPosition && PlanCommand.isNavigation(item.command) && item.command != PlanCommand.land {
            #expect(item.z >= 10 && item.z <= 50, "\(name): altitude \(item.z)")
        }
        let twin = Self.folder + "/" + name.replacingOccurrences(of: ".plan", with: ".waypoints")
        if FileManager.default.fileExists(atPath: twin) {
            let other = try PlanFiles.load(twin)
            #expect(other.items.count == plan.items.count)
            for (a, b) in zip(other.items, plan.items) { #expect(a.isSame(as: b)) }
        }
    }
}
