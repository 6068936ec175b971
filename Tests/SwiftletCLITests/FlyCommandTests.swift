import Foundation
import Testing
import TestSupport

/// `swiftlet fly` of every bundled plan: in-process SITL, mission upload over a real MAVLink UDP
/// link, arming, start, and the summary at the landing.
@Suite(.childProcesses) struct FlyCommandTests {
    static var plans: [String] {
        let dir = CLI.repoRoot.appendingPathComponent("Missions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".plan") }.sorted()
    }

    @Test func thereAreBundledPlansToFly() { #expect(Self.plans.count >= 3) }

    @Test(arguments: plans)
    func flyingABundledPlanCompletesEveryItemAndLands(plan: String) async throws {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("fly-logs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: logs) }
        let r = try await CLI.run(["fly", "Missions/\(plan)", "--json", "--timeout", "300", "--log-dir", logs.path], in: CLI.repoRoot)
        #expect(r.status == 0, "\(r.out) \(r.err)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], "\(r.out)")
        #expect(summary["completed"] as? Bool == true, "\(r.out)")
        #expect((summary["items_reached"] as? [Int])?.count == summary["item_count"] as? Int)
        #expect((summary["max_cross_track_m"] as? Double ?? 99) < 5, "\(r.out)")

        // The flight log is a tlog that pymavlink-compatible tools read, with the vehicle's heartbeats
        // and the whole flight; the plot draws the flown track over the plan.
        let log = try #require(summary["log"] as? String)
        #expect(log.hasPrefix(logs.path) && log.hasSuffix(".tlog"))
        let dump = try await CLI.run(["log", "dump", log, "--types", "HEARTBEAT,MISSION_ITEM_REACHED"])
        #expect(dump.status == 0, "\(dump.err)")
        #expect(dump.out.components(separatedBy: "\"type\": \"HEARTBEAT\"").count > 10)
        #expect(dump.out.contains("MISSION_ITEM_REACHED"))
        let svg = try String(contentsOfFile: try #require(summary["plot"] as? String), encoding: .utf8)
        #expect(svg.contains("<polyline class=\"track\""))
    }

    @Test func aPlanWithALandPointReportsTheLandingOffset() async throws {
        let r = try await CLI.run(["fly", "Tests/Fixtures/short-hop.plan", "--json"], in: CLI.repoRoot)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], "\(r.out)")
        #expect(summary["completed"] as? Bool == true)
        // The offset is GNSS error plus control error: metres, not tens of metres.
        #expect((summary["landing_offset_m"] as? Double ?? 99) < 3, "\(r.out)")
    }

    @Test func onATerminalProgressIsALiveLineWithDistanceBatteryAndMode() async throws {
        // `script` gives the command a pseudo-terminal, as a pilot's shell would. The line is
        // redrawn every 250 ms of wall time: at 10× the 35 s flight takes about 3.5 s, room for
        // more than five redraws even on a loaded machine (at 20× a full suite run saw exactly five).
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("fly-tty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: logs) }
        let r = try await runProcess(URL(fileURLWithPath: "/usr/bin/script"),
                                     ["-qec", "\(CLI.binary.path) fly Tests/Fixtures/short-hop.plan --speed 10 --log-dir \(logs.path)", "/dev/null"],
                                     in: CLI.repoRoot, captureErr: false)
        let text = r.outText
        #expect(r.status == 0, "\(text)")
        let lines = text.components(separatedBy: "\r").filter { $0.contains("] item ") }
        #expect(lines.count > 5, "\(text)")
        #expect(lines.contains { $0.contains("m to next") && $0.contains("battery") && $0.contains("AUTO.MISSION") }, "\(text)")
        #expect(text.contains("Mission complete."))
    }

    @Test func aBrokenPlanIsRefusedWithItsPathAndReason() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("broken.plan")
        try Data("{\"fileType\": \"Plan\", \"mission\": {\"items\": [{\"type\": 7}]}}".utf8).write(to: bad)
        let r = try await CLI.run(["fly", bad.path])
        #expect(r.status != 0)
        #expect(r.err.contains("broken.plan"))
    }
}
