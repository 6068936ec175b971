@testable import Autopilot
import FlightCore
import FlightMath
import Foundation
import Simulation
import Synchronization
import Testing
import TestSupport
import ULog
import VehicleServices

/// The vehicle's flight logs: the ULog encoder, one log per flight written crash-safely, read
/// back by pyulog, and the log folder as the MAVLink file services see it.
@Suite struct FlightLogTests {
    /// 2026-03-14 15:09:26 UTC, the simulated clock's start in these tests.
    static let utcStart: UInt64 = 1_773_500_966_000_000

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("flightlog-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func python(_ script: String, _ args: [String]) async throws -> (status: Int32, out: String) {
        try await onOwnThread {
            let venv = ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? SITLFixtures.repoRoot.appendingPathComponent(".venv").path
            let p = Process()
            p.executableURL = URL(fileURLWithPath: venv + "/bin/python")
            p.arguments = [SITLFixtures.repoRoot.appendingPathComponent("Tests/Peers/\(script)").path] + args
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    // MARK: Encoder

    @Test func encoderWritesPX4sFileHeaderFlagBitsAndMessageLayout() throws {
        var sink = ULogBuffer()
        var e = ULogEncoder()
        e.begin(timestampMicros: 0x0102_0304_0506_0708, into: &sink)
        #expect(Array(sink.bytes[0..<16]) == [0x55, 0x4C, 0x6F, 0x67, 0x01, 0x12, 0x35, 0x01,
                                              0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01])
        #expect(Array(sink.bytes[16..<19]) == [40, 0, UInt8(ascii: "B")], "flag bits: 40-byte payload right after the header")
        #expect(sink.bytes.count == 16 + 3 + 40)
        sink.removeAll()

        let format = try e.format("pos", fields: [.timestamp, ULogField(.float, "xy", count: 2), ULogField(.uint8, "ok")], into: &sink)
        #expect(format.size == 8 + 8 + 1)
        #expect(String(decoding: sink.bytes[3...], as: UTF8.self) == "pos:uint64_t timestamp;float[2] xy;uint8_t ok;")
        #expect(sink.bytes[2] == UInt8(ascii: "F"))
        sink.removeAll()

        try e.info("sys_name", text: "Swiftlet".utf8, into: &sink)
        #expect(sink.bytes[2] == UInt8(ascii: "I"))
        #expect(Int(sink.bytes[3]) == "char[8] sys_name".utf8.count)
        #expect(String(decoding: sink.bytes[4...], as: UTF8.self) == "char[8] sys_nameSwiftlet")
        sink.removeAll()

        try e.parameter("MPC_XY_P".utf8, float: 0.95, into: &sink)
        #expect(String(decoding: sink.bytes[4 ..< 4 + Int(sink.bytes[3])], as: UTF8.self) == "float MPC_XY_P")
        #expect(Array(sink.bytes.suffix(4)) == withUnsafeBytes(of: Float(0.95).bitPattern.littleEndian) { Array($0) })
        sink.removeAll()

        let sub = try e.subscribe(format, into: &sink)
        #expect(sub.id == 0)
        #expect(Array(sink.bytes) == [6, 0, UInt8(ascii: "A"), 0, 0, 0] + Array("pos".utf8))
        sink.removeAll()

        var m = ULogMessage(type: 0)
        ULogEncoder.startData(&m, of: sub)
        m.append(UInt64(1_000)); m.append(Float(1)); m.append(Float(2)); m.append(byte: 1)
        try ULogEncoder.data(m, of: sub, into: &sink)
        #expect(Array(sink.bytes[0..<5]) == [19, 0, UInt8(ascii: "D"), 0, 0])
        sink.removeAll()

        ULogEncoder.startData(&m, of: sub)
        m.append(UInt64(2_000)); m.append(Float(1))
        #expect(throws: ULogError.sizeMismatch(expected: 17, actual: 12)) { try ULogEncoder.data(m, of: sub, into: &sink) }
        #expect(sink.bytes.isEmpty, "a refused message writes nothing")

        try e.log(.warning, timestampMicros: 5, "Low battery".utf8, into: &sink)
        #expect(Array(sink.bytes[0..<4]) == [UInt8(1 + 8 + 11), 0, UInt8(ascii: "L"), UInt8(ascii: "4")])
    }

    @Test func logNamesFollowPX4sDateFolderAndTimeOfDay() {
        let folder = FlightLogFolder(root: "/state/0")
        #expect(folder.path(startedAt: Self.utcStart) == "/state/0/log/2026-03-14/15_09_26.ulg")
        #expect(folder.path(startedAt: 951_782_400_000_000, suffix: 2) == "/state/0/log/2000-02-29/00_00_00_2.ulg")
        #expect(folder.path(startedAt: 0) == "/state/0/log/1970-01-01/00_00_00.ulg")
    }

