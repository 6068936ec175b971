import FlightCore
import Foundation
import MAVLink
import MAVLinkDialects
import Synchronization
import Transport
import VehicleServices

/// The vehicle's MAVLink services on its ground-station and API links: one `VehicleLink` per
/// link, one signing key for them all, and crash-safe saving of accepted parameter sets.
///
/// Shared by `SITLRuntime` (in-process simulator) and `HILAutopilotRuntime` (sensors from an
/// external simulator): the runtime calls `service` every few milliseconds of simulated time.
final class GroundLinks: @unchecked Sendable {
    let urls: [ConnectionURL]
    let stateStore: VehicleStateStore?
    let systemID: UInt8
    var onStateError: (@Sendable (StateFileError) -> Void)?
    /// Called with a rate-limited line when frames are refused by signing (`RefusedFrameLog`).
    var onRefusedFrames: ((Tick, String) -> Void)?
    private(set) var links: [ByteLink] = []
    let inbox = Mutex<[(Int, LinkChunk)]>([])
    var refusals = RefusedFrameLog()
    var services: [VehicleLink] = []
    var parsers: [MAVLinkParser<Common>] = []
    var outbox = Outbox()
    var signingKey: SigningKey?
    var saveSchedule: ParameterSaveSchedule
    /// The vehicle's `planRevision` whose plans are on disk (or were there at start).
    var savedPlanRevision: UInt32
    /// Writes the state files off the service loop.
    let writer = StateWriter()
    /// The write of the latest plans, until it is durable: answers wait for it (see `flush`).
    var pendingPlanWrite: UInt64?
    /// Per link, answers held back until `pendingPlanWrite` is durable, in order.
    var held: [[UInt8]] = []
    /// FTP and log requests waiting for host file work done off the loop (see `HeldFileRequests`).
    var heldFileRequests = HeldFileRequests()
    let clock = ContinuousClock()
    /// How often each link's event loop sends what the services queued (wall time): at most this
    /// is added to an answer's latency, a fifth of the 5 ms service period at real time.
    static let transmitInterval = Duration.milliseconds(1)
    /// Whether `service` times each frame it hands on and each poll (for `takeSlowestHandling`).
    var timesHandlings = false
    private var slowest = SlowestHandling()

    /// Links to `urls` answering as `systemID`, with `signingKey` installed on all; parameter
    /// sets are saved into `stateStore` (nil: nowhere) at most `parameterSaveDelay` s after they
    /// arrive; plans whenever the vehicle's `planRevision` moves on from `planRevision`, before the
    /// `MISSION_ACK` that reports them installed goes out.
    init(urls: [ConnectionURL], systemID: UInt8, signingKey: SigningKey?, stateStore: VehicleStateStore?,
         parameterSaveDelay: Double, planRevision: UInt32) {
        self.urls = urls; self.systemID = systemID; self.signingKey = signingKey; self.stateStore = stateStore
        saveSchedule = ParameterSaveSchedule(delay: .seconds(parameterSaveDelay))
        savedPlanRevision = planRevision
    }

    /// Opens every link and starts reading; `truthRateHz` is the default rate of `SIM_STATE` and
    /// `HIL_STATE_QUATERNION` (0: only on request), sent while the vehicle has a truth.
    func open(truthRateHz: Float) async throws(TransportError) {
        // A udpin link answers only senders whose frames were accepted (see `service`).
        // What arrives goes straight into the inbox on the link's event loop: the paced loop runs
        // on a thread of its own and takes it from there, whether or not a task would be scheduled.
        for (i, url) in urls.enumerated() {
            links.append(try await ByteLink.open(url, persistent: true, replyPolicy: .confirmedSender,
                                                 inboundHandler: { [self] chunk in inbox.withLock { $0.append((i, chunk)) } }))
            // Sends only queue: the link's event loop sends on its own timer, so the paced loop
            // never wakes another thread (that took up to 9.5 ms of a step on a busy host).
            links[i].sendOnTimer(every: Self.transmitInterval)
        }
        held = [[UInt8]](repeating: [], count: links.count)
        var config = VehicleLink.Config()
        config.systemID = systemID
        services = [VehicleLink](repeating: VehicleLink(config: config), count: links.count)
        parsers = [MAVLinkParser<Common>](repeating: MAVLinkParser<Common>(), count: links.count)
        for i in services.indices {
            services[i].installSigningKey(signingKey)
            _ = services[i].streams.setDefaultRate(messageID: SimState.id, hz: truthRateHz, at: Tick(micros: 0))
            _ = services[i].streams.setDefaultRate(messageID: HilStateQuaternion.id, hz: truthRateHz, at: Tick(micros: 0))
        }
    }

