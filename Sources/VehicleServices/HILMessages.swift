import FlightCore
import FlightMath
import MAVLinkDialects

/// Translation between the flight core's sensor samples and motor outputs and the simulator
/// MAVLink messages of PX4's HIL/SITL interface (`HIL_SENSOR`, `HIL_GPS`, `HIL_ACTUATOR_CONTROLS`).
///
/// Both sides use it: a simulator encodes samples and decodes actuator controls, an autopilot
/// (the host's `swiftlet autopilot` or the firmware in HIL mode) decodes samples and encodes
/// controls. Units are those PX4's `SimulatorMavlink` reads: accelerations m/s² and rates rad/s
/// in body FRD, magnetic field gauss, absolute pressure hPa, temperature °C; positions degE7 and
/// millimetres AMSL, velocities cm/s NED, accuracies cm. Pure functions, nothing allocated.
public enum HILMessages {
    /// `HIL_SENSOR_UPDATED_FLAGS` bits: accelerometer x/y/z.
    public static let accelBits: UInt32 = 0x7
    /// Gyroscope x/y/z.
    public static let gyroBits: UInt32 = 0x38
    /// Magnetometer x/y/z.
    public static let magBits: UInt32 = 0x1C0
    /// Absolute pressure, pressure altitude and temperature (what PX4 reads as one baro sample).
    public static let baroBits: UInt32 = 0x200 | 0x800 | 0x1000
    /// Absolute pressure alone.
    public static let absPressureBit: UInt32 = 0x200
    /// Temperature alone.
    public static let temperatureBit: UInt32 = 0x1000
    /// `MAV_MODE_FLAG_SAFETY_ARMED`.
    public static let armedModeFlag: UInt8 = 128
    /// `MAV_MODE_FLAG_HIL_ENABLED`.
    public static let hilModeFlag: UInt8 = 32
    /// `HIL_ACTUATOR_CONTROLS_FLAGS_LOCKSTEP`.
    public static let lockstepFlag: UInt64 = 1
    /// ISA sea-level pressure, Pa.
    static let seaLevelPascals: Float = 101_325

    // MARK: Simulator side

    /// One `HIL_SENSOR`: the IMU sample always, the barometer and magnetometer when given (their
    /// bits set in `fields_updated`); `time_usec` is the IMU sample's time, µs since start.
    public static func sensor(imu: ImuSample, baro: BaroSample?, mag: MagSample?, id: UInt8 = 0) -> HilSensor {
        var bits = accelBits | gyroBits
        var m = HilSensor(timeUsec: imu.time.micros, xacc: imu.accel.x, yacc: imu.accel.y, zacc: imu.accel.z,
                          xgyro: imu.gyro.x, ygyro: imu.gyro.y, zgyro: imu.gyro.z, id: id)
        if let mag {
            m.xmag = mag.fieldGauss.x; m.ymag = mag.fieldGauss.y; m.zmag = mag.fieldGauss.z
            bits |= magBits
        }
        if let baro {
            m.absPressure = baro.pressurePa / 100
            m.pressureAlt = pressureAltitude(pascals: baro.pressurePa)
            m.temperature = baro.temperatureC
            bits |= baroBits
        }
        m.fieldsUpdated = HilSensorUpdatedFlags(rawValue: bits)
        return m
    }

    /// One `HIL_GPS` from a receiver solution: lat/lon degE7, altitude mm AMSL, eph/epv the 1σ
    /// accuracies in cm (PX4 reads them as metres × 100), velocity cm/s NED, ground speed cm/s,
    /// course over ground cdeg (0…35999, 65535 when not moving), yaw 0 (not available).
    public static func gps(_ g: GnssSample, id: UInt8 = 0) -> HilGps {
        let speed = (g.velocityNED.x * g.velocityNED.x + g.velocityNED.y * g.velocityNED.y).squareRoot()
        var cog: UInt16 = .max
        if speed > 0.1 {
            var deg = Math.atan2(g.velocityNED.y, g.velocityNED.x) * 180 / Float.pi
            if deg < 0 { deg += 360 }
            cog = UInt16(min((deg * 100).rounded(), 35_999))
        }
        return HilGps(timeUsec: g.time.micros, fixType: g.fix.rawValue, lat: g.latE7, lon: g.lonE7,
                      alt: Int32(clamping: Int64((g.altitudeMeters * 1000).rounded())),
                      eph: centimetres(g.horizontalAccuracy), epv: centimetres(g.verticalAccuracy),
                      vel: centimetres(speed), vn: int16(g.velocityNED.x * 100), ve: int16(g.velocityNED.y * 100),
                      vd: int16(g.velocityNED.z * 100), cog: cog, satellitesVisible: g.satellites, id: id, yaw: 0)
    }

    /// The motor commands (0…1, airframe motor order) in a `HIL_ACTUATOR_CONTROLS` received at
    /// simulated time; all 0 unless its mode has `MAV_MODE_FLAG_SAFETY_ARMED`. Values are clamped
    /// to 0…1 (PX4 and Swiftlet send multirotor motors in that range).
    public static func motors(from m: HilActuatorControls, count: Int) -> ActuatorOutputs {
        var out = ActuatorOutputs(count: min(max(count, 0), ActuatorOutputs.capacity))
        guard UInt8(truncatingIfNeeded: m.mode.rawValue) & armedModeFlag != 0 else { return out }
        for i in 0..<out.count {
            let v = m.controls[i]
            out[i] = v.isNaN ? 0 : min(max(v, 0), 1)
        }
        return out
    }

