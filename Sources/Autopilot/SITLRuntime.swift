import FlightCore
import Foundation
import MAVLink
import MAVLinkDialects
import Simulation
import Synchronization
import Transport
import VehicleServices

/// How to run a simulated vehicle.
public struct SITLOptions: VehicleStateOptions, Sendable {
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
    /// Where parameters set over MAVLink, the signing key and the plans are kept across restarts;
    /// nil keeps nothing (`restoreState(from:)` sets it; the runtime restores the plans from it).
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
    /// Default rate of the ground truth (`SIM_STATE`, `HIL_STATE_QUATERNION`) on every link, Hz;
    /// 0 sends it only when a ground station asks (`MAV_CMD_SET_MESSAGE_INTERVAL`/`REQUEST_MESSAGE`).
    public var truthRateHz: Float = 10
    /// Give the vehicle a fully charged pack each time it disarms (an operator swapping packs
    /// between flights), so a long run of flights never drains it.
    public var replaceBatteryAfterFlight = false
    /// Simulated µs between `SITLRuntime.onStatus` reports; 0 reports nothing.
    public var statusIntervalMicros: UInt64 = 0

    public init(airframe: Airframe, scenario: Scenario, parameters: ParameterTable, seed: UInt64,
                speed: Double?, links: [ConnectionURL]) {
        self.airframe = airframe; self.scenario = scenario; self.parameters = parameters; self.seed = seed
        self.speed = speed; self.links = links
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
    let stopRequested = Atomic<Bool>(false)
    /// Called for every flight-stack event (for printing and logs), on the report thread like
    /// `onStatus`.
    public var onEvent: (@Sendable (Tick, FlightStackEvent) -> Void)?
    /// Called when the state store or a flight log cannot be written (the flight goes on; the
    /// message names the file).
    public var onStateError: (@Sendable (StateFileError) -> Void)?
    /// Called on the report thread (see `onStatus`) with a rate-limited line (at most one per 5 s
    /// of wall clock) when ground links refuse frames for failing the signing checks; the line is also written
    /// into the open flight log as a warning.
    public var onRefusedFrames: (@Sendable (String) -> Void)?
    /// Called every `options.statusIntervalMicros` of simulated time, on the runtime's report
    /// thread (`reports`), in order with `onStall`; all calls are made before `run` returns.
    public var onStatus: (@Sendable (RuntimeStatus) -> Void)?
    /// Called when a paced run of late steps starts, with a JSON line
    /// (`StepTimeBreakdown.stallLine`: when, why, and where the step's wall time went), on the
    /// report thread like `onStatus`.
    public var onStall: (@Sendable (String) -> Void)?
    /// Where the loop hands its status and stall reports: printing one is a write that wakes
    /// whoever reads the output, which on a busy host took 5–13 ms of the loop's time. The loop
    /// only queues them; this worker calls `onEvent`, `onRefusedFrames`, `onStatus` and `onStall`
    /// on its own timer.
    let reports = PolledWorkQueue(label: "sitl reports")
    /// Deadlines of the service steps so far (see `DeadlineMonitor`); nil when unpaced.
    public private(set) var deadlines: DeadlineMonitor?
    /// Writes the flight logs (nil without `options.logFolder`).
    public private(set) var flightLog: FlightLogRecorder?
    /// What became of the plans saved in `options.stateStore` (`.nothingSaved` without a store).
    public let restoredPlans: PlanRestore

    public init(options: SITLOptions) throws(FlightStackError) {
        self.options = options
        var vehicle = try SITLVehicle(airframe: options.airframe, scenario: options.scenario, seed: options.seed,
                                      parameters: options.parameters, files: DirectoryFileSystem(root: options.logFolder?.root))
        restoredPlans = options.stateStore?.restorePlans(into: &vehicle.model) ?? .nothingSaved
        self.vehicle = vehicle
        flightLog = options.logFolder.map {
            FlightLogRecorder(folder: $0, utcStartMicros: options.utcStartMicros, softwareVersion: options.softwareVersion)
        }
        let rotors = options.airframe.rotors.count
        self.vehicle.model.vehicleType = rotors == 6 ? VehicleType.hexarotor : (rotors == 8 ? .octorotor : .quadrotor)
    }

    /// Asks a running `run` to return at its next service step.
    public func stop() { stopRequested.store(true, ordering: .relaxed) }

    /// Opens the links and runs until `seconds` of simulated time pass (nil: until `stop()`).
    public func run(seconds: Double? = nil) async throws(TransportError) {
        let ground = GroundLinks(urls: options.links, systemID: options.systemID, signingKey: options.signingKey,
                                 stateStore: options.stateStore, parameterSaveDelay: options.parameterSaveDelay,
                                 planRevision: vehicle.model.planRevision)
        ground.onStateError = { [weak self] e in self?.onStateError?(e) }
        ground.onRefusedFrames = { [weak self] time, line in
            guard let self else { return }
            flightLog?.log(.warning, line, at: time)
            if let onRefusedFrames { reports.submit { onRefusedFrames(line) } }
        }
        try await ground.open(truthRateHz: options.truthRateHz)
        // The loop runs on a thread of its own, as PX4 runs its control loops: it sleeps between
        // steps, which must not block one of the few cooperative threads, and it waits for nothing
        // else (the links put what arrives into its inbox on their event loops; yielding to let
        // reader tasks run once cost steps 5–18 ms in the soak).
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let name = "sitl vehicle \(options.systemID)"
            Thread { [self] in
                Thread.current.name = name   // from inside: a name set before `start` is lost on Linux
                loop(ground: ground, seconds: seconds)
                done.resume()
            }.start()
        }
        reports.drain()
        flightLog?.close()   // before the links close: their close waits for the writer
        await ground.close(parameters: vehicle.model.parameters)
    }

