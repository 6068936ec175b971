import FlightCore
import FlightMath
import MAVLink
import MAVLinkDialects

/// The autopilot's end of a simulator link (PX4's HIL/SITL MAVLink interface), sans I/O.
///
/// The edge hands in every frame from the simulator. `HIL_GPS`, `BATTERY_STATUS` and the
/// barometer and magnetometer parts of `HIL_SENSOR` go to the flight stack as samples; the IMU
/// part runs the stack's control step, and the motors it produces go back at once as one
/// `HIL_ACTUATOR_CONTROLS` stamped with the sensor's `time_usec` (with the lockstep flag), which
/// is what lets a lockstep simulator advance. `HIL_STATE_QUATERNION` (optional) becomes the
/// vehicle's `SimulatedTruth`; `SYSTEM_TIME` sets the Unix time the simulator runs at.
/// Simulated time is the sensors' `time_usec`: the autopilot reads no clock of its own.
public struct HILVehicleBridge: Sendable {
    /// Encoder for the frames to the simulator.
    public var tx: Transmitter
    /// Speed accuracy (m/s, 1σ) assumed for `HIL_GPS`, which carries none.
    public var gnssSpeedAccuracy: Float
    /// Answer with the lockstep flag set (PX4 does in lockstep SITL).
    public var lockstep = true
    /// Time of the latest IMU step (nil before the first).
    public private(set) var time: Tick?
    /// IMU steps run (one `HIL_ACTUATOR_CONTROLS` each).
    public private(set) var steps: UInt64 = 0
    /// Unix time at simulated time zero, µs, from the simulator's `SYSTEM_TIME` (0 until one arrives).
    public private(set) var unixMicrosAtZero: UInt64 = 0
    var temperatureC: Float = 15
    /// The answer to the latest IMU step, sent again if the simulator repeats that step.
    var lastAnswer: HilActuatorControls?

    /// A bridge that answers as `systemID`/`componentID` (the autopilot's own ids);
    /// `gnssSpeedAccuracy` m/s (default: the simulated u-blox M9-class receiver's 0.05 m/s).
    public init(systemID: UInt8 = 1, componentID: UInt8 = 1, gnssSpeedAccuracy: Float = 0.05) {
        tx = Transmitter(encoder: MAVLinkEncoder(systemID: systemID, componentID: componentID, version: .v2))
        self.gnssSpeedAccuracy = gnssSpeedAccuracy
    }

    /// Unix time, µs, at simulated `time`.
    public func unixMicros(at time: Tick) -> UInt64 { unixMicrosAtZero == 0 ? 0 : unixMicrosAtZero &+ time.micros }

    /// Handles one frame from the simulator; returns the time of the control step it ran (an IMU
    /// step: its actuator answer is in `outbox`), nil for frames that only feed samples.
    public mutating func receive<F>(_ frame: MAVLinkFrame, vehicle: inout FlightStackVehicle<F>,
                                    into outbox: inout Outbox) -> Tick? {
        switch frame.messageID {
        case HilGps.id:
            guard let m = frame.decode(as: HilGps.self) else { return nil }
            vehicle.stack.gnss(HILMessages.gnss(from: m, speedAccuracy: gnssSpeedAccuracy))
        case BatteryStatus.id:
            guard let m = frame.decode(as: BatteryStatus.self),
                  let b = HILMessages.battery(from: m, at: time ?? Tick(micros: 0)) else { return nil }
            vehicle.stack.battery(b)
        case HilStateQuaternion.id:
            guard let m = frame.decode(as: HilStateQuaternion.self) else { return nil }
            vehicle.setTruth(Self.truth(from: m))
        case SystemTime.id:
            guard let m = frame.decode(as: SystemTime.self), m.timeUnixUsec > 0 else { return nil }
            unixMicrosAtZero = m.timeUnixUsec &- UInt64(m.timeBootMs) &* 1000
        case HilSensor.id:
            guard let m = frame.decode(as: HilSensor.self) else { return nil }
            if let answer = lastAnswer, answer.timeUsec == m.timeUsec, HILMessages.imu(from: m) != nil {
                // The simulator repeated the step (it lost our answer or reconnected): the same answer again.
                tx.send(answer, into: &outbox)
                return nil
            }
            // Slow sensors first, so the control step that follows sees them.
            if m.fieldsUpdated.rawValue & HILMessages.temperatureBit != 0 { temperatureC = m.temperature }
            if let b = HILMessages.baro(from: m, fallbackTemperatureC: temperatureC) { vehicle.stack.baro(b) }
            if let g = HILMessages.mag(from: m) { vehicle.stack.mag(g) }
            guard let imu = HILMessages.imu(from: m) else { return nil }
            let out = vehicle.stack.imu(imu)
            time = imu.time
            steps &+= 1
            let answer = HILMessages.actuatorControls(out, armed: vehicle.stack.commander.isArmed, timeMicros: m.timeUsec,
                                                      lockstep: lockstep)
            lastAnswer = answer
            tx.send(answer, into: &outbox)
            return imu.time
        default:
            break
        }
        return nil
    }

    /// The truth in a `HIL_STATE_QUATERNION` (degE7, mm, cm/s, mG → degrees, metres, m/s, m/s²).
    public static func truth(from m: HilStateQuaternion) -> SimulatedTruth {
        let q = m.attitudeQuaternion
        return SimulatedTruth(timeMicros: m.timeUsec, attitude: Quaternion(w: q[0], x: q[1], y: q[2], z: q[3]),
                              angularRate: Vector3(m.rollspeed, m.pitchspeed, m.yawspeed),
                              specificForce: Vector3(Float(m.xacc), Float(m.yacc), Float(m.zacc)) * SimulatedTruth.milliG,
                              position: GlobalPosition(latitudeDegrees: Double(m.lat) * 1e-7, longitudeDegrees: Double(m.lon) * 1e-7,
                                                       altitudeMSL: Double(m.alt) / 1000),
                              velocityNED: Vector3(Float(m.vx), Float(m.vy), Float(m.vz)) / 100)
    }
}