    /// Hands the frames that arrived to the services and sends what they produce (nothing moves
    /// while `linkLost`; `delivers` may drop single frames, e.g. a scenario's manual-control loss).
    /// `unixMicros` is the Unix time for signing and `SYSTEM_TIME` (0: the wall clock).
    func service<F>(at time: Tick, vehicle: inout FlightStackVehicle<F>, unixMicros: UInt64 = 0, linkLost: Bool = false,
                    delivers: (MAVLinkFrame) -> Bool = { _ in true }) {
        let unix = unixMicros > 0 ? unixMicros : UInt64(Date().timeIntervalSince1970 * 1e6)
        let arrived = inbox.withLock { q -> [(Int, LinkChunk)] in defer { q.removeAll() }; return q }
        deliverHeldFileRequests(at: time, vehicle: &vehicle, unixMicros: unix)
        for (i, chunk) in arrived where !linkLost {
            var frames: [MAVLinkFrame] = []
            // A datagram holds whole frames: a truncated one from one sender must not hold back the next.
            if chunk.sender != nil { parsers[i].discardPartialFrame() }
            chunk.bytes.withUnsafeBytes { parsers[i].parseFrames($0) { frames.append($0) } }
            for f in frames where delivers(f) {
                if let directory = vehicle.files as? DirectoryFileSystem,
                   heldFileRequests.hold(f, link: i, files: directory, logFolder: services[i].logs.directory) { continue }
                let started = timesHandlings ? clock.now : nil
                let refusal = services[i].receive(f, at: time, unixMicros: unix, vehicle: &vehicle, into: &outbox)
                if let started { slowest.note(.frame(messageID: f.messageID), took: started.duration(to: clock.now)) }
                if let reason = refusal {
                    refusals.record(reason, frame: f, link: links[i].url.description, sender: chunk.senderDescription)
                } else if let sender = chunk.sender {
                    // Accepted (signed right, or signing off): a udpin link answers this sender now.
                    links[i].confirmSender(sender)
                }
            }
            savePlansIfChanged(vehicle.planRevision, vehicle)
            flush(to: i)
            if services[i].signingKey != signingKey {
                // One key for the vehicle: a key installed (or removed) on one link holds on all.
                signingKey = services[i].signingKey
                for j in services.indices where j != i { services[j].installSigningKey(signingKey) }
                let key = signingKey
                save { store throws(StateFileError) in try store.saveSigningKey(key) }
            }
        }
        if refusals.pending > 0, let line = refusals.line(at: clock.now) { onRefusedFrames?(time, line) }
        if saveSchedule.shouldSave(acceptedSets: services.reduce(0) { $0 &+ $1.parameters.acceptedSets }, now: clock.now) {
            saveParameters(vehicle.parameters)
        }
        fileTransfers.removeAll(keepingCapacity: true)
        fileTransfersTime = .zero
        for i in links.indices {
            let started = timesHandlings ? clock.now : nil
            services[i].poll(at: time, unixMicros: unix, vehicle: &vehicle, into: &outbox, fileTransfers: !timesHandlings)
            if let started {
                slowest.note(.poll, took: started.duration(to: clock.now))
                if let transfers = services[i].fileTransfers {
                    // Kept as they were before this poll, for a replay to run them again.
                    fileTransfers.append(transfers)
                    let t0 = clock.now
                    services[i].pollFileTransfers(files: vehicle.files, into: &outbox)
                    let took = t0.duration(to: clock.now)
                    fileTransfersTime += took
                    slowest.note(.fileTransfers, took: took)
                }
            }
            savePlansIfChanged(vehicle.planRevision, vehicle)
            if linkLost { outbox.removeAll() } else { flush(to: i) }
        }
    }

