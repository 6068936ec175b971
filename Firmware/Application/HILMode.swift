import FlightCore
import MAVLink
import MAVLinkDialects
import VehicleServices

/// Hardware-in-the-loop (`hil` on the semihosting command line): the host's simulator
/// (`swiftlet sitl --hil`) flies the physics and sends the sensors over the MAVLink UART
/// (`HIL_SENSOR`, `HIL_GPS`, PX4's simulator interface); the firmware answers every `HIL_SENSOR`
/// with IMU data with one `HIL_ACTUATOR_CONTROLS`, the same way `swiftlet autopilot` does
/// (`HILVehicleBridge`, the same core entry points). Time is the sensors' `time_usec`: the loop
/// reads no board clock, so the host's physics and this flight loop run in lockstep.
///
/// The ground station shares the UART (the host forwards its frames): every frame that is not
/// from the simulator goes to `VehicleLink`, and the services run every 5 ms of simulated time.
/// The PWM outputs stay stopped: in HIL the motors are the simulator's (PX4 also keeps the real
/// outputs off in HIL, so a bench board never spins a propeller).
extension FlightController {
    /// Frames from the simulator: the HIL messages, and `SYSTEM_TIME`/`BATTERY_STATUS` sent with
    /// the vehicle's own system id (simulators speak as part of the vehicle; a ground station's
    /// `SYSTEM_TIME` comes from its own id and goes to the services).
    static func isFromSimulator(_ view: MAVLinkFrameView, vehicleSystemID: UInt8) -> Bool {
        switch view.messageID {
        case HilSensor.id, HilGps.id, HilStateQuaternion.id: true
        case SystemTime.id, BatteryStatus.id: view.systemID == vehicleSystemID
        default: false
        }
    }

    /// Flies on the simulator's sensors until its time reaches `end` (nil: forever). Returns the
    /// bridge, whose `steps` counts the lockstep steps answered.
    @discardableResult
    func runHIL(until end: Tick?) -> HILVehicleBridge {
        var bridge = HILVehicleBridge(systemID: 1, componentID: 1)
        var chunk = InlineArray<256, UInt8>(repeating: 0)
        var nextService: UInt64 = 0
        var done = false
        while !done {
            var count = 0
            while count < chunk.count, let b = Board.readByte() {
                chunk[count] = b
                count += 1
            }
            if count == 0 {
                Board.waitForInterrupt()
                continue
            }
            withUnsafeBytes(of: &chunk) { raw in
                parser.parse(UnsafeRawBufferPointer(rebasing: raw[0 ..< count])) { view in
                    framesReceived += 1
                    let now = bridge.time ?? Tick(micros: 0)
                    guard Self.isFromSimulator(view, vehicleSystemID: 1) else {
                        link.receive(view.frame, at: now, unixMicros: bridge.unixMicros(at: now), vehicle: &vehicle, into: &outbox)
                        return
                    }
                    let start = Board.cycles
                    guard let time = bridge.receive(view.frame, vehicle: &vehicle, into: &outbox) else {
                        flush()
                        return
                    }
                    stackCost.add(Board.cycles - start)
                    ticks += 1
                    flush()   // the answer first: the simulator waits for it
                    if time.micros >= nextService {
                        nextService = time.micros + Self.servicePeriodMicros
                        let start = Board.cycles
                        vehicle.update(at: time)
                        while vehicle.nextEvent() != nil {}
                        link.poll(at: time, unixMicros: bridge.unixMicros(at: time), vehicle: &vehicle, into: &outbox)
                        flush()
                        serviceCost.add(Board.cycles - start)
                    }
                    if let end, time.micros >= end.micros { done = true }
                }
            }
        }
        return bridge
    }
}
