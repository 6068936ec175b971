import Foundation
import GroundStation
import MAVLinkDialects
import Testing
import TestSupport

/// `swiftlet log record` and `log replay`: a flight recorded from `swiftlet sitl`, served again as a
/// live vehicle and recorded again, comes out frame for frame, byte for byte the same; pymavlink
/// reads the recordings.
@Suite(.serialized, .childProcesses) struct LogRecordReplayTests {
    static func frames(_ path: String) throws -> [[UInt8]] {
        let data = try #require(FileManager.default.contents(atPath: path))
        var reader = TelemetryLogReader<ArduPilotMega>(bytes: [UInt8](data))
        #expect(reader.format == .tlog)
        var out: [[UInt8]] = []
        while let f = reader.next() { out.append(f.frame.bytes) }
        return out
    }

    /// Starts `swiftlet log record` and returns once it is listening.
    static func startRecorder(_ args: [String]) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["log", "record"] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        var line = Data()
        while let b = try out.fileHandleForReading.read(upToCount: 1), !b.isEmpty, b != Data("\n".utf8) { line += b }
        #expect(String(decoding: line, as: UTF8.self).hasPrefix("Recording"))
        return (p, out)
    }

    @Test func aRecordedFlightReplayedAndRecordedAgainIsByteIdentical() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tlog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("first.tlog").path, second = dir.appendingPathComponent("second.tlog").path

        // Record three seconds of a simulated vehicle (it sends to the recorder's port).
        let port = freeLoopbackPort()
        let (recorder, _) = try Self.startRecorder([first, "--connect", "udpin://127.0.0.1:\(port)", "--duration", "3"])
        let sitl = try SitlInteropTests.startSitl(port: port, speed: 5)
        try await onOwnThread { recorder.waitUntilExit() }
        sitl.terminate(); sitl.waitUntilExit()
        #expect(recorder.terminationStatus == 0)
        let original = try Self.frames(first)
        #expect(original.count > 100)

        // Serve it again as fast as it goes, into a second silent recorder that stops at the same count.
        let port2 = port + 1000
        let (again, _) = try Self.startRecorder([second, "--connect", "udpin://127.0.0.1:\(port2)", "--silent",
                                                 "--frames", "\(original.count)", "--duration", "60"])
        let replay = try await CLI.run(["log", "replay", first, "--connect", "udpout://127.0.0.1:\(port2)", "--speed", "max"])
        #expect(replay.status == 0, "\(replay.err)")
        try await onOwnThread { again.waitUntilExit() }
        let copy = try Self.frames(second)
        #expect(copy.count == original.count)
        #expect(copy == original)

        // pymavlink reads the recording as MAVProxy's own.
        let text = try await runProcess(URL(fileURLWithPath: LogDumpTests.venv + "/bin/python"), [
            "-c", "from pymavlink import mavutil\nm=mavutil.mavlink_connection('\(second)')\nn=0\nwhile m.recv_msg() is not None: n+=1\nprint(n)",
        ], captureErr: false).outText
        #expect(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) == original.count, "\(text)")
    }

    @Test func recordingNeverOverwritesAnExistingLog() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("exists-\(UUID().uuidString).tlog")
        try Data("keep".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try await CLI.run(["log", "record", file.path, "--connect", "udpin://127.0.0.1:0", "--duration", "1"])
        #expect(r.status != 0 && r.err.contains("exists"), "\(r.err)")
        #expect(try Data(contentsOf: file) == Data("keep".utf8))
    }
}
