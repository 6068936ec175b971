import Foundation
import Testing

/// `swiftlet fly` of every bundled plan: in-process SITL, mission upload over a real MAVLink UDP
/// link, arming, start, and the summary at the landing.
@Suite struct FlyCommandTests {
    static var plans: [String] {
        let dir = CLI.repoRoot.appendingPathComponent("Missions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".plan") }.sorted()
    }

    @Test func thereAreBundledPlansToFly() { #expect(Self.plans.count >= 3) }

    @Test(arguments: plans)
    func flyingABundledPlanCompletesEveryItemAndLands(plan: String) throws {
        let r = try CLI.run(["fly", "Missions/\(plan)", "--json", "--timeout", "300"], in: CLI.repoRoot)
        #expect(r.status == 0, "\(r.out) \(r.err)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], "\(r.out)")
        #expect(summary["completed"] as? Bool == true, "\(r.out)")
        #expect((summary["items_reached"] as? [Int])?.count == summary["item_count"] as? Int)
        #expect((summary["max_cross_track_m"] as? Double ?? 99) < 5, "\(r.out)")
    }

    @Test func aPlanWithALandPointReportsTheLandingOffset() throws {
        let r = try CLI.run(["fly", "Tests/Fixtures/short-hop.plan", "--json"], in: CLI.repoRoot)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], "\(r.out)")
        #expect(summary["completed"] as? Bool == true)
        // The offset is GNSS error plus control error: metres, not tens of metres.
        #expect((summary["landing_offset_m"] as? Double ?? 99) < 3, "\(r.out)")
    }

    @Test func aBrokenPlanIsRefusedWithItsPathAndReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("broken.plan")
        try Data("{\"fileType\": \"Plan\", \"mission\": {\"items\": [{\"type\": 7}]}}".utf8).write(to: bad)
        let r = try CLI.run(["fly", bad.path])
        #expect(r.status != 0)
        #expect(r.err.contains("broken.plan"))
    }
}
