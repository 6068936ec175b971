/// Counts the service steps a paced runtime finished later than the wall clock allowed, and
/// names what each run of late steps lost its time to.
///
/// A runtime paced at a speed-up `S` owes simulated time `t` by wall time `start + t / S` (what
/// `Pacer` sleeps towards). A step that reaches `t` more than one service period of wall time
/// after that is a missed deadline: the runtime stalled longer than a vehicle running in real
/// time could afford, or fell behind the chosen speed (then every later step is late, too). The
/// allowance is the service period itself, not the period divided by `S`: a speed-up shortens
/// the idle time between steps, not the host's wake-up and scheduling delays, which stay the
/// same milliseconds (measured on the 2-core KVM guest with `scripts/soak`: nanosleep wake-ups up
/// to about 1–6 ms late under load, even at `SCHED_FIFO`). An unpaced runtime has no deadlines.
///
/// A run of consecutive late steps is one stall. Given where the wall time of the step that
/// started it went (`StepTimeBreakdown`, from the thread's scheduler account), the stall and
/// every late step in it are put down to the largest part: the flight stack's own doing
/// (`StallCause.isTheStacks`) or the machine's.
public struct DeadlineMonitor: Sendable {
    /// Service steps seen.
    public private(set) var steps = 0
    /// Service steps that ended more than one service period behind their due wall time.
    public private(set) var missed = 0
    /// The latest a step ended after its due wall time (zero when never late).
    public private(set) var worstLateness: Duration = .zero
    /// The most running time one step's thread spent between two deadline checks (the loop's own
    /// work for one service step, simulation included; zero without a breakdown).
    public private(set) var worstOwnWork: Duration = .zero
    /// Where the time of the step with the most own work went (nil before one was measured).
    public private(set) var worstStep: StepTimeBreakdown?
    /// Where the time went since the loop was last on time (lateness zero or less), summed over
    /// the `lateSteps` steps since: a stall's lateness built up over all of them.
    public private(set) var lateSince = StepTimeBreakdown()
    /// Steps since the loop was last on time.
    public private(set) var lateSteps = 0
    /// The allowance: one service period of wall time.
    public let allowance: Duration
    private var missedByCause = [Int](repeating: 0, count: StallCause.allCases.count)
    private var stallsByCause = [Int](repeating: 0, count: StallCause.allCases.count)
    private var stallCause: StallCause?

    /// `servicePeriodMicros`: simulated µs per service step (5 000: the allowance is 5 ms).
    public init(servicePeriodMicros: UInt64) {
        allowance = .microseconds(Int64(servicePeriodMicros))
    }

    /// Records one step that ended `lateness` after its due wall time (zero or negative: on time);
    /// `breakdown`: where the wall time since the previous step's check went, when measured.
    /// Returns the cause when this step starts a stall (nil otherwise).
    @discardableResult
    public mutating func record(lateness: Duration, breakdown: StepTimeBreakdown? = nil) -> StallCause? {
        steps += 1
        if lateness > worstLateness { worstLateness = lateness }
        if let breakdown, breakdown.ownWork > worstOwnWork { worstOwnWork = breakdown.ownWork; worstStep = breakdown }
        if lateness <= .zero { lateSince = StepTimeBreakdown(); lateSteps = 0 } else {
            if let breakdown { lateSince.add(breakdown) }
            lateSteps += 1
        }
        guard lateness > allowance else { stallCause = nil; return nil }
        missed += 1
        var started: StallCause?
        if stallCause == nil {
            let cause = breakdown?.largestPart ?? .unmeasured
            stallCause = cause
            stallsByCause[cause.rawValue] += 1
            started = cause
        }
        missedByCause[stallCause!.rawValue] += 1
        return started
    }

    /// Whether a step is to be run again from a copy (`StepReplay`) to tell its own work from the
    /// machine's: it was charged more than `threshold` of own work (less is not worth the check)
    /// and either missed its deadline (`lateness` beyond the allowance) or took longer than the
    /// allowance on its own work, which `worstOwnWork` would otherwise keep unchecked.
    public func checksByReplay(lateness: Duration, ownWork: Duration, threshold: Duration) -> Bool {
        ownWork > threshold && (lateness > allowance || ownWork > allowance)
    }

    /// Late steps put down to `cause`.
    public func missed(by cause: StallCause) -> Int { missedByCause[cause.rawValue] }

    /// Stalls (runs of consecutive late steps) put down to `cause`.
    public func stalls(by cause: StallCause) -> Int { stallsByCause[cause.rawValue] }

    /// Late steps the flight stack itself caused (its own work, blocking, or its executor).
    public var missedByTheStack: Int { StallCause.allCases.filter(\.isTheStacks).reduce(0) { $0 + missed(by: $1) } }
}

