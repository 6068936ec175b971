import FlightCore
import FlightMath

/// Reads the sensors and references of a ULog flight log — Swiftlet's own (`swiftlet sitl`) or
/// PX4's — for replay.
///
/// Sensors: `sensor_combined` (`gyro_rad`, `accelerometer_m_s2`), `vehicle_gps_position` or
/// `sensor_gps` (PX4 ≥ 1.14: `latitude_deg`/`longitude_deg`/`altitude_msl_m`; older: `lat`/`lon`
/// ×10⁷ and `alt` mm), `vehicle_air_data` (`baro_pressure_pa`, else `baro_alt_meter`) and
/// `vehicle_magnetometer` (`magnetometer_ga`). References: `vehicle_local_position` with
/// `vehicle_attitude`, and `vehicle_local_position_groundtruth` with
/// `vehicle_attitude_groundtruth` when the log holds simulator truth.
public enum ULogFlightReader {
    /// ULog message types (`B`its, `F`ormat, `I`nfo, `M`ulti info, `P`arameter, default `Q`,
    /// `A`dd subscription, `R`emove, `D`ata, `L`ogged, tagged `C`, `S`ync, dr`O`pout).
    static let messageTypes: Set<UInt8> = Set("BFIMPQARDLCSO".utf8)

    /// Checks every message header of a ULog file; throws at the first malformed or cut-off one.
    public static func validate(_ bytes: [UInt8], file: String) throws(ReplayLogError) {
        guard bytes.count >= 16, Array(bytes[0..<7]) == [0x55, 0x4C, 0x6F, 0x67, 0x01, 0x12, 0x35] else {
            throw ReplayLogError(file: file, offset: 0, reason: "not a ULog file (no ULog header)")
        }
        var at = 16
        while at < bytes.count {
            guard at + 3 <= bytes.count else {
                throw ReplayLogError(file: file, offset: at, reason: "truncated: a message header is cut off by the end of the file")
            }
            let size = Int(bytes[at]) | Int(bytes[at + 1]) << 8, type = bytes[at + 2]
            guard messageTypes.contains(type) else {
                throw ReplayLogError(file: file, offset: at, reason: "malformed: unknown ULog message type 0x\(DataFlashLog.hex(type))")
            }
            guard at + 3 + size <= bytes.count else {
                throw ReplayLogError(file: file, offset: at, reason: "truncated: '\(Character(Unicode.Scalar(type)))' message needs \(size + 3) bytes, \(bytes.count - at) left")
            }
            at += 3 + size
        }
    }

    /// Reads a ULog flight log's bytes; `file` names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws(ReplayLogError) -> RecordedFlight {
        try validate(bytes, file: file)
        let log: ULogContents
        do { log = try ULogContents(bytes: bytes) } catch { throw ReplayLogError(file: file, offset: 0, reason: error.description) }
        var flight = RecordedFlight(format: log.info["sys_name"] == "Swiftlet" ? "Swiftlet ULog" : "PX4 ULog")

        guard let imu = log.topics["sensor_combined"], !imu.timestamps.isEmpty else {
            throw ReplayLogError(file: file, reason: "no sensor_combined data: nothing to replay (PX4: log with SDLOG_PROFILE's estimator replay bit)")
        }
        flight.sensorSources["imu"] = "sensor_combined"
        let g = (0..<3).map { imu["gyro_rad[\($0)]"] }, a = (0..<3).map { imu["accelerometer_m_s2[\($0)]"] }
        guard g.allSatisfy({ $0.count == imu.timestamps.count }), a.allSatisfy({ $0.count == imu.timestamps.count }) else {
            throw ReplayLogError(file: file, reason: "sensor_combined lacks gyro_rad or accelerometer_m_s2")
        }
        for (i, t) in imu.timestamps.enumerated() {
            flight.samples.append(.imu(ImuSample(time: Tick(micros: t), gyro: vector(g, i), accel: vector(a, i))))
        }

