import FlightCore
import Simulation
import VehicleServices

/// A copy of a `SITLVehicle` from before a service period's physics steps, to run them again,
/// bit for bit (no clock, no I/O, seeded noise), with the vehicle model's update that follows
/// them. `SITLRuntime` keeps one up to date and, when a step's thread was charged far more
/// running time than the work takes, runs it again to see whether the time was the code's.
///
/// Kept up to date with `SITLVehicle.refreshStepReplay` and copied with `assign`, which copy the
/// flight stack's estimator into the replay's own storage: plain assignment would share it, and
/// the live vehicle's next step would then copy 9 KB onto the heap every service period.
public struct StepReplay: Sendable {
    var vehicle: SITLVehicle
    private var ran = false

    init(vehicle: SITLVehicle) { self.vehicle = vehicle }

    /// The truth after the last step run (nil before any).
    public var truth: Truth? { ran ? vehicle.truth : nil }

    /// The flight stack's motor outputs after the steps run.
    public var outputs: ActuatorOutputs { vehicle.stack.outputs }

    /// The vehicle model's telemetry (after `updateModel`).
    public var telemetry: VehicleTelemetry { vehicle.model.telemetry }

    /// Runs `steps` physics steps, exactly as the vehicle did from the same state.
    public mutating func run(steps: Int) {
        for _ in 0..<steps { vehicle.step() }
        ran = ran || steps > 0
    }

    /// The vehicle model's update at `time` and the simulated truth handed to it, as the
    /// runtime's service step does after the physics steps.
    public mutating func updateModel(at time: Tick) {
        vehicle.model.update(at: time)
        vehicle.publishTruth()
    }

    /// Makes this replay a copy of `other` that shares no estimator storage with it.
    public mutating func assign(_ other: StepReplay) {
        vehicle.assign(other.vehicle)
        ran = other.ran
    }

    /// Forgets the steps run (a new copy was taken).
    mutating func resetTruth() { ran = false }
}
