import Autopilot
import FlightCore
import Simulation
import Testing

/// `StepReplay` runs a vehicle's physics steps again from a copy of their state, bit for bit:
/// what `SITLRuntime` relies on to tell a slow step of the code from a slow machine.
@Suite struct StepReplayTests {
    @Test func aReplayFromACopyComesOutBitForBitAsTheVehicleDid() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 7)
        v.run(seconds: 12)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.setMode(.takeoff) == nil)
        v.run(seconds: 1.5)   // climbing: every sensor and loop busy

        var replay = v.makeStepReplay()
        var short = replay
        for _ in 0..<437 { v.step() }   // GNSS, baro and magnetometer samples fall due among them
        replay.run(steps: 437)
        short.run(steps: 436)
        let truth = try #require(v.truth)
        #expect(replay.truth == truth)
        #expect(replay.outputs == v.stack.outputs)
        #expect(short.truth != truth, "a step fewer is a different state: the comparison can fail")
        #expect(truth.velocity.z < -0.5, "the vehicle was climbing (\(truth.velocity.z) m/s down)")
    }
}