        if let (name, gps) = ["vehicle_gps_position", "sensor_gps"].lazy.compactMap({ n in log.topics[n].map { (n, $0) } }).first {
            flight.sensorSources["gnss"] = name
            let modern = gps.fields["latitude_deg"] != nil
            let lat = modern ? gps["latitude_deg"] : gps["lat"].map { $0 / 1e7 }
            let lon = modern ? gps["longitude_deg"] : gps["lon"].map { $0 / 1e7 }
            let alt = modern ? gps["altitude_msl_m"] : gps["alt"].map { $0 / 1000 }
            let vn = gps["vel_n_m_s"], ve = gps["vel_e_m_s"], vd = gps["vel_d_m_s"]
            let eph = gps["eph"], epv = gps["epv"], sacc = gps["s_variance_m_s"], fix = gps["fix_type"], sats = gps["satellites_used"]
            let n = gps.timestamps.count
            guard [lat, lon, alt, vn, ve, vd, fix].allSatisfy({ $0.count == n }) else {
                throw ReplayLogError(file: file, reason: "\(name) lacks position, velocity or fix_type fields")
            }
            for i in 0..<n {
                // A position off the globe (a damaged log) is no fix to replay.
                guard let latE7 = LoggedNumber.degreesE7(lat[i], limit: 90),
                      let lonE7 = LoggedNumber.degreesE7(lon[i], limit: 180) else { continue }
                flight.samples.append(.gnss(GnssSample(
                    time: Tick(micros: gps.timestamps[i]), latE7: latE7, lonE7: lonE7,
                    altitudeMeters: alt[i], velocityNED: Vector3(Float(vn[i]), Float(ve[i]), Float(vd[i])),
                    fix: GnssFix(rawValue: LoggedNumber.clamped(fix[i])) ?? .noFix,
                    satellites: LoggedNumber.clamped(sats.count == n ? sats[i] : 10),
                    horizontalAccuracy: Float(eph.count == n ? eph[i] : 1), verticalAccuracy: Float(epv.count == n ? epv[i] : 2),
                    speedAccuracy: Float(sacc.count == n ? sacc[i] : 0.3))))
            }
        }

        if let air = log.topics["vehicle_air_data"] {
            flight.sensorSources["baro"] = "vehicle_air_data"
            let p = air["baro_pressure_pa"], h = air["baro_alt_meter"], temp = air["baro_temp_celcius"]
            let n = air.timestamps.count
            for i in 0..<n {
                let pressure = p.count == n ? Float(p[i]) : (h.count == n ? StandardAtmosphere.pressure(altitude: Float(h[i])) : .nan)
                guard pressure.isFinite else { continue }
                flight.samples.append(.baro(BaroSample(time: Tick(micros: air.timestamps[i]), pressurePa: pressure,
                                                       temperatureC: temp.count == n ? Float(temp[i]) : 15)))
            }
        }

        if let mag = log.topics["vehicle_magnetometer"] {
            flight.sensorSources["mag"] = "vehicle_magnetometer"
            let m = (0..<3).map { mag["magnetometer_ga[\($0)]"] }
            if m.allSatisfy({ $0.count == mag.timestamps.count }) {
                for (i, t) in mag.timestamps.enumerated() {
                    flight.samples.append(.mag(MagSample(time: Tick(micros: t), fieldGauss: vector(m, i))))
                }
            }
        }
        flight.sortSamples()

        flight.logEstimate = track(log, position: "vehicle_local_position", attitude: "vehicle_attitude")
        flight.truth = track(log, position: "vehicle_local_position_groundtruth", attitude: "vehicle_attitude_groundtruth")
        return flight
    }

    static func vector(_ c: [[Double]], _ i: Int) -> Vector3 { Vector3(Float(c[0][i]), Float(c[1][i]), Float(c[2][i])) }

    /// A local-position topic and an attitude topic as a track (nil when the log has neither).
    static func track(_ log: ULogContents, position: String, attitude: String) -> RecordedTrack? {
        var track = RecordedTrack(source: position)
        if let lp = log.topics[position] {
            let n = lp.timestamps.count
            let lat = lp["ref_lat"], lon = lp["ref_lon"], alt = lp["ref_alt"]
            let x = lp["x"], y = lp["y"], z = lp["z"], vx = lp["vx"], vy = lp["vy"], vz = lp["vz"]
            if [x, y, z].allSatisfy({ $0.count == n }), lat.count == n, lon.count == n, alt.count == n {
                // Positions count only once the frame is anchored (and while it stays where it was first anchored).
                for i in 0..<n where lat[i].isFinite && lon[i].isFinite && !(lat[i] == 0 && lon[i] == 0) {
                    let o = GeodeticPosition(latitude: lat[i], longitude: lon[i], altitude: alt[i].isFinite ? alt[i] : 0)
                    if track.origin == nil { track.origin = o }
                    guard track.origin == o else { continue }
                    track.position.append(lp.timestamps[i], Vector3(Float(x[i]), Float(y[i]), Float(z[i])))
                }
            }
            if [vx, vy, vz].allSatisfy({ $0.count == n }) {
                for i in 0..<n { track.velocity.append(lp.timestamps[i], Vector3(Float(vx[i]), Float(vy[i]), Float(vz[i]))) }
            }
        }
        if let att = log.topics[attitude] {
            let q = (0..<4).map { att["q[\($0)]"] }
            if q.allSatisfy({ $0.count == att.timestamps.count }) {
                for (i, t) in att.timestamps.enumerated() {
                    track.attitude.append(t, Quaternion(w: Float(q[0][i]), x: Float(q[1][i]), y: Float(q[2][i]), z: Float(q[3][i])))
                }
            }
        }
        track.source = position + " + " + attitude
        return track.isEmpty ? nil : track
    }
}
