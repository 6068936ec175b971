import Foundation
import MAVLink
import Testing
import TestSupport

/// `swiftlet sitl`'s state folder written over MAVLink FTP by pymavlink's `mavftp` (put, list, get,
/// CRC, rename, remove, and the refusals) and by MAVProxy's ftp module, its own client (put, get,
/// `crccmp`, which checks the vehicle's CRC against MAVProxy's own).
@Suite(.serialized, .childProcesses) struct SitlFtpTests {
    /// The MAVLink CRC32 of `data` (what `CalcFileCRC32` answers).
    static func crc(_ data: Data) -> UInt32 {
        var sum = MAVLinkCRC32()
        data.withUnsafeBytes { sum.add($0) }
        return sum.value
    }

    /// Runs the peer `script` against a fresh `swiftlet sitl` (state in `dir`) with a local file of
    /// `size` random bytes (`--file`); returns the file's bytes and the script's JSON.
    static func run(_ script: String, size: Int, in dir: URL, timeout: Int) async throws -> (content: Data, json: [String: Any]) {
        let port = freeLoopbackPort()
        let sitl = try SitlLogTests.start(port: port, stateDir: dir)
        defer { SitlLogTests.kill(sitl) }
        var rng = SystemRandomNumberGenerator()
        let content = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) })
        let local = dir.appendingPathComponent("upload-\(size).bin")
        try content.write(to: local)
        let r = try await SitlInteropTests.python(script, ["--listen", "\(port)", "--file", local.path, "--timeout", "\(timeout)"])
        #expect(r.status == 0, "\(r.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data((r.out.split(separator: "\n").last ?? "").utf8)) as? [String: Any])
        return (content, json)
    }

    @Test func mavftpPutsListsGetsChecksRenamesAndRemovesFilesOnTheVehicle() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 5000 bytes: not a multiple of mavftp's 80-byte writes nor of the 239-byte reads.
        let (content, json) = try await Self.run("sitl_ftp.py", size: 5000, in: dir, timeout: 120)
        for step in ["mkdir", "put", "list_code", "get", "crc_code", "rename", "put_again", "rm", "list_after_code"] {
            #expect(json[step] as? Int == 0, "\(step) succeeds: \(json)")
        }
        #expect(json["listing"] as? [String] == ["data.bin 5000"])
        let back = try Data(contentsOf: URL(fileURLWithPath: try #require(json["got"] as? String)))
        #expect(back == content, "the file comes back byte for byte")
        #expect(json["crc32"] as? Int == Int(Self.crc(content)), "the vehicle's CRC32 is the MAVLink CRC32 of what was put")
        #expect(json["listing_after"] as? [String] == ["kept.bin 5000"])

        let up = dir.appendingPathComponent("0/up")
        #expect(try Data(contentsOf: up.appendingPathComponent("kept.bin")) == content, "on the vehicle's disk as put")
        #expect(try FileManager.default.contentsOfDirectory(atPath: up.path) == ["kept.bin"], "no part files left")
        let refused = try #require(json["refused"] as? [String: Int])
        // mavftp reports a refused put by its first write's InvalidSession (it streams writes
        // without waiting for CreateFile's NAK); the single-request mkdir shows the vehicle's code.
        #expect(refused["put_into_log"] != 0 && refused["put_escaping"] != 0)
        #expect(refused["mkdir_in_log"] == 9, "FileProtected: the log tree is the logger's")
        #expect(refused["mkdir_escaping"] == 10, "FileNotFound: nothing outside the state folder")
        #expect(refused["rm_missing"] == 10)
        #expect(refused["rmdir_not_empty"] == 2, "FailErrno (ENOTEMPTY)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("escape.bin").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("outside").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("0/log/fake.ulg").path))
    }

    @Test func mavproxysFtpModulePutsGetsAndAgreesOnTheCRC() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (content, json) = try await Self.run("mavproxy_ftp.py", size: 4321, in: dir, timeout: 90)
        #expect((json["put"] as? String)?.hasPrefix("Sent file of length 4321") == true, "\(json)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: try #require(json["got"] as? String))) == content, "get gives the put bytes back")
        #expect(try Data(contentsOf: dir.appendingPathComponent("0/mp/upload-4321.bin")) == content)
        #expect(json["crccmp"] as? [String: Int] == ["match": 1, "differ": 0, "missing": 0, "errors": 0],
                "MAVProxy's own CRC of the local file equals the vehicle's CalcFileCRC32")
    }
}
