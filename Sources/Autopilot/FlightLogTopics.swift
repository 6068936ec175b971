import FlightCore
import FlightMath
import Foundation
import Simulation
import ULog

/// The topics a SITL flight log records, named and laid out as PX4's uORB topics where PX4 has an
/// equivalent (a subset of each topic's fields: the ones the stack really has), so pyulog,
/// PlotJuggler and Flight Review read them by their usual names.
///
/// Every message starts with `uint64_t timestamp`, simulated microseconds since boot. Units
/// and frames are PX4's: metres and m/s NED, radians, quaternions `w x y z` body FRD → NED.
enum FlightLogTopic: Int, CaseIterable, Sendable {
    case sensorCombined, vehicleGpsPosition, vehicleAirData, vehicleMagnetometer
    case vehicleAttitude, vehicleLocalPosition, vehicleGlobalPosition, estimatorStatus
    case vehicleAttitudeGroundtruth, vehicleLocalPositionGroundtruth, vehicleGlobalPositionGroundtruth
    case vehicleLocalPositionSetpoint, vehicleAttitudeSetpoint, vehicleRatesSetpoint
    case actuatorOutputs, batteryStatus, vehicleStatus

    /// Every topic, in subscription order (built once: `allCases` makes a new array per call).
    static let all = allCases

    /// The topic (and format) name.
    var name: StaticString {
        switch self {
        case .sensorCombined: "sensor_combined"
        case .vehicleGpsPosition: "vehicle_gps_position"
        case .vehicleAirData: "vehicle_air_data"
        case .vehicleMagnetometer: "vehicle_magnetometer"
        case .vehicleAttitude: "vehicle_attitude"
        case .vehicleLocalPosition: "vehicle_local_position"
        case .vehicleGlobalPosition: "vehicle_global_position"
        case .estimatorStatus: "estimator_status"
        case .vehicleAttitudeGroundtruth: "vehicle_attitude_groundtruth"
        case .vehicleLocalPositionGroundtruth: "vehicle_local_position_groundtruth"
        case .vehicleGlobalPositionGroundtruth: "vehicle_global_position_groundtruth"
        case .vehicleLocalPositionSetpoint: "vehicle_local_position_setpoint"
        case .vehicleAttitudeSetpoint: "vehicle_attitude_setpoint"
        case .vehicleRatesSetpoint: "vehicle_rates_setpoint"
        case .actuatorOutputs: "actuator_outputs"
        case .batteryStatus: "battery_status"
        case .vehicleStatus: "vehicle_status"
        }
    }

    /// Shortest time between two messages of the topic, µs. The sensor topics log every sample
    /// (as PX4's estimator-replay logging profile does), so `swiftlet ekf replay` feeds the
    /// estimator exactly what the vehicle's estimator was fed.
    var intervalMicros: UInt64 {
        switch self {
        case .sensorCombined, .vehicleGpsPosition, .vehicleAirData, .vehicleMagnetometer: 0
        case .vehicleAttitude, .vehicleAttitudeGroundtruth, .vehicleLocalPosition, .vehicleLocalPositionGroundtruth,
             .vehicleLocalPositionSetpoint, .vehicleAttitudeSetpoint, .vehicleRatesSetpoint, .actuatorOutputs: 20_000
        case .vehicleGlobalPosition, .vehicleGlobalPositionGroundtruth, .estimatorStatus: 100_000
        case .batteryStatus, .vehicleStatus: 500_000
        }
    }

