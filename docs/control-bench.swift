// Cost of the control cascade, built optimised outside SwiftPM (see docs/CONTROL.md):
//   mkdir -p /tmp/ctlbench
//   swiftc -O -wmo -parse-as-library -enable-experimental-feature Extern -module-name FlightMath -emit-module \
//     -emit-module-path /tmp/ctlbench/FlightMath.swiftmodule -emit-object Sources/FlightMath/*.swift -o /tmp/ctlbench/FlightMath.o
//   swiftc -O -wmo -parse-as-library -enable-experimental-feature Extern -module-name FlightCore -I /tmp/ctlbench \
//     $(find Sources/FlightCore -name '*.swift') docs/control-bench.swift /tmp/ctlbench/FlightMath.o -lm -o /tmp/ctlbench/control-bench
// Prints nanoseconds per rate-loop tick (rate PID + mixer) and per full cascade tick.
// Compiled into the FlightCore module for the measurement only; not part of any target.

func nanoseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) * 1e-9
}

@main struct ControlBench {
    static func main() throws {
        var table = ParameterTable()
        try table.set("MPC_THR_HOVER", to: .float(0.5))
        let gains = ControlGains(parameters: table)
        let ticks = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 2_000_000 : 2_000_000
        // Optional second argument "rate" or "cascade" runs one part only (for instruction counts).
        let part = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "both"
        let rateTicks = part == "cascade" ? 0 : ticks, cascadeTicks = part == "rate" ? 0 : ticks
        var sink: Float = 0

        // Rate loop alone: PID on a varying rate, then the mixer.
        var rate = RateController(gains: gains.rate)
        var mixer = try Mixer(settings: gains.mixer)
        let clock = ContinuousClock()
        let rateTime = clock.measure {
        for k in 0..<rateTicks {
            let phase = Float(k & 1023) * 0.006
            let torque = rate.update(rate: Vector3(0.1 * phase, -0.05 * phase, 0.02), setpoint: Vector3(0.3, 0, 0),
                                     dt: 0.0025, saturation: mixer.saturation)
            let out = mixer.mix(TorqueThrustSetpoint(torque: torque, thrust: 0.5), armed: true, dt: 0.0025)
            sink += out[0]
        }
        }
        let rateNs = nanoseconds(rateTime) / Double(ticks)

        // Full cascade at 400 Hz following a position setpoint (position loop every 8th tick).
        var control = try MulticopterControl(gains: gains)
        let target = ControlTarget.trajectory(TrajectorySetpoint(position: Vector3(5, -3, -10), yaw: 0.5))
        let cascadeTime = clock.measure {
        for k in 0..<cascadeTicks {
            let phase = Float(k & 1023) * 0.006
            let state = NavigationState(time: Tick(micros: UInt64(k) * 2500),
                                        attitude: Quaternion(rotationVector: Vector3(0.05 * phase, -0.03, 0.4)),
                                        angularRate: Vector3(0.1 * phase, -0.05, 0.02),
                                        velocity: Vector3(phase, 0.2, -0.1), position: Vector3(1, 2, -9), validity: .all)
            let out = control.step(time: state.time, state: state, target: target, armed: true)
            sink += out[0]
        }
        }
        let cascadeNs = nanoseconds(cascadeTime) / Double(ticks)
        print("rate tick (PID + mixer): \(rateNs) ns; full cascade tick (400 Hz, position every 8th): \(cascadeNs) ns; checksum \(sink)")
    }
}