    /// The paced loop: physics and flight steps, a service step every `servicePeriodMicros`, until
    /// `seconds` of simulated time pass or `stop()`.
    private func loop(ground: GroundLinks, seconds: Double?) {
        var pacer = Pacer(speed: options.speed)
        let clock = ContinuousClock()
        let started = clock.now
        deadlines = options.speed.map { _ in DeadlineMonitor(servicePeriodMicros: options.servicePeriodMicros) }
        var account = PacedLoopAccount()
        // The scheduler-account readings (a few µs each, several per step) are taken only when
        // someone watches the deadlines (status reports on): the late steps are counted always.
        let attributing = options.statusIntervalMicros > 0
        ground.timesHandlings = attributing
        var nextStatus = options.statusIntervalMicros > 0 ? vehicle.simulator.timeMicros : UInt64.max
        var wasArmed = vehicle.stack.commander.isArmed
        let end = seconds.map { vehicle.simulator.timeMicros + UInt64($0 * 1e6) }
        var nextService = vehicle.simulator.timeMicros
        flightLog?.onError = { [weak self] e in self?.onStateError?(e) }
        flightLog?.writer = ground.writer   // a log's end is fsync'd off this loop
        let files = vehicle.model.files, logFolder = LogServer().directory
        flightLog?.afterFinishing = { files.prepareListing(of: logFolder) }
        // While attributing, a copy of the vehicle (and of its flight log recorder) from before
        // each service period's physics steps, to run them and the model's update again when the
        // thread is charged a long step. Not an optional, and the log's presence read once:
        // testing a 5 KB optional (or the 4 KB log recorder) for nil in the loop copied it every
        // physics step (found with `perf`).
        let logging = flightLog != nil
        var replay = vehicle.makeStepReplay()
        if logging { replay.record(like: flightLog!) }
        var again = replay   // each run of the check starts from a copy of `replay` made here
        var replayIsCurrent = false
        var replaySteps = 0
        // A fifth of the allowance: steps charged more than this are checked by running them again.
        let replayThreshold = Duration.microseconds(Int64(options.servicePeriodMicros / 5))
        while !stopRequested.load(ordering: .relaxed) {
            if let end, vehicle.simulator.timeMicros >= end { break }
            if attributing {
                var phases = StepPhases()
                let t0 = clock.now
                if !replayIsCurrent {
                    vehicle.refreshStepReplay(&replay)
                    if logging { replay.mirrorLog(flightLog!) }
                    replayIsCurrent = true; replaySteps = 0
                }
                replaySteps += 1
                vehicle.step()
                let t1 = clock.now
                if logging { vehicle.record(into: &flightLog!) }
                phases.flight = t0.duration(to: t1)
                phases.flightLog = t1.duration(to: clock.now)
                account.add(phases)
            } else {
                vehicle.step()
                if logging { vehicle.record(into: &flightLog!) }
            }
            let now = vehicle.simulator.timeMicros
            guard now >= nextService else { continue }
            let serviceStepStart = attributing ? clock.now : started
            nextService += options.servicePeriodMicros
            let time = Tick(micros: now)
            vehicle.model.update(at: time)
            vehicle.publishTruth()
            let updated = attributing ? clock.now : started
            let armed = vehicle.stack.commander.isArmed
            if wasArmed && !armed && options.replaceBatteryAfterFlight { _ = vehicle.replaceBattery() }
            wasArmed = armed
            while let e = vehicle.model.nextEvent() {
                flightLog?.event(e, at: time)
                if let onEvent { reports.submit { onEvent(time, e) } }
            }
            let linkLost = vehicle.simulator.isLinkLost, manualControlLost = vehicle.simulator.isManualControlLost
            let servicesStart = clock.now
            ground.service(at: time, vehicle: &vehicle.model, linkLost: linkLost) {
                ScenarioLinkFaults.delivers($0, linkLost: linkLost, manualControlLost: manualControlLost)
            }
            let wallNow = clock.now
            if attributing {
                var phases = StepPhases()
                phases.vehicleUpdate = serviceStepStart.duration(to: updated)
                phases.loop = updated.duration(to: servicesStart)
                phases.services = servicesStart.duration(to: wallNow)
                phases.fileTransfers = ground.fileTransfersTime
                phases.slowest = ground.takeSlowestHandling()
                phases.slowest.note(.vehicleUpdate, took: phases.vehicleUpdate)
                phases.slowest.note(.events, took: phases.loop)
                account.add(phases)
            }
            // Status and stall lines after the check: the next stretch's code. The rest of this
            // stretch (the scheduler-account reading, the replay check, a deadline recorded, a few
            // flags) is measurement and bookkeeping, not in the loop part: its wall time is no
            // code the loop could have been charged for. Counted, it had held 7.3 and 7.5 ms of
            // wall time (3.9 ms of them charged as running) in soak steps whose named parts all
            // took under 0.2 ms, and so made own work of the machine's time.
            var after = StepPhases()
            if deadlines != nil, let late = pacer.lateness(atSimMicros: now, now: wallNow) {
                var breakdown = attributing ? account.check(at: wallNow) : nil
                breakdown?.discountOutsideCode()
                if var b = breakdown, replayIsCurrent,
                   deadlines!.checksByReplay(lateness: late, ownWork: b.ownWork, threshold: replayThreshold) {
                    // A step charged long (late, or over the allowance on its own work): run the
                    // same physics steps, model update and file-transfer chunks again and keep as
                    // the stack's own work only what they reproduce. The fastest of three runs, as whatever slowed the
                    // machine may still slow the first. The check is measurement, not the loop's
                    // work: its wall time postpones the paced schedule and its running time is
                    // left out of the next step's account, so it neither makes a step late nor
                    // adds to a step's own work.
                    var fastest = StepPhases()
                    fastest.flight = .seconds(1); fastest.flightLog = .seconds(1); fastest.vehicleUpdate = .seconds(1)
                    fastest.fileTransfers = .seconds(1)
                    var handedOff = false
                    // The transfers as they were before the step's polls; read through a copy of
                    // the file system with nothing open, so each run reads at least what the
                    // step read (the live one still holds the block the step read ahead).
                    let transfers = ground.fileTransfers
                    var scratch = Outbox()
                    let replayStart = clock.now
                    for _ in 0..<3 {
                        // The copy is timed with the steps, as the live refresh of `replay` is.
                        let t0 = clock.now
                        again.assign(replay)
                        let copied = t0.duration(to: clock.now)
                        let (times, handoff) = again.run(steps: replaySteps, clock: clock)
                        let t1 = clock.now
                        again.updateModel(at: time)
                        fastest.flight = min(fastest.flight, copied + times.flight)
                        fastest.flightLog = min(fastest.flightLog, times.flightLog)
                        fastest.vehicleUpdate = min(fastest.vehicleUpdate, t1.duration(to: clock.now))
                        handedOff = handedOff || handoff
                        if !transfers.isEmpty {
                            let t2 = clock.now
                            let files = vehicle.model.files.readingAfresh()
                            for var t in transfers {
                                t.poll(files: files, into: &scratch)
                                scratch.removeAll()
                            }
                            fastest.fileTransfers = min(fastest.fileTransfers, t2.duration(to: clock.now))
                        }
                    }
                    b.discountUnreproduced(replayed: fastest, flightLogRepeated: logging && !handedOff,
                                           fileTransfersRepeated: !transfers.isEmpty)
                    breakdown = b
                    let replayEnd = clock.now
                    pacer.postpone(by: replayStart.duration(to: replayEnd))
                    account.restart(at: replayEnd)
                }
                if let cause = deadlines?.record(lateness: late, breakdown: breakdown), let onStall, let d = deadlines {
                    let reportStart = clock.now
                    let line = (breakdown ?? StepTimeBreakdown()).stallLine(cause: cause, simulatedSeconds: Double(now) * 1e-6, lateness: late,
                                                                           lateSteps: d.lateSteps, sinceOnTime: d.lateSince)
                    reports.submit { onStall(line) }
                    after.report(took: reportStart.duration(to: clock.now))
                }
            }
            replayIsCurrent = false
            if now >= nextStatus {
                nextStatus += options.statusIntervalMicros
                let reportStart = clock.now
                if let onStatus {
                    let report = status(wallSeconds: Self.seconds(started.duration(to: wallNow)))
                    reports.submit { onStatus(report) }
                }
                after.report(took: reportStart.duration(to: clock.now))
            }
            if attributing { account.add(after) }
            let delay = pacer.delay(untilSimMicros: now, now: wallNow)
            if delay > .milliseconds(1) {
                if attributing { account.sleeping(delay) }
                Pacer.block(for: delay)
            }
        }
    }

    /// The runtime's timing now (`wallSeconds` since `run` started).
    func status(wallSeconds: Double) -> RuntimeStatus {
        RuntimeStatus(systemID: options.systemID, simulatedSeconds: Double(vehicle.simulator.timeMicros) * 1e-6, wallSeconds: wallSeconds,
                      paced: deadlines != nil, serviceSteps: deadlines?.steps ?? 0, missedDeadlines: deadlines?.missed ?? 0,
                      worstLatenessSeconds: Self.seconds(deadlines?.worstLateness ?? .zero),
                      worstOwnWorkSeconds: Self.seconds(deadlines?.worstOwnWork ?? .zero), worstStep: deadlines?.worstStep,
                      missedByCause: deadlines.map { d in StallCause.allCases.map { ($0, d.missed(by: $0), d.stalls(by: $0)) } } ?? [],
                      allowanceSeconds: Self.seconds(deadlines?.allowance ?? .zero), armed: vehicle.stack.commander.isArmed)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
