import Foundation
#if canImport(Glibc)
import Glibc
#endif
import MAVLink
import MAVLinkDialects
@testable import GroundStation

/// A UDP socket on 127.0.0.1 talking MAVLink to one peer port, for driving a `MissionClient`
/// against a Python vehicle with the real clock.
final class UDPPeerLink {
    let fd: Int32
    var peer = sockaddr_in()
    var parser = MAVLinkParser<Common>()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(peerPort: UInt16) throws {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        local.sin_addr.s_addr = inet_addr("127.0.0.1")
        local.sin_port = 0
        let bound = withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { close(fd); throw Failure(description: "bind() failed") }
        self.fd = fd
        peer.sin_family = sa_family_t(AF_INET)
        peer.sin_addr.s_addr = inet_addr("127.0.0.1")
        peer.sin_port = peerPort.bigEndian
        start = clock.now
    }

    deinit { close(fd) }

    var now: Duration { start.duration(to: clock.now) }

    func send(_ frame: MAVLinkFrame) {
        let bytes = frame.bytes
        _ = bytes.withUnsafeBytes { b in
            withUnsafePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(fd, b.baseAddress, b.count, 0, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
    }

    func send(_ message: Common.Message) {
        if let f = try? message.frame(with: &encoder) { send(f) }
    }

    /// Frames received within `timeoutMilliseconds`.
    func receive(timeoutMilliseconds: Int32) -> [MAVLinkFrame] {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, timeoutMilliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 2048)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        guard n > 0 else { return [] }
        var frames: [MAVLinkFrame] = []
        buffer.withUnsafeBytes { parser.parseFrames(UnsafeRawBufferPointer(rebasing: $0[0..<n])) { frames.append($0) } }
        return frames
    }

    /// Drives `client` until it has a result or `limit` passes.
    func run(_ client: inout MissionClient, limit: Duration = .seconds(60)) -> Result<MissionOutcome, MissionTransferError>? {
        let end = now + limit
        while now < end {
            for f in client.pollFrames(at: now, encoder: &encoder) { send(f) }
            for f in receive(timeoutMilliseconds: 5) {
                if ProcessInfo.processInfo.environment["MISSION_VEHICLE_VERBOSE"] != nil {
                    FileHandle.standardError.write(Data("\(now) -> id \(f.messageID) \(String(describing: Common.Message(frame: f)).prefix(160))\n".utf8))
                }
                client.receive(frame: f, at: now)
            }
            if let r = client.result {
                for f in client.pollFrames(at: now, encoder: &encoder) { send(f) }   // the download ACK
                return r
            }
        }
        return nil
    }
}

/// The `Tests/Peers/mission_vehicle.py` process.
final class MissionVehicleProcess {
    let process = Process()
    let stdin = Pipe(), stdout = Pipe()
    let port: UInt16

    init(autopilot: String, loss: Double, seed: Int) throws {
        let python = Self.python
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw UDPPeerLink.Failure(description: "no Python test peers at \(python): run scripts/bootstrap")
        }
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.repoRoot + "/Tests/Peers/mission_vehicle.py", "--autopilot", autopilot, "--port", "0",
                             "--loss", "\(loss)", "--seed", "\(seed)", "--idle", "30", "--dump"] + (ProcessInfo.processInfo.environment["MISSION_VEHICLE_VERBOSE"] != nil ? ["--verbose"] : [])
        process.standardInput = stdin
        process.standardOutput = stdout
        if let log = ProcessInfo.processInfo.environment["MISSION_VEHICLE_VERBOSE"] {
            _ = FileManager.default.createFile(atPath: log + ".\(autopilot)", contents: nil)
            process.standardError = FileHandle(forWritingAtPath: log + ".\(autopilot)")
        }
        try process.run()
        var line = Data()
        while let byte = try stdout.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let p = UInt16(text.dropFirst(5)) else {
            throw UDPPeerLink.Failure(description: "mission_vehicle.py did not report its port: \(text)")
        }
        port = p
    }

    /// Stops the vehicle and returns its stored plans: mission type → items as
    /// [command, frame, autocontinue, p1, p2, p3, p4, x, y, z] (NaN as nil).
    func finish() throws -> [String: [[Double?]]] {
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let o = try JSONSerialization.jsonObject(with: data) as? [String: [[Any]]] else {
            throw UDPPeerLink.Failure(description: "bad dump: \(String(decoding: data, as: UTF8.self))")
        }
        return o.mapValues { $0.map { $0.map { ($0 as? NSNumber)?.doubleValue } } }
    }

    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return "."
    }()

    static var python: String {
        (ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? repoRoot + "/.venv") + "/bin/python"
    }
}
