import Foundation
import TestSupport

/// Runs the Python test peers (pymavlink and friends) from the project's venv.
enum Peer {
    /// The repository root, found from this file's location.
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The venv's python: `$SWIFTLET_VENV/bin/python`, else `<repo>/.venv/bin/python`.
    static var python: String {
        let venv = ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? repoRoot.appendingPathComponent(".venv").path
        return venv + "/bin/python"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a script from `Tests/Peers/` and returns its standard output; throws with its
    /// standard error when it fails.
    @discardableResult
    static func run(_ script: String, _ arguments: [String]) async throws -> String {
        try await onOwnThread {
            guard FileManager.default.isExecutableFile(atPath: python) else {
                throw Failure(description: "no Python test peers at \(python): run scripts/bootstrap")
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: python)
            p.arguments = [repoRoot.appendingPathComponent("Tests/Peers/\(script)").path] + arguments
            let out = Pipe()
            let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).err")
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: errURL) }
            p.standardOutput = out
            p.standardError = try FileHandle(forWritingTo: errURL)
            try p.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            let errData = (try? Data(contentsOf: errURL)) ?? Data()
            guard p.terminationStatus == 0 else {
                throw Failure(description: "\(script) \(arguments.joined(separator: " ")) failed: \(String(decoding: errData, as: UTF8.self))")
            }
            return String(decoding: outData, as: UTF8.self)
        }
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Parses one JSON line into a dictionary.
func jsonObject(_ line: some StringProtocol) throws -> [String: Any] {
    guard let o = try JSONSerialization.jsonObject(with: Data(quotingNonFinite(String(line)).utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
        throw Peer.Failure(description: "not a JSON object: \(line.prefix(200))")
    }
    return o
}

/// Whether two JSON values decoded by JSONSerialization are equal (NaN equals NaN).
func jsonEqual(_ a: Any, _ b: Any) -> Bool {
    switch (a, b) {
    case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { jsonEqual($0, $1) }
    case let (x as String, y as String): return x == y
    case let (x as NSNumber, y as NSNumber):
        if x.doubleValue.isNaN && y.doubleValue.isNaN { return true }
        return x.stringValue == y.stringValue
    default: return false
    }
}

/// Python's json writes NaN, Infinity and -Infinity bare; JSONSerialization refuses them. This
/// turns those tokens (outside strings) into the strings "NaN", "Infinity", "-Infinity".
func quotingNonFinite(_ text: String) -> String {
    let b = Array(text.utf8)
    let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    let tokens = ["-Infinity", "Infinity", "NaN"].map { Array($0.utf8) }
    var out: [UInt8] = []
    var i = 0
    var inString = false
    while i < b.count {
        let c = b[i]
        if inString {
            out.append(c)
            if c == backslash && i + 1 < b.count { out.append(b[i + 1]); i += 2; continue }
            if c == quote { inString = false }
            i += 1
            continue
        }
        if c == quote { inString = true; out.append(c); i += 1; continue }
        if let t = tokens.first(where: { b[i...].starts(with: $0) }) {
            out += [quote] + t + [quote]
            i += t.count
        } else {
            out.append(c)
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}
