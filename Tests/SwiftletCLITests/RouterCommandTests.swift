import Foundation
import Testing

/// `swiftlet router` run as a user runs it, with pymavlink peers on both sides.
@Suite struct RouterCommandTests {
    @Test func forwardsHeartbeatsBetweenTwoUDPEndpoints() throws {
        let inPort = 20000 + Int.random(in: 0..<5000), outPort = inPort + 7
        let router = Process()
        router.executableURL = CLI.binary
        router.arguments = ["router", "udpin://127.0.0.1:\(inPort)", "udpout://127.0.0.1:\(outPort)", "--stats-interval", "0"]
        router.standardOutput = FileHandle.nullDevice
        try router.run()
        defer { router.terminate(); router.waitUntilExit() }
        let peer = Process()
        peer.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
        peer.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/router_smoke.py").path, "\(inPort)", "\(outPort)"]
        let out = Pipe()
        peer.standardOutput = out
        try peer.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        peer.waitUntilExit()
        #expect(peer.terminationStatus == 0, "\(text)")
        #expect(text.hasPrefix("ok"))
    }

    @Test func badEndpointIsAClearError() throws {
        let r = try CLI.run(["router", "udpin://:14550", "bogus://x"])
        #expect(r.status != 0)
        #expect(r.err.contains("bogus://x"))
    }
}
