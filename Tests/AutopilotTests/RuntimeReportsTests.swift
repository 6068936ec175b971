import Autopilot
import Foundation
import Simulation
import Synchronization
import Testing
import Transport
import TestSupport

/// `SITLRuntime`'s reports (`onStatus`, `onStall`, …) are made off the paced loop's thread, in
/// order, and all of them before `run` returns.
@Suite struct RuntimeReportsTests {
    @Test func statusReportsComeOffTheLoopThreadInOrderAndAllBeforeRunReturns() async throws {
        let data = DataFiles(root: SITLFixtures.repoRoot.path)
        let scenario = try SimulationFiles.scenario(atPath: data.scenarios + "/calm.scenario")
        var options = SITLOptions(airframe: try SimulationFiles.airframe(named: "quad450", in: data.vehicles), scenario: scenario,
                                  parameters: try data.airframeParameters(for: "quad450"), seed: 1, speed: 20,
                                  links: [try ConnectionURL(parsing: "udpout://127.0.0.1:\(freeLoopbackPort())")])
        options.statusIntervalMicros = 250_000
        let runtime = try SITLRuntime(options: options)
        let seen = Mutex<[(seconds: Double, thread: String)]>([])
        runtime.onStatus = { status in
            seen.withLock { $0.append((status.simulatedSeconds, Thread.current.name ?? "")) }
        }

        try await runtime.run(seconds: 2)

        let reports = seen.withLock { $0 }
        // One at the start and one every 0.25 s of simulated time up to the end.
        #expect(reports.count >= 8)
        #expect(reports.map(\.seconds) == reports.map(\.seconds).sorted())
        #expect(reports.allSatisfy { $0.thread == "sitl reports" }, "\(reports.map(\.thread))")
        let countAtReturn = reports.count
        try await Task.sleep(nanoseconds: 50_000_000)
        #expect(seen.withLock { $0.count } == countAtReturn, "a report came after run returned")
    }
}
