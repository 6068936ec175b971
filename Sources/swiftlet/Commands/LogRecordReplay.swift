import ArgumentParser
import Dispatch
import Foundation
import GroundStation
import MAVLink
import MAVLinkDialects
import Synchronization
import Transport

/// `swiftlet log record OUT.tlog`: everything a link carries, as MAVProxy records it.
struct LogRecord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record",
        abstract: "Record every MAVLink frame from a link into a .tlog (MAVProxy/QGroundControl format).",
        discussion: "Stops after --duration or --frames, or on Ctrl-C; the log is flushed and closed either way.")
    @Argument(help: "The .tlog to write (must not exist).") var output: String
    @Option(name: .customLong("connect"), help: "Link to record.") var url = "udpin://:14550"
    @Option(help: "Stop after this many seconds.") var duration: Double?
    @Option(help: "Stop after this many frames.") var frames: Int?
    @Flag(help: "Do not send a ground-station heartbeat (record silently; a udpout peer then never answers).") var silent = false
    @Flag(help: "Print JSON at the end.") var json = false

    func validate() throws {
        do { _ = try ConnectionURL(parsing: url) } catch { throw ValidationError("--connect: \(error)") }
        if let duration, duration <= 0 { throw ValidationError("--duration must be positive") }
    }

    func run() async throws {
        let link: ByteLink
        do { link = try await ByteLink.open(try ConnectionURL(parsing: url)) } catch { throw CLIError("cannot open \(url): \(error)") }
        let writer: TelemetryLogWriter
        do { writer = try TelemetryLogWriter(path: output) } catch { throw CLIError("cannot create \(output): it exists or its folder is not writable") }
        let stop = StopFlag()
        let signals = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig)
            s.setEventHandler { stop.set() }
            s.resume()
            return s
        }
        defer { signals.forEach { $0.cancel() } }
        if !json { print("Recording \(url) into \(output)…"); fflush(nil) }
        var parser = MAVLinkParser<ArduPilotMega>()
        var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
        let clock = ContinuousClock(), start = clock.now
        var lastHeartbeat = start.advanced(by: .seconds(-2))
        let inbox = ChunkInbox()
        let reader = Task { for await chunk in link.chunks { inbox.append(chunk.bytes) } }
        while !stop.isSet {
            if let d = duration, start.duration(to: clock.now) >= .seconds(d) { break }
            if let n = frames, writer.frameCount >= n { break }
            if !silent, lastHeartbeat.duration(to: clock.now) >= .seconds(1), let f = try? encoder.frame(Heartbeat(type: .gcs, autopilot: .invalid, systemStatus: .active)) {
                link.send(f.bytes)
                lastHeartbeat = clock.now
            }
            for chunk in inbox.takeAll() {
                let micros = TelemetryLogWriter.nowMicroseconds()
                chunk.withUnsafeBytes { parser.parseFrames($0) { f in
                    if frames.map({ writer.frameCount < $0 }) ?? true { writer.record(f, microseconds: micros) }
                } }
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        reader.cancel()
        writer.close()
        await link.close()
        if json { MissionCLI.emit(.object([("output", .string(output)), ("frames", .number(Double(writer.frameCount)))])) }
        else { print("Recorded \(writer.frameCount) frames into \(output)") }
    }
}

/// A flag set from a signal handler and read by the recording loop.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    func set() { flag.store(true, ordering: .relaxed) }
    var isSet: Bool { flag.load(ordering: .relaxed) }
}

/// `swiftlet log replay FILE`: a recorded flight served again as a live vehicle.
struct LogReplay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay",
        abstract: "Send a .tlog's frames onto a link with their recorded timing, as if the vehicle were live.",
        discussion: "Frames go out byte for byte as recorded (signatures included); nothing else is sent. Ground stations connect as to a vehicle.")
    @Argument(help: "The .tlog (or raw MAVLink stream) to serve.") var file: String
    @Option(name: .customLong("connect"), help: "Link to serve on, e.g. udpout://127.0.0.1:14550 or tcpin://:5760.") var url = "udpout://127.0.0.1:14550"
    @Option(help: "Playback speed: 2 is twice as fast; 'max' sends without pauses.") var speed = "1"
    @Flag(help: "Print JSON at the end.") var json = false

    func validate() throws {
        do { _ = try ConnectionURL(parsing: url) } catch { throw ValidationError("--connect: \(error)") }
        if speed != "max" { guard let s = Double(speed), s > 0 else { throw ValidationError("--speed must be a positive number or 'max'") } }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read '\(file)': no such file or not readable") }
        var reader = TelemetryLogReader<ArduPilotMega>(bytes: [UInt8](data))
        var logged: [LoggedFrame] = []
        while let f = reader.next() { logged.append(f) }
        guard !logged.isEmpty else { throw CLIError("\(file): no MAVLink frames in it") }
        let link: ByteLink
        do { link = try await ByteLink.open(try ConnectionURL(parsing: url), persistent: true) } catch { throw CLIError("cannot open \(url): \(error)") }
        let rate = Double(speed)
        let clock = ContinuousClock(), start = clock.now
        let t0 = logged.first?.unixMicros ?? 0
        if !json { print("Replaying \(logged.count) frames from \(file) onto \(url) at \(speed)×…"); fflush(nil) }
        for (i, f) in logged.enumerated() {
            if let rate, let t = f.unixMicros {
                let due = start.advanced(by: .microseconds(Int64(Double(t &- t0) / rate)))
                if clock.now < due { try await Task.sleep(until: due, clock: clock) }
            } else if i % 64 == 63 {
                await Task.yield()
            }
            link.send(f.frame.bytes)
        }
        // Let the event loop write the last frames before closing.
        try await Task.sleep(for: .milliseconds(200))
        await link.close()
        let seconds = start.duration(to: clock.now)
        if json { MissionCLI.emit(.object([("frames", .number(Double(logged.count))), ("seconds", .number(Double(seconds.components.seconds)))])) }
        else { print("Sent \(logged.count) frames.") }
    }
}
