import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What `swiftlet sitl` keeps across restarts (parameters, signing key), checked from outside with
/// pymavlink the way a ground station sees it, including a `SIGKILL` while it is saving.
@Suite(.serialized, .childProcesses) struct SitlStateTests {
    /// A running `swiftlet sitl` with its own state folder; output goes to a file in that folder.
    struct Sitl {
        let process: Process
        let output: URL

        /// `swiftlet sitl` linked to `connect` (default: udpout to 127.0.0.1:`port`).
        init(port: Int, stateDir: URL, run: Int, connect: String? = nil) throws {
            output = stateDir.appendingPathComponent("sitl-\(run).out")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["sitl", "--connect", connect ?? "udpout://127.0.0.1:\(port)", "--duration", "600",
                                 "--state-dir", stateDir.path]
            process.currentDirectoryURL = CLI.repoRoot
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            try process.run()
        }

        /// SIGTERM: the clean stop a user's Ctrl-C or a service manager gives.
        func stop() { process.terminate(); process.waitUntilExit() }
        /// SIGKILL: no chance to finish anything.
        func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitl-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func params(_ port: Int, _ args: [String]) async throws -> [String: Double] {
        let r = try await SitlInteropTests.python("sitl_params.py", ["--listen", "\(port)"] + args)
        guard r.status == 0, let line = r.out.split(separator: "\n").last,
              let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Double] else {
            Issue.record("sitl_params.py \(args.joined(separator: " ")) failed: \(r.out)")
            return [:]
        }
        return json
    }

    /// The rows of a QGC `.params` file: name → value; nil when a row is malformed.
    static func rows(of text: String) -> [String: Double]? {
        var out: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 5, let v = Double(f[3]), Int(f[4]) != nil else { return nil }
            out[String(f[2])] = v
        }
        return out
    }

    @Test func parametersSetOverMAVLinkSurviveACleanStopAndAKill() async throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let instance = dir.appendingPathComponent("0")

        var sitl = try Sitl(port: port, stateDir: dir, run: 1)
        let set = try await Self.params(port, ["set", "MPC_XY_CRUISE=7.25", "MIS_TAKEOFF_ALT=4.5", "NAV_DLL_ACT=2"])
        #expect(set == ["MPC_XY_CRUISE": 7.25, "MIS_TAKEOFF_ALT": 4.5, "NAV_DLL_ACT": 2])
        sitl.stop()
        let file = try String(contentsOf: instance.appendingPathComponent("parameters-quad450.params"), encoding: .utf8)
        #expect(Self.rows(of: file) == ["MPC_XY_CRUISE": 7.25, "MIS_TAKEOFF_ALT": 4.5, "NAV_DLL_ACT": 2],
                "only the values a ground station changed are kept")

        sitl = try Sitl(port: port, stateDir: dir, run: 2)
        var all = try await Self.params(port, ["list", "--timeout", "30"])
        #expect(all["MPC_XY_CRUISE"] == 7.25)
        #expect(all["MIS_TAKEOFF_ALT"] == 4.5)
        #expect(all["NAV_DLL_ACT"] == 2)
        #expect(all.count > 40, "the full list came back")
        #expect(sitl.printed.contains("3 saved parameter(s) restored"), "\(sitl.printed)")
        // A value set shortly before a SIGKILL is already on disk (saves follow within 0.1 s).
        _ = try await Self.params(port, ["set", "MPC_XY_CRUISE=8.5"])
        try await Task.sleep(nanoseconds: 1_000_000_000)
        sitl.kill()

        sitl = try Sitl(port: port, stateDir: dir, run: 3)
        defer { sitl.stop() }
        all = try await Self.params(port, ["list", "--timeout", "30"])
        #expect(all["MPC_XY_CRUISE"] == 8.5)
        #expect(all["MIS_TAKEOFF_ALT"] == 4.5)
    }

    @Test func aKillWhileSavingLeavesTheOldOrANewValueNeverACorruptFile() async throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let file = dir.appendingPathComponent("0/parameters-quad450.params")
        let burst: [String: [Double]] = ["MPC_XY_CRUISE": [6, 6.5, 7, 7.5, 8], "MIS_TAKEOFF_ALT": [3, 3.5, 4, 4.5],
                                         "NAV_DLL_ACT": [0, 1, 2]]
        let args = burst.keys.sorted().map { name in
            name + "=" + burst[name]!.map { name == "NAV_DLL_ACT" ? "\(Int($0))" : "\($0)" }.joined(separator: ",")
        }
        var onDisk: [String: Double]? = nil, defaults: [String: Double]? = nil
        for round in 1...4 {
            let sitl = try Sitl(port: port, stateDir: dir, run: round)
            let peer = Process()
            peer.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
            peer.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/sitl_params.py").path, "--listen", "\(port)",
                              "burst"] + args
            let pipe = Pipe()
            peer.standardOutput = pipe
            try peer.run()
            var lines: [String] = []
            var pending = ""
            while !lines.contains("bursting") {
                let data = pipe.fileHandleForReading.availableData
                if data.isEmpty { break }
                pending += String(decoding: data, as: UTF8.self)
                while let nl = pending.firstIndex(of: "\n") {
                    lines.append(String(pending[..<nl])); pending = String(pending[pending.index(after: nl)...])
                }
            }
            try #require(lines.contains("bursting"), "the burst did not start: \(lines)")
            // What the restarted vehicle reported before the burst is what the last kill left on disk.
            let before = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: [String: Double]])["before"]
            if let onDisk, let defaults {
                for (name, value) in before ?? [:] {
                    #expect(value == onDisk[name] ?? defaults[name], "round \(round): \(name) restored as saved, not reset")
                }
            } else {
                defaults = before
            }
            // Kill somewhere inside a stream of saves (one every 0.1 s while sets arrive).
            try await Task.sleep(nanoseconds: UInt64.random(in: 300_000_000...1_200_000_000))
            sitl.kill()
            // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
            _ = Glibc.kill(peer.processIdentifier, SIGKILL); peer.waitUntilExit()

            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasSuffix("\n"), "round \(round): the file ends with a whole row")
            let rows = try #require(Self.rows(of: text), "round \(round): every row well formed:\n\(text)")
            for (name, value) in rows {
                let allowed = (burst[name] ?? []) + [before?[name]].compactMap { $0 }
                #expect(allowed.contains(value), "round \(round): \(name) = \(value) is neither old nor new")
            }
            onDisk = rows
        }
    }

    @Test func signingKeyFromSetupSigningIsEnforcedKeptPrivateAndSurvivesARestart() async throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let key = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()

        var sitl = try Sitl(port: port, stateDir: dir, run: 1)
        let first = try await SitlInteropTests.python("sitl_signing.py", ["--listen", "\(port)", "--key", key, "--install"])
        #expect(first.status == 0, "\(first.out)")
        sitl.stop()
        let keyFile = dir.appendingPathComponent("0/signing.key").path
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect((attributes[.size] as? Int) == 32)

        sitl = try Sitl(port: port, stateDir: dir, run: 2)
        let second = try await SitlInteropTests.python("sitl_signing.py", ["--listen", "\(port)", "--key", key])
        sitl.stop()
        #expect(second.status == 0, "\(second.out)")
        #expect(sitl.printed.contains("signing on"))
        // The key is in its own file only: not a parameter, not in anything printed.
        let params = (try? String(contentsOf: dir.appendingPathComponent("0/parameters-quad450.params"), encoding: .utf8)) ?? ""
        for text in [params, sitl.printed, first.out, second.out] { #expect(!text.lowercased().contains(key)) }
    }
}
