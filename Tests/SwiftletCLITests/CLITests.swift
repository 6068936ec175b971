import Foundation
import Testing

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

    static func run(_ args: [String], in directory: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

@Suite struct CLITests {
    @Test func helpListsCommands() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("ports"))
        #expect(r.out.contains("gps"))
    }

    @Test func versionPrintsSemver() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func gpsWithoutGpsdFailsClearlyWithinASecond() throws {
        let start = Date()
        let r = try CLI.run(["gps", "--gpsd", "127.0.0.1:1"])
        #expect(r.status != 0)
        #expect(r.err.contains("no gpsd at 127.0.0.1:1"))
        #expect(Date().timeIntervalSince(start) < 2)
    }
}
