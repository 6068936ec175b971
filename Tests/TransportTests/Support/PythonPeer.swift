import Foundation

/// Runs the pymavlink test peers in `Tests/TransportTests/Fixtures/` with the project's venv python,
/// off the Swift concurrency pool so the router under test keeps its threads.
enum PythonPeer {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var repoRoot: URL { fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    /// `$SWIFTLET_VENV/bin/python`, else `<repo>/.venv/bin/python`.
    static var python: String {
        (ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? repoRoot.appendingPathComponent(".venv").path) + "/bin/python"
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs `script` with `arguments`; returns its standard output, or throws with its standard error.
    static func run(_ script: String, _ arguments: [String]) async throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw Failure(description: "no Python test peers at \(python): run scripts/bootstrap")
        }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: python)
                p.arguments = [fixtures.appendingPathComponent(script).path] + arguments
                let out = Pipe(), err = Pipe()
                p.standardOutput = out
                p.standardError = err
                do { try p.run() } catch { continuation.resume(throwing: error); return }
                let outData = out.fileHandleForReading.readDataToEndOfFile()
                let errData = err.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                if p.terminationStatus == 0 {
                    continuation.resume(returning: String(decoding: outData, as: UTF8.self))
                } else {
                    continuation.resume(throwing: Failure(description: "\(script) failed: \(String(decoding: errData, as: UTF8.self))"))
                }
            }
        }
    }
}