    // MARK: Autopilot side

    /// The IMU sample in a `HIL_SENSOR`, nil unless both accelerometer and gyroscope are marked updated.
    public static func imu(from m: HilSensor) -> ImuSample? {
        guard m.fieldsUpdated.rawValue & (accelBits | gyroBits) == accelBits | gyroBits else { return nil }
        return ImuSample(time: Tick(micros: m.timeUsec), gyro: Vector3(m.xgyro, m.ygyro, m.zgyro),
                         accel: Vector3(m.xacc, m.yacc, m.zacc))
    }

    /// The barometer sample in a `HIL_SENSOR` (absolute pressure hPa → Pa), nil unless the
    /// absolute pressure is marked updated; without an updated temperature, `fallbackTemperatureC`.
    public static func baro(from m: HilSensor, fallbackTemperatureC: Float) -> BaroSample? {
        let bits = m.fieldsUpdated.rawValue
        guard bits & absPressureBit != 0, m.absPressure.isFinite, m.absPressure > 0 else { return nil }
        return BaroSample(time: Tick(micros: m.timeUsec), pressurePa: m.absPressure * 100,
                          temperatureC: bits & temperatureBit != 0 ? m.temperature : fallbackTemperatureC)
    }

    /// The magnetometer sample in a `HIL_SENSOR` (gauss, body FRD), nil unless all three axes are marked updated.
    public static func mag(from m: HilSensor) -> MagSample? {
        guard m.fieldsUpdated.rawValue & magBits == magBits else { return nil }
        return MagSample(time: Tick(micros: m.timeUsec), fieldGauss: Vector3(m.xmag, m.ymag, m.zmag))
    }

    /// The receiver solution in a `HIL_GPS`. It carries no speed accuracy, so `speedAccuracy`
    /// (m/s, 1σ) stands in with a fix, 9.9 without; unknown eph/epv (65535) read as 99 m.
    public static func gnss(from m: HilGps, speedAccuracy: Float) -> GnssSample {
        let fix = GnssFix(rawValue: m.fixType) ?? .noFix
        return GnssSample(time: Tick(micros: m.timeUsec), latE7: m.lat, lonE7: m.lon,
                          altitudeMeters: Double(m.alt) / 1000,
                          velocityNED: Vector3(Float(m.vn) / 100, Float(m.ve) / 100, Float(m.vd) / 100),
                          fix: fix, satellites: m.satellitesVisible,
                          horizontalAccuracy: m.eph == .max ? 99 : Float(m.eph) / 100,
                          verticalAccuracy: m.epv == .max ? 99 : Float(m.epv) / 100,
                          speedAccuracy: fix.rawValue >= GnssFix.fix3D.rawValue ? speedAccuracy : 9.9)
    }

    /// The battery sample in a `BATTERY_STATUS` (first cell voltage field as the pack voltage in
    /// mV, current in cA), nil when either is unknown. Swiftlet's simulator sends it in HIL so the
    /// autopilot sees the simulated pack; simulators that send none leave the battery unmonitored.
    public static func battery(from m: BatteryStatus, at time: Tick) -> BatterySample? {
        let mv = m.voltages[0]
        guard mv != .max, m.currentBattery >= 0 else { return nil }
        return BatterySample(time: time, volts: Float(mv) / 1000, amps: Float(m.currentBattery) / 100)
    }

    /// A `BATTERY_STATUS` for one pack reading (volts → mV in `voltages[0]`, amps → cA).
    public static func batteryStatus(_ b: BatterySample, remaining: Float) -> BatteryStatus {
        var cells = FixedArray<10, UInt16>(repeating: .max)
        cells[0] = UInt16(clamping: Int32((b.volts * 1000).rounded()))
        return BatteryStatus(temperature: .max, voltages: cells,
                             currentBattery: Int16(clamping: Int32((b.amps * 100).rounded())),
                             currentConsumed: -1, energyConsumed: -1,
                             batteryRemaining: Int8(clamping: Int32((remaining * 100).rounded())))
    }

    /// `HIL_ACTUATOR_CONTROLS` answering the sensor step at `timeMicros`: motors 0…1 in
    /// `controls[0..<count]`, the rest 0; mode `HIL_ENABLED` plus `SAFETY_ARMED` when armed;
    /// `flags` with the lockstep bit when `lockstep`.
    public static func actuatorControls(_ motors: ActuatorOutputs, armed: Bool, timeMicros: UInt64,
                                        lockstep: Bool = true) -> HilActuatorControls {
        var controls = FixedArray<16, Float>(repeating: 0)
        for i in 0..<min(motors.count, ActuatorOutputs.capacity) { controls[i] = motors[i] }
        return HilActuatorControls(timeUsec: timeMicros, controls: controls,
                                   mode: MAVModeFlag(rawValue: UInt32(hilModeFlag | (armed ? armedModeFlag : 0))),
                                   flags: HilActuatorControlsFlags(rawValue: lockstep ? lockstepFlag : 0))
    }

    /// ISA pressure altitude, metres, of a static pressure in pascals.
    public static func pressureAltitude(pascals: Float) -> Float {
        44_330.77 * (1 - Math.pow(pascals / seaLevelPascals, 0.190_263))
    }

    static func centimetres(_ metres: Float) -> UInt16 {
        guard metres.isFinite, metres >= 0 else { return .max }
        return UInt16(min((metres * 100).rounded(), 65_534))
    }

    static func int16(_ v: Float) -> Int16 { SimulatedTruth.int16(v) }
}
