import FlightCore
import Foundation
import MAVLink
import MAVLinkDialects
import Simulation
import Synchronization
import Transport
import VehicleServices

/// How to run a simulated vehicle.
public struct SITLOptions: Sendable {
    public var airframe: Airframe
    public var scenario: Scenario
    public var parameters: ParameterTable
    public var seed: UInt64
    /// Real-time factor (1 = real time); nil runs as fast as the CPU allows.
    public var speed: Double?
    /// MAVLink links to ground stations and APIs.
    public var links: [ConnectionURL]
    /// MAVLink system id of the vehicle.
    public var systemID: UInt8 = 1
    /// How often the MAVLink services run, µs of simulated time.
    public var servicePeriodMicros: UInt64 = 5_000
    /// Where parameters set over MAVLink and the signing key are kept across restarts; nil keeps
    /// nothing (`restoreState(from:)` sets it).
    public var stateStore: VehicleStateStore?
    /// Signing key installed on every link at start (nil: signing off until `SETUP_SIGNING`).
    public var signingKey: SigningKey?
    /// Wall-clock seconds between parameter saves while `PARAM_SET`s keep arriving: the first
    /// accepted set after a save is written at most this much later, together with any that follow.
    public var parameterSaveDelay: Double = 0.1
    /// The folder whose `log/` receives one ULog per flight and which is offered over MAVLink FTP
    /// and the log protocol (`DirectoryFileSystem`); nil writes and offers no logs.
    public var logFolder: FlightLogFolder?
    /// UTC at simulated time zero, µs since the Unix epoch: the simulated clock that names the
    /// logs and stamps their GNSS time (the CLI passes the wall clock at start; tests a constant).
    public var utcStartMicros: UInt64 = 0
    /// `ver_sw` written into the flight logs.
    public var softwareVersion = "unknown"

    public init(airframe: Airframe, scenario: Scenario, parameters: ParameterTable, seed: UInt64,
                speed: Double?, links: [ConnectionURL]) {
        self.airframe = airframe; self.scenario = scenario; self.parameters = parameters; self.seed = seed
        self.speed = speed; self.links = links
    }

    /// Starts from what `store` kept: its saved parameters over `store.defaults` and its signing
    /// key; from then on the runtime saves into it. Returns what the parameter restore did (nil
    /// when nothing was saved yet).
    public mutating func restoreState(from store: VehicleStateStore) throws(StateFileError) -> ParameterFile.Report? {
        let restored = try store.restoredParameters()
        parameters = restored.table
        signingKey = try store.signingKey()
        stateStore = store
        return restored.report
    }
}

/// The host edge of SITL: the simulated vehicle in lockstep, its MAVLink services, and real links.
///
/// Physics and flight code step in simulated time; every `servicePeriodMicros` the runtime hands
/// the frames that arrived to the vehicle services and sends what they produce. With a `speed`,
/// `Pacer` sleeps so simulated time runs that many times faster than the wall clock.
public final class SITLRuntime: @unchecked Sendable {
    public let options: SITLOptions
    public private(set) var vehicle: SITLVehicle
    let inbox = Mutex<[(Int, [UInt8])]>([])
    let stopRequested = Atomic<Bool>(false)
    /// Called on the runtime's task for every flight-stack event (for printing and logs).
    public var onEvent: (@Sendable (Tick, FlightStackEvent) -> Void)?
    /// Called when the state store or a flight log cannot be written (the flight goes on; the
    /// message names the file).
    public var onStateError: (@Sendable (StateFileError) -> Void)?
    /// Writes the flight logs (nil without `options.logFolder`).
    public private(set) var flightLog: FlightLogRecorder?

    public init(options: SITLOptions) throws(FlightStackError) {
        self.options = options
        vehicle = try SITLVehicle(airframe: options.airframe, scenario: options.scenario, seed: options.seed,
                                  parameters: options.parameters, files: DirectoryFileSystem(root: options.logFolder?.root))
        flightLog = options.logFolder.map {
            FlightLogRecorder(folder: $0, utcStartMicros: options.utcStartMicros, softwareVersion: options.softwareVersion)
        }
        let rotors = options.airframe.rotors.count
        vehicle.model.vehicleType = rotors == 6 ? VehicleType.hexarotor : (rotors == 8 ? .octorotor : .quadrotor)
    }

    /// Asks a running `run` to return at its next service step.
    public func stop() { stopRequested.store(true, ordering: .relaxed) }

