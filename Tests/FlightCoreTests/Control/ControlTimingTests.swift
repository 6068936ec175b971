import Testing
import FlightCore

/// Prints the cost of a rate tick and of a full cascade tick in this (usually debug) build.
/// Optimised figures and instruction counts come from `docs/control-bench.swift` (docs/CONTROL.md).
@Suite struct ControlTimingTests {
    @Test func rateAndCascadeTicksProduceValidOutputsAndReportTheirCost() throws {
        let gains = ControlGains(parameters: ParameterTable())
        let ticks = 20_000
        let clock = ContinuousClock()

        var rate = RateController(gains: gains.rate)
        var mixer = try Mixer(settings: gains.mixer)
        var last = ActuatorOutputs(count: 4)
        let rateTime = clock.measure {
            for k in 0..<ticks {
                let phase = Float(k & 1023) * 0.006
                let torque = rate.update(rate: Vector3(0.1 * phase, -0.05 * phase, 0.02), setpoint: Vector3(0.3, 0, 0),
                                         dt: 0.0025, saturation: mixer.saturation)
                last = mixer.mix(TorqueThrustSetpoint(torque: torque, thrust: 0.5), armed: true, dt: 0.0025)
            }
        }
        for i in 0..<4 { #expect(last[i] >= 0 && last[i] <= 1) }

        var control = try MulticopterControl(gains: gains)
        let target = ControlTarget.trajectory(TrajectorySetpoint(position: Vector3(5, -3, -10), yaw: 0.5))
        let cascadeTime = clock.measure {
            for k in 0..<ticks {
                let phase = Float(k & 1023) * 0.006
                let state = NavigationState(time: Tick(micros: UInt64(k) * 2500),
                                            attitude: Quaternion(rotationVector: Vector3(0.05 * phase, -0.03, 0.4)),
                                            angularRate: Vector3(0.1 * phase, -0.05, 0.02),
                                            velocity: Vector3(phase, 0.2, -0.1), position: Vector3(1, 2, -9), validity: .all)
                last = control.step(time: state.time, state: state, target: target, armed: true)
            }
        }
        for i in 0..<4 { #expect(last[i] >= 0 && last[i] <= 1) }
        #expect(control.timing.periods == UInt64(ticks - 1))
        #expect(control.timing.maxJitterMicros == 0)

        func perTick(_ d: Duration) -> Double {
            (Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) * 1e-9) / Double(ticks)
        }
        print("control cost (this build): rate tick \(Int(perTick(rateTime))) ns, full cascade tick \(Int(perTick(cascadeTime))) ns")
    }
}