    // MARK: Files offered over MAVLink

    @Test func directoryFileSystemOffersTheLogTreeUnderPX4PathsAndNothingElse() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/log/2026-03-14", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/log/2026-03-15", withIntermediateDirectories: true)
        try Data("second".utf8).write(to: URL(fileURLWithPath: root + "/log/2026-03-15/09_00_00.ulg"))
        try Data("first flight".utf8).write(to: URL(fileURLWithPath: root + "/log/2026-03-14/15_09_26.ulg"))
        try Data("unfinished".utf8).write(to: URL(fileURLWithPath: root + "/log/2026-03-15/.10_00_00.ulg.tmp"))
        try Data(repeating: 7, count: 32).write(to: URL(fileURLWithPath: root + "/signing.key"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/parameters-quad450.params"))
        var files = DirectoryFileSystem(root: root)

        func names(_ dir: StaticString) throws -> [String] {
            var out: [String] = []
            while let e = try files.entry(out.count, in: FilePath(dir)) {
                out.append(e.name.withBytes { String(decoding: $0, as: UTF8.self) } + (e.isDirectory ? "/" : " \(e.size)"))
            }
            return out
        }
        func read(_ path: StaticString) throws -> String {
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = try buffer.withUnsafeMutableBytes { try files.read(FilePath(path), at: 0, into: $0) }
            return String(decoding: buffer[0..<n], as: UTF8.self)
        }
        #expect(try names("/") == ["log/", "parameters-quad450.params 1"], "the signing key is never offered")
        #expect(try names("/fs/microsd/log") == ["2026-03-14/", "2026-03-15/"])
        #expect(try names("/log/2026-03-15") == ["09_00_00.ulg 6"], "the unfinished log is hidden")
        #expect(try names("/logs") == ["2026-03-14_15_09_26.ulg 12", "2026-03-15_09_00_00.ulg 6"], "flat, oldest first")
        #expect(try read("/fs/microsd/log/2026-03-14/15_09_26.ulg") == "first flight")
        #expect(try read("/logs/2026-03-15_09_00_00.ulg") == "second")
        #expect(try files.size(of: FilePath("/log/2026-03-14/15_09_26.ulg")) == 12)
        #expect(throws: FileError.notFound) { try read("/signing.key") }
        #expect(throws: FileError.notFound) { try read("/log/../signing.key") }
        #expect(throws: FileError.notFound) { try read("/../../etc/passwd") }
        #expect(throws: FileError.notFound) { try read("/log/2026-03-15/.10_00_00.ulg.tmp") }
        #expect(throws: FileError.notFound) { try read("/log/2026-03-14/missing.ulg") }
        #expect(throws: FileError.protected) { _ = try files.beginWriting(FilePath("/log/new.ulg"), truncate: true) }
        #expect(throws: FileError.protected) { try files.rename(FilePath("/log/2026-03-14/15_09_26.ulg"), to: FilePath("/x.ulg")) }
        #expect(fm.fileExists(atPath: root + "/log/2026-03-14/15_09_26.ulg"))
        #expect(throws: FileError.notFound) { _ = try DirectoryFileSystem(root: nil).entry(0, in: FilePath("/")) }
    }

    // MARK: Flights

    /// Flies takeoff → waypoint 40 m north → land with a recorder attached, as `SITLRuntime` does;
    /// stops `stopAfter` seconds after arming when given (the recorder is then left open).
    static func fly(seed: UInt64, folder: String, stopAfter: Double? = nil, writer: StateWriter? = nil,
                    onError: (@Sendable (StateFileError) -> Void)? = nil) throws -> (recorder: FlightLogRecorder, vehicle: SITLVehicle) {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: seed)
        let origin = v.simulator.scenario.origin
        var recorder = FlightLogRecorder(folder: FlightLogFolder(root: folder), utcStartMicros: utcStart, softwareVersion: "test")
        recorder.onError = onError
        recorder.writer = writer
        v.run(seconds: 10) { v in recorder.record(v); return false }
        #expect(!recorder.isLogging, "no log before arming")
        var plan = MissionPlan(capacity: 4)
        try plan.append(SITLFixtures.waypoint(origin, north: 0, east: 0, altitude: 10, command: .navTakeoff))
        try plan.append(SITLFixtures.waypoint(origin, north: 40, east: 0, altitude: 10))
        try plan.append(SITLFixtures.waypoint(origin, north: 40, east: 0, altitude: 0, command: .navLand))
        try v.stack.uploadMission(plan)
        #expect(v.stack.setMode(.mission) == nil)
        #expect(v.stack.arm().isEmpty)
        let r = v.fly(seconds: stopAfter ?? 150, observe: { v, e in recorder.event(e, at: v.time) }, sample: { v in recorder.record(v) })
        if stopAfter == nil {
            #expect(r.disarmed && r.finished, "events: \(r.events)")
            v.run(seconds: 2) { v in recorder.record(v); return false }
        }
        return (recorder, v)
    }

    @Test func aSeededFlightWritesOneULogThatPyulogReadsAndTheSameSeedWritesTheSameBytes() async throws {
        let first = try Self.temporaryFolder(), second = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        let a = try Self.fly(seed: 11, folder: first).recorder
        let b = try Self.fly(seed: 11, folder: second).recorder
        #expect(!a.isLogging, "the log is finished half a second after the disarm")
        let path = try #require(a.finished.first)
        #expect(a.finished.count == 1)
        #expect(path.hasPrefix(first + "/log/2026-03-14/15_"))
        #expect(path.hasSuffix(".ulg"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try Data(contentsOf: URL(fileURLWithPath: try #require(b.finished.first)))
        #expect(bytes == again, "same seed, same log, byte for byte")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: first).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        let r = try await Self.python("ulog_summary.py", [path])
        #expect(r.status == 0, "pyulog: \(r.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let topics = try #require(json["topics"] as? [String: Int])
        let seconds = Double((json["last"] as? Int ?? 0) - (json["start"] as? Int ?? 0)) / 1e6
        #expect(seconds > 20 && seconds < 150, "flight of \(seconds) s")
        let expected: [String: Double] = [  // messages per second
            "sensor_combined": 400, "vehicle_attitude": 50, "vehicle_attitude_groundtruth": 50,
            "vehicle_local_position": 50, "vehicle_local_position_groundtruth": 50,
            "vehicle_local_position_setpoint": 50, "vehicle_attitude_setpoint": 50, "vehicle_rates_setpoint": 50,
            "actuator_outputs": 50, "vehicle_global_position": 10, "vehicle_global_position_groundtruth": 10,
            "vehicle_gps_position": 10, "vehicle_air_data": 50, "vehicle_magnetometer": 100, "estimator_status": 10,
            "battery_status": 2, "vehicle_status": 2,
        ]
        #expect(Set(topics.keys) == Set(expected.keys))
        for (name, rate) in expected {
            let n = Double(topics[name] ?? 0)
            #expect(n > 0.9 * rate * seconds && n < 1.1 * rate * seconds + 2, "\(name): \(n) messages in \(seconds) s")
        }
        let monotonic = try #require(json["monotonic"] as? [String: Bool])
        #expect(monotonic.values.allSatisfy { $0 }, "timestamps increase: \(monotonic)")
        let info = try #require(json["info"] as? [String: Any])
        #expect(info["sys_name"] as? String == "Swiftlet")
        #expect(info["ver_sw"] as? String == "test")
        #expect((json["parameters"] as? Int ?? 0) > 50)
        #expect((json["max_horizontal_error_m"] as? Double ?? .infinity) < 3, "estimate vs truth: \(json["max_horizontal_error_m"] ?? "none")")
        #expect((json["max_attitude_error_deg"] as? Double ?? .infinity) < 5)
        #expect((json["max_altitude_m"] as? Double ?? 0) > 8)
        let logged = (json["logged"] as? [[String]] ?? []).map { $0[1] }
        #expect(logged.contains("Flight log started"))
        #expect(logged.contains { $0.hasPrefix("Mission item 1 reached") }, "\(logged)")
        #expect(logged.contains { $0.hasPrefix("Disarmed") }, "the disarm is in the log: \(logged)")
    }

    @Test func aFlightCutShortLeavesOnlyAHiddenTemporaryFileNoCompleteLookingLog() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (recorder, _) = try Self.fly(seed: 3, folder: folder, stopAfter: 15)
        #expect(recorder.isLogging)
        let temp = try #require(recorder.currentTemporaryPath)
        #expect(FileManager.default.fileExists(atPath: temp))
        let all = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(all.filter { $0.hasSuffix(".ulg") }.isEmpty, "nothing named .ulg until the log is finished: \(all)")
        #expect(try DirectoryFileSystem(root: folder).entry(0, in: FilePath("/logs")) == nil, "nothing offered over MAVLink")
    }
}