    /// Opens the links and runs until `seconds` of simulated time pass (nil: until `stop()`).
    public func run(seconds: Double? = nil) async throws(TransportError) {
        var links: [ByteLink] = []
        for url in options.links { links.append(try await ByteLink.open(url, persistent: true)) }
        var readers: [Task<Void, Never>] = []
        for (i, link) in links.enumerated() {
            readers.append(Task { [self] in
                for await chunk in link.chunks { self.inbox.withLock { $0.append((i, chunk.bytes)) } }
            })
        }
        defer { for r in readers { r.cancel() } }
        var config = VehicleLink.Config()
        config.systemID = options.systemID
        var services = [VehicleLink](repeating: VehicleLink(config: config), count: links.count)
        var signingKey = options.signingKey
        for i in services.indices { services[i].installSigningKey(signingKey) }
        var saveSchedule = ParameterSaveSchedule(delay: .seconds(options.parameterSaveDelay))
        var parsers = [MAVLinkParser<Common>](repeating: MAVLinkParser<Common>(), count: links.count)
        var outbox = Outbox()
        var pacer = Pacer(speed: options.speed)
        let clock = ContinuousClock()
        var lastYield = clock.now
        let end = seconds.map { vehicle.simulator.timeMicros + UInt64($0 * 1e6) }
        var nextService = vehicle.simulator.timeMicros
        flightLog?.onError = { [weak self] e in self?.onStateError?(e) }
        defer { flightLog?.close() }
        while !stopRequested.load(ordering: .relaxed) {
            if let end, vehicle.simulator.timeMicros >= end { break }
            vehicle.step()
            flightLog?.record(vehicle)
            let now = vehicle.simulator.timeMicros
            guard now >= nextService else { continue }
            nextService += options.servicePeriodMicros
            let time = Tick(micros: now)
            vehicle.model.update(at: time)
            while let e = vehicle.model.nextEvent() {
                flightLog?.event(e, at: time)
                onEvent?(time, e)
            }
            let unix = UInt64(Date().timeIntervalSince1970 * 1e6)
            let linkLost = vehicle.simulator.isLinkLost
            let arrived = inbox.withLock { q -> [(Int, [UInt8])] in defer { q.removeAll() }; return q }
            for (i, bytes) in arrived where !linkLost {
                var frames: [MAVLinkFrame] = []
                bytes.withUnsafeBytes { parsers[i].parseFrames($0) { frames.append($0) } }
                for f in frames where ScenarioLinkFaults.delivers(f, simulator: vehicle.simulator) {
                    services[i].receive(f, at: time, unixMicros: unix, vehicle: &vehicle.model, into: &outbox)
                }
                flush(&outbox, to: links[i])
                if services[i].signingKey != signingKey {
                    // One key for the vehicle: a key installed (or removed) on one link holds on all.
                    signingKey = services[i].signingKey
                    for j in services.indices where j != i { services[j].installSigningKey(signingKey) }
                    save { store throws(StateFileError) in try store.saveSigningKey(signingKey) }
                }
            }
            if saveSchedule.shouldSave(acceptedSets: services.reduce(0) { $0 &+ $1.parameters.acceptedSets }, now: clock.now) {
                saveParameters()
            }
            for i in links.indices {
                services[i].poll(at: time, unixMicros: unix, vehicle: &vehicle.model, into: &outbox)
                if linkLost { outbox.removeAll() } else { flush(&outbox, to: links[i]) }
            }
            let delay = pacer.delay(untilSimMicros: now, now: clock.now)
            if delay > .milliseconds(1) {
                try? await Task.sleep(for: delay)
                lastYield = clock.now
            } else if lastYield.duration(to: clock.now) > .milliseconds(20) {
                await Task.yield()
                lastYield = clock.now
            }
        }
        if saveSchedule.hasUnsavedChanges { saveParameters() }
        for l in links { await l.close() }
    }

    func saveParameters() {
        let table = vehicle.model.parameters, id = options.systemID
        save { store throws(StateFileError) in try store.saveParameters(table, systemID: id) }
    }

    func save(_ write: (VehicleStateStore) throws(StateFileError) -> Void) {
        guard let store = options.stateStore else { return }
        do throws(StateFileError) { try write(store) } catch { onStateError?(error) }
    }

    func flush(_ outbox: inout Outbox, to link: ByteLink) {
        guard !outbox.isEmpty else { return }
        link.send(outbox.withBytes { Array($0) })
        outbox.removeAll()
    }
}
