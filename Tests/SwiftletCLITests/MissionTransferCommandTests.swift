import Foundation
import GroundStation
import Testing
import TestSupport

/// `swiftlet mission upload | download | clear | start | status` run as a pilot runs them, against
/// `swiftlet sitl` behind a relay that drops 20 % of the datagrams in each direction.
@Suite(.serialized, .childProcesses) struct MissionTransferCommandTests {
    /// `swiftlet link-sim` between the vehicle (sending to `vehiclePort`) and the ground station
    /// (sending to `gcsPort`), losing `loss` of the datagrams each way.
    final class LossyRelay {
        let process = Process()
        let stdout = Pipe()
        let vehiclePort: Int, gcsPort: Int

        init(loss: Double, seed: Int) throws {
            vehiclePort = freeLoopbackPort()
            gcsPort = freeLoopbackPort()
            process.executableURL = CLI.binary
            process.arguments = ["link-sim", "udpin://127.0.0.1:\(vehiclePort)", "udpin://127.0.0.1:\(gcsPort)",
                                 "--loss", "\(loss)", "--delay", "5", "--jitter", "5", "--seed", "\(seed)", "--json"]
            process.standardOutput = stdout
            try process.run()
        }

        /// Stops the relay (Ctrl-C, as a user would); returns its final counters (JSON).
        func finish() throws -> String {
            process.interrupt()
            let out = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: out, as: UTF8.self)
        }
    }

    struct CLIFailure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static func mission(_ args: [String], relay: LossyRelay) async throws -> (status: Int32, out: String, err: String) {
        try await CLI.run(["mission"] + args + ["--connect", "udpout://127.0.0.1:\(relay.gcsPort)", "--retries", "12", "--json"])
    }

    static func json(_ s: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any] ?? [:]
    }

    @Test func uploadDownloadClearStartAndStatusOverALossyLink() async throws {
        let relay = try LossyRelay(loss: 0.2, seed: 5)
        let sitl = try SitlInteropTests.startSitl(port: relay.vehiclePort, speed: 2)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlet-transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        // Mission, fence and rally up, verified by read-back, then down again into a new file.
        let source = CLI.repoRoot.appendingPathComponent("Missions/cmac-fenced.plan").path
        let up = try await Self.mission(["upload", source], relay: relay)
        #expect(up.status == 0, "\(up.out)\(up.err)")
        let upJSON = Self.json(up.out)
        #expect(upJSON["ok"] as? Bool == true)
        for kind in ["mission", "fence", "rally"] {
            #expect(((upJSON["plans"] as? [String: Any])?[kind] as? [String: Any])?["verified"] as? Bool == true, "\(kind): \(up.out)")
        }
        let copy = dir.appendingPathComponent("downloaded.plan").path
        let down = try await Self.mission(["download", copy], relay: relay)
        #expect(down.status == 0, "\(down.out)\(down.err)")
        let sent = try PlanFiles.load(source), got = try PlanFiles.load(copy)
        for kind in MissionKind.allCases {
            let a = sent.protocolItems(kind), b = got.protocolItems(kind)
            #expect(a.count == b.count, "\(kind)")
            for (i, (x, y)) in zip(a, b).enumerated() { #expect(x.isSame(as: y), "\(kind) item \(i)") }
        }

        // Status reports the plan; clear empties it.
        let status = Self.json(try await Self.mission(["status"], relay: relay).out)
        #expect(status["total"] as? Int == sent.items.count)
        #expect(status["armed"] as? Bool == false)
        let clear = try await Self.mission(["clear"], relay: relay)
        #expect(clear.status == 0, "\(clear.out)\(clear.err)")
        let emptied = Self.json(try await Self.mission(["status"], relay: relay).out)
        #expect(emptied["total"] as? Int == 0)
        #expect(emptied["state"] as? String == "no mission")

        // A mission where the simulated vehicle stands (Zurich), started the way the vehicle wants it.
        let zurich = CLI.repoRoot.appendingPathComponent("Missions/zurich-tour.plan").path
        let tour = try await Self.mission(["upload", zurich], relay: relay)
        #expect(tour.status == 0, "\(tour.out)\(tour.err)")
        let start = try await Self.mission(["start"], relay: relay)
        #expect(start.status == 0, "\(start.out)\(start.err)")
        #expect(Self.json(start.out)["steps"] as? [String] == ["waiting for a position fix", "arming", "switching to AUTO.MISSION",
                                                             "waiting for the vehicle to report armed in AUTO.MISSION"])
        let flying = Self.json(try await Self.mission(["status"], relay: relay).out)
        #expect(flying["armed"] as? Bool == true)
        #expect(flying["mode"] as? String == "AUTO.MISSION")
        #expect(["active", "complete"].contains(flying["state"] as? String ?? ""), "\(flying)")

        let counts = Self.json(try relay.finish())
        for direction in ["a_to_b", "b_to_a"] {
            let c = counts[direction] as? [String: Int] ?? [:]
            let lost = Double(c["lost"] ?? 0), packets = Double(c["packets"] ?? 0)
            #expect(packets > 100 && abs(lost / packets - 0.2) < 0.08, "\(direction): \(counts)")
        }
    }

    @Test func noVehicleIsAClearErrorNotAHang() async throws {
        let started = Date()
        let r = try await CLI.run(["mission", "status", "--connect", "udpin://127.0.0.1:0", "--wait-vehicle", "1"])
        #expect(r.status != 0)
        #expect(r.err.contains("no vehicle heartbeat"), "\(r.err)")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aBrokenPlanIsRefusedBeforeConnecting() async throws {
        let r = try await CLI.run(["mission", "upload", CLI.repoRoot.appendingPathComponent("Package.swift").path, "--wait-vehicle", "1"])
        #expect(r.status != 0)
        #expect(r.err.contains("Package.swift"), "\(r.err)")
    }
}