extension FlightLogTests {
    @Test func aLogsStartTimeComesBackFromItsName() {
        #expect(FlightLogFolder.startTime(ofFlatName: "2026-03-14_15_09_26.ulg") == UInt32(Self.utcStart / 1_000_000))
        #expect(FlightLogFolder.startTime(ofFlatName: "2000-02-29_00_00_00_2.ulg") == 951_782_400)
        #expect(FlightLogFolder.startTime(ofFlatName: "notes.txt") == nil)
    }
}

extension FlightLogTests {
    @Test func aFlightLogReadsBackAndDrawsWithWarningsMarked() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (recorder, vehicle) = try Self.fly(seed: 5, folder: folder, stopAfter: 20)
        recorder.log(.critical, "Failsafe: battery low, action return", at: vehicle.time)
        vehicle.run(seconds: 1) { v in recorder.record(v); return false }
        recorder.close()
        let path = try #require(recorder.finished.first)
        let log = try ULogContents(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(log.topics.count == 17)
        #expect(log.info["sys_name"] == "Swiftlet")
        let attitude = try #require(log.topics["vehicle_attitude"])
        #expect(attitude.timestamps.count == attitude["q[0]"].count)
        #expect(attitude.timestamps.count > 900, "50 Hz over 20 s")
        #expect(log.topics["vehicle_local_position_groundtruth"].map { -($0["z"].min() ?? 0) } ?? 0 > 5, "climbed")
        #expect(log.logged.contains { $0.level == 2 && $0.text.hasPrefix("Failsafe") })
        let svg = FlightLogChart.svg(log, title: "test <flight>")
        #expect(svg.contains("test &lt;flight&gt;"))
        #expect(svg.components(separatedBy: "class=\"warning\"").count - 1 == 3, "the failsafe marked on the three time panels")
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 9, "planned and flown; altitude setpoint, estimate and truth; roll, pitch, yaw; voltage")
        #expect(throws: ULogReadError.self) { try ULogContents(bytes: Array("QGC WPL 110".utf8)) }
    }
}

