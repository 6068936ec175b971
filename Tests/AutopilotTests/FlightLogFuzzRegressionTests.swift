import Autopilot
import FlightCore
import Foundation
import Testing
import ULog

/// Flight-log inputs that crashed a fuzz target (`scripts/fuzz ulog|dataflash`), committed under
/// `Tests/Fuzz/regressions/<target>/`: each must now give a value or a clear error.
@Suite struct FlightLogFuzzRegressionTests {
    static func regression(_ target: String, _ name: String) throws -> [UInt8] {
        let path = SITLFixtures.repoRoot.appendingPathComponent("Tests/Fuzz/regressions/\(target)/\(name)").path
        return [UInt8](try #require(FileManager.default.contents(atPath: path), "missing \(path)"))
    }

    /// A `vehicle_attitude` topic whose format lacks some of `q[0]`…`q[3]`: the chart indexed the
    /// missing columns (`swiftlet plot`). Now the attitude panel is left empty.
    @Test func ulogAttitudeWithoutQuaternionColumnsIsChartedWithoutIt() throws {
        let contents = try ULogContents(bytes: try Self.regression("ulog", "attitude-without-quaternion-columns.ulg"))
        let attitude = try #require(contents.topics["vehicle_attitude"])
        #expect((0..<4).contains { attitude["q[\($0)]"].count != attitude.timestamps.count })
        #expect(FlightLogChart.svg(contents, title: "regression").hasPrefix("<svg"))
    }

    /// A PX4 `vehicle_gps_position` whose position fields hold values off the globe (CI's ulog
    /// fuzzing: a latitude of about 10¹⁰ degrees trapped converting to degrees×10⁷), a NaN and a
    /// huge `fix_type`: `swiftlet ekf replay` keeps the well-formed fixes and skips the others.
    @Test func ulogGnssOffTheGlobeIsSkippedNotTrapped() throws {
        var sink = ULogBuffer()
        var e = ULogEncoder()
        e.begin(timestampMicros: 0, into: &sink)
        let imu = try e.format("sensor_combined", fields: [.timestamp, ULogField(.float, "gyro_rad", count: 3),
                                                           ULogField(.float, "accelerometer_m_s2", count: 3)], into: &sink)
        let gps = try e.format("vehicle_gps_position", fields: [
            .timestamp, ULogField(.double, "latitude_deg"), ULogField(.double, "longitude_deg"), ULogField(.double, "altitude_msl_m"),
            ULogField(.float, "vel_n_m_s"), ULogField(.float, "vel_e_m_s"), ULogField(.float, "vel_d_m_s"), ULogField(.float, "fix_type"),
        ], into: &sink)
        let imuSub = try e.subscribe(imu, into: &sink), gpsSub = try e.subscribe(gps, into: &sink)
        var m = ULogMessage(type: 0)
        for i in 0..<10 {
            ULogEncoder.startData(&m, of: imuSub)
            m.append(UInt64(i * 5_000))
            for v: Float in [0, 0, 0, 0, 0, -9.81] { m.append(v) }
            try ULogEncoder.data(m, of: imuSub, into: &sink)
        }
        let fixes: [(Double, Double, Float)] = [(47.4, 8.5, 3), (1e10, 8.5, 3), (47.4, .nan, 3), (47.4, -181, 3), (47.4, 8.5, 1e30), (-90, 180, .nan)]
        for (i, (lat, lon, fix)) in fixes.enumerated() {
            ULogEncoder.startData(&m, of: gpsSub)
            m.append(UInt64(i * 5_000 + 1)); m.append(lat); m.append(lon); m.append(Double(500))
            m.append(Float(0)); m.append(Float(0)); m.append(Float(0)); m.append(fix)
            try ULogEncoder.data(m, of: gpsSub, into: &sink)
        }
        let flight = try ULogFlightReader.read(Array(sink.bytes), file: "gnss-off-the-globe.ulg")
        var kept: [GnssSample] = []
        for case .gnss(let g) in flight.samples { kept.append(g) }
        #expect(kept.map(\.latE7) == [474_000_000, 474_000_000, -900_000_000])
        #expect(kept.map(\.lonE7) == [85_000_000, 85_000_000, 1_800_000_000])
        #expect(kept.map(\.fix) == [.fix3D, .noFix, .noGps], "an unknown fix type reads as no fix, NaN as 0 (no GPS)")
    }

    /// A DataFlash log built field by field: `FMT` definitions, then messages.
    struct DataFlashBytes {
        var bytes: [UInt8] = []
        static func text(_ s: String, _ n: Int) -> [UInt8] { Array(s.utf8.prefix(n)) + [UInt8](repeating: 0, count: max(0, n - s.utf8.count)) }
        static func size(_ c: Character) -> Int { ["Q": 8, "d": 8, "f": 4, "L": 4, "i": 4, "B": 1][c]! }
        mutating func fmt(_ type: UInt8, _ name: String, _ format: String, _ columns: String) {
            bytes += [0xA3, 0x95, 128, type, UInt8(3 + format.reduce(0) { $0 + Self.size($1) })]
            bytes += Self.text(name, 4) + Self.text(format, 16) + Self.text(columns, 64)
        }
        /// A message of `type`: `time` (µs) as its first `Q` field, then `rest` already packed.
        mutating func message(_ type: UInt8, time: UInt64, _ rest: [UInt8]) {
            bytes += [0xA3, 0x95, type] + withUnsafeBytes(of: time.littleEndian, Array.init) + rest
        }
        static func f32(_ v: Float) -> [UInt8] { withUnsafeBytes(of: v.bitPattern.littleEndian, Array.init) }
        static func i32(_ v: Int32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian, Array.init) }
    }

