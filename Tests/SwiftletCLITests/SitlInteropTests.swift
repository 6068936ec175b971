import Foundation
import Testing

/// `swiftlet sitl` flown by real MAVLink peers, over UDP, the way a tester would.
@Suite(.serialized) struct SitlInteropTests {
    /// Starts `swiftlet sitl` sending to `port`; the caller terminates it.
    static func startSitl(port: Int, speed: Int = 10, extra: [String] = []) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["sitl", "--speed", "\(speed)", "--connect", "udpout://127.0.0.1:\(port)", "--duration", "600",
                       "--ephemeral"] + extra
        p.currentDirectoryURL = CLI.repoRoot
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func python(_ script: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
        p.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/\(script)").path] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func pymavlinkUploadsDownloadsAndFliesAMissionToLanding() throws {
        let port = 24000 + Int.random(in: 0..<1000)
        let sitl = try Self.startSitl(port: port)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let r = try Self.python("sitl_mission.py", ["--listen", "\(port)", "--plan",
                                                    CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.waypoints").path,
                                                    "--timeout", "90"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("\"autopilot\": 12"))
        #expect(r.out.contains("\"reached\": [0, 1, 2, 3]"))
    }

    @Test func mavsdkImportsAQGCPlanUploadsArmsAndFliesItToLanding() throws {
        let port = 25000 + Int.random(in: 0..<1000)
        let sitl = try Self.startSitl(port: port)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let r = try Self.python("mavsdk_mission.py", ["--port", "\(port)", "--plan",
                                                      CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.plan").path,
                                                      "--timeout", "90"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("\"current\": 4, \"total\": 4"), "progress reaches the total")
    }

    @Test func mavproxyLoadsWaypointsAndAFenceSetsAParameterArmsAndFliesTheMission() throws {
        let port = 26000 + Int.random(in: 0..<1000)
        // MAVProxy is slower to react than the other peers: a gentler speed-up keeps its scripted
        // commands ahead of the vehicle's pre-takeoff auto-disarm.
        let sitl = try Self.startSitl(port: port, speed: 2)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let r = try Self.python("mavproxy_mission.py", ["--listen", "\(port)", "--plan",
                                                        CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.waypoints").path,
                                                        "--fence",
                                                        CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.fence.waypoints").path,
                                                        "--timeout", "120"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("ok: fence of 4 items on the vehicle"))
        #expect(r.out.contains("ok: mission flown through MAVProxy"))
    }
}
