import Foundation
import Testing
import TestSupport

/// Runs the built `swiftlet` binary the way a user does.
enum CLI {
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static var binary: URL {
        // Tests run from .build/<config>/ — the executable sits beside the test bundle.
        let bundle = Bundle.main.bundleURL
        var dir = bundle
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("swiftlet")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("swiftlet")
    }

    /// Runs `swiftlet` with `args` to its end, off the cooperative threads (see `onOwnThread`).
    static func run(_ args: [String], in directory: URL? = nil) async throws -> (status: Int32, out: String, err: String) {
        let r = try await runProcess(binary, args, in: directory)
        return (r.status, r.outText, r.errText)
    }
}

@Suite(.childProcesses) struct CLITests {
    @Test func helpListsCommands() async throws {
        let r = try await CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("ports"))
        #expect(r.out.contains("gps"))
    }

    @Test func versionPrintsSemver() async throws {
        let r = try await CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    /// A refused gpsd connection is an error at once, not a wait. The time is the best of up to
    /// three runs: with the whole suite beside it, one run of this 0.02 s command once took 47 s
    /// of wall time, while a command that waits would be slow every time.
    @Test func gpsWithoutGpsdFailsClearlyWithinASecond() async throws {
        var times: [TimeInterval] = []
        for _ in 0..<3 {
            let start = Date()
            let r = try await CLI.run(["gps", "--gpsd", "127.0.0.1:1"])
            times.append(Date().timeIntervalSince(start))
            #expect(r.status != 0)
            #expect(r.err.contains("no gpsd at 127.0.0.1:1"))
            if times.last! < 1 { break }
        }
        #expect(times.min()! < 2, "\(times)")
    }
}
