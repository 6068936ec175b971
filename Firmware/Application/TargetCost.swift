import FlightCore
import FlightMath
import MAVLinkDialects
import VehicleServices

@_extern(c, "board_calibration_loop") func c_board_calibration_loop(_ iterations: UInt32)

/// The core's cost on this processor, in instructions, measured with the board clock.
///
/// Under QEMU with `-icount shift=0` every guest instruction advances the virtual clock by exactly
/// 1 ns, and SysTick counts that clock at `Board.cpuHz`; so instructions = cycles × 10⁹ / cpuHz,
/// resolved to 10⁹/cpuHz instructions (6 at 168 MHz, 40 at 25 MHz) and averaged over many calls.
/// A calibration loop of known length (two instructions an iteration) checks that mapping first.
/// The workloads are the host benchmarks' (Benchmarks/EstimatorBenchmark, ControlBench,
/// MAVLinkBench) so the figures sit beside them in docs/PERFORMANCE.md. One `COST` line each.
enum TargetCost {
    /// Instructions for `cycles` of the board clock (valid under `-icount shift=0`).
    static func instructions(_ cycles: UInt64) -> UInt64 { cycles * 1_000_000_000 / UInt64(Board.cpuHz) }

    /// Average instructions per call of `body` over `count` calls.
    static func average(_ count: Int, _ body: () -> Void) -> UInt64 {
        let start = Board.cycles
        for _ in 0 ..< count { body() }
        return instructions(Board.cycles - start) / UInt64(count)
    }

    static func report(_ what: String, _ instructions: UInt64, calls: Int) {
        let micros168 = instructions * 1000 / 168   // ns at one instruction a cycle, 168 MHz
        Board.log("COST \(what): \(instructions) instructions (\(calls) calls; \(micros168 / 1000).\(pad3(micros168 % 1000)) µs at 168 MHz, 1 IPC)")
    }

    static func pad3(_ v: UInt64) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : "\(v)" }

    /// Runs every measurement; returns the number of failed checks (the calibration).
    static func measure(controller: FlightController) -> Int {
        var failures = 0
        let n: UInt32 = 1_000_000
        let calibration = average(1) { c_board_calibration_loop(n) }
        let ok = calibration >= 2 * UInt64(n) && calibration < 2 * UInt64(n) + UInt64(n) / 100
        Board.log("\(ok ? "PASS" : "FAIL") calibration: a loop of \(2 * n) instructions measured \(calibration) (icount shift=0, SysTick at \(Board.cpuHz) Hz)")
        if !ok { failures += 1 }
        report("FlightStack.imu, whole 400 Hz tick (estimator, commander, navigator, cascade, mixer)",
               controller.stackCost.instructions, calls: controller.stackCost.calls)
        report("MAVLink services pass (5 ms: update, receive, poll, encode telemetry)",
               controller.serviceCost.instructions, calls: controller.serviceCost.calls)
        EstimatorCost.measure(controller.vehicle.stack.estimator)
        controlCost(controller.vehicle.stack.parameters)
        mavlinkCost()
        return failures
    }

    /// The rate tick (PID + mixer) and the full cascade, as `Benchmarks/ControlBench`.
    static func controlCost(_ parameters: ParameterTable) {
        let gains = ControlGains(parameters: parameters)
        let ticks = 4000
        var rate = RateController(gains: gains.rate)
        guard var mixer = try? Mixer(settings: gains.mixer), var control = try? MulticopterControl(gains: gains) else {
            Board.log("FAIL the airframe's mixer is invalid"); return
        }
        var k = 0
        var sum: Float = 0
        let rateCost = average(ticks) {
            let phase = Float(k & 1023) * 0.006
            let torque = rate.update(rate: Vector3(0.1 * phase, -0.05 * phase, 0.02), setpoint: Vector3(0.3, 0, 0),
                                     dt: 0.0025, saturation: mixer.saturation)
            let out = mixer.mix(TorqueThrustSetpoint(torque: torque, thrust: 0.5), armed: true, dt: 0.0025)
            sum += out[0] - out[3]
            k += 1
        }
        report("rate tick (RateController + Mixer)", rateCost, calls: ticks)
        let target = ControlTarget.trajectory(TrajectorySetpoint(position: Vector3(5, -3, -10), yaw: 0.5))
        k = 0
        let cascadeCost = average(ticks) {
            let phase = Float(k & 1023) * 0.006
            let state = NavigationState(time: Tick(micros: UInt64(k) * 2500),
                                        attitude: Quaternion(rotationVector: Vector3(0.05 * phase, -0.03, 0.4)),
                                        angularRate: Vector3(0.1 * phase, -0.05, 0.02),
                                        velocity: Vector3(phase, 0.2, -0.1), position: Vector3(1, 2, -9), validity: .all)
            sum += control.step(time: state.time, state: state, target: target, armed: true)[0]
            k += 1
        }
        report("full cascade tick (400 Hz, position loop every 8th tick)", cascadeCost, calls: ticks)
        if sum.isNaN { Board.log("FAIL control outputs are NaN") }
        let budget = rateCost * 100_000 / 420_000   // of 2.5 ms at 168 MHz = 420 000 cycles, in 0.001 %
        Board.log("BUDGET rate tick at 400 Hz on a 168 MHz STM32F405: \(budget / 1000).\(pad3(budget % 1000)) % of the period (1 IPC)")
    }

    /// Encoding, and parsing with decoding, of ATTITUDE frames (MAVLink 2, 28-byte payload).
    static func mavlinkCost() {
        var encoder = MAVLinkEncoder(systemID: 1, componentID: 1)
        var buffer = InlineArray<2048, UInt8>(repeating: 0)
        let frames = 48
        var length = 0
        var k = 0
        let encodeCost = withUnsafeMutableBytes(of: &buffer) { raw in
            average(frames) {
                let m = Attitude(timeBootMs: UInt32(k) * 4, roll: Float(k) * 0.01, pitch: -0.02, yaw: 1.5,
                                 rollspeed: 0.1, pitchspeed: Float(k) * 0.001, yawspeed: 0)
                let slice = UnsafeMutableRawBufferPointer(rebasing: raw[length ..< raw.count])
                length += (try? encoder.encode(m, into: slice)) ?? 0
                k += 1
            }
        }
        report("MAVLink encode (ATTITUDE)", encodeCost, calls: frames)
        var parser = MAVLinkParser<Common>()
        var decoded = 0
        var sum: Float = 0
        let rounds = 20
        let typedCost = withUnsafeBytes(of: &buffer) { raw in
            average(rounds) {
                parser.parse(UnsafeRawBufferPointer(rebasing: raw[0 ..< length])) { view in
                    if view.messageID == Attitude.id { sum += view.decodeUnchecked(Attitude.self).roll; decoded += 1 }
                }
            }
        }
        report("MAVLink parse + typed decode (ATTITUDE), per frame", typedCost / UInt64(frames), calls: rounds * frames)
        let enumCost = withUnsafeBytes(of: &buffer) { raw in
            average(rounds) {
                parser.parse(UnsafeRawBufferPointer(rebasing: raw[0 ..< length])) { view in
                    if case .attitude(let a)? = Common.Message(view: view) { sum += a.roll; decoded += 1 }
                }
            }
        }
        report("MAVLink parse + decode to Common.Message, per frame", enumCost / UInt64(frames), calls: rounds * frames)
        if decoded != 2 * rounds * frames || sum.isNaN { Board.log("FAIL decoded \(decoded) of \(2 * rounds * frames) frames") }
    }
}
