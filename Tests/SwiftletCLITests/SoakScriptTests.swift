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
        #expect((summary["missed_deadlines"] as? Int).map { $0 >= 0 } == true)
        #expect((summary["host_steal_seconds"] as? Double).map { $0 >= 0 } == true, "\(summary)")

        let samples = try String(contentsOf: out.appendingPathComponent("samples.csv"), encoding: .utf8).split(separator: "\n")
        #expect(samples.first == "sim_s,wall_s,rss_kb,cpu_s,host_steal_s,missed_deadlines,worst_lateness_ms,armed")
        #expect(samples.count >= 4, "\(samples)")
        let rss = samples.dropFirst().compactMap { Double($0.split(separator: ",")[2]) }
        #expect(rss.allSatisfy { $0 > 1_000 && $0 < 2_000_000 }, "\(rss)")
        #expect(actions.contains("fly zurich-tour.plan"))
        #expect(actions.contains("param set"))
    }
}
