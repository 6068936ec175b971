import ArgumentParser
import Foundation
import GroundStation
import MAVLink
import MAVLinkDialects
import Transport

/// The `--connect` option shared by every command that talks to a vehicle.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("connect"), help: "Vehicle link: udpin://:14550, udpout://host:port, tcp://host:5760, serial:///dev/ttyUSB0:57600 …")
    var url = "udpin://:14550"
    @Option(help: "Talk to this system id (default: the first vehicle heard).") var sysid: UInt8?
    @Option(help: "Seconds to wait for the vehicle's heartbeat.") var waitVehicle: Double = 10
    @Option(help: "Resends of an unanswered request before giving up (raise it on a lossy radio).") var retries = 5
    @Flag(help: "Print machine-readable JSON.") var json = false

    func validate() throws {
        do { _ = try ConnectionURL(parsing: url) } catch { throw ValidationError("--connect: \(error)") }
        guard waitVehicle > 0 else { throw ValidationError("--wait-vehicle must be positive") }
        guard (0...50).contains(retries) else { throw ValidationError("--retries must be 0…50") }
    }
}

/// A ground station's link to one vehicle: the I/O edge around the sans-I/O clients.
///
/// It sends a GCS heartbeat once a second (vehicles use it for their link-loss failsafe), parses
/// everything received, folds it into `state`, and hands the frames to the caller's loop.
final class VehicleConnection {
    let url: ConnectionURL
    let link: ByteLink
    private let inbox = ChunkInbox()
    private var reader: Task<Void, Never>?
    private var parser = MAVLinkParser<Common>()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    var state: VehicleState
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastHeartbeatSent: Duration?
    /// Resends per request (from `--retries`).
    let retries: Int

    /// Opens `options.url` (a serial device or TCP server that is not there is an error at once).
    init(_ options: ConnectionOptions) async throws {
        url = try ConnectionURL(parsing: options.url)
        do { link = try await ByteLink.open(url) } catch { throw ValidationError("cannot open \(options.url): \(error)") }
        state = VehicleState(systemID: options.sysid)
        retries = options.retries
        started = clock.now
        reader = Task { [link, inbox] in for await chunk in link.chunks { inbox.append(chunk.bytes) } }
    }

    /// Time since the connection opened.
    var now: Duration { started.duration(to: clock.now) }

    /// The vehicle's (system, component) once heard.
    var target: (system: UInt8, component: UInt8)? { state.systemID.map { ($0, state.componentID) } }

    func close() async {
        reader?.cancel()
        await link.close()
    }

    func send<M: MAVLinkMessage>(_ message: M) {
        if let f = try? encoder.frame(message) { link.send(f.bytes) }
    }

    func send(_ frames: [MAVLinkFrame]) { for f in frames { link.send(f.bytes) } }

    func send(_ messages: [Common.Message]) {
        for m in messages {
            do throws(MAVLinkError) { link.send(try m.frame(with: &encoder).bytes) } catch {}
        }
    }

    /// Frames received since the last call (the vehicle's are also folded into `state`), after
    /// sending the GCS heartbeat when due.
    func receive() -> [MAVLinkFrame] {
        let t = now
        if lastHeartbeatSent.map({ t - $0 >= .seconds(1) }) ?? true {
            send(Heartbeat(type: .gcs, autopilot: .invalid, systemStatus: .active))
            lastHeartbeatSent = t
        }
        var frames: [MAVLinkFrame] = []
        for chunk in inbox.takeAll() { chunk.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } } }
        for f in frames { state.receive(frame: f, at: t) }
        return frames
    }

    /// Runs `step` every 10 ms with the frames received, until it returns true; false on timeout.
    @discardableResult
    func run(timeout: Duration, _ step: ([MAVLinkFrame], Duration) throws -> Bool) async throws -> Bool {
        let end = now + timeout
        while now < end {
            if try step(receive(), now) { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// Waits for the vehicle's heartbeat; a clear error when none comes.
    func waitForVehicle(timeout: Duration) async throws {
        let heard = try await run(timeout: timeout) { _, _ in state.autopilot != nil }
        guard heard else {
            throw CLIError("no vehicle heartbeat on \(url) within \(timeout.seconds.formatted()) s")
        }
    }

    /// Runs a mission operation to its end.
    func perform(_ op: MissionOperation, with client: inout MissionClient,
                 progress: ((Int, Int) -> Void)? = nil) async throws -> Result<MissionOutcome, MissionTransferError> {
        try client.start(op, at: now)
        var lastDone = -1
        while true {
            for f in receive() { client.receive(frame: f, at: now) }
            send(client.pollFrames(at: now, encoder: &encoder))
            if let r = client.result { return r }
            if let p = progress, client.progress.done != lastDone { lastDone = client.progress.done; p(client.progress.done, client.progress.total) }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Sends one command through the command protocol and waits for its final result.
    func command(_ c: CommandLong) async throws -> CommandOutcomeResult { try await command(.long(c)) }

    /// Sends one command (`COMMAND_LONG` or `COMMAND_INT`) and waits for its final result.
    func command(_ c: VehicleCommand) async throws -> CommandOutcomeResult {
        var client = CommandClient()
        client.maxAttempts = retries + 1
        client.start(c, at: now)
        while true {
            for f in receive() {
                if let m = Common.Message(frame: f) { client.receive(m, systemID: f.systemID, at: now) }
            }
            send(client.poll(at: now))
            if let r = client.result { return r }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// A command-line failure with a message for the user (exit status 1).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
