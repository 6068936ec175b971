import Foundation
import Testing
import TestSupport

/// `swiftlet log dump` against pymavlink's `mavlogdump.py --format json --show-source`.
@Suite(.childProcesses) struct LogDumpTests {
    static var venv: String {
        ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? CLI.repoRoot.appendingPathComponent(".venv").path
    }

    func python(_ args: [String]) async throws -> String {
        let r = try await runProcess(URL(fileURLWithPath: Self.venv + "/bin/python"), args, captureErr: false)
        #expect(r.status == 0, "python \(args)")
        return r.outText
    }

    @Test func outputIsIdenticalToMavlogdump() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("logdump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tlog = dir.appendingPathComponent("flight.tlog").path
        // Messages whose layout is the same in pymavlink's bundled XML and ours, with strings,
        // arrays, enums, 64-bit fields and extensions among them (MISSION_CURRENT and TIMESYNC have
        // gained extension fields since pymavlink 2.4.50, so its output lacks them).
        let ids = "0,1,2,22,24,26,30,32,33,36,65,74,77,87,105,109,147,230,241,242,245,253,331"
        _ = try await python([CLI.repoRoot.appendingPathComponent("Tests/Peers/mavlink_peer.py").path,
                        "tlog", "--out", tlog, "--ids", ids, "--repeat", "4", "--seed", "11"])
        let theirs = try await python([Self.venv + "/bin/mavlogdump.py", "--format", "json", "--show-source", tlog])
        let ours = try await CLI.run(["log", "dump", tlog])
        #expect(ours.status == 0, "\(ours.err)")
        let a = theirs.split(separator: "\n"), b = ours.out.split(separator: "\n")
        #expect(a.count == 92)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) where x != y { #expect(x == y) }
        // Filters: by type (with wildcard) and by system id.
        let filtered = try await CLI.run(["log", "dump", tlog, "--types", "HEART*,ATTITUDE"])
        #expect(filtered.out.split(separator: "\n").count == 8)
        #expect(try await CLI.run(["log", "dump", tlog, "--sysid", "7"]).out.isEmpty)
    }

    @Test func missingFileIsAClearError() async throws {
        let r = try await CLI.run(["log", "dump", "/nonexistent/x.tlog"])
        #expect(r.status != 0)
        #expect(r.err.contains("cannot read '/nonexistent/x.tlog'"))
    }
}