    var fields: [ULogField] {
        let t = ULogField.timestamp
        switch self {
        case .sensorCombined:
            return [t, .init(.float, "gyro_rad", count: 3), .init(.uint32, "gyro_integral_dt"),
                    .init(.int32, "accelerometer_timestamp_relative"), .init(.float, "accelerometer_m_s2", count: 3),
                    .init(.uint32, "accelerometer_integral_dt")]
        case .vehicleGpsPosition:
            return [t, .init(.uint64, "time_utc_usec"), .init(.int32, "lat"), .init(.int32, "lon"), .init(.int32, "alt"),
                    .init(.float, "s_variance_m_s"), .init(.float, "eph"), .init(.float, "epv"),
                    .init(.float, "vel_m_s"), .init(.float, "vel_n_m_s"), .init(.float, "vel_e_m_s"), .init(.float, "vel_d_m_s"),
                    .init(.float, "cog_rad"), .init(.uint8, "fix_type"), .init(.bool, "vel_ned_valid"), .init(.uint8, "satellites_used")]
        case .vehicleAirData:
            return [t, .init(.uint64, "timestamp_sample"), .init(.float, "baro_alt_meter"), .init(.float, "baro_temp_celcius"),
                    .init(.float, "baro_pressure_pa")]
        case .vehicleMagnetometer:
            return [t, .init(.uint64, "timestamp_sample"), .init(.float, "magnetometer_ga", count: 3)]
        case .vehicleAttitude, .vehicleAttitudeGroundtruth:
            return [t, .init(.uint64, "timestamp_sample"), .init(.float, "q", count: 4)]
        case .vehicleLocalPosition, .vehicleLocalPositionGroundtruth:
            return [t, .init(.uint64, "timestamp_sample"), .init(.double, "ref_lat"), .init(.double, "ref_lon"),
                    .init(.float, "x"), .init(.float, "y"), .init(.float, "z"), .init(.float, "vx"), .init(.float, "vy"),
                    .init(.float, "vz"), .init(.float, "heading"), .init(.float, "ref_alt"), .init(.float, "eph"),
                    .init(.float, "epv"), .init(.bool, "xy_valid"), .init(.bool, "z_valid"), .init(.bool, "v_xy_valid"),
                    .init(.bool, "v_z_valid"), .init(.bool, "xy_global"), .init(.bool, "z_global")]
        case .vehicleGlobalPosition, .vehicleGlobalPositionGroundtruth:
            return [t, .init(.uint64, "timestamp_sample"), .init(.double, "lat"), .init(.double, "lon"), .init(.float, "alt"),
                    .init(.float, "eph"), .init(.float, "epv")]
        case .estimatorStatus:
            return [t, .init(.float, "vel_test_ratio"), .init(.float, "pos_test_ratio"), .init(.float, "hgt_test_ratio"),
                    .init(.float, "mag_test_ratio"), .init(.float, "pos_horiz_accuracy"), .init(.uint8, "reset_count_quat"),
                    .init(.uint8, "reset_count_pos_ne")]
        case .vehicleLocalPositionSetpoint:
            return [t, .init(.float, "x"), .init(.float, "y"), .init(.float, "z"), .init(.float, "yaw"), .init(.float, "yawspeed"),
                    .init(.float, "vx"), .init(.float, "vy"), .init(.float, "vz"), .init(.float, "acceleration", count: 3)]
        case .vehicleAttitudeSetpoint:
            return [t, .init(.float, "yaw_sp_move_rate"), .init(.float, "q_d", count: 4), .init(.float, "thrust_body", count: 3)]
        case .vehicleRatesSetpoint:
            return [t, .init(.float, "roll"), .init(.float, "pitch"), .init(.float, "yaw"), .init(.float, "thrust_body", count: 3)]
        case .actuatorOutputs:
            return [t, .init(.uint32, "noutputs"), .init(.float, "output", count: 16)]
        case .batteryStatus:
            return [t, .init(.float, "voltage_v"), .init(.float, "current_a"), .init(.float, "remaining"), .init(.bool, "connected")]
        case .vehicleStatus:
            return [t, .init(.uint8, "nav_state"), .init(.uint8, "arming_state"), .init(.bool, "failsafe")]
        }
    }

    /// True when the topic is published only when its sensor produced a new sample this step.
    func hasNewSample(_ s: SensorBatch) -> Bool {
        switch self {
        case .sensorCombined: s.imu != nil
        case .vehicleGpsPosition: s.gnss != nil
        case .vehicleAirData: s.baro != nil
        case .vehicleMagnetometer: s.mag != nil
        case .batteryStatus: s.battery != nil
        default: true
        }
    }

