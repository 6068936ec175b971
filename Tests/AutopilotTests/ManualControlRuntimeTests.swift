import Autopilot
import FlightCore
import Foundation
import MAVLink
import MAVLinkDialects
import Simulation
import Testing
import Transport
import TestSupport

/// `SITLRuntime` carries MANUAL_CONTROL from a real UDP link to the flight stack, and a scenario's
/// `rc_loss` drops exactly those frames (a PARAM_SET sent during the loss still gets through).
@Suite struct ManualControlRuntimeTests {
    /// Runs a runtime for `seconds` of simulated time (real time) on a UDP link to a ground side
    /// that sends a GCS heartbeat and MANUAL_CONTROL every 10 ms of wall time, and in the last second
    /// a PARAM_SET of `COM_RC_LOSS_T` to 0.7 s; returns the stack.
    static func run(scenarioLines: String, seconds: Double) async throws -> FlightStack {
        let port = freeLoopbackPort()
        var scenario = try SimulationFiles.scenario(atPath: DataFiles(root: SITLFixtures.repoRoot.path).scenarios + "/calm.scenario")
        if !scenarioLines.isEmpty {
            scenario.faults = try Scenario(fileText: "origin 47.4 8.5 488\n" + scenarioLines, file: "faults.scenario").faults
        }
        let data = DataFiles(root: SITLFixtures.repoRoot.path)
        let options = SITLOptions(airframe: try SimulationFiles.airframe(named: "quad450", in: data.vehicles), scenario: scenario,
                                  parameters: try data.airframeParameters(for: "quad450"), seed: 1, speed: 1,
                                  links: [try ConnectionURL(parsing: "udpout://127.0.0.1:\(port)")])
        let ground = try await ByteLink.open(try ConnectionURL(parsing: "udpin://127.0.0.1:\(port)"))
        let runtime = try SITLRuntime(options: options)
        // The ground side runs on its own thread, not a task: the test process's cooperative pool
        // is shared with every other suite running in parallel, and a starved sender task would
        // look like lost MANUAL_CONTROL.
        let stop = StopSignal()
        let sender = Thread {
            var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
            let started = ContinuousClock.now
            while !stop.isSet {
                // Late in the run, a parameter change: the rest of the link must still get through.
                if started.duration(to: .now) > .seconds(seconds - 1),
                   let set = try? encoder.frame(ParamSet(targetSystem: 1, targetComponent: 1, paramId: FixedString("COM_RC_LOSS_T"),
                                                         paramValue: 0.7, paramType: .real32)) { ground.send(set.bytes) }
                // Replies go to the vehicle once its first telemetry has arrived (UDP listener).
                if let hb = try? encoder.frame(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8))) { ground.send(hb.bytes) }
                if let mc = try? encoder.frame(MAVLinkDialects.ManualControl(target: 1, x: 0, y: 0, z: 500, r: 0)) { ground.send(mc.bytes) }
                Thread.sleep(forTimeInterval: 0.01)
            }
            stop.confirm()
        }
        sender.start()
        try await runtime.run(seconds: seconds)
        stop.set()
        stop.waitForConfirmation()
        await ground.close()
        return runtime.vehicle.stack
    }

    @Test func manualControlArrivesThroughTheRuntimeAndRcLossDropsOnlyIt() async throws {
        let clean = try await Self.run(scenarioLines: "", seconds: 4)
        let sticks = try #require(clean.lastManualInput, "no MANUAL_CONTROL reached the stack")
        // Well past the 2 s where the fault run stops hearing them (the ground side's wall-clock
        // sender may lag the simulated time a little on a loaded machine).
        #expect(sticks.seconds > 3.0)
        #expect(clean.manualInput?.throttle == 0.5)

        let lost = try await Self.run(scenarioLines: "at 2 rc_loss 600", seconds: 4)
        let last = try #require(lost.lastManualInput, "no MANUAL_CONTROL before the fault")
        #expect(last.seconds <= 2.0, "MANUAL_CONTROL still arrived at \(last.seconds) s, after rc_loss at 2 s")
        #expect(last.seconds > 0.5)
        #expect(lost.parameters.float("COM_RC_LOSS_T") == 0.7, "PARAM_SET must still get through during rc_loss")
    }
}

/// A flag set by one thread and seen by another, with a confirmation back.
private final class StopSignal: @unchecked Sendable {
    private let lock = NSCondition()
    private var requested = false, confirmed = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return requested }
    func set() { lock.lock(); requested = true; lock.unlock() }
    func confirm() { lock.lock(); confirmed = true; lock.broadcast(); lock.unlock() }
    func waitForConfirmation() { lock.lock(); while !confirmed { lock.wait() }; lock.unlock() }
}
