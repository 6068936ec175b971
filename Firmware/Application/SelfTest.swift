import FlightCore
import VehicleServices

/// The board's self-test (`selftest` on the semihosting command line): flies the real stack on the
/// synthetic sensors for 20 s of board time, then checks what a bench test of a flight controller
/// would — the estimator aligned, the link sent its heartbeats, the PWM outputs follow the
/// commander (stopped while disarmed, idle once armed, stopped again after disarming) — and
/// measures the core's cost on this processor (`TargetCost`). One `PASS`/`FAIL` line per check
/// on the semihosting console; `run()` is true when all passed.
struct SelfTest {
    let controller: FlightController
    private(set) var failures = 0

    init(controller: FlightController) { self.controller = controller }

    mutating func check(_ ok: Bool, _ what: String) {
        Board.log((ok ? "PASS " : "FAIL ") + what)
        if !ok { failures += 1 }
    }

    /// The pulse widths all outputs hold, µs, as one text.
    func pulses() -> String {
        var text = ""
        for c in 0 ..< Board.pwmChannels { text += (c == 0 ? "" : " ") + String(Board.pwm(c)) }
        return text
    }

    /// True when every output's pulse width satisfies `valid(channel, pulse)`.
    func outputs(_ valid: (Int, UInt32) -> Bool) -> Bool {
        (0 ..< Board.pwmChannels).allSatisfy { valid($0, Board.pwm($0)) }
    }

    mutating func run() -> Bool {
        let start = Board.micros
        controller.run(until: Tick(micros: start + 20_000_000))
        let status = controller.vehicle.stack.estimator.status
        check(status.aligned && status.headingAligned && status.originSet,
              "estimator aligned (tilt, heading, origin) after 20 s on the synthetic sensors")
        check(status.healthy, "estimator healthy: \(status.gnssFusions) GNSS, \(status.baroFusions) baro, \(status.magFusions) mag fusions")
        check(controller.ticks >= 7_999, "\(controller.ticks) control ticks at 400 Hz")
        check(controller.heartbeatsSent >= 19, "\(controller.heartbeatsSent) HEARTBEATs sent on the UART, \(controller.framesSent) frames in all")
        let motors = controller.outputs.count
        check(motors >= 4 && outputs { $1 == PWMOutputs.minimum }, "disarmed: \(motors) motors, outputs \(pulses()) µs")

        let refused = controller.vehicle.stack.arm()
        check(refused.isEmpty, "armed on the ground (pre-arm checks passed: \(refused.rawValue == 0))")
        controller.run(until: Tick(micros: Board.micros + 1_000_000))
        let idle = PWMOutputs.pulse(controller.vehicle.stack.parameters.float("MOT_IDLE"))
        check(controller.vehicle.stack.commander.isArmed && outputs { $0 < motors ? $1 >= idle && $1 < 1500 : $1 == PWMOutputs.minimum },
              "armed: motors at idle and above (\(idle) µs), others stopped: \(pulses()) µs")
        check(controller.vehicle.stack.disarm(force: true), "disarmed")
        controller.run(until: Tick(micros: Board.micros + 100_000))
        check(outputs { $1 == PWMOutputs.minimum }, "disarmed again: outputs \(pulses()) µs")
        check(StackUsage.highWater < StackUsage.size, "main stack: \(StackUsage.highWater) of \(StackUsage.size) bytes used at most")

        failures += TargetCost.measure(controller: controller)
        Board.log(failures == 0 ? "SELFTEST PASS" : "SELFTEST FAIL (\(failures))")
        return failures == 0
    }
}
