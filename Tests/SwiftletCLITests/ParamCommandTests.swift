import Foundation
import GroundStation
import Testing
import TestSupport

/// `swiftlet param …` as a drone builder uses it: against a pymavlink vehicle that refuses values
/// out of range (ArduPilot's and PX4's integer encodings), and against `swiftlet sitl` over a
/// link that loses 20 % each way.
@Suite(.serialized, .childProcesses) struct ParamCommandTests {
    /// `Tests/Peers/param_vehicle.py`.
    final class ParamVehicle {
        let process = Process()
        let stdin = Pipe(), stdout = Pipe()
        let port: Int

        init(autopilot: String, loss: Double) throws {
            process.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
            process.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/param_vehicle.py").path,
                                 "--autopilot", autopilot, "--loss", "\(loss)", "--seed", "3"]
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            var line = Data()
            while let b = try stdout.fileHandleForReading.read(upToCount: 1), !b.isEmpty, b != Data("\n".utf8) { line += b }
            guard let p = Int(String(decoding: line, as: UTF8.self).dropFirst(5)) else {
                throw MissionTransferCommandTests.CLIFailure("param_vehicle.py: \(String(decoding: line, as: UTF8.self))")
            }
            port = p
        }

        /// Stops the vehicle; its final table.
        func finish() throws -> [String: Double] {
            try stdin.fileHandleForWriting.close()
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (try JSONSerialization.jsonObject(with: data) as? [String: Double]) ?? [:]
        }
    }

    static func json(_ s: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any] ?? [:]
    }

    static func names(_ list: Any?) -> [String] {
        ((list as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }.sorted()
    }

    @Test(arguments: ["ardupilot", "px4"])
    func loadBacksUpWritesOnlyChangesVerifiesReportsRefusalsAndRestoreRollsBack(autopilot: String) async throws {
        let vehicle = try ParamVehicle(autopilot: autopilot, loss: 0.2)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = ["--connect", "udpout://127.0.0.1:\(vehicle.port)", "--retries", "12", "--json"]

        let config = dir.appendingPathComponent("tuned.parm")
        try """
            # a config from another airframe
            ATC_RAT_RLL_P 0.2
            RTL_ALT,20000
            FENCE_ENABLE 1
            WPNAV_SPEED 500
            NOT_A_PARAM 3
            BATT_CAPACITY 5200

            """.write(to: config, atomically: false, encoding: .utf8)
        let backups = dir.appendingPathComponent("backups")
        let load = try await CLI.run(["param", "load", config.path, "--backup-dir", backups.path] + link)
        #expect(load.status == 1, "\(load.out)\(load.err)")
        let report = Self.json(load.out)
        #expect(Self.names(report["changed"]) == ["ATC_RAT_RLL_P", "BATT_CAPACITY", "FENCE_ENABLE"], "\(load.out)")
        let refused = report["refused"] as? [[String: Any]]
        #expect(refused?.count == 1)
        #expect(refused?.first?["name"] as? String == "RTL_ALT" && refused?.first?["kept"] as? String == "1500", "\(load.out)")
        #expect(report["unknown"] as? [String] == ["NOT_A_PARAM"])
        #expect(report["unchanged"] as? Int == 1)

        // The backup holds the values from before, in QGC's format.
        let backup = try #require(report["backup"] as? String)
        let saved = try String(contentsOfFile: backup, encoding: .utf8)
        #expect(saved.contains("\tRTL_ALT\t1500\t6\n") && saved.contains("\tATC_RAT_RLL_P\t0.135\t9\n"), "\(saved)")

        // Restore rolls back exactly what load changed.
        let restore = try await CLI.run(["param", "restore", backup] + link)
        #expect(restore.status == 0, "\(restore.out)\(restore.err)")
        #expect(Self.names(Self.json(restore.out)["changed"]) == ["ATC_RAT_RLL_P", "BATT_CAPACITY", "FENCE_ENABLE"])

        let final = try vehicle.finish()
        #expect(final["ATC_RAT_RLL_P"].map { Float($0) } == 0.135)
        #expect(final["FENCE_ENABLE"] == 0 && final["BATT_CAPACITY"] == 3300 && final["RTL_ALT"] == 1500, "\(final)")
    }

    @Test func listSaveDiffGetAndSetAgainstSitlOverALossyLink() async throws {
        let relay = try MissionTransferCommandTests.LossyRelay(loss: 0.2, seed: 9)
        let sitl = try SitlInteropTests.startSitl(port: relay.vehiclePort, speed: 2)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("params-sitl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = ["--connect", "udpout://127.0.0.1:\(relay.gcsPort)", "--retries", "12", "--json"]

        let list = Self.json(try await CLI.run(["param", "list"] + link).out)
        let count = try #require(list["count"] as? Int)
        #expect(count > 50)
        #expect((list["parameters"] as? [Any])?.count == count)

        // Saved, then compared with the vehicle: nothing differs. The other formats are checked
        // against that file offline (no more downloads over the slow link).
        let saved = dir.appendingPathComponent("all.params").path
        #expect(try await CLI.run(["param", "save", saved] + link).status == 0)
        let diff = Self.json(try await CLI.run(["param", "diff", saved] + link).out)
        #expect((diff["changed"] as? [Any])?.isEmpty == true, "\(diff)")
        #expect(diff["unchanged"] as? Int == count)
        for other in ["all.parm", "all.txt"] {
            let entries = try ParameterFiles.load(saved)
            try ParameterFiles.save(entries, to: dir.appendingPathComponent(other).path)
            let offline = try await CLI.run(["param", "diff", saved, dir.appendingPathComponent(other).path])
            #expect(offline.status == 0 && offline.out.contains("0 differ, 0 only in") && offline.out.contains("\(count) equal"), "\(offline.out)")
        }

        let set = try await CLI.run(["param", "set", "MPC_XY_CRUISE", "7.25"] + link)
        #expect(Self.json(set.out)["accepted"] as? Bool == true, "\(set.out)\(set.err)")
        let get = Self.json(try await CLI.run(["param", "get", "MPC_XY_CRUISE"] + link).out)
        #expect(get["value"] as? Double == 7.25)
        let refused = try await CLI.run(["param", "set", "MPC_XY_CRUISE", "1e6"] + link)
        #expect(refused.status == 1)
        #expect(((Self.json(refused.out)["parameter"] as? [String: Any])?["value"] as? Double) == 7.25)
        _ = try relay.finish()
    }

    @Test func aBrokenParameterFileNamesTheLine() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).parm")
        defer { try? FileManager.default.removeItem(at: file) }
        try "A 1\nB two\n".write(to: file, atomically: false, encoding: .utf8)
        let r = try await CLI.run(["param", "diff", file.path, file.path])
        #expect(r.status != 0 && r.err.contains("\(file.lastPathComponent):2: 'two' is not a number"), "\(r.err)")
    }

    /// Found by the `params` fuzz target: 1e39 is a finite Double but no 32-bit float, so it used to
    /// be accepted and then saved as `inf`, which the reader refused when loading it back.
    @Test func aValueBeyondTheFloatRangeIsRefusedWithItsLine() async throws {
        let error = #expect(throws: ParameterFiles.FormatError.self) { try ParameterFiles.parse("A 1\nB 1e39\n", path: "x.parm") }
        #expect(error?.line == 2 && error?.reason.contains("32-bit") == true, "\(String(describing: error))")
        #expect(try ParameterFiles.parse("C 3.4e38\n", path: "x.parm").count == 1)
    }
}
