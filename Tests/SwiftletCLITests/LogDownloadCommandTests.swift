import Foundation
import Testing
import TestSupport

/// `swiftlet log list` and `log download` as a user runs them: against an ArduPilot-like pymavlink
/// vehicle that offers its logs only through LOG_REQUEST_* (so the FTP probe must fall back), over a
/// lossy link, including a download cut by a lost link and resumed; and against `swiftlet sitl`.
@Suite(.serialized, .childProcesses) struct LogDownloadCommandTests {
    /// `Tests/Peers/log_vehicle.py` serving the `.BIN` files of `folder`.
    final class LogVehicle {
        let process = Process()
        let stdin = Pipe(), stdout = Pipe()
        let port: Int

        init(folder: URL, loss: Double = 0, dieAfter: Int? = nil, seed: Int = 3) throws {
            process.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
            process.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/log_vehicle.py").path, "--logs", folder.path,
                                 "--loss", "\(loss)", "--seed", "\(seed)"] + (dieAfter.map { ["--die-after", "\($0)"] } ?? [])
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            var line = Data()
            while let b = try stdout.fileHandleForReading.read(upToCount: 1), !b.isEmpty, b != Data("\n".utf8) { line += b }
            guard let p = Int(String(decoding: line, as: UTF8.self).dropFirst(5)) else {
                throw MissionTransferCommandTests.CLIFailure("log_vehicle.py: \(String(decoding: line, as: UTF8.self))")
            }
            port = p
        }

        var link: [String] { ["--connect", "udpout://127.0.0.1:\(port)", "--retries", "10"] }

