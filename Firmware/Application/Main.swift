import FlightCore
import VehicleServices

/// The firmware's entry point, called by the reset handler (Board/common/startup.c) once the FPU,
/// memory, clock tick, UART and PWM timers are set up.
///
/// The semihosting command line chooses the mode (QEMU `-semihosting-config enable=on,arg=…`):
/// - nothing or `fly`: fly forever (a real board, or an interactive QEMU session);
/// - `fly SECONDS`: fly for SECONDS of board time, then exit 0;
/// - `hil`: fly on the sensors of the host's simulator (`swiftlet sitl --hil`) over the UART, in
///   lockstep with it (HILMode.swift); `hil SECONDS`: until SECONDS of simulated time, then exit 0;
/// - `fault`: fly 1 s, then trap (tests the fault handler: exit code 3);
/// - `selftest`: fly 20 s, check the stack, the link and the outputs, measure the cost of the
///   core on this processor, and exit 0 on pass or 1 on failure (docs/FIRMWARE.md).
@_cdecl("swiftlet_main")
public func swiftletMain() {
    // The first word is the program name (QEMU passes its `arg=` list as a command line).
    let words = Board.commandLine().split(separator: " ").dropFirst()
    let mode = words.first.map { String($0) } ?? "fly"
    var table = ParameterTable()
    var rejected = 0
    for (name, value) in CompiledAirframe.parameters {
        do throws(ParameterError) { try table.set(name, to: value) } catch { rejected += 1 }
    }
    guard rejected == 0 else {
        Board.log("airframe \(CompiledAirframe.name): \(rejected) parameters not in the table")
        Board.exit(1)
    }
    let controller = makeController(table)
    Board.log("swiftlet firmware on \(Board.name), airframe \(CompiledAirframe.name), mode \(mode)")
    Board.log("memory: heap \(Board.heapUsed) bytes (FlightStack \(MemoryLayout<FlightStack>.size), VehicleLink \(MemoryLayout<VehicleLink>.size), Outbox \(MemoryLayout<Outbox>.size)); stack \(StackUsage.highWater) of \(StackUsage.size) bytes used so far")
    switch mode {
    case "selftest":
        Board.exit(runSelfTest(controller) ? 0 : 1)
    case "fly":
        let seconds = words.count > 1 ? Decimal.parse(words[words.startIndex + 1]) : nil
        controller.run(until: seconds.map { Tick(micros: Board.micros + UInt64($0) * 1_000_000) })
        Board.exit(0)
    case "hil":
        let seconds = words.count > 1 ? Decimal.parse(words[words.startIndex + 1]) : nil
        Board.log("hil: waiting for HIL_SENSOR from the simulator on the UART")
        runHIL(controller, seconds: seconds)
        Board.exit(0)
    case "fault":
        // Proves the fault path: a Swift runtime trap (here a failed precondition) must reach
        // the HardFault handler, be reported on the UART and end the run with exit code 3.
        controller.run(until: Tick(micros: Board.micros + 1_000_000))
        triggerTrap(words.count)
    default:
        Board.log("unknown mode '\(mode)': use fly [SECONDS], hil [SECONDS], selftest or fault")
        Board.exit(2)
    }
}

/// Unsigned decimal numbers from the command line (no Foundation on the board).
enum Decimal {
    static func parse(_ text: Substring) -> Int? {
        var value = 0
        guard !text.isEmpty else { return nil }
        for c in text.utf8 {
            guard c >= 48 && c <= 57, value < 100_000_000 else { return nil }
            value = value * 10 + Int(c - 48)
        }
        return value
    }
}

/// The heartbeat's vehicle type for the airframe's rotor geometry (`CA_AIRFRAME`).
func vehicleType(_ table: ParameterTable) -> VehicleType {
    switch AirframeGeometry(rawValue: table.int32("CA_AIRFRAME"))?.motorCount {
    case 6: .hexarotor
    case 8: .octorotor
    default: .quadrotor
    }
}

// The start-up, the self-test and the flight loop each use a deep stack; kept out of line so
// their frames do not add up in `swiftletMain`'s.

@inline(never)
func makeController(_ table: ParameterTable) -> FlightController {
    do throws(FlightStackError) {
        return try FlightController(parameters: table, vehicleType: vehicleType(table))
    } catch {
        Board.log("flight stack refused the airframe \(CompiledAirframe.name)")
        Board.exit(1)
    }
}

@inline(never)
func runSelfTest(_ controller: FlightController) -> Bool {
    var test = SelfTest(controller: controller)
    return test.run()
}

@inline(never)
func runHIL(_ controller: FlightController, seconds: Int?) {
    let bridge = controller.runHIL(until: seconds.map { Tick(micros: UInt64($0) * 1_000_000) })
    Board.log("hil: \(bridge.steps) lockstep steps, \(controller.framesReceived) frames received, \(controller.framesSent) sent; "
              + "FlightStack.imu \(controller.stackCost.instructions) instructions, services \(controller.serviceCost.instructions)")
}

@inline(never)
func triggerTrap(_ value: Int) -> Never {
    precondition(value > 100, "deliberate trap (mode fault)")
    Board.exit(1)
}
