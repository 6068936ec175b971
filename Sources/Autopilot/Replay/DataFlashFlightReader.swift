import FlightCore
import FlightMath
import Foundation

/// Reads the sensors and references of an ArduPilot DataFlash (`.bin`) log for replay.
///
/// With `LOG_REPLAY=1` ArduPilot's data abstraction layer logs what its EKF was given, frame by
/// frame: `RFRH` (frame time `TimeUS`), `RISH`/`RISI` (every IMU sample as delta velocity `DVX…`
/// m/s and delta angle `DAX…` rad over `DVDT`/`DADT` s), `RGPI`/`RGPJ` (GNSS: `Lat`/`Lon` deg×10⁷,
/// `Alt` cm, `VX…` m/s NED, `HA`/`VA`/`SA` accuracies, `NSats`, `Stat`), `RBRI` (baro altitude m)
/// and `RMGI` (field `FX…` milligauss); each is written only when it changed, so a new sample is
/// a changed update time. Without it the decimated `IMU` (rad/s, m/s²), `GPS` (+`GPA`), `BARO`
/// (Pa) and `MAG` (milligauss) are used. References: `XKF1` core 0 (Euler angles, `VN…`, `PN…`
/// from the `ORGN` EKF origin) and `SIM` (simulator truth) when present.
public enum DataFlashFlightReader {
    public static func read(_ bytes: [UInt8], file: String) throws(ReplayLogError) -> RecordedFlight {
        let log = try DataFlashLog(bytes: bytes, file: file)
        if let risi = log.messages["RISI"], risi.count > 0 {
            var flight = RecordedFlight(format: "ArduPilot DataFlash (LOG_REPLAY: RISI/RGPJ/RBRI/RMGI)")
            try replaySensors(log, risi, file: file, into: &flight)
            references(log, into: &flight)
            return flight
        }
        guard let imu = log.messages["IMU"], imu.count > 0 else {
            throw ReplayLogError(file: file, reason: "no IMU sensor data: neither RISI (LOG_REPLAY=1) nor IMU messages")
        }
        try requireColumns(["TimeUS", "GyrX", "GyrY", "GyrZ", "AccX", "AccY", "AccZ"], of: "IMU", imu, file: file)
        var flight = RecordedFlight(format: "ArduPilot DataFlash (decimated: IMU/GPS/BARO/MAG)")
        decimatedSensors(log, imu, into: &flight)
        references(log, into: &flight)
        return flight
    }

    /// Indices of the messages of instance `instance` (all of them when the type has no `I` column).
    static func instance(_ m: DataFlashLog.Messages, _ instance: Double = 0, column: String = "I") -> [Int] {
        guard m.has(column) else { return Array(0..<m.count) }
        let ids = m[column]
        return (0..<m.count).filter { ids[$0] == instance }
    }

    /// Throws naming the first of `names` that messages `m` of type `type` lack.
    static func requireColumns(_ names: [String], of type: String, _ m: DataFlashLog.Messages, file: String) throws(ReplayLogError) {
        if let missing = names.first(where: { !m.has($0) }) {
            throw ReplayLogError(file: file, reason: "\(type) messages without a \(missing) column")
        }
    }

    // MARK: LOG_REPLAY messages