    /// PX4's `vehicle_status.nav_state` for a flight mode.
    static func navState(_ mode: FlightMode) -> UInt8 {
        switch mode {
        case .positionHold: 2
        case .altitudeHold: 1
        case .mission: 3
        case .hold: 4
        case .returnToLaunch: 5
        case .guided: 14
        case .stabilized: 15
        case .takeoff: 17
        case .land: 18
        }
    }

    /// Appends this topic's fields (after the timestamp) for `vehicle` at `time`; false when there
    /// is nothing to log (no ground truth yet, no estimator origin for a global position…).
    /// `vehicle` is `inout` only to be read in place (see `FlightLogRecorder.record(inPlace:)`).
    func appendFields(of vehicle: inout SITLVehicle, utcStartMicros: UInt64, to m: inout ULogMessage) -> Bool {
        // Read through `vehicle.stack` in place: a `let` of the stack would copy the whole flight
        // stack (estimator matrices, mission storage) for every topic of every step.
        let nav = vehicle.stack.navigationState
        let time = vehicle.time.micros
        switch self {
        case .sensorCombined:
            guard let imu = vehicle.sensors.imu else { return false }
            m.append(time)
            m.append(imu.gyro)
            m.append(UInt32(2_500))
            m.append(Int32(0))
            m.append(imu.accel)
            m.append(UInt32(2_500))
        case .vehicleGpsPosition:
            guard let g = vehicle.sensors.gnss else { return false }
            let v = g.velocityNED
            m.append(time)
            m.append(utcStartMicros &+ g.epochMicros)
            m.append(Int32((g.latitude * 1e7).rounded()))
            m.append(Int32((g.longitude * 1e7).rounded()))
            m.append(Int32((g.altitudeMeters * 1000).rounded()))
            m.append(g.speedAccuracy)
            m.append(g.horizontalAccuracy)
            m.append(g.verticalAccuracy)
            m.append((v.x * v.x + v.y * v.y).squareRoot())
            m.append(v.x); m.append(v.y); m.append(v.z)
            m.append(Float(atan2(Double(v.y), Double(v.x))))
            m.append(g.fix.rawValue)
            m.append(g.fix.rawValue >= GnssFixType.fix3D.rawValue)
            m.append(g.satellites)
        case .vehicleAirData:
            guard let b = vehicle.sensors.baro else { return false }
            m.append(time); m.append(b.timeMicros)
            m.append(StandardAtmosphere.altitude(pressurePa: b.pressurePascals))
            m.append(b.temperatureCelsius)
            m.append(b.pressurePascals)
        case .vehicleMagnetometer:
            guard let mag = vehicle.sensors.mag else { return false }
            m.append(time); m.append(mag.timeMicros); m.append(mag.fieldGauss)
        case .vehicleAttitude:
            m.append(time); m.append(nav.time.micros); m.append(nav.attitude)
        case .vehicleAttitudeGroundtruth:
            guard let truth = vehicle.truth else { return false }
            m.append(time); m.append(truth.timeMicros); m.append(truth.attitude)
        case .vehicleLocalPosition:
            let o = nav.origin
            let std = vehicle.stack.estimator.status
            m.append(time); m.append(nav.time.micros)
            m.append(o?.latitude ?? .nan); m.append(o?.longitude ?? .nan)
            m.append(nav.position); m.append(nav.velocity)
            m.append(Self.heading(nav.attitude))
            m.append(Float(o?.altitude ?? .nan))
            m.append(std.positionStd); m.append(std.positionStd)
            m.append(nav.validity.contains(.horizontalPosition)); m.append(nav.validity.contains(.height))
            m.append(nav.validity.contains(.horizontalVelocity)); m.append(nav.validity.contains(.verticalVelocity))
            m.append(o != nil); m.append(o != nil)
        case .vehicleLocalPositionGroundtruth:
            guard let truth = vehicle.truth else { return false }
            let o = vehicle.simulator.scenario.origin
            m.append(time); m.append(truth.timeMicros)
            m.append(o.latitude); m.append(o.longitude)
            m.append(Float(truth.position.north)); m.append(Float(truth.position.east)); m.append(Float(truth.position.down))
            m.append(truth.velocity)
            m.append(Self.heading(truth.attitude))
            m.append(Float(o.altitude))
            m.append(Float(0)); m.append(Float(0))
            for _ in 0..<6 { m.append(true) }
        case .vehicleGlobalPosition:
            guard let o = nav.origin else { return false }
            let g = LocalTangentPlane(origin: o).geodetic(of: NEDOffset(north: Double(nav.position.x), east: Double(nav.position.y), down: Double(nav.position.z)))
            let std = vehicle.stack.estimator.status
            m.append(time); m.append(nav.time.micros)
            m.append(g.latitude); m.append(g.longitude); m.append(Float(g.altitude))
            m.append(std.positionStd); m.append(std.positionStd)
        case .vehicleGlobalPositionGroundtruth:
            guard let truth = vehicle.truth else { return false }
            let g = LocalTangentPlane(origin: vehicle.simulator.scenario.origin).geodetic(of: truth.position)
            m.append(time); m.append(truth.timeMicros)
            m.append(g.latitude); m.append(g.longitude); m.append(Float(g.altitude))
            m.append(Float(0)); m.append(Float(0))
        case .estimatorStatus:
            let s = vehicle.stack.estimator.status
            m.append(time)
            m.append(s.testRatios.gnssVelocity)
            m.append(max(s.testRatios.gnssHorizontalPosition, s.testRatios.gnssVerticalPosition))
            m.append(s.testRatios.baroHeight)
            m.append(s.testRatios.magnetometer)
            m.append(s.positionStd)
            m.append(UInt8(clamping: s.yawResets))
            m.append(UInt8(clamping: s.gnssResets))
        case .vehicleLocalPositionSetpoint:
            let sp = vehicle.stack.trajectorySetpoint
            m.append(time)
            m.append(sp.position.x); m.append(sp.position.y); m.append(sp.position.z)
            m.append(sp.yaw); m.append(sp.yawRate)
            m.append(sp.velocity); m.append(sp.acceleration)
        case .vehicleAttitudeSetpoint:
            let sp = vehicle.stack.control.attitudeSetpoint
            m.append(time)
            m.append(sp.yawRateFeedforward)
            m.append(sp.attitude)
            m.append(Float(0)); m.append(Float(0)); m.append(-sp.thrust)
        case .vehicleRatesSetpoint:
            let sp = vehicle.stack.control.rateSetpoint
            m.append(time)
            m.append(sp.rates.x); m.append(sp.rates.y); m.append(sp.rates.z)
            m.append(Float(0)); m.append(Float(0)); m.append(-sp.thrust)
        case .actuatorOutputs:
            let out = vehicle.stack.outputs
            m.append(time)
            m.append(UInt32(out.count))
            withUnsafeBytes(of: out.motors) { raw in
                for i in 0..<8 { m.append(i < out.count ? raw.load(fromByteOffset: i * 4, as: Float.self) : 0) }
            }
            for _ in 8..<16 { m.append(Float(0)) }
        case .batteryStatus:
            guard let b = vehicle.sensors.battery else { return false }
            m.append(time); m.append(b.volts); m.append(b.amps); m.append(vehicle.stack.batteryRemaining); m.append(true)
        case .vehicleStatus:
            m.append(time)
            m.append(Self.navState(vehicle.stack.commander.mode))
            m.append(vehicle.stack.commander.isArmed ? UInt8(2) : UInt8(1))
            m.append(vehicle.stack.commander.failsafeAction != .none)
        }
        return true
    }

    /// Heading (yaw), radians from north, of a body FRD → NED attitude.
    static func heading(_ q: Quaternion) -> Float {
        Float(atan2(2 * Double(q.w * q.z + q.x * q.y), 1 - 2 * Double(q.y * q.y + q.z * q.z)))
    }
}

extension ULogMessage {
    /// Appends `x y z` as three floats.
    mutating func append(_ v: Vector3) { append(v.x); append(v.y); append(v.z) }
    /// Appends `w x y z` as four floats (PX4's quaternion order).
    mutating func append(_ q: Quaternion) { append(q.w); append(q.x); append(q.y); append(q.z) }
}
