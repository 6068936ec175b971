import Foundation
import Testing
import TestSupport

/// Issue #13: a signed `swiftlet sitl` attacked from another UDP source, with pymavlink as both
/// the legitimate ground station and the attacker (`Tests/Peers/sitl_spoof.py`, `sitl_flood.py`).
@Suite(.serialized, .childProcesses) struct SitlSecurityTests {
    static func randomKey() -> String {
        (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// The JSON object on the last line of a peer's output.
    static func summary(_ out: String) -> [String: Any]? {
        guard let line = out.split(separator: "\n").last else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    /// The lines `swiftlet sitl` printed about refused frames.
    static func refusalLines(_ printed: String) -> [Substring] {
        printed.split(separator: "\n").filter { $0.contains("refused") && $0.contains("totals:") }
    }

    /// Every file under `folder`, recursively.
    /// Runs `body`, then stops `sitl` whether it returned or threw.
    static func stopping<R>(_ sitl: SitlStateTests.Sitl, _ body: () async throws -> R) async throws -> R {
        defer { sitl.stop() }
        return try await body()
    }

    static func files(under folder: URL) -> [URL] {
        let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (e?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
    }

    /// On a `udpout` link (the vehicle sends to the ground station's port) and on a `udpin` link (the
    /// vehicle listens and answers whoever it accepted frames from last: the spoofer's datagrams
    /// must not turn its replies towards the spoofer).
    @Test(arguments: ["udpout", "udpin"])
    func spoofedUnsignedWronglySignedReplayedAndStaleCommandsTakeNoEffectAndAreCountedAndLogged(link: String) async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let key = Self.randomKey()
        let sitl = try SitlStateTests.Sitl(port: port, stateDir: dir, run: 1, connect: "\(link)://127.0.0.1:\(port)")
        // Stopped on every path: a peer that cannot start must not leave the sitl running.
        let r = try await Self.stopping(sitl) { () async throws in try await SitlInteropTests.python("sitl_spoof.py", [link == "udpin" ? "--vehicle" : "--listen", "\(port)",
                                                              "--key", key, "--timeout", "120"]) }
        #expect(r.status == 0, "\(r.out)\n\(sitl.printed)")
        let json = try #require(Self.summary(r.out), "\(r.out)")
        let expected = try #require(json["expected"] as? [String: Int])
        #expect(json["spoofer_bytes"] as? Int == 0, "nothing was sent back to the spoofer")
        #expect((json["warning"] as? String)?.hasPrefix("Signing: ") == true, "the ground station was warned: \(json)")

        // Counted by reason and logged on stderr, rate-limited: the last line has the totals.
        let lines = Self.refusalLines(sitl.printed)
        let last = try #require(lines.last, "no refusal line in:\n\(sitl.printed)")
        let totals = "totals: unsigned \(expected["unsigned"]!), bad signature \(expected["bad_signature"]!), "
            + "replay \(expected["replay"]!), stale \(expected["stale"]!)"
        #expect(last.hasSuffix(totals), "\(last) ≠ …\(totals)")
        #expect(lines.count <= 8, "rate-limited, not one line per frame: \(lines.count) lines")
        #expect(lines.contains { $0.contains("from 127.0.0.1:") && $0.contains("sysid 255 compid 190") },
                "the sender and the frame's ids are named: \(lines)")

        // The key: owner-only, 32 bytes, never printed, logged, made a parameter or offered over FTP.
        let keyFile = dir.appendingPathComponent("0/signing.key")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let keyBytes = try Data(contentsOf: keyFile)
        #expect(keyBytes.map { String(format: "%02x", $0) }.joined() == key)
        let everything = Self.files(under: dir).filter { $0.lastPathComponent != "signing.key" }
        #expect(everything.contains { $0.pathExtension == "ulg" }, "a flight was logged: \(everything)")
        for file in everything {
            let data = try Data(contentsOf: file)
            #expect(data.range(of: keyBytes) == nil, "the key's bytes are in \(file.path)")
            #expect(!String(decoding: data, as: UTF8.self).lowercased().contains(key), "the key in hex is in \(file.path)")
        }
        #expect(!r.out.contains(key))
        // The spoofed force-disarm came while armed: the flight log has the refusal as a warning.
        let ulog = try #require(everything.first { $0.pathExtension == "ulg" })
        #expect(try Data(contentsOf: ulog).range(of: Data("refused 1 frame(s)".utf8)) != nil, "no refusal in \(ulog.path)")
        let ftp = try #require(json["ftp"] as? [String: Any])
        for path in ["/fs/microsd/signing.key", "/signing.key", "/fs/microsd/./signing.key"] {
            #expect(ftp["get " + path] as? Int == 10, "FTP read of \(path) is FileNotFound (10): \(ftp)")
        }
        for listing in ["list /", "list /fs/microsd"] {
            let entries = try #require(ftp[listing] as? [Any])
            #expect(entries.first as? Int == 0 && entries.contains { $0 as? String == "log" }, "\(listing): \(entries)")
            #expect(!entries.contains { ($0 as? String)?.contains("signing") == true }, "\(listing): \(entries)")
        }
    }

    @Test func malformedOversizedAndFloodingFramesNeitherCrashNorStallTheVehicle() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let sitl = try SitlStateTests.Sitl(port: port, stateDir: dir, run: 1)
        let (r, running) = try await Self.stopping(sitl) { () async throws in
            (try await SitlInteropTests.python("sitl_flood.py", ["--listen", "\(port)", "--key", Self.randomKey()]), sitl.process.isRunning)
        }
        #expect(running, "the vehicle process survived:\n\(sitl.printed)")
        #expect(r.status == 0, "\(r.out)\n\(sitl.printed)")
        let json = try #require(Self.summary(r.out), "\(r.out)")
        #expect((json["flood_datagrams"] as? Int ?? 0) >= 10_000, "a flood of thousands of frames a second: \(json)")
        // Logged, but a few lines for tens of thousands of frames.
        let lines = Self.refusalLines(sitl.printed)
        #expect(!lines.isEmpty && lines.count <= 10, "\(lines.count) refusal lines:\n\(lines.joined(separator: "\n"))")
    }
}
