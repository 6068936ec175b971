import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// The operator's own position through gpsd, from `gpsfake` replaying (in a loop) `Tests/Fixtures/operator-zurich.nmea`
/// (an operator 34.5 m west-north-west of the SITL field): `gps`, `mission plan --home here`, the `watch`
/// dashboard in a real terminal (tmux) with distance and bearing to the vehicle, and `goto here`.
@Suite(.serialized, .childProcesses) struct OperatorPositionTests {
    static let fixture = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/operator-zurich.nmea").path

    /// Starts gpsfake (and its gpsd) with SIGTERM unblocked — the test runner's threads block it and
    /// children inherit the mask — so `terminate()` stops both.
    static func startGpsfake(port: Int) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import os, signal, sys; signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT]); "
                           + "os.execv('/usr/bin/gpsfake', ['gpsfake'] + sys.argv[1:])",
                       "-n", "-q", "-P", "\(port)", "-c", "0.1", fixture]
        p.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: gpsfakeLog(port: port), contents: nil)
        p.standardError = FileHandle(forWritingAtPath: gpsfakeLog(port: port))
        try p.run()
        return p
    }

    /// Where `startGpsfake(port:)` sends gpsfake's and gpsd's messages.
    static func gpsfakeLog(port: Int) -> String { FileManager.default.temporaryDirectory.appendingPathComponent("gpsfake-\(port).log").path }

    /// Runs `shell` under `script`, i.e. on a pseudo-terminal (tmux started straight from the test
    /// runner loses its server at once; from a terminal session it behaves as for a person).
    static func onTerminal(_ shell: String) async throws -> String {
        try await runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", shell, "/dev/null"], captureErr: false).outText
    }

    /// Waits until something accepts TCP connections on 127.0.0.1:`port` (gpsfake starts gpsd).
    ///
    /// The budget is counted in polls 100 ms apart, not read off the wall clock: at the start of a
    /// full run, the suites beside this one can keep its task off the cooperative threads long
    /// enough that a 30 s wall-clock wait ran out once, with gpsfake still running.
    static func waitForListener(port: Int, seconds: Double) async -> Bool {
        for _ in 0..<max(1, Int(seconds / 0.1)) {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var a = sockaddr_in()
            a.sin_family = sa_family_t(AF_INET)
            a.sin_port = UInt16(port).bigEndian
            a.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
            close(fd)
            if ok { return true }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return false
    }

    @Test func theOperatorsFixFeedsPlanningTheDashboardAndGoto() async throws {
        // A port the kernel says is free: a random one from a range collided with another test's
        // (gpsd then never listened, in a full local run).
        let gpsdPort = freeLoopbackPort()
        let gpsfake = try Self.startGpsfake(port: gpsdPort)
        defer { gpsfake.terminate(); gpsfake.waitUntilExit(); try? FileManager.default.removeItem(atPath: Self.gpsfakeLog(port: gpsdPort)) }
        let gpsd = "127.0.0.1:\(gpsdPort)"
        try #require(await Self.waitForListener(port: gpsdPort, seconds: 30),
                     "gpsfake did not start gpsd (running: \(gpsfake.isRunning)): \((try? String(contentsOfFile: Self.gpsfakeLog(port: gpsdPort), encoding: .utf8)) ?? "")")

        // gps: the fix, once gpsfake has fed gpsd.
        let fix = try await CLI.run(["gps", "--gpsd", gpsd, "--timeout", "10", "--json"])
        #expect(fix.status == 0, "\(fix.err)")
        let f = (try? JSONSerialization.jsonObject(with: Data(fix.out.utf8))) as? [String: Any] ?? [:]
        #expect(abs((f["lat"] as? Double ?? 0) - 47.3979) < 1e-5 && abs((f["lon"] as? Double ?? 0) - 8.5452) < 1e-5, "\(fix.out)")

        // mission plan --home here.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("here-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("here.plan").path
        let planned = try await CLI.run(["mission", "plan", "47.3985,8.5460", "--home", "here", "--gpsd", gpsd, "-o", plan])
        #expect(planned.status == 0, "\(planned.err)")
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(text.contains("47.3979") && text.contains("8.5452") && text.contains("490.5"), "\(text)")

        // The dashboard in a real terminal, with the vehicle ~20 m from the operator.
        let port = freeLoopbackPort()
        let sitl = try SitlInteropTests.startSitl(port: port, speed: 5)
        defer { sitl.terminate(); sitl.waitUntilExit() }
        let session = "swiftlet-watch-\(port)"
        let watch = "\(CLI.binary.path) watch --connect udpin://127.0.0.1:\(port) --gpsd \(gpsd) --duration 60"
        // tmux draws the dashboard in a 100×30 terminal; poll its screen until the vehicle and the
        // operator are both known, then leave with Ctrl-C as a person would.
        let screen = try await Self.onTerminal("""
            tmux new-session -d -s \(session) -x 100 -y 30 '\(watch)'
            for i in $(seq 1 150); do s=$(tmux capture-pane -p -t \(session)); case "$s" in *"GNSS      3D"*"vehicle "[0-9][0-9]" m away"*) break;; esac; sleep 0.1; done
            tmux capture-pane -p -t \(session); tmux send-keys -t \(session) C-c; sleep 0.5; tmux kill-session -t \(session) 2>/dev/null; true
            """)
        #expect(screen.contains("Mode      AUTO.LOITER"), "\(screen)")
        #expect(screen.contains("Battery") && screen.contains("Attitude") && screen.contains("Link      ok"), "\(screen)")
        let away = screen.split(whereSeparator: \.isNewline).first { $0.contains("Operator  vehicle") }.map(String.init) ?? ""
        let metres = away.split(separator: " ").compactMap { Double($0) }.first ?? -1
        #expect(metres > 28 && metres < 42, "\(away)")          // 34.5 m away, plus GNSS noise
        #expect(away.contains("bearing 1"), "\(away)")          // east-south-east of the operator: ~121°

        // Take off and fly to the operator (each command is its own short-lived ground station:
        // give the link-loss failsafe room for the pauses between them, as in VehicleCommandTests).
        let link = ["--connect", "udpin://127.0.0.1:\(port)"]
        #expect(try await CLI.run(["param", "set", "COM_DL_LOSS_T", "120"] + link).status == 0)
        let takeoff = try await CLI.run(["takeoff", "10", "--wait", "--timeout", "60"] + link)
        #expect(takeoff.status == 0, "\(takeoff.out)\(takeoff.err)")
        let goto = try await CLI.run(["goto", "here", "12", "--gpsd", gpsd, "--wait", "--timeout", "60"] + link)
        let after = try await CLI.run(["watch", "--duration", "1.5", "--gpsd", gpsd] + link)
        #expect(goto.status == 0, "\(goto.out)\(goto.err)\n\(after.out)")
    }
}
