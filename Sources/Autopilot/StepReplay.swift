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
public struct StepReplay {
    var vehicle: SITLVehicle
    /// A replay copy of the vehicle's flight log recorder (`FlightLogRecorder.isReplay`), when
    /// the vehicle is logged: it records after every step run, as the runtime's recorder did.
    var recorder: FlightLogRecorder?
    private var ran = false

    init(vehicle: SITLVehicle) { self.vehicle = vehicle }

    /// Starts recording each step run into a replay copy of `recorder` (kept up to date with
    /// `mirrorLog`).
    mutating func record(like recorder: FlightLogRecorder) { self.recorder = recorder.replayCopy() }

    /// Brings the recorder copy up to date with `live`, the runtime's recorder, in place.
    mutating func mirrorLog(_ live: FlightLogRecorder) { recorder?.mirror(live) }

    /// The truth after the last step run (nil before any).
    public var truth: Truth? { ran ? vehicle.truth : nil }

    /// The flight stack's motor outputs after the steps run.
    public var outputs: ActuatorOutputs { vehicle.stack.outputs }

    /// The vehicle model's telemetry (after `updateModel`).
    public var telemetry: VehicleTelemetry { vehicle.model.telemetry }

    /// Runs `steps` physics steps, exactly as the vehicle did from the same state, each recorded
    /// into the flight log copy when there is one.
    public mutating func run(steps: Int) {
        for _ in 0..<steps {
            vehicle.step()
            if recorder != nil { vehicle.record(into: &recorder!) }
        }
        ran = ran || steps > 0
    }

    /// `run(steps:)`, measuring the wall time of the steps (`flight`) and of their recording
    /// (`flightLog`) on `clock`; `handedOff` tells whether the recorder started a log, wrote its
    /// buffer out or finished a log meanwhile, which the copy does not repeat.
    mutating func run(steps: Int, clock: ContinuousClock) -> (times: StepPhases, handedOff: Bool) {
        var times = StepPhases()
        let handoffs = recorder?.fileHandoffs
        for _ in 0..<steps {
            let t0 = clock.now
            vehicle.step()
            let t1 = clock.now
            if recorder != nil { vehicle.record(into: &recorder!) }
            times.flight += t0.duration(to: t1)
            times.flightLog += t1.duration(to: clock.now)
        }
        ran = ran || steps > 0
        return (times, recorder?.fileHandoffs != handoffs)
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
        if let log = other.recorder {
            if recorder == nil { recorder = log.replayCopy() } else { recorder!.mirror(log) }
        } else {
            recorder = nil
        }
        ran = other.ran
    }

    /// Forgets the steps run (a new copy was taken).
    mutating func resetTruth() { ran = false }
}