extension FlightLogTests {
    @Test func anUnwritableLogFolderIsReportedOnceAndTheFlightGoesOn() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        nonisolated(unsafe) var errors: [StateFileError] = []
        let (recorder, vehicle) = try Self.fly(seed: 2, folder: folder + "/file/instance", stopAfter: 15) { errors.append($0) }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.description.contains("cannot create folder") == true, "\(errors)")
        #expect(!recorder.isLogging && recorder.finished.isEmpty)
        #expect((vehicle.truth.map { -$0.position.down } ?? 0) > 5, "the flight went on")
    }

    /// With a state writer (as the runtimes run), the log's folder and file are created on the
    /// writer's thread, off the paced loop: a failure there is still reported once, the log
    /// dropped, and the flight goes on.
    @Test func anUnwritableLogFolderFoundByTheWriterIsReportedOnceAndTheFlightGoesOn() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let errors = Mutex<[StateFileError]>([])
        let writer = StateWriter()
        let (recorder, vehicle) = try Self.fly(seed: 2, folder: folder + "/file/instance", stopAfter: 15, writer: writer) { e in
            errors.withLock { $0.append(e) }
        }
        writer.drain()
        let seen = errors.withLock { $0 }
        #expect(seen.count == 1, "\(seen)")
        #expect(seen.first?.description.contains("cannot create folder") == true, "\(seen)")
        #expect(!recorder.isLogging && recorder.finished.isEmpty)
        #expect((vehicle.truth.map { -$0.position.down } ?? 0) > 5, "the flight went on")
    }

    /// Two logs started within the same second get different names, even while the first one's
    /// file is still to be created by the writer.
    @Test func aLogStartedInTheSameSecondAsTheLastGetsTheNextName() {
        let folder = FlightLogFolder(root: "/nonexistent")
        let first = FlightLogFile(namedIn: folder, startedAt: 1_700_000_000_000_000, avoiding: nil)
        let second = FlightLogFile(namedIn: folder, startedAt: 1_700_000_000_400_000, avoiding: first.path)
        #expect(second.path != first.path && second.path.hasSuffix("_1.ulg"), "\(first.path) \(second.path)")
    }

    /// A flight's log file is created on the state writer's thread, not on the loop that records:
    /// while the writer is busy the file does not exist yet, and once it has run, it does.
    @Test func aLogsFileIsCreatedOnTheWritersThreadNotTheRecordingLoops() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = StateWriter()
        let gate = DispatchSemaphore(value: 0)
        writer.submit { gate.wait() }   // the writer busy with something else
        var recorder = FlightLogRecorder(folder: FlightLogFolder(root: folder), utcStartMicros: Self.utcStart, softwareVersion: "test")
        recorder.writer = writer
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 1)
        v.run(seconds: 10) { _ in false }
        var plan = MissionPlan(capacity: 2)
        try plan.append(SITLFixtures.waypoint(v.simulator.scenario.origin, north: 0, east: 0, altitude: 10, command: .navTakeoff))
        try v.stack.uploadMission(plan)
        #expect(v.stack.setMode(.mission) == nil)
        #expect(v.stack.arm().isEmpty)
        v.step()
        recorder.record(v)
        let temporary = try #require(recorder.currentTemporaryPath)
        #expect(!FileManager.default.fileExists(atPath: temporary), "created on the recording loop")
        gate.signal()
        writer.drain()
        #expect(FileManager.default.fileExists(atPath: temporary))
    }
}