/// What a stall of a paced loop lost its time to.
public enum StallCause: Int, CaseIterable, Sendable {
    /// The loop's own work ran longer than the allowance (too slow a step).
    case ownWork
    /// The thread left the CPU of its own accord beyond the pacing sleep (I/O, a lock, a page in).
    case blocked
    /// The loop waited at a yield for its executor, busy with the process's other tasks. A loop on
    /// a thread of its own that never yields, as `SITLRuntime`'s is since the soak's eighth round,
    /// has none; the cause stays for a loop that shares an executor.
    case executor
    /// The thread was runnable but other threads of this machine held the CPUs.
    case otherThreads
    /// The thread neither ran nor waited for a CPU nor gave one up, yet time passed: the CPU was
    /// taken from under it, by the hypervisor giving the virtual CPU to another machine (steal),
    /// by interrupt handling, or by a late wake-up from the pacing sleep; or the thread was charged
    /// running time for simulation, flight-stack, flight-log, vehicle-update or file-transfer work
    /// that running it again did not reproduce (`StepTimeBreakdown.unreproduced`), or beyond the wall time of all the loop's code
    /// (`StepTimeBreakdown.outsideCode`).
    case stolen
    /// No breakdown was measured (not Linux, or no status reports asked for).
    case unmeasured

    /// Whether the flight stack is to blame: its own work, a block, or its executor.
    public var isTheStacks: Bool { self == .ownWork || self == .blocked || self == .executor }

    /// The snake-case name used in status lines and soak summaries.
    public var name: String {
        switch self {
        case .ownWork: "own_work"
        case .blocked: "blocked"
        case .executor: "executor"
        case .otherThreads: "other_threads"
        case .stolen: "stolen"
        case .unmeasured: "unmeasured"
        }
    }
}

/// Where the wall time between two deadline checks of a paced loop went, beyond the pacing sleep
/// it asked for. The parts add up to that wall time less the sleep.
public struct StepTimeBreakdown: Sendable, Equatable {
    /// The loop thread running: the step's own work.
    public var ownWork: Duration = .zero
    /// Runnable, waiting behind other threads of this machine for a CPU.
    public var otherThreads: Duration = .zero
    /// Off the CPU beyond the pacing sleep, having given it up of its own accord (blocked on I/O or
    /// a lock, or a sleep that is not the pacing one).
    public var blocked: Duration = .zero
    /// Off the CPU beyond the pacing sleep without giving it up: the hypervisor's steal, interrupt
    /// handling, or a late wake-up from the pacing sleep.
    public var stolen: Duration = .zero
    /// Waiting at a yield for the executor to resume the loop (see `StallCause.executor`).
    public var executor: Duration = .zero
    /// Running time the thread was charged in the simulation and flight-stack steps, the flight
    /// log's recording, the vehicle update or the file transfers' chunks that running the same
    /// work again did not reproduce (`discountUnreproduced`):
    /// counted in `stolen`, not in `ownWork`, and kept here to show it.
    public var unreproduced: Duration = .zero
    /// Running time the thread was charged beyond the wall time of all the loop's code
    /// (`discountOutsideCode`): counted in `stolen`, not in `ownWork`, and kept here to show it.
    public var outsideCode: Duration = .zero
    /// How the loop's work split into its parts (wall time), when the loop measured them.
    public var phases = StepPhases()

    public init() {}

    /// Adds `other`'s parts to these.
    public mutating func add(_ other: StepTimeBreakdown) {
        ownWork += other.ownWork; otherThreads += other.otherThreads; blocked += other.blocked
        stolen += other.stolen; executor += other.executor; unreproduced += other.unreproduced
        outsideCode += other.outsideCode
        phases.add(other.phases)
    }

    /// Adds one stretch of the loop on one thread: `wall` elapsed, `running` and `runQueue` from
    /// its scheduler account, `slept` of it asked for in `sleeps` pacing sleeps, and the thread
    /// giving up the CPU of its own accord `voluntarySwitches` times meanwhile (once per pacing
    /// sleep when nothing else happened). Time off the CPU beyond the sleeps is a block when the
    /// thread gave the CPU up more often than it slept, else stolen from it.
    public mutating func add(wall: Duration, running: Duration, runQueue: Duration, slept: Duration, sleeps: Int,
                             voluntarySwitches: Int) {
        ownWork += running
        otherThreads += runQueue
        let off = wall - running - runQueue - slept
        guard off > .zero else { return }
        if voluntarySwitches > sleeps { blocked += off } else { stolen += off }
    }