    static func replaySensors(_ log: DataFlashLog, _ risi: DataFlashLog.Messages, file: String, into flight: inout RecordedFlight) throws(ReplayLogError) {
        guard let frames = log.messages["RFRH"], frames.count > 0 else {
            throw ReplayLogError(file: file, reason: "RISI messages without RFRH frame headers: no sample times")
        }
        try requireColumns(["TimeUS"], of: "RFRH", frames, file: file)
        try requireColumns(["DVX", "DVY", "DVZ", "DAX", "DAY", "DAZ", "DVDT", "DADT"], of: "RISI", risi, file: file)
        let frameSeq = frames.sequence, frameTime = frames["TimeUS"]
        /// Time of the replay frame a message (by sequence number) belongs to.
        func time(_ seq: Int) -> UInt64? {
            var lo = 0, hi = frameSeq.count
            while lo < hi { let mid = (lo + hi) / 2; if frameSeq[mid] < seq { lo = mid + 1 } else { hi = mid } }
            return lo == 0 ? nil : UInt64(exactly: frameTime[lo - 1].rounded(.down))
        }
        let primary = log.messages["RISH"].flatMap { $0["PG"].first } ?? 0
        flight.sensorSources["imu"] = "RISI (delta angle / delta velocity)"
        let dv = ["DVX", "DVY", "DVZ"].map { risi[$0] }, da = ["DAX", "DAY", "DAZ"].map { risi[$0] }
        let dvdt = risi["DVDT"], dadt = risi["DADT"]
        for i in instance(risi, primary) where dvdt[i] > 0 && dadt[i] > 0 {
            guard let t = time(risi.sequence[i]) else { continue }
            let gyro = Vector3(Float(da[0][i] / dadt[i]), Float(da[1][i] / dadt[i]), Float(da[2][i] / dadt[i]))
            let accel = Vector3(Float(dv[0][i] / dvdt[i]), Float(dv[1][i] / dvdt[i]), Float(dv[2][i] / dvdt[i]))
            flight.samples.append(.imu(ImuSample(time: Tick(micros: t), gyro: gyro, accel: accel)))
        }
        if let j = log.messages["RGPJ"] {
            flight.sensorSources["gnss"] = "RGPJ + RGPI"
            let gpi = log.messages["RGPI"]
            let gpiRows = gpi.map { instance($0) } ?? []
            for (i, t) in updates(j, changed: "TS", time: time) {
                // The latest RGPI of the instance at or before this RGPJ.
                var sats = 10.0, status = 3.0
                if let gpi, let k = gpiRows.last(where: { gpi.sequence[$0] < j.sequence[i] }) {
                    sats = gpi["NSats"][k]; status = gpi["Stat"][k]
                }
                // A position off the globe (a damaged log) is no fix to replay.
                guard let lat = LoggedNumber.degreesE7(j["Lat"][i] / 1e7, limit: 90),
                      let lon = LoggedNumber.degreesE7(j["Lon"][i] / 1e7, limit: 180) else { continue }
                flight.samples.append(.gnss(GnssSample(
                    time: Tick(micros: t), latE7: lat, lonE7: lon,
                    altitudeMeters: j["Alt"][i] / 100, velocityNED: Vector3(Float(j["VX"][i]), Float(j["VY"][i]), Float(j["VZ"][i])),
                    fix: GnssFix(rawValue: LoggedNumber.clamped(status)) ?? .noFix, satellites: LoggedNumber.clamped(sats),
                    horizontalAccuracy: Float(j["HA"][i]), verticalAccuracy: Float(j["VA"][i]), speedAccuracy: Float(j["SA"][i]))))
            }
        }
        if let b = log.messages["RBRI"] {
            flight.sensorSources["baro"] = "RBRI (altitude)"
            for (i, t) in updates(b, changed: "LastUpdate", time: time) {
                flight.samples.append(.baro(BaroSample(time: Tick(micros: t), pressurePa: StandardAtmosphere.pressure(altitude: Float(b["Alt"][i])),
                                                       temperatureC: 15)))
            }
        }
        if let m = log.messages["RMGI"] {
            flight.sensorSources["mag"] = "RMGI"
            for (i, t) in updates(m, changed: "LU", time: time) {
                flight.samples.append(.mag(MagSample(time: Tick(micros: t),
                                                     fieldGauss: Vector3(Float(m["FX"][i]), Float(m["FY"][i]), Float(m["FZ"][i])) * 0.001)))
            }
        }
        flight.sortSamples()
    }

    /// The instance-0 messages of a replay type that carry a new sample (their update-time
    /// column changed), with their frame time.
    static func updates(_ m: DataFlashLog.Messages, changed column: String, time: (Int) -> UInt64?) -> [(Int, UInt64)] {
        var last = -1.0, out: [(Int, UInt64)] = []
        let stamps = m[column]
        for i in instance(m) where stamps[i] != last {
            last = stamps[i]
            if let t = time(m.sequence[i]) { out.append((i, t)) }
        }
        return out
    }

    // MARK: Decimated sensor messages

