import Autopilot
import FlightCore
import FlightMath
import Foundation
import Simulation
import Testing
import Transport
import VehicleServices
import TestSupport

/// `HILSimulatorRuntime` and `HILAutopilotRuntime` in one process over real TCP on loopback.
@Suite struct HILRuntimeTests {
    @Test func simulatorAndAutopilotStepInLockstepOverTCPAndTheTruthReachesTheAutopilot() async throws {
        let data = DataFiles(root: SITLFixtures.repoRoot.path)
        let airframe = try SimulationFiles.airframe(named: "quad450", in: data.vehicles)
        let scenario = try SimulationFiles.scenario(atPath: data.scenarios + "/calm.scenario")
        let port = freeLoopbackPort()
        var simOptions = HILSimulatorOptions(airframe: airframe, scenario: scenario, seed: 3, speed: nil,
                                             link: try ConnectionURL(parsing: "tcpin://127.0.0.1:\(port)"))
        simOptions.truthRateHz = 10
        let simulator = HILSimulatorRuntime(options: simOptions)
        let autopilot = try HILAutopilotRuntime(options: HILAutopilotOptions(
            parameters: try data.airframeParameters(for: "quad450"),
            simulator: try ConnectionURL(parsing: "tcp://127.0.0.1:\(port)"), links: []))
        let flying = Task { try await autopilot.run() }
        // Five simulated seconds; the autopilot connects (and retries) on its own.
        try await simulator.run(seconds: 5)
        autopilot.stop()
        try await flying.value

        // Every IMU sample (400 Hz) was one lockstep step, answered exactly once.
        #expect(simulator.answeredSteps == autopilot.bridge.steps)
        #expect(simulator.answeredSteps >= 1_995 && simulator.answeredSteps <= 2_000, "\(simulator.answeredSteps)")
        #expect(autopilot.bridge.time.map { $0.micros > 4_990_000 } == true)
        // Disarmed on the ground: the motors never turned, and the estimate is level.
        let truth = try #require(simulator.truth)
        #expect(truth.landed && !truth.crashed && abs(truth.position.down) < 0.2)
        let e = EulerAngles(autopilot.model.telemetry.attitude)
        #expect(abs(e.roll) < 0.03 && abs(e.pitch) < 0.03, "\(e)")
        // HIL_STATE_QUATERNION reached the autopilot as its truth (for SIM_STATE on its ground links).
        let forwarded = try #require(autopilot.model.telemetry.truth)
        #expect(abs(forwarded.position.latitudeDegrees - scenario.origin.latitude) < 1e-5)
        #expect(forwarded.timeMicros > 4_800_000)
    }
}
