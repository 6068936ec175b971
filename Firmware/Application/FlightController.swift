import FlightCore
import MAVLinkDialects
import VehicleServices

/// The firmware's flight loop: the same core entry points the host autopilot drives
/// (`FlightStack` through `FlightStackVehicle`, the MAVLink services through `VehicleLink`), with
/// the board's UART, PWM outputs and time base as the edge. Sensor input is `SyntheticSensors`
/// paced by the board clock (`run(until:)`), or the host's simulator over the UART in lockstep
/// (`runHIL(until:)`, HILMode.swift).
///
/// One instance, allocated once at boot (it holds the whole stack: keeping it off the 16 KB main
/// stack); nothing is allocated per tick.
final class FlightController {
    /// IMU and control rate: 400 Hz.
    static let imuPeriodMicros: UInt64 = 2500
    /// The MAVLink services run every second IMU tick (5 ms, as in SITL).
    static let servicePeriodMicros: UInt64 = 5000
    /// Most items of an uploaded mission, fence or rally plan: three plans and an upload in progress
    /// take at most 4 × 150 × 36 bytes of heap (a host SITL accepts 1000).
    static let planCapacity = 150

    var vehicle: FlightStackVehicle<NoFiles>
    var link: VehicleLink
    var parser = MAVLinkParser<Common>()
    var outbox = Outbox()
    var sensors = SyntheticSensors()
    /// Bytes read from the UART since the last service pass.
    var received = InlineArray<512, UInt8>(repeating: 0)
    var receivedCount = 0
    /// The motor commands of the last IMU tick.
    private(set) var outputs: ActuatorOutputs
    var ticks = 0
    /// Frames the services produced and the board sent; frames parsed from the UART.
    var framesSent = 0, framesReceived = 0
    /// A parser over our own output, counting the HEARTBEATs sent (the self-test checks them).
    var sentParser = MAVLinkParser<Common>()
    private(set) var heartbeatsSent = 0
    /// Board-clock cost of `FlightStack.imu` and of the service passes, for `TargetCost`.
    var stackCost = CostMeter(), serviceCost = CostMeter()

    init(parameters: ParameterTable, vehicleType: VehicleType) throws(FlightStackError) {
        let stack = try FlightStack(parameters: parameters)
        vehicle = FlightStackVehicle(stack: stack, vehicleType: vehicleType)
        link = VehicleLink()
        link.missions.planCapacity = Self.planCapacity
        outputs = ActuatorOutputs(count: 0)
    }

    /// One 400 Hz tick at `time`: the sensors that are due, the stack, the PWM outputs, and every
    /// second tick the MAVLink services.
    func tick(at time: Tick) {
        let us = time.micros
        if us % 100_000 == 0 {
            vehicle.stack.gnss(sensors.gnss(at: time))
            vehicle.stack.battery(sensors.battery(at: time))
        }
        if us % 20_000 == 0 { vehicle.stack.baro(sensors.baro(at: time)) }
        if us % 20_000 == 10_000 { vehicle.stack.mag(sensors.mag(at: time)) }
        let imu = sensors.imu(at: time)
        let start = Board.cycles
        outputs = vehicle.stack.imu(imu)
        stackCost.add(Board.cycles - start)
        PWMOutputs.write(outputs)
        ticks += 1
        if us % Self.servicePeriodMicros == 0 {
            let start = Board.cycles
            service(at: time)
            serviceCost.add(Board.cycles - start)
        }
    }

    /// Takes what the UART has received (call while waiting for the next tick); stops when the
    /// buffer is full, leaving the rest in the UART until the next service pass.
    func pollUART() {
        while receivedCount < received.count, let b = Board.readByte() {
            received[receivedCount] = b
            receivedCount += 1
        }
    }

    /// The MAVLink services: received frames in, telemetry and replies out, as `SITLRuntime` does.
    func service(at time: Tick) {
        vehicle.update(at: time)
        while vehicle.nextEvent() != nil {}
        pollUART()
        let count = receivedCount
        withUnsafeBytes(of: &received) { raw in
            parser.parse(UnsafeRawBufferPointer(rebasing: raw[0 ..< count])) { view in
                framesReceived += 1
                link.receive(view.frame, at: time, unixMicros: 0, vehicle: &vehicle, into: &outbox)
            }
        }
        receivedCount = 0
        link.poll(at: time, unixMicros: 0, vehicle: &vehicle, into: &outbox)
        flush()
    }

    /// Sends the queued frames on the UART.
    func flush() {
        framesSent += outbox.frameCount
        outbox.withBytes { bytes in
            Board.write(bytes)
            sentParser.parse(bytes) { view in if view.messageID == Heartbeat.id { heartbeatsSent += 1 } }
        }
        outbox.removeAll()
    }

    /// Runs ticks against the board clock until `end` (nil: forever), waiting for each tick's
    /// time and reading the UART meanwhile.
    func run(until end: Tick?) {
        var next = (Board.micros / Self.imuPeriodMicros + 1) * Self.imuPeriodMicros
        while end.map({ next <= $0.micros }) ?? true {
            while Board.micros < next {
                pollUART()
                Board.waitForInterrupt()
            }
            tick(at: Tick(micros: next))
            next += Self.imuPeriodMicros
            // Behind by more than a tick (a debugger stop): skip ahead rather than burst.
            let now = Board.micros
            if now >= next + Self.imuPeriodMicros { next = (now / Self.imuPeriodMicros + 1) * Self.imuPeriodMicros }
        }
    }
}

/// Board-clock cycles accumulated over calls; `instructions` is the average per call under
/// `-icount shift=0` (see `TargetCost`).
struct CostMeter {
    private(set) var cycles: UInt64 = 0, calls = 0
    mutating func add(_ c: UInt64) { cycles += c; calls += 1 }
    var instructions: UInt64 { calls == 0 ? 0 : TargetCost.instructions(cycles) / UInt64(calls) }
}
