import Foundation
import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

/// Drives a `VehicleLink` with pymavlink (from the venv in `SWIFTLET_VENV`, default `<repo>/.venv`)
/// as the ground station, in lockstep over pipes: 20 ms of vehicle time per turn.
@Suite("pymavlink as ground station")
struct PymavlinkInteropTests {
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()
    static var python: String {
        (ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? repoRoot.appendingPathComponent(".venv").path) + "/bin/python"
    }

    struct PeerMissing: Error {}

    static func readChunk(_ h: FileHandle) -> Data? {
        let header = h.readData(ofLength: 4)
        guard header.count == 4 else { return nil }
        let n = header.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        if n == UInt32.max { return nil }
        return n == 0 ? Data() : h.readData(ofLength: Int(n))
    }

    @Test func pymavlinkListsParametersRoundTripsAMissionAndIsRefusedUnsigned() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            Issue.record("no Python test peers at \(Self.python): run scripts/bootstrap"); return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.python)
        p.arguments = [Self.repoRoot.appendingPathComponent("Tests/VehicleServicesTests/Peers/pymavlink_gcs.py").path]
        let toPeer = Pipe(), fromPeer = Pipe()
        p.standardInput = toPeer; p.standardOutput = fromPeer
        try p.run()

        var link = VehicleLink()
        var vehicle = FakeVehicle()
        var outbox = Outbox()
        var parser = MAVLinkParser<Common>()
        var now = Tick(micros: 1_000_000)
        var turns = 0
        while let chunk = Self.readChunk(fromPeer.fileHandleForReading), turns < 20_000 {
            turns += 1
            let unix = UInt64(Date().timeIntervalSince1970 * 1e6)
            var frames: [MAVLinkFrame] = []
            chunk.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } }
            for f in frames { link.receive(f, at: now, unixMicros: unix, vehicle: &vehicle, into: &outbox) }
            now = now.advanced(byMicros: 20_000)
            link.poll(at: now, unixMicros: unix, vehicle: &vehicle, into: &outbox)
            var reply = Data()
            outbox.withBytes { reply.append(contentsOf: $0) }
            outbox.removeAll()
            var length = UInt32(reply.count).littleEndian
            toPeer.fileHandleForWriting.write(Data(bytes: &length, count: 4) + reply)
        }
        let line = String(decoding: fromPeer.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let result = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])

        #expect(result["autopilot"] as? Int == 12)
        #expect(result["custom_mode"] as? Int == Int(FlightMode.hold.px4CustomMode))
        #expect(result["param_count"] as? Int == vehicle.parameters.count)
        #expect(result["params_received"] as? Int == vehicle.parameters.count)
        #expect(result["refused_echo"] as? Double == 10, "MC_ROLL_P default echoed when 500 is refused")
        #expect(result["accepted_echo"] as? Double == 6.5)
        #expect(result["upload_result"] as? Int == 0)
        #expect(result["mission_matches"] as? Bool == true)
        #expect(result["unsigned_ack"] as? Bool == false)
        #expect(result["signed_ack_result"] as? Int == 0)
        #expect(vehicle.plans[0].count == 4)
        #expect(vehicle.armCalls.count == 1, "only the signed arm reached the vehicle")
    }
}