    /// With `timesHandlings` on: the file transfers the last `service` polled, as they were
    /// before it, and the wall time their polls took, to run them again (`FileTransfers.poll`).
    private(set) var fileTransfers: [FileTransfers] = []
    private(set) var fileTransfersTime: Duration = .zero

    /// The slowest handling since the last call (with `timesHandlings` on), and starts afresh.
    func takeSlowestHandling() -> SlowestHandling {
        defer { slowest = SlowestHandling() }
        return slowest
    }

    /// Hands the held file requests whose turn came to their link's services, in arrival order.
    func deliverHeldFileRequests<F>(at time: Tick, vehicle: inout FlightStackVehicle<F>, unixMicros: UInt64) {
        guard !heldFileRequests.waiting.isEmpty, let directory = vehicle.files as? DirectoryFileSystem else { return }
        for (link, frame) in heldFileRequests.takeReady(files: directory) {
            let started = timesHandlings ? clock.now : nil
            _ = services[link].receive(frame, at: time, unixMicros: unixMicros, vehicle: &vehicle, into: &outbox)
            if let started { slowest.note(.frame(messageID: frame.messageID), took: started.duration(to: clock.now)) }
            flush(to: link)
        }
    }

    /// Saves what is still unsaved, waits for every write, sends what was held back and closes
    /// the links.
    func close(parameters: ParameterTable) async {
        if saveSchedule.hasUnsavedChanges { saveParameters(parameters) }
        writer.drain()
        for i in links.indices { flush(to: i) }
        for l in links { await l.close() }
    }

    func saveParameters(_ table: ParameterTable) {
        let id = systemID
        save { store throws(StateFileError) in try store.saveParameters(table, systemID: id) }
    }

    /// Writes the plans when an upload or clear installed new ones since the last write: called
    /// before the answers go out, which then wait until the write is durable (`flush`), so a
    /// ground station told "accepted" finds the plan after a crash.
    ///
    /// `revision` is `vehicle.planRevision`, read by the caller: the check runs after every frame
    /// and poll, and passing the 3.5 KB vehicle into this function copies it (the `@autoclosure`
    /// reaches it only when the plans changed).
    func savePlansIfChanged<F>(_ revision: UInt32, _ vehicle: @autoclosure () -> FlightStackVehicle<F>) {
        guard revision != savedPlanRevision else { return }
        savedPlanRevision = revision
        let started = timesHandlings ? clock.now : nil
        let plans = StoredPlans(of: vehicle())
        if let started { slowest.note(.savePlans, took: started.duration(to: clock.now)) }
        pendingPlanWrite = save { store throws(StateFileError) in try store.savePlans(plans) }
    }

    /// Queues `write` on the state writer; returns its ticket (nil: no state folder).
    @discardableResult
    func save(_ write: @escaping @Sendable (VehicleStateStore) throws(StateFileError) -> Void) -> UInt64? {
        guard let store = stateStore else { return nil }
        let report = onStateError
        return writer.submit {
            do throws(StateFileError) { try write(store) } catch { report?(error) }
        }
    }

    /// Sends link `i` what the services produced, after what was held back for it; while a plan
    /// write is not yet durable, holds it all back instead (the loop goes on meanwhile).
    func flush(to i: Int) {
        let started = timesHandlings ? clock.now : nil
        defer { if let started { slowest.note(.send, took: started.duration(to: clock.now)) } }
        if let ticket = pendingPlanWrite {
            if !writer.isDone(ticket) {
                if !outbox.isEmpty { held[i].append(contentsOf: outbox.withBytes { Array($0) }); outbox.removeAll() }
                return
            }
            pendingPlanWrite = nil
        }
        if !held[i].isEmpty { links[i].send(held[i]); held[i].removeAll() }
        guard !outbox.isEmpty else { return }
        links[i].send(outbox.withBytes { Array($0) })
        outbox.removeAll()
    }
}