        /// Stops the vehicle; what it saw.
        func finish() throws -> [String: Int] {
            try stdin.fileHandleForWriting.close()
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (try JSONSerialization.jsonObject(with: data) as? [String: Int]) ?? [:]
        }
    }

    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func content(_ count: Int, seed: UInt64) -> Data {
        var state = seed
        var out = Data(capacity: count)
        while out.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        return out
    }

    static func json(_ s: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any] ?? [:]
    }

    @Test func listAndDownloadFallBackToLogRequestOnAnArduPilotWithoutFtpOverALossyLink() async throws {
        let logs = try Self.folder("ap-logs"), out = try Self.folder("downloads")
        defer { try? FileManager.default.removeItem(at: logs); try? FileManager.default.removeItem(at: out) }
        let files = [3: Self.content(50_000, seed: 3), 4: Self.content(123_457, seed: 4), 5: Self.content(7, seed: 5)]
        for (id, data) in files { try data.write(to: logs.appendingPathComponent(String(format: "%08d.BIN", id))) }
        let vehicle = try LogVehicle(folder: logs, loss: 0.2)

        let list = try await CLI.run(["log", "list", "--json"] + vehicle.link)
        #expect(list.status == 0, "\(list.err)")
        let report = Self.json(list.out)
        let entries = report["logs"] as? [[String: Any]] ?? []
        #expect(entries.map { $0["id"] as? Int } == [3, 4, 5])
        #expect(entries.map { $0["size"] as? Int } == [50_000, 123_457, 7])
        #expect(entries.first?["date"] as? String == "2025-11-29 10:00:00")
        #expect(report["ftp"] as? Bool == false, "the vehicle has no FTP")

        let text = try await CLI.run(["log", "list"] + vehicle.link)
        #expect(text.out.contains("ID    DATE (UTC)           SIZE       NAME"), "\(text.out)")
        #expect(text.out.contains("4     2025-11-29 11:00:00  123.5 kB"), "\(text.out)")
        #expect(text.err.contains("does not answer MAVLink FTP"), "\(text.err)")

        let latest = try await CLI.run(["log", "download", "latest", "-o", out.path] + vehicle.link)
        #expect(latest.status == 0, "\(latest.out)\(latest.err)")
        #expect(try Data(contentsOf: out.appendingPathComponent("log_5_2025-11-29_12-00-00.bin")) == files[5])

        let all = try await CLI.run(["log", "download", "all", "-o", out.path, "--json"] + vehicle.link)
        #expect(all.status == 0, "\(all.out)\(all.err)")
        let done = Self.json(all.out)["logs"] as? [[String: Any]] ?? []
        #expect(done.map { $0["via"] as? String } == ["log-request", "log-request", "none"], "the latest was already there")
        for (id, hour) in [(3, 10), (4, 11)] {
            #expect(try Data(contentsOf: out.appendingPathComponent("log_\(id)_2025-11-29_\(hour)-00-00.bin")) == files[id])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains(".part") }
        #expect(leftovers.isEmpty)
        let seen = try vehicle.finish()
        // One LOG_REQUEST_END after each of the three downloads (the vehicle counts them before its
        // loss is drawn, and reads its socket out before it exits), none for the log already there.
        #expect(seen["end_requests"] == 3, "LOG_REQUEST_END after the downloads: \(seen)")
        #expect((seen["ftp_requests"] ?? 0) > 0, "FTP was probed first")
    }

    @Test func aDownloadCutByALostLinkKeepsThePartAndTheRerunResumesIt() async throws {
        let logs = try Self.folder("ap-logs"), out = try Self.folder("downloads")
        defer { try? FileManager.default.removeItem(at: logs); try? FileManager.default.removeItem(at: out) }
        let data = Self.content(200_000, seed: 8)
        try data.write(to: logs.appendingPathComponent("00000001.BIN"))
        let final = out.appendingPathComponent("log_1_2025-11-29_10-00-00.bin")

        let dying = try LogVehicle(folder: logs, loss: 0.1, dieAfter: 80_000)
        let cut = try await CLI.run(["log", "download", "1", "-o", out.path, "--via", "log-request", "--retries", "3"] + dying.link)
        _ = try dying.finish()
        #expect(cut.status == 1)
        #expect(cut.err.contains("while downloading log 1") && cut.err.contains("run the same command again to resume"), "\(cut.err)")
        #expect(!FileManager.default.fileExists(atPath: final.path))
        let state = try String(contentsOfFile: final.path + ".part.state", encoding: .utf8)
        #expect(state.hasPrefix("swiftlet-log-part 1\nsystem 1\nid 1\nsize 200000\n"), "\(state)")

        let vehicle = try LogVehicle(folder: logs, loss: 0.1, seed: 4)
        let resumed = try await CLI.run(["log", "download", "1", "-o", out.path] + vehicle.link)
        let seen = try vehicle.finish()
        #expect(resumed.status == 0, "\(resumed.out)\(resumed.err)")
        #expect(resumed.out.contains("resuming"), "\(resumed.out)")
        #expect(try Data(contentsOf: final) == data)
        #expect(!FileManager.default.fileExists(atPath: final.path + ".part"))
        #expect(!FileManager.default.fileExists(atPath: final.path + ".part.state"))
        #expect((seen["data_bytes"] ?? 0) < 200_000, "only the missing part was sent again: \(seen)")
    }

    @Test func noSuchLogNoLogsAndNoFtpAreClearErrors() async throws {
        let logs = try Self.folder("ap-logs"), empty = try Self.folder("no-logs"), out = try Self.folder("downloads")
        defer { for d in [logs, empty, out] { try? FileManager.default.removeItem(at: d) } }
        try Self.content(1000, seed: 1).write(to: logs.appendingPathComponent("00000002.BIN"))
        let vehicle = try LogVehicle(folder: logs)
        let missing = try await CLI.run(["log", "download", "99", "-o", out.path] + vehicle.link)
        #expect(missing.status == 1 && missing.err.contains("no log 99 on the vehicle (its logs: 2)"), "\(missing.err)")
        let ftp = try await CLI.run(["log", "download", "2", "-o", out.path, "--via", "ftp", "--retries", "2"] + vehicle.link)
        #expect(ftp.status == 1 && ftp.err.contains("does not answer MAVLink FTP (try --via log-request)"), "\(ftp.err)")
        _ = try vehicle.finish()

        let bare = try LogVehicle(folder: empty)
        let list = try await CLI.run(["log", "list", "--via", "log-request"] + bare.link)
        #expect(list.status == 0 && list.out.contains("The vehicle has no logs."), "\(list.out)\(list.err)")
        let none = try await CLI.run(["log", "download", "latest", "-o", out.path, "--via", "log-request"] + bare.link)
        #expect(none.status == 1 && none.err.contains("the vehicle has no logs"), "\(none.err)")
        _ = try bare.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func sitlWithoutLogsAnswersFtpAndLogRequestWithNone() async throws {
        let port = freeLoopbackPort()
        let sitl = try SitlInteropTests.startSitl(port: port, speed: 5)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let link = ["--connect", "udpin://127.0.0.1:\(port)"]
        let list = try await CLI.run(["log", "list", "--json"] + link)
        #expect(list.status == 0, "\(list.err)")
        let report = Self.json(list.out)
        #expect(report["count"] as? Int == 0 && report["ftp"] as? Bool == true, "FTP answers (no log folder): \(list.out)")
        let out = try Self.folder("downloads")
        defer { try? FileManager.default.removeItem(at: out) }
        let none = try await CLI.run(["log", "download", "latest", "-o", out.path] + link)
        #expect(none.status == 1 && none.err.contains("the vehicle has no logs"), "\(none.err)")
    }

    /// End to end between our own ends: a short flight in `swiftlet sitl` leaves a ULog in its state
    /// folder; `log list` finds it and `log download` fetches it over FTP and over LOG_REQUEST, both
    /// byte for byte the file on the vehicle's disk. With status lines on, as the soak runs it:
    /// the sitl then polls the file transfers apart from the rest of the services, to time them.
    @Test func aFlightLoggedBySitlIsListedAndDownloadedOverFtpAndLogRequest() async throws {
        let port = freeLoopbackPort()
        let state = try Self.folder("sitl-logs")
        defer { try? FileManager.default.removeItem(at: state) }
        let sitl = Process()
        sitl.executableURL = CLI.binary
        sitl.arguments = ["sitl", "--speed", "5", "--connect", "udpout://127.0.0.1:\(port)", "--duration", "600",
                          "--state-dir", state.path, "--status-interval", "1"]
        sitl.currentDirectoryURL = CLI.repoRoot
        sitl.standardOutput = FileHandle.nullDevice
        try sitl.run()
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let link = ["--connect", "udpin://127.0.0.1:\(port)"]
        // Separate CLI runs leave gaps between ground-station heartbeats; at 5× they add up.
        #expect(try await CLI.run(["param", "set", "COM_DL_LOSS_T", "120"] + link).status == 0)
        let takeoff = try await CLI.run(["takeoff", "4", "--wait"] + link)
        #expect(takeoff.status == 0, "\(takeoff.out)\(takeoff.err)")
        #expect(try await CLI.run(["land"] + link).status == 0)

        // The log is complete once the vehicle has disarmed after the landing.
        var listed: [String: Any] = [:]
        for _ in 0..<60 {
            let list = try await CLI.run(["log", "list", "--json"] + link)
            listed = Self.json(list.out)
            if (listed["count"] as? Int ?? 0) > 0 { break }
            try await Task.sleep(nanoseconds: 1_000_000_000)
        }
        #expect(listed["count"] as? Int == 1, "\(listed)")
        let files = FileManager.default.enumerator(at: state, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "ulg" } ?? []
        let onVehicle = try Data(contentsOf: try #require(files.first, "no .ulg under \(state.path)"))
        #expect(onVehicle.count > 10_000)

        for via in ["ftp", "log-request"] {
            let out = try Self.folder("downloads-\(via)")
            defer { try? FileManager.default.removeItem(at: out) }
            let download = try await CLI.run(["log", "download", "latest", "-o", out.path, "--via", via] + link)
            #expect(download.status == 0, "\(via): \(download.err)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            let got = try #require(names.first { $0.hasSuffix(".ulg") }, "\(via): \(names)")
            #expect(try Data(contentsOf: out.appendingPathComponent(got)) == onVehicle, "\(via): the download differs from the vehicle's file")
            #expect(!names.contains { $0.hasSuffix(".part") }, "\(via): \(names)")
        }
    }
}
