import Autopilot
import FlightCore
import FlightMath
import MAVLink
import MAVLinkDialects
import Simulation
import Testing
import VehicleServices

/// The HIL/SITL simulator interface (`HILMessages`, `HILVehicleBridge`) against what PX4's
/// `SimulatorMavlink` reads and what jMAVSim and Gazebo's mavlink_interface send.
@Suite struct HILInterfaceTests {
    /// Encodes `message` the way a peer would and parses it back from the bytes.
    static func wire<M: MAVLinkMessage>(_ message: M, system: UInt8 = 1, component: UInt8 = 51) throws -> MAVLinkFrame {
        var encoder = MAVLinkEncoder(systemID: system, componentID: component, version: .v2)
        let bytes = try encoder.frame(message).bytes
        var parser = MAVLinkParser<Common>()
        var frames: [MAVLinkFrame] = []
        bytes.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } }
        return try #require(frames.first)
    }

    @Test func theSimulatorSideSendsWhatPX4Reads() throws {
        let imu = ImuSample(time: Tick(micros: 1_234_000), gyro: Vector3(0.01, -0.02, 0.03), accel: Vector3(0.1, -0.2, -9.8))
        let baro = BaroSample(time: Tick(micros: 1_234_000), pressurePa: 95_461.2, temperatureC: 21.5)
        let mag = MagSample(time: Tick(micros: 1_234_000), fieldGauss: Vector3(0.21, 0.01, 0.42))
        let sensor = try #require(try Self.wire(HILMessages.sensor(imu: imu, baro: baro, mag: mag)).decode(as: HilSensor.self))
        // PX4 reads accel on bits 0-2, gyro 3-5, mag 6-8 and a baro sample on abs_pressure,
        // pressure_alt and temperature (0x1A00): jMAVSim sends exactly 0x1BFF (7167).
        #expect(sensor.fieldsUpdated.rawValue == 0x1BFF)
        #expect(sensor.timeUsec == 1_234_000)
        #expect(sensor.xacc == 0.1 && sensor.zacc == -9.8 && sensor.ygyro == -0.02 && sensor.zmag == 0.42)
        #expect(abs(sensor.absPressure - 954.612) < 1e-3, "hPa, PX4 multiplies by 100 for Pa")
        #expect(abs(sensor.pressureAlt - 500) < 15, "ISA altitude of 954.6 hPa")
        #expect(sensor.temperature == 21.5)
        // Without baro and mag, only the IMU bits.
        let imuOnly = HILMessages.sensor(imu: imu, baro: nil, mag: nil)
        #expect(imuOnly.fieldsUpdated.rawValue == 0x3F)

        let fix = GnssSample(time: Tick(micros: 2_000_000), latE7: 473_977_420, lonE7: 85_455_940, altitudeMeters: 498.25,
                             velocityNED: Vector3(0, 2.5, -0.5), fix: .fix3D, satellites: 16,
                             horizontalAccuracy: 0.8, verticalAccuracy: 1.4, speedAccuracy: 0.05)
        let gps = try #require(try Self.wire(HILMessages.gps(fix)).decode(as: HilGps.self))
        #expect(gps.lat == 473_977_420 && gps.lon == 85_455_940)
        #expect(gps.alt == 498_250, "mm AMSL")
        #expect(gps.eph == 80 && gps.epv == 140, "PX4 divides eph/epv by 100 for metres")
        #expect(gps.vel == 250 && gps.vn == 0 && gps.ve == 250 && gps.vd == -50, "cm/s")
        #expect(gps.cog == 9000, "moving east: 90.00°")
        #expect(gps.fixType == 3 && gps.satellitesVisible == 16)
        // At rest the course is unknown (UINT16_MAX), as the message defines.
        var still = fix
        still.velocityNED = Vector3(0, 0, 0)
        #expect(HILMessages.gps(still).cog == .max)
    }

    @Test func actuatorControlsCarryMotorsArmingAndTheLockstepFlag() throws {
        var motors = ActuatorOutputs(count: 4)
        motors[0] = 0.5; motors[1] = 0.55; motors[2] = 0.6; motors[3] = 0.65
        let sent = try #require(try Self.wire(HILMessages.actuatorControls(motors, armed: true, timeMicros: 42_000)).decode(as: HilActuatorControls.self))
        #expect(sent.timeUsec == 42_000)
        #expect(sent.mode.rawValue & 128 != 0, "MAV_MODE_FLAG_SAFETY_ARMED: jMAVSim and Gazebo spin the motors only then")
        #expect(sent.flags.rawValue == 1, "HIL_ACTUATOR_CONTROLS_FLAGS_LOCKSTEP")
        #expect(sent.controls[0] == 0.5 && sent.controls[3] == 0.65 && sent.controls[4] == 0)
        let back = HILMessages.motors(from: sent, count: 4)
        #expect(back[0] == 0.5 && back[3] == 0.65)
        // Disarmed: the simulator turns no motor, whatever the controls say.
        let idle = HILMessages.actuatorControls(motors, armed: false, timeMicros: 1)
        #expect(idle.mode.rawValue & 128 == 0)
        #expect(HILMessages.motors(from: idle, count: 4)[2] == 0)
        // Out-of-range and NaN commands from a foreign autopilot are clamped, not flown.
        var odd = sent
        odd.controls[0] = 1.7; odd.controls[1] = -0.3; odd.controls[2] = .nan
        let clamped = HILMessages.motors(from: odd, count: 4)
        #expect(clamped[0] == 1 && clamped[1] == 0 && clamped[2] == 0)
    }

    /// jMAVSim-style traffic (system 1, component 51, fields 0x1BFF, 250 Hz IMU, 10 Hz GPS, no
    /// battery, no SYSTEM_TIME) and Gazebo-style (fields 0x1FFF with differential pressure): every
    /// IMU message is answered once, with its own time_usec; a repeated step is answered again
    /// without flying it twice; the estimator levels and finds its GNSS origin.
    @Test(arguments: [UInt32(0x1BFF), 0x1FFF])
    func theAutopilotSideFliesOnWhatJMAVSimAndGazeboSend(fields: UInt32) throws {
        var vehicle = try SITLFixtures.vehicle().model
        var bridge = HILVehicleBridge()
        var outbox = Outbox()
        var answers: [HilActuatorControls] = []
        func deliver(_ frame: MAVLinkFrame) {
            _ = bridge.receive(frame, vehicle: &vehicle, into: &outbox)
            outbox.withBytes { raw in
                var parser = MAVLinkParser<Common>()
                parser.parseFrames(raw) { f in if let m = f.decode(as: HilActuatorControls.self) { answers.append(m) } }
            }
            outbox.removeAll()
        }
        let steps = 250 * 12
        for i in 1...steps {
            let t = UInt64(i) * 4_000
            if i % 25 == 0 {
                deliver(try Self.wire(HilGps(timeUsec: t, fixType: 3, lat: 473_977_420, lon: 85_455_940, alt: 488_000, eph: 90, epv: 150,
                                             vel: 0, vn: 0, ve: 0, vd: 0, cog: .max, satellitesVisible: 12)))
            }
            deliver(try Self.wire(HilSensor(timeUsec: t, xacc: 0, yacc: 0, zacc: -9.80665, xgyro: 0, ygyro: 0, zgyro: 0,
                                            xmag: 0.216, ymag: 0.008, zmag: 0.424, absPressure: 955.5, diffPressure: 0,
                                            pressureAlt: 488, temperature: 20, fieldsUpdated: HilSensorUpdatedFlags(rawValue: fields))))
        }
        #expect(answers.count == steps)
        #expect(answers.last?.timeUsec == UInt64(steps) * 4_000)
        #expect(answers.allSatisfy { $0.flags.rawValue == 1 && $0.mode.rawValue & 128 == 0 })
        #expect(bridge.steps == UInt64(steps))
        // The simulator sends the last step again (say after a reconnect): the same answer, no new step.
        deliver(try Self.wire(HilSensor(timeUsec: UInt64(steps) * 4_000, zacc: -9.80665, absPressure: 955.5,
                                        fieldsUpdated: HilSensorUpdatedFlags(rawValue: fields))))
        #expect(answers.count == steps + 1 && answers.last?.timeUsec == UInt64(steps) * 4_000)
        #expect(bridge.steps == UInt64(steps))
        vehicle.update(at: Tick(micros: UInt64(steps) * 4_000))
        let e = EulerAngles(vehicle.telemetry.attitude)
        #expect(abs(e.roll) < 0.02 && abs(e.pitch) < 0.02, "level at rest: \(e)")
        #expect(abs(vehicle.telemetry.global.latitudeDegrees - 47.397742) < 1e-5, "GNSS from HIL_GPS: \(vehicle.telemetry.global)")
    }

    @Test func truthMessagesCarryTheSimulatorStateInTheirUnits() throws {
        let q = EulerAngles(roll: 0.1, pitch: -0.05, yaw: 1.2).quaternion
        let truth = SimulatedTruth(timeMicros: 7_000_000, attitude: q, angularRate: Vector3(0.01, 0.02, -0.03),
                                   specificForce: Vector3(0.5, -0.25, -9.81),
                                   position: GlobalPosition(latitudeDegrees: 47.3977421, longitudeDegrees: 8.5455943, altitudeMSL: 498.123),
                                   velocityNED: Vector3(1.25, -0.5, 0.1))
        let s = try #require(try Self.wire(truth.simState).decode(as: SimState.self))
        #expect(s.q1 == q.w && s.q4 == q.z)
        #expect(abs(s.roll - 0.1) < 1e-5 && abs(s.pitch + 0.05) < 1e-5 && abs(s.yaw - 1.2) < 1e-5)
        #expect(s.latInt == 473_977_421 && s.lonInt == 85_455_943, "degE7, the precise form")
        #expect(abs(s.lat - 47.3977421) < 1e-5, "degrees, the legacy float form")
        #expect(abs(s.alt - 498.123) < 1e-3 && s.vn == 1.25 && s.vd == 0.1 && s.zacc == -9.81 && s.zgyro == -0.03)
        let h = try #require(try Self.wire(truth.hilStateQuaternion).decode(as: HilStateQuaternion.self))
        #expect(h.timeUsec == 7_000_000 && h.lat == 473_977_421 && h.alt == 498_123, "degE7, mm")
        #expect(h.vx == 125 && h.vy == -50 && h.vz == 10, "cm/s")
        #expect(h.zacc == -1000, "mG: -9.81 m/s² is -1000 mG")
        // The autopilot side reads it back within the message's resolution.
        let back = HILVehicleBridge.truth(from: h)
        #expect(abs(back.position.altitudeMSL - 498.123) < 1e-3 && abs(back.velocityNED.x - 1.25) < 1e-6)
        #expect(abs(back.specificForce.z + 9.81) < 0.01)
    }
}
