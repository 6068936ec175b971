import Foundation

/// Runs a Python script with the test-peer virtual environment and returns its standard output.
///
/// The venv is `$SWIFTLET_VENV`, or `<repo>/.venv` found from this file's path.
enum PythonPeer {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static var venv: URL {
        if let path = ProcessInfo.processInfo.environment["SWIFTLET_VENV"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.appendingPathComponent(".venv")
    }

    /// Runs `script` with `input` on standard input; throws when Python exits non-zero.
    static func run(script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = venv.appendingPathComponent("bin/python3")
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin; process.standardOutput = stdout; process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python failed: \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Runs `script` over whitespace-separated numeric rows and parses its numeric output rows.
    static func rows(script: String, input: [[Double]]) throws -> [[Double]] {
        let text = input.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n")
        return try run(script: script, input: text).split(separator: "\n").map { line in
            line.split(separator: " ").map { Double($0)! }
        }
    }
}
