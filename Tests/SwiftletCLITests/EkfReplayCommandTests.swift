import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `swiftlet ekf replay`, run as a user runs it, on logs of one seeded `swiftlet sitl` flight
/// (flown by pymavlink): the Swiftlet ULog itself, and the same sensor data rewritten by
/// `Tests/Peers/replay_logs.py` as a PX4-layout ULog and as ArduPilot DataFlash logs with and
/// without `LOG_REPLAY` messages (each read back by pyulog or pymavlink's `DFReader_binary`).
@Suite(.serialized, .childProcesses) struct EkfReplayCommandTests {
    /// The logs, made once for the suite: folder with flight.ulg, px4.ulg, replay.bin, decimated.bin.
    /// (`peers`: replay_logs.py's JSON: what pyulog and pymavlink read from the files it wrote.)
    static let logs = Task { try await makeLogs() }

    static func makeLogs() async throws -> (folder: URL, peers: Data) {
        let dir = try SitlStateTests.temporaryFolder()
        let port = freeLoopbackPort()
        let sitl = try SitlLogTests.start(port: port, stateDir: dir)
        defer { SitlLogTests.kill(sitl) }
        let flight = try await SitlInteropTests.python("sitl_logs.py", ["--listen", "\(port)", "--timeout", "120", "fly"])
        guard flight.status == 0 else { throw CocoaError(.fileNoSuchFile, userInfo: [NSDebugDescriptionErrorKey: "flight: \(flight.out)"]) }
        var logs: [String] = []
        for _ in 0..<100 where logs.isEmpty {  // finished half a simulated second after the disarm
            logs = SitlLogTests.files(in: dir.appendingPathComponent("0/log")).filter { $0.hasSuffix(".ulg") && !$0.contains("/.") }
            if logs.isEmpty { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        guard let name = logs.first else { throw CocoaError(.fileNoSuchFile, userInfo: [NSDebugDescriptionErrorKey: "no flight log"]) }
        let folder = dir.appendingPathComponent("replay")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("0/log/" + name), to: folder.appendingPathComponent("flight.ulg"))
        let r = try await SitlInteropTests.python("replay_logs.py", [folder.appendingPathComponent("flight.ulg").path, folder.path])
        guard r.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "replay_logs.py: \(r.out)"])
        }
        return (folder, Data(r.out.utf8))
    }

    /// `swiftlet ekf replay FILE --json`, parsed.
    static func replay(_ file: URL, _ extra: [String] = []) async throws -> [String: Any] {
        let r = try await CLI.run(["ekf", "replay", file.path, "--json"] + extra)
        #expect(r.status == 0, "\(r.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any], "\(r.out)")
    }

    /// `json[part][quantity][statistic]`, e.g. `value(j, "vs_truth", "horizontal_position_m", "rms")`.
    static func value(_ json: [String: Any], _ part: String, _ quantity: String, _ statistic: String = "rms") -> Double {
        ((json[part] as? [String: Any])?[quantity] as? [String: Any])?[statistic] as? Double ?? .nan
    }

    @Test func aSwiftletSitlLogReplaysToTheVehiclesOwnEstimateAndIsWrittenBesideIt() async throws {
        let (folder, _) = try await Self.logs.value
        let log = folder.appendingPathComponent("flight.ulg")
        let j = try await Self.replay(log)
        #expect(j["format"] as? String == "Swiftlet ULog")
        let samples = try #require(j["samples"] as? [String: Int])
        let duration = j["duration_s"] as? Double ?? 0
        #expect(duration > 8, "a whole takeoff and landing: \(duration) s")
        #expect(Double(samples["imu"] ?? 0) > 390 * duration, "every IMU sample is in the log (400 Hz): \(samples)")
        #expect(Double(samples["mag"] ?? 0) > 95 * duration && Double(samples["baro"] ?? 0) > 45 * duration)
        #expect((j["samples_per_s"] as? Double ?? 0) > 5_000)

        // Same code, same samples; the replay starts at the log's first sample (arming) where the
        // vehicle's filter started at boot, so it re-aligns and its heading differs by the
        // alignment's magnetometer error (see docs/ESTIMATION.md).
        #expect(Self.value(j, "vs_log", "horizontal_position_m") < 0.3, "\(j["vs_log"] ?? "")")
        #expect(Self.value(j, "vs_log", "horizontal_position_m", "max") < 1.0)
        // Height is measured from the origin's altitude, one GNSS fix's: the replay takes a later
        // fix than the vehicle did at boot, so its heights differ from the vehicle's by a constant,
        // the change in the receiver's vertical drift between the two fixes (2 m 1σ, correlated
        // over 180 s: about 0.7 m 1σ for fixes 10 s apart, more the longer the ground station
        // takes to arm; a bound on the RMS failed now and then). Apart from that offset the two
        // filters' heights agree closely.
        print("replay vs log, vertical: \(j["vs_log"].map { ($0 as? [String: Any])?["vertical_position_m"] ?? "" } ?? "")")
        #expect(Self.value(j, "vs_log", "vertical_position_m", "spread") < 0.5, "\(j["vs_log"] ?? "")")
        #expect(abs(Self.value(j, "vs_log", "vertical_position_m", "mean")) < 4, "\(j["vs_log"] ?? "")")
        #expect(Self.value(j, "vs_log", "velocity_m_s") < 0.25)
        #expect(Self.value(j, "vs_log", "roll_deg") < 0.3 && Self.value(j, "vs_log", "pitch_deg") < 0.3)
        #expect(Self.value(j, "vs_log", "yaw_deg") < 15)

        // Against truth the replay is as good as the vehicle's own filter on the same span.
        for q in ["horizontal_position_m", "velocity_m_s"] {
            #expect(Self.value(j, "vs_truth", q) < Self.value(j, "log_vs_truth", q) * 1.25 + 0.1, "\(q): \(j["vs_truth"] ?? "") vs \(j["log_vs_truth"] ?? "")")
        }
        #expect(Self.value(j, "vs_truth", "vertical_position_m") < Self.value(j, "log_vs_truth", "vertical_position_m") + 1.0)
        #expect(Self.value(j, "vs_truth", "roll_deg") < 0.5 && Self.value(j, "vs_truth", "pitch_deg") < 0.5)
        #expect(Self.value(j, "vs_truth", "horizontal_position_m") < 1.2 * Self.value(j, "gnss_raw_vs_truth", "horizontal_position_m"))
        #expect(Self.value(j, "vs_truth", "velocity_m_s") < 0.5)
        let ratios = try #require(j["test_ratio_max"] as? [String: Double])
        #expect(ratios.values.allSatisfy { $0 < 1 }, "no measurement near its gate: \(ratios)")
        let health = try #require(j["health"] as? [String: Any])
        #expect(health["position"] as? String == "none" && health["attitude"] as? String == "none", "\(health)")
        #expect(health["rejected_measurements"] as? Int == 0)

        // The output, beside the input, read by pyulog: three topics on the same timestamps.
        let out = folder.appendingPathComponent("flight.replay.ulg")
        #expect(j["output"] as? String == out.path)
        let r = try await SitlInteropTests.python("replay_logs.py", ["--read", out.path])
        let topics = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: [Any]], "\(r.out)")
        #expect(Set(topics.keys) == ["estimator_replay", "estimator_logged", "estimator_truth"])
        let counts = Set(topics.values.compactMap { $0.first as? Int })
        #expect(counts.count == 1 && (counts.first ?? 0) == j["outputs"] as? Int)
        #expect((topics["estimator_replay"]?.last as? [String])?.contains("q[3]") == true)

        let text = try await CLI.run(["ekf", "replay", log.path, "-o", folder.appendingPathComponent("other.ulg").path])
        #expect(text.status == 0)
        #expect(text.out.contains("replay vs vehicle_local_position") && text.out.contains("raw GNSS vs truth"), "\(text.out)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.ulg").path))
    }

    @Test func px4AndArduPilotLayoutsOfTheFlightReplayWithinBoundsOfTruthAndOfTheLoggedFilter() async throws {
        let (folder, peerJSON) = try await Self.logs.value
        let peers = try #require(try JSONSerialization.jsonObject(with: peerJSON) as? [String: Any])
        let swiftlet = try await Self.replay(folder.appendingPathComponent("flight.ulg"))
        let imu = (swiftlet["samples"] as? [String: Int])?["imu"] ?? 0
        // The peers read what replay_logs.py wrote.
        #expect((peers["px4.ulg"] as? [String: Int])?["sensor_combined"] == imu)
        #expect((peers["px4.ulg"] as? [String: Int])?["sensor_gps"] ?? 0 > 50)
        #expect((peers["replay.bin"] as? [String: Int])?["RISI"] == imu)
        #expect((peers["replay.bin"] as? [String: Int])?["RFRH"] == imu)
        #expect((peers["decimated.bin"] as? [String: Int])?["IMU"] ?? 0 > imu / 5)
        #expect((peers["decimated.bin"] as? [String: Int])?["XKF1"] ?? 0 > 100)

        let px4 = try await Self.replay(folder.appendingPathComponent("px4.ulg"))
        #expect(px4["format"] as? String == "PX4 ULog")
        #expect((px4["sensor_sources"] as? [String: String])?["gnss"] == "sensor_gps")
        // The same samples in another layout (GNSS in degrees as doubles): the same estimate.
        #expect(abs(Self.value(px4, "vs_truth", "horizontal_position_m") - Self.value(swiftlet, "vs_truth", "horizontal_position_m")) < 0.02)
        #expect(Self.value(px4, "vs_log", "roll_deg") < 0.3)

        let risi = try await Self.replay(folder.appendingPathComponent("replay.bin"))
        #expect((risi["format"] as? String)?.contains("LOG_REPLAY") == true)
        #expect((risi["samples"] as? [String: Int])?["imu"] == imu)
        #expect((risi["vs_log"] as? [String: Any])?["reference"] as? String == "XKF1 (EKF3 core 0)")
        #expect(Self.value(risi, "vs_log", "horizontal_position_m") < 0.3)
        #expect(Self.value(risi, "vs_log", "velocity_m_s") < 0.25)
        #expect(abs(Self.value(risi, "vs_truth", "horizontal_position_m") - Self.value(swiftlet, "vs_truth", "horizontal_position_m")) < 0.05)
        #expect(Self.value(risi, "vs_truth", "roll_deg") < 0.5 && Self.value(risi, "vs_truth", "pitch_deg") < 0.5)
        #expect(Self.value(risi, "vs_truth", "yaw_deg") < 10)
        #expect((risi["vs_truth"] as? [String: Any])?["velocity_m_s"] is NSNull, "SIM has no velocity")

        let decimated = try await Self.replay(folder.appendingPathComponent("decimated.bin"))
        #expect((decimated["format"] as? String)?.contains("decimated") == true)
        #expect(Self.value(decimated, "vs_log", "horizontal_position_m") < 0.4)
        print("decimated replay vs truth: \(decimated["vs_truth"] ?? "")")
        print("decimated replay vs log, vertical: \(decimated["vs_log"].map { ($0 as? [String: Any])?["vertical_position_m"] ?? "" } ?? "")")
        #expect(Self.value(decimated, "vs_log", "vertical_position_m", "spread") < 0.5, "\(decimated["vs_log"] ?? "")")
        #expect(abs(Self.value(decimated, "vs_log", "vertical_position_m", "mean")) < 4)
        #expect(Self.value(decimated, "vs_truth", "horizontal_position_m") < 1.2 * Self.value(decimated, "gnss_raw_vs_truth", "horizontal_position_m"))
        #expect(Self.value(decimated, "vs_truth", "roll_deg") < 0.6 && Self.value(decimated, "vs_truth", "pitch_deg") < 0.6,
                "\(decimated["vs_truth"] ?? "")")
        #expect(Self.value(decimated, "vs_truth", "yaw_deg") < 10)
    }

    @Test func malformedAndTruncatedLogsFailWithTheFileAndTheOffsetAndWriteNothing() async throws {
        let (folder, _) = try await Self.logs.value
        let bad = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        let ulg = try Data(contentsOf: folder.appendingPathComponent("px4.ulg"))
        let bin = try Data(contentsOf: folder.appendingPathComponent("replay.bin"))
        let cases: [(String, Data, [String])] = [
            ("cut.ulg", ulg.prefix(ulg.count - 5), ["truncated", "at byte offset"]),
            ("cut.bin", bin.prefix(bin.count - 7), ["truncated", "at byte offset"]),
            ("garbage-after.bin", bin + Data([0x00, 0x01, 0x02, 0x03]), ["at byte offset \(bin.count):", "malformed"]),
            ("undefined-type.bin", Data([0xA3, 0x95, 0x07, 0, 0, 0]), ["at byte offset 0:", "no FMT definition"]),
            ("text.ulg", Data("QGC WPL 110\n".utf8), ["at byte offset 0:", "not an ArduPilot DataFlash log"]),
            ("header-only.ulg", ulg.prefix(16), ["no sensor_combined"]),
            ("empty.bin", Data(), ["not an ArduPilot DataFlash log"]),
        ]
        for (name, bytes, expected) in cases {
            let path = bad.appendingPathComponent(name)
            try bytes.write(to: path)
            let r = try await CLI.run(["ekf", "replay", path.path, "--json"])
            #expect(r.status != 0 && r.status < 128, "\(name): exits with an error, no crash (\(r.status))")
            #expect(r.err.contains(path.path), "\(name): names the file: \(r.err)")
            for e in expected { #expect(r.err.contains(e), "\(name): \(r.err)") }
            #expect(!FileManager.default.fileExists(atPath: path.deletingPathExtension().path + ".replay.ulg"), "\(name): no output")
        }
        let missing = try await CLI.run(["ekf", "replay", bad.appendingPathComponent("none.ulg").path])
        #expect(missing.status != 0 && missing.err.contains("cannot read"))
    }
}
