import Foundation
import Testing
import TestSupport

/// `swiftlet sitl` flown by real MAVLink peers, over UDP, the way a tester would.
@Suite(.serialized, .childProcesses) struct SitlInteropTests {
    /// Starts `swiftlet sitl` sending to `port`; the caller terminates it.
    static func startSitl(port: Int, speed: Int = 10, extra: [String] = []) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        // 1 200 simulated seconds: 2 minutes of wall time at 10x. A cold CI run under load took
        // longer than 600 (60 s) over a test's steps ("no vehicle heartbeat"); the callers end it.
        p.arguments = ["sitl", "--speed", "\(speed)", "--connect", "udpout://127.0.0.1:\(port)", "--duration", "1200",
                       "--ephemeral"] + extra
        p.currentDirectoryURL = CLI.repoRoot
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func python(_ script: String, _ args: [String]) async throws -> (status: Int32, out: String) {
        let r = try await runProcess(URL(fileURLWithPath: LogDumpTests.venv + "/bin/python"),
                                     [CLI.repoRoot.appendingPathComponent("Tests/Peers/\(script)").path] + args, captureErr: false)
        return (r.status, r.outText)
    }

    /// A bundled mission, by file name in `Missions/`.
    static func mission(_ name: String) -> String { CLI.repoRoot.appendingPathComponent("Missions/\(name)").path }

    @Test func pymavlinkListsParametersRoundTripsAMissionInWholeAndInPartSignsAndFliesItToLanding() async throws {
        let port = freeLoopbackPort()
        let sitl = try Self.startSitl(port: port)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let key = String(repeating: "5a", count: 32)
        let r = try await Self.python("sitl_mission.py", ["--listen", "\(port)", "--plan", Self.mission("zurich-tour.waypoints"),
                                                    "--key", key, "--timeout", "240"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("\"autopilot\": 12"))
        #expect(r.out.contains("\"unsigned_arm\": \"refused\""))
        #expect(r.out.contains("\"downloaded\": 5"))
        #expect(r.out.contains("\"partial\": \"ok\""))
        #expect(r.out.contains("\"reached\": [0, 1, 2, 3, 4]"))
    }

    @Test func mavsdkImportsABundledQGCPlanUploadsArmsAndFliesItToLanding() async throws {
        let port = freeLoopbackPort()
        let sitl = try Self.startSitl(port: port)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let r = try await Self.python("mavsdk_mission.py", ["--port", "\(port)", "--plan",
                                                      Self.mission("zurich-orbit.plan"), "--timeout", "240"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("\"current\": 17, \"total\": 17"), "progress reaches the total")
    }

    @Test func mavproxyLoadsBundledWaypointsAndAFenceSetsAParameterArmsAndFliesTheMission() async throws {
        let port = freeLoopbackPort()
        // MAVProxy is slower to react than the other peers: a gentler speed-up keeps its scripted
        // commands ahead of the vehicle's pre-takeoff auto-disarm.
        let sitl = try Self.startSitl(port: port, speed: 2)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        // `wp load` uploads every row, the home row 0 included (MAVProxy numbers as ArduPilot does):
        // on a PX4-numbered vehicle that is a waypoint at home on the ground, reached at once.
        let r = try await Self.python("mavproxy_mission.py", ["--listen", "\(port)", "--plan",
                                                        Self.mission("zurich-tour.waypoints"), "--fence",
                                                        CLI.repoRoot.appendingPathComponent("Tests/Fixtures/short-hop.fence.waypoints").path,
                                                        "--timeout", "300"])
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("ok: fence of 4 items on the vehicle"))
        #expect(r.out.contains("ok: mission flown through MAVProxy"))
    }

    @Test func aParameterSetByOneGroundStationIsAnnouncedToAnotherOnASecondLink() async throws {
        let setter = freeLoopbackPort(), watcher = freeLoopbackPort()
        let sitl = try Self.startSitl(port: setter, extra: ["--connect", "udpout://127.0.0.1:\(watcher)"])
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let watch = Process()
        watch.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
        watch.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/sitl_params.py").path, "--listen", "\(watcher)",
                           "--timeout", "30", "watch", "MPC_XY_CRUISE=7.25", "MIS_TAKEOFF_ALT=3.5"]
        let pipe = Pipe()
        watch.standardOutput = pipe
        try watch.run()
        // The watcher hears the vehicle before the other ground station changes anything.
        var heard = ""
        while !heard.contains("watching") {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            heard += String(decoding: data, as: UTF8.self)
        }
        try #require(heard.contains("watching"), "watcher never heard the vehicle: \(heard)")
        let set = try await Self.python("sitl_params.py", ["--listen", "\(setter)", "set", "MPC_XY_CRUISE=7.25", "MIS_TAKEOFF_ALT=3.5"])
        #expect(set.status == 0, "\(set.out)")
        heard += String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        watch.waitUntilExit()
        #expect(watch.terminationStatus == 0, "\(heard)")
        #expect(heard.contains("\"MPC_XY_CRUISE\": 7.25"), "\(heard)")
        #expect(heard.contains("\"MIS_TAKEOFF_ALT\": 3.5"), "\(heard)")
    }
}
