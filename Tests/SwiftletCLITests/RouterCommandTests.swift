import Foundation
import Testing
import TestSupport

/// `swiftlet router` run as a user runs it, with pymavlink peers on both sides.
@Suite(.childProcesses) struct RouterCommandTests {
    @Test func forwardsHeartbeatsBetweenTwoUDPEndpoints() async throws {
        let inPort = freeLoopbackPort(), outPort = freeLoopbackPort()
        let router = Process()
        router.executableURL = CLI.binary
        router.arguments = ["router", "udpin://127.0.0.1:\(inPort)", "udpout://127.0.0.1:\(outPort)", "--stats-interval", "0"]
        router.standardOutput = FileHandle.nullDevice
        try router.run()
        defer { router.terminate(); router.waitUntilExit() }
        let peer = try await runProcess(URL(fileURLWithPath: LogDumpTests.venv + "/bin/python"),
                                        [CLI.repoRoot.appendingPathComponent("Tests/Peers/router_smoke.py").path, "\(inPort)", "\(outPort)"],
                                        captureErr: false)
        let text = peer.outText
        #expect(peer.status == 0, "\(text)")
        #expect(text.hasPrefix("ok"))
    }

    @Test func badEndpointIsAClearError() async throws {
        let r = try await CLI.run(["router", "udpin://:14550", "bogus://x"])
        #expect(r.status != 0)
        #expect(r.err.contains("bogus://x"))
    }
}
