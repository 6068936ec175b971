import Testing
@testable import Simulation

/// Prints the simulator's throughput in this build (a figure, never a pass/fail threshold; the
/// optimised figure comes from `sim/tools/benchmark.sh`).
@Suite struct SimulatorThroughputTests {
    @Test func printsPhysicsStepsPerSecond() throws {
        let airframe = try SimFixtures.airframe("quad450")
        let scenario = try SimulationFiles.scenario(atPath: ScenarioTests.path("windy-faults"))
        var sim = Simulator(airframe: airframe, scenario: scenario, seed: 1)
        let steps = 100_000
        var imuCount = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<steps where sim.step(MotorCommands(all: 0.6)).sensors.imu != nil { imuCount += 1 }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print("Simulator: \(Int(Double(steps) / seconds)) steps/s (\(Int(seconds / Double(steps) * 1e9)) ns/step) in this build")
        #expect(imuCount == steps * 400 / 1000)
    }
}
