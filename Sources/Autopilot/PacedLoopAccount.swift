/// The edge that measures a paced loop's `StepTimeBreakdown`s: the wall clock and the loop
/// thread's scheduler account (`ThreadSchedStat`), read at each deadline check and around each
/// pacing sleep. The loop runs on one thread throughout (`SITLRuntime` gives it its own).
///
/// Costs about three microseconds per reading; a loop that is not paced need not keep one.
struct PacedLoopAccount {
    private var start: (wall: ContinuousClock.Instant, stat: ThreadSchedStat)?
    private var slept: Duration = .zero
    private var sleeps = 0
    private var parts = StepTimeBreakdown()
    private var measurable = true
    private let file = SchedStatFile()

    /// Closes the stretch since the last reading on this thread into the running breakdown.
    private mutating func closeStretch(at wall: ContinuousClock.Instant) {
        guard measurable, let start, let stat = ThreadSchedStat.now(file: file) else { measurable = false; return }
        func ns(_ a: UInt64, _ b: UInt64) -> Duration { .nanoseconds(Int64(bitPattern: b &- a)) }
        parts.add(wall: start.wall.duration(to: wall), running: ns(start.stat.runningNanos, stat.runningNanos),
                  runQueue: ns(start.stat.runQueueNanos, stat.runQueueNanos), slept: slept, sleeps: sleeps,
                  voluntarySwitches: Int(stat.voluntarySwitches &- start.stat.voluntarySwitches))
        self.start = (wall, stat)
        slept = .zero
        sleeps = 0
    }

    /// At a deadline check at `wall`: where the time since the previous check went (nil for the
    /// first check, or where the scheduler account cannot be read).
    mutating func check(at wall: ContinuousClock.Instant) -> StepTimeBreakdown? {
        guard start != nil else {
            start = ThreadSchedStat.now(file: file).map { (wall, $0) }
            measurable = start != nil
            return nil
        }
        closeStretch(at: wall)
        defer { parts = StepTimeBreakdown() }
        return measurable ? parts : nil
    }

    /// Starts the next stretch at `wall`, leaving out of every breakdown what the thread did since
    /// the last reading (the measurement's own work, such as running a long step again to check
    /// it). Call it right after a `check`, before the loop adds phases for the next stretch.
    mutating func restart(at wall: ContinuousClock.Instant) {
        guard measurable, start != nil else { return }
        guard let stat = ThreadSchedStat.now(file: file) else { measurable = false; return }
        start = (wall, stat)
        slept = .zero
        sleeps = 0
        parts = StepTimeBreakdown()
    }

    /// Adds the loop's own measure of how its work split into parts.
    mutating func add(_ phases: StepPhases) { parts.phases.add(phases) }

    /// A pacing sleep of `duration` asked for (the thread's own; its overshoot is not).
    mutating func sleeping(_ duration: Duration) {
        slept += duration
        sleeps += 1
    }
}
