import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Ground truth on the wire (`SIM_STATE`, `HIL_STATE_QUATERNION`) and the simulator interface over
/// TCP (`swiftlet sitl --hil` + `swiftlet autopilot`), the way a tester runs them.
@Suite(.serialized, .childProcesses) struct HILCommandTests {
    /// Starts `swiftlet` with `args` (output into a temporary file, returned for diagnostics).
    static func start(_ args: [String]) throws -> (process: Process, output: URL) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hil-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.currentDirectoryURL = CLI.repoRoot
        let handle = try FileHandle(forWritingTo: output)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        return (p, output)
    }

    /// Ends a process started by `start` (SIGKILL: the test runner's children inherit a blocked SIGTERM).
    static func end(_ started: (process: Process, output: URL)) -> String {
        if started.process.isRunning { kill(started.process.processIdentifier, SIGKILL) }
        started.process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: started.output) }
        return (try? String(contentsOf: started.output, encoding: .utf8)) ?? ""
    }

    static func json(_ text: String) throws -> [String: Any] {
        let line = try #require(text.split(separator: "\n").last { $0.hasPrefix("{") }, "no JSON in: \(text)")
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(text)")
    }

    @Test func groundTruthArrivesAtTenHertzAgreesWithTheEstimateInAHoverAndFollowsMessageIntervals() async throws {
        let port = freeLoopbackPort()
        let sitl = try Self.start(["sitl", "--speed", "5", "--connect", "udpout://127.0.0.1:\(port)", "--ephemeral", "--duration", "600"])
        let r = try await SitlInteropTests.python("sitl_truth.py", ["--listen", "\(port)", "--timeout", "200"])
        let log = Self.end(sitl)
        #expect(r.status == 0, "\(r.out) \(log)")
        let s = try Self.json(r.out)
        // 10 Hz by default, measured in simulated time.
        #expect(abs((s["hil_state_quaternion_hz"] as? Double ?? 0) - 10) < 0.6, "\(s)")
        #expect(abs((s["sim_state_hz"] as? Double ?? 0) - 10) < 0.6, "\(s)")
        // Truth against the vehicle's estimate in a hover: within the estimator's error, which is
        // the simulated sensors' error budget (sim/: the receiver's correlated drift is 1.2 m 1σ
        // horizontally, which no estimator can see; vertically baro and GNSS together): 3 m each
        // way, tilt within 2°, heading within 6°. The estimator's own ESTIMATOR_STATUS accuracy is
        // reported but not used: it does not model that drift (see docs/SIMULATION.md).
        #expect(s["estimator_horizontal_accuracy_m"] as? Double != nil, "\(s)")
        #expect((s["horizontal_m"] as? Double ?? 99) < 3, "\(s)")
        #expect((s["sim_state_horizontal_m"] as? Double ?? 99) < 3, "\(s)")
        #expect((s["vertical_m"] as? Double ?? 99) < 3, "\(s)")
        #expect((s["tilt_deg"] as? Double ?? 99) < 2 && (s["sim_state_tilt_deg"] as? Double ?? 99) < 2, "\(s)")
        #expect((s["yaw_deg"] as? Double ?? 99) < 6 && (s["sim_state_yaw_deg"] as? Double ?? 99) < 6, "\(s)")
        // SIM_STATE's legacy float degrees and its degE7 integers name the same point (float
        // resolution at 47° N is about a metre).
        #expect((s["sim_state_float_vs_int_m"] as? Double ?? 99) < 1.5, "\(s)")
        // MAV_CMD_SET_MESSAGE_INTERVAL acts on them as on every other stream.
        #expect(s["set_sim_state"] as? Int == 0 && s["set_hil_state"] as? Int == 0, "\(s)")
        #expect(abs((s["sim_state_hz_after"] as? Double ?? 0) - 20) < 1.5, "\(s)")
        #expect(s["hil_state_quaternion_after"] as? Int == 0, "\(s)")
    }

    /// The last GLOBAL_POSITION_INT of a flight's telemetry log: (lat, lon) degrees.
    static func lastPosition(ofLog path: String) async throws -> (Double, Double) {
        let dump = try await CLI.run(["log", "dump", path, "--types", "GLOBAL_POSITION_INT"])
        let line = try #require(dump.out.split(separator: "\n").last, "no positions in \(path)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let data = obj["data"] as? [String: Any] ?? obj
        let lat = try #require(data["lat"] as? Double), lon = try #require(data["lon"] as? Double)
        return (lat / 1e7, lon / 1e7)
    }

    static func metres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let n = (b.0 - a.0) * .pi / 180 * 6_371_000
        let e = (b.1 - a.1) * .pi / 180 * 6_371_000 * cos(a.0 * .pi / 180)
        return (n * n + e * e).squareRoot()
    }

    @Test func simulatorAndAutopilotAsTwoProcessesFlyTheSameMissionAsInProcessSITL() async throws {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("hil-fly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: logs) }
        let plan = "Tests/Fixtures/short-hop.plan"
        // In-process SITL, seed 1.
        let local = try await CLI.run(["fly", plan, "--json", "--timeout", "300", "--log-dir", logs.path], in: CLI.repoRoot)
        #expect(local.status == 0, "\(local.out) \(local.err)")
        let inProcess = try Self.json(local.out)

        // The same vehicle, scenario and seed, as two processes over PX4's simulator protocol.
        let simPort = freeLoopbackPort(), gcsPort = freeLoopbackPort()
        let simulator = try Self.start(["sitl", "--hil", "tcpin://127.0.0.1:\(simPort)", "--speed", "max", "--seed", "1"])
        let autopilot = try Self.start(["autopilot", "--simulator", "tcp://127.0.0.1:\(simPort)",
                                        "--connect", "udpout://127.0.0.1:\(gcsPort)", "--ephemeral"])
        let remote = try await CLI.run(["fly", plan, "--json", "--timeout", "300", "--log-dir", logs.path,
                                  "--connect", "udpin://127.0.0.1:\(gcsPort)"], in: CLI.repoRoot)
        let simOut = Self.end(simulator), apOut = Self.end(autopilot)
        #expect(remote.status == 0, "\(remote.out) \(remote.err)\nsimulator: \(simOut)\nautopilot: \(apOut)")
        let hil = try Self.json(remote.out)
        #expect(simOut.contains("autopilot connected"), "\(simOut)")

        #expect(hil["completed"] as? Bool == true, "\(hil)")
        #expect((hil["items_reached"] as? [Int]) == (inProcess["items_reached"] as? [Int]), "\(hil) vs \(inProcess)")
        let landedLocal = try await Self.lastPosition(ofLog: try #require(inProcess["log"] as? String))
        let landedHIL = try await Self.lastPosition(ofLog: try #require(hil["log"] as? String))
        let apart = Self.metres(landedLocal, landedHIL)
        let tLocal = try #require(inProcess["duration_s"] as? Double), tHIL = try #require(hil["duration_s"] as? Double)
        print("HIL vs in-process: landings \(String(format: "%.2f", apart)) m apart, flight time \(tHIL) s vs \(tLocal) s")
        // See docs/SIMULATION.md, "Simulator interface": GNSS drift and sensor noise differ in
        // detail, the estimate they land on differs by GNSS-class error.
        #expect(apart < 2, "landed \(apart) m apart: \(hil) vs \(inProcess)")
        #expect(abs(tHIL - tLocal) / tLocal < 0.05, "flight time \(tHIL) s vs \(tLocal) s")
    }

    @Test func hilOptionsThatCannotWorkAreRefused() async throws {
        let both = try await CLI.run(["sitl", "--hil", "tcpin://:4560", "--connect", "udpout://127.0.0.1:14550"])
        #expect(both.status != 0 && both.err.contains("--hil runs only the simulator"), "\(both.err)")
        let gcsAlone = try await CLI.run(["sitl", "--gcs", "udpout://127.0.0.1:14550"])
        #expect(gcsAlone.status != 0 && gcsAlone.err.contains("--gcs routes ground stations through the --hil link"), "\(gcsAlone.err)")
        let badGCS = try await CLI.run(["sitl", "--hil", "tcp://127.0.0.1:5770", "--gcs", "nowhere"])
        #expect(badGCS.status != 0 && badGCS.err.contains("--gcs"), "\(badGCS.err)")
        let bad = try await CLI.run(["sitl", "--hil", "tcpx://nowhere"])
        #expect(bad.status != 0 && bad.err.contains("--hil"), "\(bad.err)")
        let rate = try await CLI.run(["sitl", "--truth-rate=-1"])
        #expect(rate.status != 0 && rate.err.contains("--truth-rate"), "\(rate.err)")
        let ap = try await CLI.run(["autopilot", "--simulator", "nowhere"])
        #expect(ap.status != 0 && ap.err.contains("scheme"), "\(ap.err)")
    }
}
