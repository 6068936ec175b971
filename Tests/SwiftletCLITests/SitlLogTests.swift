import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `swiftlet sitl`'s flight logs seen from outside: flown and downloaded by pymavlink over
/// `LOG_REQUEST_*` and MAVLink FTP (pymavlink's `mavftp`, which MAVProxy's ftp module drives),
/// compared byte for byte with the files on disk; and a `SIGKILL` in flight.
@Suite(.serialized, .childProcesses) struct SitlLogTests {
    static func start(port: Int, stateDir: URL) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        // Two hours simulated, 12 minutes at 10x: the peers' steps (a flight, then the downloads)
        // run on the wall clock, and on a loaded CI machine 900 s (90 s of wall time) ran out
        // between them ("no heartbeat"). `kill` ends it with SIGKILL.
        p.arguments = ["sitl", "--speed", "10", "--connect", "udpout://127.0.0.1:\(port)", "--duration", "7200",
                       "--state-dir", stateDir.path]
        p.currentDirectoryURL = CLI.repoRoot
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func kill(_ p: Process) { _ = Glibc.kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }

    /// Every file under `folder`, relative paths.
    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func pymavlinkDownloadsTheFlightLogOverLogRequestAndFtpByteForByte() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let sitl = try Self.start(port: port, stateDir: dir)
        defer { Self.kill(sitl) }

        let flight = try await SitlInteropTests.python("sitl_logs.py", ["--listen", "\(port)", "--timeout", "120", "fly"])
        #expect(flight.status == 0, "\(flight.out)")
        let logRoot = dir.appendingPathComponent("0/log")
        var logs: [String] = []
        for _ in 0..<100 where logs.isEmpty {  // the log is finished half a simulated second after the disarm
            logs = Self.files(in: logRoot).filter { $0.hasSuffix(".ulg") && !$0.contains("/.") }
            if logs.isEmpty { usleep(100_000) }
        }
        #expect(logs.count == 1, "one log per flight: \(Self.files(in: logRoot))")
        let name = try #require(logs.first)
        let onDisk = try Data(contentsOf: logRoot.appendingPathComponent(name))

        let out = dir.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let r = try await SitlInteropTests.python("sitl_logs.py", ["--listen", "\(port)", "--out", out.path, "--timeout", "180", "download"])
        #expect(r.status == 0, "\(r.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data((r.out.split(separator: "\n").last ?? "").utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["id"] as? Int == 1)
        #expect(entries.first?["last"] as? Int == 1)
        #expect(entries.first?["size"] as? Int == onDisk.count)
        let utc = entries.first?["time_utc"] as? Int ?? 0
        #expect(abs(Double(utc) - Date().timeIntervalSince1970) < 3600, "LOG_ENTRY.time_utc is the log's start (\(utc))")
        let viaRequest = try Data(contentsOf: out.appendingPathComponent("request-1.ulg"))
        #expect(viaRequest == onDisk, "LOG_REQUEST_DATA gives the file on disk, byte for byte")

        #expect(json["ftp_root"] as? [String] == ["log"], "the FTP root offers the logs, never the signing key")
        #expect(json["ftp_flat"] as? [String] == [name.replacingOccurrences(of: "/", with: "_")])
        let ftp = try #require(json["ftp_files"] as? [String: [String: Any]])
        let got = try #require(ftp[name], "FTP lists /fs/microsd/log/\(name): \(ftp.keys)")
        #expect(got["listed_size"] as? Int == onDisk.count)
        let viaFtp = try Data(contentsOf: URL(fileURLWithPath: try #require(got["path"] as? String)))
        #expect(viaFtp == onDisk, "FTP gives the file on disk, byte for byte")
        #expect(got["crc32"] as? Int == Int(SitlFtpTests.crc(onDisk)), "FTP's CRC32 is the MAVLink CRC32 of the file")

        // The downloaded log drawn by `swiftlet plot`.
        let svg = out.appendingPathComponent("flight.svg")
        let plot = try await CLI.run(["plot", out.appendingPathComponent("request-1.ulg").path, "-o", svg.path])
        #expect(plot.status == 0, "\(plot.err)")
        #expect(plot.out.contains("17 topics"), "\(plot.out)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.components(separatedBy: "<polyline").count - 1 >= 8, "path, altitude, attitude and battery curves")
        #expect(text.contains("path from above") && text.contains("battery, V"))
        let bad = try await CLI.run(["plot", CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.plan").path, "-o", out.appendingPathComponent("bad.svg").path])
        #expect(bad.status != 0 && bad.err.contains("not a ULog file"), "\(bad.err)")
    }

    @Test func aSitlKilledInFlightLeavesNoLogThatLooksComplete() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let sitl = try Self.start(port: port, stateDir: dir)
        defer { if sitl.isRunning { Self.kill(sitl) } }   // also when the peer cannot start
        let r = try await SitlInteropTests.python("sitl_logs.py", ["--listen", "\(port)", "--timeout", "120", "takeoff"])
        #expect(r.status == 0, "\(r.out)")
        usleep(300_000)
        Self.kill(sitl)
        let all = Self.files(in: dir.appendingPathComponent("0/log"))
        #expect(all.filter { $0.hasSuffix(".ulg") }.isEmpty, "no finished-looking log after a kill: \(all)")
        #expect(all.contains { $0.hasSuffix(".ulg.tmp") && $0.split(separator: "/").last?.hasPrefix(".") == true },
                "the flight's log is the hidden temporary file: \(all)")
    }
}
