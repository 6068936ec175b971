import Foundation
import Testing
import TestSupport

/// `scripts/soak` in its quick mode (six simulated minutes), so the benchmark cannot rot: it runs
/// `swiftlet sitl` with a ground station flying missions and editing parameters over UDP, samples
/// the process from /proc, and writes its tables and a verdict.
@Suite(.childProcesses) struct SoakScriptTests {
    @Test func quickSoakFliesMissionsSamplesTheProcessAndWritesAVerdict() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("soak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", CLI.repoRoot.appendingPathComponent("scripts/soak").path, "--hours", "0.1", "--speed", "40",
            "--seed", "3", "--swiftlet", CLI.binary.path, "--out", out.path, "--json",
            // Ordinary scheduling: a debug sitl at 40x needs most of a core, and at
            // SCHED_FIFO it would take that core from the suite's other tests.
            "--priority", "normal"], captureErr: false)
        let data = r.out
        // 0: verdict passed, 1: failed (on a loaded machine a paced step may miss its deadline); 2: could not run.
        #expect(r.status == 0 || r.status == 1, "\(r.outText)")
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let checks = try #require(summary["checks"] as? [String: Bool])
        #expect(checks["missions_completed"] == true, "\(summary)")
        #expect((summary["flights"] as? Int ?? 0) >= 1)
        let actions = try String(contentsOf: out.appendingPathComponent("actions.csv"), encoding: .utf8)
        #expect(summary["actions_failed"] as? Int == 0, "\(actions)")
        #expect((summary["simulated_hours"] as? Double ?? 0) >= 0.05)
        #expect(summary["verdict"] as? String == (checks.values.allSatisfy { $0 } ? "pass" : "fail"))
        let missed = try #require(summary["missed_deadlines"] as? Int, "\(summary)")
        // Every late step is put down to one cause, and the stack's own are counted apart.
        let byCause = try #require(summary["missed_by_cause"] as? [String: Int], "\(summary)")
        #expect(Set(byCause.keys) == ["own_work", "blocked", "executor", "other_threads", "stolen", "unmeasured"], "\(byCause)")
        #expect(byCause.values.reduce(0, +) == missed, "\(summary)")
        #expect(summary["missed_by_the_stack"] as? Int == ["own_work", "blocked", "executor", "unmeasured"].reduce(0) { $0 + byCause[$1]! })
        #expect(checks["no_deadline_missed_by_the_stack"] == (summary["missed_by_the_stack"] as? Int == 0))
        // A step's own work was measured (the simulation and the services: well under a millisecond
        // in a release build, a few in this debug one).
        let ownWork = try #require(summary["worst_own_work_ms"] as? Double, "\(summary)")
        #expect(ownWork > 0.01 && ownWork < 1_000, "\(summary)")
        // The worst step says where its time went: the simulation and stack ran, the services were timed.
        let worst = try #require(summary["worst_step"] as? [String: Any], "\(summary)")
        #expect((worst["own_work_ms"] as? Double).map { abs($0 - ownWork) < 0.01 } == true, "\(worst)")
        #expect((worst["flight_ms"] as? Double ?? 0) > 0, "\(worst)")
        // The slowest handling is one of the services' or one of the loop's own parts.
        #expect((worst["services_ms"] as? Double ?? -1) + (worst["loop_ms"] as? Double ?? -1) >= (worst["slowest_handling_ms"] as? Double ?? 0),
                "\(worst)")
        #expect(worst["slowest_handling"] is String, "\(worst)")
        #expect((summary["host_steal_seconds"] as? Double).map { $0 >= 0 } == true, "\(summary)")

        let samples = try String(contentsOf: out.appendingPathComponent("samples.csv"), encoding: .utf8).split(separator: "\n")
        let header = "sim_s,wall_s,rss_kb,cpu_s,host_steal_s,missed_deadlines,missed_own_work,missed_blocked,"
            + "missed_executor,missed_other_threads,missed_stolen,missed_unmeasured,worst_lateness_ms,worst_own_work_ms,armed"
        #expect(samples.first.map(String.init) == header)
        #expect(samples.count >= 4, "\(samples)")
        let rss = samples.dropFirst().compactMap { Double($0.split(separator: ",")[2]) }
        #expect(rss.allSatisfy { $0 > 1_000 && $0 < 2_000_000 }, "\(rss)")
        #expect(actions.contains("fly zurich-tour.plan"))
        #expect(actions.contains("param set"))
    }
}