    static func decimatedSensors(_ log: DataFlashLog, _ imu: DataFlashLog.Messages, into flight: inout RecordedFlight) {
        flight.sensorSources["imu"] = "IMU"
        let imuTime = imu["TimeUS"]
        for i in instance(imu) {
            guard let t = LoggedNumber.micros(imuTime[i]) else { continue }
            flight.samples.append(.imu(ImuSample(
                time: Tick(micros: t),
                gyro: Vector3(Float(imu["GyrX"][i]), Float(imu["GyrY"][i]), Float(imu["GyrZ"][i])),
                accel: Vector3(Float(imu["AccX"][i]), Float(imu["AccY"][i]), Float(imu["AccZ"][i])))))
        }
        if let g = log.messages["GPS"] {
            flight.sensorSources["gnss"] = log.messages["GPA"] == nil ? "GPS" : "GPS + GPA"
            let gpa = log.messages["GPA"]
            let gpaRows = gpa.map { instance($0) } ?? []
            var k = 0
            for i in instance(g) {
                guard let t = LoggedNumber.micros(g["TimeUS"][i]) else { continue }
                var hacc = 1.0, vacc = 2.0, sacc = 0.3
                if let gpa {
                    while k + 1 < gpaRows.count && gpa.sequence[gpaRows[k + 1]] < g.sequence[i] { k += 1 }
                    if k < gpaRows.count && gpa.sequence[gpaRows[k]] < g.sequence[i] {
                        hacc = gpa["HAcc"][gpaRows[k]]; vacc = gpa["VAcc"][gpaRows[k]]; sacc = gpa["SAcc"][gpaRows[k]]
                    }
                }
                guard let lat = LoggedNumber.degreesE7(g["Lat"][i], limit: 90),
                      let lon = LoggedNumber.degreesE7(g["Lng"][i], limit: 180) else { continue }
                let course = g["GCrs"][i] * .pi / 180, speed = g["Spd"][i]
                flight.samples.append(.gnss(GnssSample(
                    time: Tick(micros: t), latE7: lat, lonE7: lon, altitudeMeters: g["Alt"][i],
                    velocityNED: Vector3(Float(speed * cos(course)), Float(speed * sin(course)), Float(g["VZ"][i])),
                    fix: GnssFix(rawValue: LoggedNumber.clamped(g["Status"][i])) ?? .noFix, satellites: LoggedNumber.clamped(g["NSats"][i]),
                    horizontalAccuracy: Float(hacc), verticalAccuracy: Float(vacc), speedAccuracy: Float(sacc))))
            }
        }
        if let b = log.messages["BARO"] {
            flight.sensorSources["baro"] = "BARO (pressure)"
            for i in instance(b) {
                guard let t = LoggedNumber.micros(b["TimeUS"][i]) else { continue }
                flight.samples.append(.baro(BaroSample(time: Tick(micros: t), pressurePa: Float(b["Press"][i]),
                                                       temperatureC: Float(b["Temp"][i]))))
            }
        }
        if let m = log.messages["MAG"] {
            flight.sensorSources["mag"] = "MAG"
            for i in instance(m) {
                guard let t = LoggedNumber.micros(m["TimeUS"][i]) else { continue }
                flight.samples.append(.mag(MagSample(time: Tick(micros: t),
                                                     fieldGauss: Vector3(Float(m["MagX"][i]), Float(m["MagY"][i]), Float(m["MagZ"][i])) * 0.001)))
            }
        }
        flight.sortSamples()
    }

    // MARK: References

    static func references(_ log: DataFlashLog, into flight: inout RecordedFlight) {
        if let x = log.messages["XKF1"], x.count > 0 {
            var track = RecordedTrack(source: "XKF1 (EKF3 core 0)")
            if let o = log.messages["ORGN"], let row = instance(o, 0, column: "Type").first {
                track.origin = GeodeticPosition(latitude: o["Lat"][row], longitude: o["Lng"][row], altitude: o["Alt"][row])
            }
            for i in instance(x, 0, column: "C") {
                guard let t = LoggedNumber.micros(x["TimeUS"][i]) else { continue }
                if track.origin != nil { track.position.append(t, Vector3(Float(x["PN"][i]), Float(x["PE"][i]), Float(x["PD"][i]))) }
                track.velocity.append(t, Vector3(Float(x["VN"][i]), Float(x["VE"][i]), Float(x["VD"][i])))
                track.attitude.append(t, euler(x["Roll"][i], x["Pitch"][i], x["Yaw"][i]))
            }
            flight.logEstimate = track
        }
        if let s = log.messages["SIM"], s.count > 0 {
            var track = RecordedTrack(source: "SIM (simulator truth)")
            let lat = s["Lat"], lng = s["Lng"], alt = s["Alt"]
            let origin = GeodeticPosition(latitude: lat[0], longitude: lng[0], altitude: alt[0])
            let plane = LocalTangentPlane(origin: origin)
            track.origin = origin
            let hasQ = s.has("Q1")
            for i in 0..<s.count {
                guard let t = LoggedNumber.micros(s["TimeUS"][i]) else { continue }
                track.position.append(t, plane.ned(of: GeodeticPosition(latitude: lat[i], longitude: lng[i], altitude: alt[i])).vector)
                track.attitude.append(t, hasQ ? Quaternion(w: Float(s["Q1"][i]), x: Float(s["Q2"][i]), y: Float(s["Q3"][i]), z: Float(s["Q4"][i]))
                                              : euler(s["Roll"][i], s["Pitch"][i], s["Yaw"][i]))
            }
            flight.truth = track
        }
    }

    /// A body FRD → NED attitude from ZYX Euler angles in degrees.
    static func euler(_ roll: Double, _ pitch: Double, _ yaw: Double) -> Quaternion {
        EulerAngles(roll: Float(roll * .pi / 180), pitch: Float(pitch * .pi / 180), yaw: Float(yaw * .pi / 180)).quaternion
    }
}
