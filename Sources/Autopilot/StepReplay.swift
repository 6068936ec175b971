import FlightCore
import Simulation

/// The part of a `SITLVehicle` that its physics steps compute from, copied: run from the copy,
/// the same steps come out bit for bit (no clock, no I/O, seeded noise). `SITLRuntime` keeps one
/// from before each service period's steps and, when a step's thread was charged far more running
/// time than the steps take, runs them again to see whether the time was the code's.
public struct StepReplay: Sendable {
    var simulator: Simulator
    var stack: FlightStack
    var motors: MotorCommands
    /// The truth after the last step run (nil before any).
    public private(set) var truth: Truth?

    init(simulator: Simulator, stack: FlightStack, motors: MotorCommands) {
        self.simulator = simulator
        self.stack = stack
        self.motors = motors
    }

    /// Runs `steps` physics steps, exactly as the vehicle did from the same state.
    public mutating func run(steps: Int) {
        for _ in 0..<steps { truth = SITLVehicle.advance(&simulator, &stack, &motors).0 }
    }

    /// Forgets the truth of the steps run (before a new copy is taken).
    mutating func resetTruth() { truth = nil }

    /// The flight stack's motor outputs after the steps run.
    public var outputs: ActuatorOutputs { stack.outputs }
}
