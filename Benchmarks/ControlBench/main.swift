// Cost of the control cascade per tick, against a C reference of the same rate loop.
// Built and run by scripts/bench-control (it compiles this file into the FlightCore module, -O -wmo,
// as the firmware is built); not part of any SwiftPM target.
//
//   control-bench rate N ROUNDS PARAMS   rate tick (PID + mixer), N ticks; writes the gains and the
//                                        allocation rows to PARAMS for the C reference
//   control-bench cascade N ROUNDS       full cascade tick at 400 Hz (position loop every 8th tick)
// Each prints one JSON line: best round's thread CPU time per tick and a checksum of the outputs.
#if canImport(Glibc)
import Glibc   // fopen, fputs for the parameter file
#endif

/// The best of `rounds` runs of `body`, seconds, and the last run's result.
func best(_ rounds: Int, _ body: () -> Float) -> (seconds: Double, result: Float) {
    var fastest = Double.infinity, result: Float = 0
    for _ in 0..<max(1, rounds) {
        let start = threadSeconds()
        result = body()
        fastest = min(fastest, threadSeconds() - start)
    }
    return (fastest, result)
}

/// Bit patterns of `values`, space-separated (exact for the C side to read back).
func bits(_ values: [Float]) -> String { values.map { String($0.bitPattern) }.joined(separator: " ") }

func writeParameters(_ gains: ControlGains, _ mixer: Mixer, to path: String) {
    let r = gains.rate, m = gains.mixer
    var lines: [String] = []
    func vec(_ v: Vector3) -> [Float] { [v.x, v.y, v.z] }
    lines.append(bits(vec(r.proportional) + vec(r.integral) + vec(r.derivative) + vec(r.feedForward) + vec(r.integratorLimit)
                      + [r.derivativeCutoffHz]))
    lines.append(bits([m.idle, m.spoolUpTime, m.spoolDownTime, m.allowThrustIncrease ? 1 : 0, m.thrustCurve]))
    lines.append(String(mixer.allocation.count))
    for i in 0..<mixer.allocation.count {
        let row = mixer.allocation.rows[i]
        lines.append(bits([row.roll, row.pitch, row.yaw, row.thrust]))
    }
    let text = lines.joined(separator: "\n") + "\n"
    guard let file = fopen(path, "w") else { fatalError("cannot write \(path)") }
    fputs(text, file)
    fclose(file)
}

@main struct ControlBench {
    static func main() throws {
        let args = CommandLine.arguments
        let part = args.count > 1 ? args[1] : "rate"
        let ticks = args.count > 2 ? Int(args[2]) ?? 1_000_000 : 1_000_000
        let rounds = args.count > 3 ? Int(args[3]) ?? 5 : 5
        var table = ParameterTable()
        try table.set("MPC_THR_HOVER", to: .float(0.5))
        let gains = ControlGains(parameters: table)

        switch part {
        case "rate":
            // Rate loop alone: PID on a varying measured rate, then the mixer (which desaturates
            // when the roll demand grows), feeding its saturation back for anti-windup.
            if args.count > 4 { writeParameters(gains, try Mixer(settings: gains.mixer), to: args[4]) }
            let run = best(rounds) {
                var rate = RateController(gains: gains.rate)
                var mixer = try! Mixer(settings: gains.mixer)
                var sum: Float = 0
                for k in 0..<ticks {
                    let phase = Float(k & 1023) * 0.006
                    let torque = rate.update(rate: Vector3(0.1 * phase, -0.05 * phase, 0.02), setpoint: Vector3(0.3, 0, 0),
                                             dt: 0.0025, saturation: mixer.saturation)
                    let out = mixer.mix(TorqueThrustSetpoint(torque: torque, thrust: 0.5), armed: true, dt: 0.0025)
                    sum += out[0] - out[3]
                }
                return sum
            }
            print("{\"what\":\"swift-rate\",\"ns\":\(run.seconds * 1e9 / Double(ticks)),\"checksum\":\(run.result),\"bits\":\(run.result.bitPattern)}")
        case "cascade":
            // Full cascade at 400 Hz following a position setpoint 10 m away, so the position,
            // velocity and attitude loops all work and the mixer desaturates.
            let target = ControlTarget.trajectory(TrajectorySetpoint(position: Vector3(5, -3, -10), yaw: 0.5))
            let run = best(rounds) {
                var control = try! MulticopterControl(gains: gains)
                var sum: Float = 0
                for k in 0..<ticks {
                    let phase = Float(k & 1023) * 0.006
                    let state = NavigationState(time: Tick(micros: UInt64(k) * 2500),
                                                attitude: Quaternion(rotationVector: Vector3(0.05 * phase, -0.03, 0.4)),
                                                angularRate: Vector3(0.1 * phase, -0.05, 0.02),
                                                velocity: Vector3(phase, 0.2, -0.1), position: Vector3(1, 2, -9), validity: .all)
                    let out = control.step(time: state.time, state: state, target: target, armed: true)
                    sum += out[0]
                }
                return sum
            }
            print("{\"what\":\"swift-cascade\",\"ns\":\(run.seconds * 1e9 / Double(ticks)),\"checksum\":\(run.result)}")
        default:
            fatalError("usage: control-bench rate|cascade TICKS ROUNDS [PARAMS]")
        }
    }
}