    /// DataFlash findings of `scripts/fuzz dataflash`: a `FMT` giving a type other columns after
    /// its messages were logged (the columns and the stored values disagreed), and decimated `IMU`
    /// messages lacking a sensor column (indexed anyway): both are now clear errors. `GPS` with a
    /// position off the globe or without its velocity columns is read, the bad fixes skipped.
    @Test func dataflashRedefinedOrIncompleteFormatsAreClearErrorsAndBadFixesAreSkipped() throws {
        let imuColumns = "TimeUS,GyrX,GyrY,GyrZ,AccX,AccY,AccZ"
        func imuRow(_ log: inout DataFlashBytes, _ t: UInt64) {
            log.message(130, time: t, [Float(0), 0, 0, 0, 0, -9.81].flatMap(DataFlashBytes.f32))
        }
        func read(_ log: DataFlashBytes) throws(ReplayLogError) -> RecordedFlight {
            try DataFlashFlightReader.read(log.bytes, file: "regression.bin")
        }
        func error(_ log: DataFlashBytes) -> String {
            do throws(ReplayLogError) { _ = try read(log); return "read" } catch { return error.description }
        }

        var redefined = DataFlashBytes()
        redefined.fmt(130, "IMU", "Qffffff", imuColumns)
        imuRow(&redefined, 1_000)
        redefined.fmt(130, "IMU", "Qffffff", "TimeUS,A,B,C,D,E,F")
        imuRow(&redefined, 2_000)
        #expect(error(redefined).contains("FMT redefines IMU with other columns after 1 of its messages"), "\(error(redefined))")

        var incomplete = DataFlashBytes()
        incomplete.fmt(130, "IMU", "Qfff", "TimeUS,GyrX,GyrY,GyrZ")
        for t in 1...3 { incomplete.message(130, time: UInt64(t) * 1_000, [Float(0), 0, 0].flatMap(DataFlashBytes.f32)) }
        #expect(error(incomplete).contains("IMU messages without a AccX column"), "\(error(incomplete))")

        var gps = DataFlashBytes()
        gps.fmt(130, "IMU", "Qffffff", imuColumns)
        gps.fmt(131, "GPS", "QLLfB", "TimeUS,Lat,Lng,Alt,Status")
        for t in 1...20 { imuRow(&gps, UInt64(t) * 2_500) }
        let fixes: [(Int32, Int32)] = [(474_000_000, 85_000_000), (2_000_000_000, 85_000_000), (474_000_000, -1_900_000_000)]
        for (k, (lat, lon)) in fixes.enumerated() {
            gps.message(131, time: UInt64(k + 1) * 10_000, DataFlashBytes.i32(lat) + DataFlashBytes.i32(lon) + DataFlashBytes.f32(500) + [3])
        }
        let flight = try read(gps)
        var kept: [GnssSample] = []
        for case .gnss(let g) in flight.samples { kept.append(g) }
        #expect(kept.map(\.latE7) == [474_000_000] && kept.map(\.fix) == [.fix3D], "\(kept)")
        #expect(flight.counts.imu == 20)
    }

    /// `RISI` defined without its delta columns (`swiftlet ekf replay`): the reader indexed them.
    /// Now it names the missing column.
    @Test func dataflashRisiWithoutDeltaColumnsIsAClearError() throws {
        let bytes = try Self.regression("dataflash", "risi-without-delta-columns.bin")
        do throws(ReplayLogError) {
            _ = try DataFlashFlightReader.read(bytes, file: "risi.bin")
            Issue.record("read a log whose RISI lacks its delta columns")
        } catch {
            #expect(error.description.contains("RISI messages without a"), "\(error)")
        }
    }
}