    /// Takes out of `ownWork` the running time the thread was charged beyond the wall time of
    /// every part of the loop's code (`phases.code`) plus `slack` (the scheduler-account readings
    /// and loop control between the parts, a few µs each). The code cannot have run longer than
    /// it took, so the rest was charged while the loop ran none of it: in the kernel's sleep and
    /// wake-up paths, for interrupts and network processing a virtual machine's kernel bills to
    /// whichever thread was running (the 6× soak saw steps charged 3–24 ms whose parts all took
    /// under 0.2 ms). Moved to `stolen` (and `outsideCode`).
    public mutating func discountOutsideCode(slack: Duration = .microseconds(200)) {
        let excess = ownWork - phases.code - slack
        guard excess > .zero else { return }
        ownWork -= excess
        stolen += excess
        outsideCode += excess
    }

    /// Takes out of `ownWork` what the thread was charged for the parts of the loop that can be
    /// run again, bit for bit, from a copy of their state (`StepReplay`): the simulation and
    /// flight-stack steps (`phases.flight`), the vehicle model's update (`vehicleUpdate`), when
    /// `flightLogRepeated` the flight log's recording (`flightLog`) and, when
    /// `fileTransfersRepeated`, the services' file-transfer chunks (`fileTransfers`: reads and
    /// encoding, run again from a copy of the transfers into a scratch outbox), beyond what the same
    /// work took when run again (`replayed`, wall time of those parts). A virtual machine whose
    /// kernel does not account interrupt time separately charges interrupts, and the host running
    /// the virtual CPU slowly, to the thread that was running: steps that take 0.05 ms were
    /// charged 3–16 ms that way.
    ///
    /// Per part, only running time beyond twice the replay's plus `slack` moves, to `stolen` (and
    /// `unreproduced`); the step's time off the CPU is assumed to have fallen in that very part,
    /// so at most its running time moves. The rest of the services and of the loop is not replayed
    /// (it sends frames and writes files) and keeps all its time, and so does the flight log
    /// when the recorder started a log, wrote its buffer out or finished a log in the step: the
    /// replay's copy writes no files, so it does not repeat that work.
    public mutating func discountUnreproduced(replayed: StepPhases, flightLogRepeated: Bool = false,
                                              fileTransfersRepeated: Bool = false, slack: Duration = .microseconds(200)) {
        let offCPU = stolen + otherThreads + blocked + executor
        var parts = [(phases.flight, replayed.flight), (phases.vehicleUpdate, replayed.vehicleUpdate)]
        if flightLogRepeated { parts.append((phases.flightLog, replayed.flightLog)) }
        if fileTransfersRepeated { parts.append((phases.fileTransfers, replayed.fileTransfers)) }
        var excess = Duration.zero
        for (charged, again) in parts {
            let beyond = charged - offCPU - again * 2 - slack
            if beyond > .zero { excess += beyond }
        }
        guard excess > .zero else { return }
        let moved = min(excess, ownWork)
        ownWork -= moved
        stolen += moved
        unreproduced += moved
    }

    /// One line of JSON for a stall that started at simulated time `simulatedSeconds` with this
    /// breakdown (`{"stall": {…}}`, times in ms).
    /// With `sinceOnTime`, also the parts summed over the `lateSteps` steps since the loop was
    /// last on time (`DeadlineMonitor.lateSince`), where the lateness built up.
    public func stallLine(cause: StallCause, simulatedSeconds: Double, lateness: Duration,
                          lateSteps: Int? = nil, sinceOnTime: StepTimeBreakdown? = nil) -> String {
        var line = "{\"stall\": {\"sim_time_s\": \(simulatedSeconds), \"cause\": \"\(cause.name)\", \"lateness_ms\": \(Self.ms(lateness)), "
            + jsonMembers
        if let lateSteps { line += ", \"late_steps\": \(lateSteps)" }
        if let sinceOnTime { line += ", \"since_on_time\": {" + sinceOnTime.jsonMembers + "}" }
        return line + "}}"
    }

    /// The parts as JSON members (`"own_work_ms": …, …`), times in ms.
    var jsonMembers: String {
        "\"own_work_ms\": \(Self.ms(ownWork)), \"blocked_ms\": \(Self.ms(blocked)), \"executor_ms\": \(Self.ms(executor)), "
            + "\"other_threads_ms\": \(Self.ms(otherThreads)), \"stolen_ms\": \(Self.ms(stolen)), "
            + "\"unreproduced_ms\": \(Self.ms(unreproduced)), \"outside_code_ms\": \(Self.ms(outsideCode)), " + phases.jsonMembers
    }

    /// `d` in milliseconds, to the microsecond.
    static func ms(_ d: Duration) -> String {
        let x = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15
        return "\((x * 1000).rounded() / 1000)"
    }

    /// The largest part, as a cause; a tie goes to the stack's own work, listed first.
    var largestPart: StallCause {
        let parts: [(StallCause, Duration)] = [(.ownWork, ownWork), (.otherThreads, otherThreads), (.blocked, blocked),
                                               (.stolen, stolen), (.executor, executor)]
        return parts.max { $0.1 < $1.1 }!.0
    }
}
