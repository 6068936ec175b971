import Foundation
import Testing
import TestSupport
@testable import Autopilot

/// `DeadlineMonitor` and what it puts late steps down to (`StepTimeBreakdown`, measured by
/// `PacedLoopAccount` from the thread's scheduler account).
@Suite struct DeadlineMonitorTests {
    static func ms(_ x: Double) -> Duration { .microseconds(Int64(x * 1000)) }

    @Test func aStallIsOneRunOfLateStepsPutDownToTheLargestPartOfTheStepThatStartedIt() {
        var d = DeadlineMonitor(servicePeriodMicros: 5_000)
        var stolen = StepTimeBreakdown()
        stolen.add(wall: Self.ms(14), running: Self.ms(0.3), runQueue: Self.ms(0.1), slept: Self.ms(1), sleeps: 1, voluntarySwitches: 1)
        #expect(stolen.stolen == Self.ms(12.6) && stolen.blocked == .zero)
        var busy = StepTimeBreakdown()
        busy.add(wall: Self.ms(7), running: Self.ms(6.5), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        var onTime = StepTimeBreakdown()
        onTime.add(wall: Self.ms(0.4), running: Self.ms(0.3), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)

        d.record(lateness: Self.ms(1), breakdown: onTime)
        #expect(d.record(lateness: Self.ms(12), breakdown: stolen) == .stolen)   // a stall starts: time stolen
        #expect(d.record(lateness: Self.ms(9), breakdown: onTime) == nil)        // catching up, still late: same stall
        d.record(lateness: Self.ms(6), breakdown: onTime)
        d.record(lateness: Self.ms(2), breakdown: onTime)      // on time again
        d.record(lateness: Self.ms(6), breakdown: busy)        // a second stall: the loop's own work
        #expect(d.steps == 6 && d.missed == 4)
        #expect(d.missed(by: .stolen) == 3 && d.stalls(by: .stolen) == 1)
        #expect(d.missed(by: .ownWork) == 1 && d.stalls(by: .ownWork) == 1)
        #expect(d.missedByTheStack == 1)
        #expect(d.worstLateness == Self.ms(12) && d.worstOwnWork == Self.ms(6.5))
        d.record(lateness: Self.ms(1), breakdown: onTime)
        d.record(lateness: Self.ms(8))                         // unmeasured (not Linux)
        #expect(d.missed(by: .unmeasured) == 1 && d.missedByTheStack == 1 && d.steps == 8)
    }

    @Test func aStallIsReportedAsOneLineOfJSON() throws {
        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(14), running: Self.ms(0.25), runQueue: Self.ms(0.5), slept: Self.ms(1), sleeps: 1, voluntarySwitches: 2)
        b.executor = Self.ms(0.125)
        var phases = StepPhases()
        phases.flight = Self.ms(0.125); phases.flightLog = Self.ms(0.03125); phases.services = Self.ms(0.0615)
        phases.slowest.note(.frame(messageID: 23), took: Self.ms(0.05))
        b.phases = phases
        let line = b.stallLine(cause: b.largestPart, simulatedSeconds: 61.5, lateness: Self.ms(7.5))
        #expect(line == "{\"stall\": {\"sim_time_s\": 61.5, \"cause\": \"blocked\", \"lateness_ms\": 7.5, \"own_work_ms\": 0.25, "
                + "\"blocked_ms\": 12.25, \"executor_ms\": 0.125, \"other_threads_ms\": 0.5, \"stolen_ms\": 0.0, "
                + "\"unreproduced_ms\": 0.0, \"outside_code_ms\": 0.0, \"flight_ms\": 0.125, \"flight_log_ms\": 0.031, "
                + "\"vehicle_update_ms\": 0.0, \"services_ms\": 0.061, \"file_transfers_ms\": 0.0, "
                + "\"loop_ms\": 0.0, \"slowest_handling\": \"msg 23\", "
                + "\"slowest_handling_ms\": 0.05}}")
    }

    /// A step charged 3.5 ms of running time in physics steps that take 0.05 ms when run again
    /// (the soak's stall at 1 097 s, 6×, on a Firecracker guest): the machine's, not the stack's.
    @Test func runningTimeTheReplayDoesNotReproduceIsTheMachines() {
        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(7.3), running: Self.ms(3.5), runQueue: .zero, slept: Self.ms(1), sleeps: 1, voluntarySwitches: 1)
        b.phases.flight = Self.ms(6.25)
        #expect(b.largestPart == .ownWork && b.stolen == Self.ms(2.8))
        b.discountUnreproduced(replayed: Self.replayed(flight: 0.05))
        // Of the flight part's 3.45 ms of running time, 0.05 × 2 + 0.2 ms stay the stack's.
        #expect(b.unreproduced == Self.ms(3.15))
        #expect(b.ownWork == Self.ms(0.35) && b.stolen == Self.ms(5.95))
        #expect(b.largestPart == .stolen)
        var d = DeadlineMonitor(servicePeriodMicros: 5_000)
        #expect(d.record(lateness: Self.ms(6.4), breakdown: b) == .stolen)
        #expect(d.missedByTheStack == 0 && d.worstOwnWork == Self.ms(0.35))
        #expect(b.stallLine(cause: .stolen, simulatedSeconds: 1097.5, lateness: Self.ms(6.4)).contains("\"unreproduced_ms\": 3.15"))
    }

    /// Steps that are as slow when run again stay the stack's own work, and so does running time
    /// outside the simulation and flight-stack steps (services, flight log), which is not replayed.
    @Test func runningTimeTheReplayReproducesStaysTheStacks() {
        var slow = StepTimeBreakdown()
        slow.add(wall: Self.ms(6), running: Self.ms(6), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        slow.phases.flight = Self.ms(5.5)
        slow.discountUnreproduced(replayed: Self.replayed(flight: 5.2))
        #expect(slow.unreproduced == .zero && slow.ownWork == Self.ms(6) && slow.largestPart == .ownWork)

        var services = StepTimeBreakdown()
        services.add(wall: Self.ms(6), running: Self.ms(6), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        services.phases.flight = Self.ms(0.3)
        services.phases.services = Self.ms(5.7)
        services.discountUnreproduced(replayed: Self.replayed(flight: 0.05))
        #expect(services.unreproduced == .zero && services.largestPart == .ownWork)
    }

    /// The vehicle model's update is replayed too: 31 ms charged to an update that takes 0.02 ms
    /// when run again (the 10× day's stall at 1 327 s) is the machine's, and an update as slow
    /// when run again stays the stack's.
    @Test func aVehicleUpdateTheReplayDoesNotReproduceIsTheMachines() {
        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(31.3), running: Self.ms(21.1), runQueue: .zero, slept: Self.ms(0.2), sleeps: 1, voluntarySwitches: 1)
        b.phases.flight = Self.ms(0.08); b.phases.vehicleUpdate = Self.ms(31.03); b.phases.services = Self.ms(0.03)
        #expect(b.largestPart == .ownWork && b.stolen == Self.ms(10))
        b.discountUnreproduced(replayed: Self.replayed(flight: 0.07, vehicleUpdate: 0.02))
        // Of the update's 21.03 ms of running time (31.03 less the 10 ms off the CPU), 0.04 + 0.2 stay.
        #expect(b.unreproduced == Self.ms(20.79))
        #expect(b.ownWork == Self.ms(0.31) && b.largestPart == .stolen)

        var slow = StepTimeBreakdown()
        slow.add(wall: Self.ms(6), running: Self.ms(6), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        slow.phases.flight = Self.ms(0.1); slow.phases.vehicleUpdate = Self.ms(5.8)
        slow.discountUnreproduced(replayed: Self.replayed(flight: 0.1, vehicleUpdate: 5.5))
        #expect(slow.unreproduced == .zero && slow.ownWork == Self.ms(6) && slow.largestPart == .ownWork)

        // The flight log's recording is replayed unless the step wrote its buffer out, started or
        // finished a log (the replay writes no files): then it keeps its time.
        var log = StepTimeBreakdown()
        log.add(wall: Self.ms(6.5), running: Self.ms(6.4), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        log.phases.flight = Self.ms(0.07); log.phases.flightLog = Self.ms(6.4)
        var written = log
        written.discountUnreproduced(replayed: Self.replayed(flight: 0.07, flightLog: 0.01, vehicleUpdate: 0.02), flightLogRepeated: false)
        #expect(written.unreproduced == .zero && written.largestPart == .ownWork)
        log.discountUnreproduced(replayed: Self.replayed(flight: 0.07, flightLog: 0.01, vehicleUpdate: 0.02), flightLogRepeated: true)
        #expect(log.unreproduced == Self.ms(6.08) && log.ownWork == Self.ms(0.32) && log.largestPart == .stolen)
    }

    /// The file transfers' chunks are replayed from a copy: 1.0 ms charged to four FTP burst
    /// chunks that take 0.03 ms when read and encoded again (the 6× day's stall at 20 415 s) is
    /// the machine's; chunks as slow when run again, or not run again, stay the stack's.
    @Test func fileTransfersTheReplayDoesNotReproduceAreTheMachines() {
        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(1.33), running: Self.ms(1.31), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        b.phases.flight = Self.ms(0.19); b.phases.services = Self.ms(1.03); b.phases.fileTransfers = Self.ms(1.0)
        var notRun = b
        notRun.discountUnreproduced(replayed: Self.replayed(flight: 0.18, fileTransfers: 0.03))
        #expect(notRun.unreproduced == .zero && notRun.largestPart == .ownWork)
        var slow = b
        slow.discountUnreproduced(replayed: Self.replayed(flight: 0.18, fileTransfers: 0.9), fileTransfersRepeated: true)
        #expect(slow.unreproduced == .zero && slow.largestPart == .ownWork)
        b.discountUnreproduced(replayed: Self.replayed(flight: 0.18, fileTransfers: 0.03), fileTransfersRepeated: true)
        // Of the chunks' 1.0 ms (less the 0.02 ms off the CPU), 0.06 + 0.2 ms stay the stack's.
        #expect(b.unreproduced == Self.ms(0.72))
        #expect(b.ownWork == Self.ms(0.59) && b.largestPart == .stolen)
        #expect(b.stallLine(cause: .stolen, simulatedSeconds: 20415, lateness: Self.ms(5.06)).contains("\"file_transfers_ms\": 1.0"))
    }

    static func replayed(flight: Double, flightLog: Double = 0, vehicleUpdate: Double = 0, fileTransfers: Double = 0) -> StepPhases {
        var p = StepPhases()
        p.flight = ms(flight); p.flightLog = ms(flightLog); p.vehicleUpdate = ms(vehicleUpdate); p.fileTransfers = ms(fileTransfers)
        return p
    }

    /// A step charged 24 ms of running time whose every part of code took 0.18 ms of wall time
    /// (the 6× soak's stall at 2 214 s): the code cannot have run longer than it took, so the rest
    /// is the machine's.
    @Test func runningTimeBeyondTheWallTimeOfAllTheCodeIsTheMachines() {
        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(24.5), running: Self.ms(24), runQueue: .zero, slept: Self.ms(0.25), sleeps: 1, voluntarySwitches: 1)
        b.phases.flight = Self.ms(0.1); b.phases.flightLog = Self.ms(0.01); b.phases.services = Self.ms(0.05); b.phases.loop = Self.ms(0.02)
        #expect(b.largestPart == .ownWork)
        b.discountOutsideCode()
        #expect(b.ownWork == Self.ms(0.38) && b.outsideCode == Self.ms(23.62) && b.stolen == Self.ms(23.87))
        #expect(b.largestPart == .stolen)
        #expect(b.stallLine(cause: .stolen, simulatedSeconds: 2214, lateness: Self.ms(20)).contains("\"outside_code_ms\": 23.62"))

        // Code that took the time keeps it: a 5.7 ms service step is the stack's.
        var slow = StepTimeBreakdown()
        slow.add(wall: Self.ms(6), running: Self.ms(5.9), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        slow.phases.flight = Self.ms(0.2); slow.phases.services = Self.ms(5.7)
        slow.discountOutsideCode()
        #expect(slow.outsideCode == .zero && slow.ownWork == Self.ms(5.9) && slow.largestPart == .ownWork)
    }

    /// Status and stall lines are the loop's code (its `loop` part and a handling of their own);
    /// the loop's measurement and bookkeeping are not. The soak's own-work stall at 5 360 s
    /// (2026-12-01) was charged 3.9 ms of running time while its named parts took 0.15 ms of wall
    /// time; counted as code, 7.4 ms of wall time in the bookkeeping had kept it as own work.
    @Test func reportsAreLoopCodeAndTimeChargedBesideThemIsTheMachines() {
        var p = StepPhases()
        p.report(took: Self.ms(0.3))
        p.report(took: Self.ms(1.2))
        #expect(p.loop == Self.ms(1.5) && p.slowest.name == "report" && p.slowest.time == Self.ms(1.2))

        var b = StepTimeBreakdown()
        b.add(wall: Self.ms(8.2), running: Self.ms(3.861), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        b.phases.flight = Self.ms(0.109); b.phases.flightLog = Self.ms(0.009); b.phases.vehicleUpdate = Self.ms(0.008)
        b.phases.services = Self.ms(0.014); b.phases.loop = Self.ms(0.008)
        b.discountOutsideCode()
        #expect(b.ownWork == Self.ms(0.348) && b.largestPart == .stolen, "\(b)")
    }

    @Test func aStallLineSaysWhereTheTimeWentSinceTheLoopWasLastOnTime() throws {
        var d = DeadlineMonitor(servicePeriodMicros: 5_000)
        var step = StepTimeBreakdown()
        step.add(wall: Self.ms(0.5), running: Self.ms(0.5), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        d.record(lateness: .zero, breakdown: step)                 // on time: nothing carried
        d.record(lateness: Self.ms(2), breakdown: step)             // behind, within the allowance
        d.record(lateness: Self.ms(4), breakdown: step)
        let started = d.record(lateness: Self.ms(5.5), breakdown: step)
        let cause = try #require(started)
        #expect(d.lateSteps == 3 && d.lateSince.ownWork == Self.ms(1.5))
        let line = step.stallLine(cause: cause, simulatedSeconds: 2, lateness: Self.ms(5.5), lateSteps: d.lateSteps, sinceOnTime: d.lateSince)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: Any]])
        let stall = try #require(json["stall"])
        #expect(stall["late_steps"] as? Int == 3)
        #expect((stall["since_on_time"] as? [String: Any])?["own_work_ms"] as? Double == 1.5, "\(line)")
        d.record(lateness: .zero - Self.ms(1), breakdown: step)         // on time again: starts afresh
        #expect(d.lateSteps == 0 && d.lateSince == StepTimeBreakdown())
    }

    @Test func theStepPartsAddUpAndTheSlowestHandlingIsKept() {
        var step = StepPhases()
        for (flight, services, slowest) in [(0.2, 0.05, SlowestHandling.Kind.poll), (0.3, 2.5, .frame(messageID: 110)), (0.1, 0.4, .frame(messageID: 23))] {
            var p = StepPhases()
            p.flight = Self.ms(flight); p.services = Self.ms(services)
            p.slowest.note(slowest, took: Self.ms(services * 0.9))
            step.add(p)
        }
        #expect(step.flight == Self.ms(0.6) && step.services == Self.ms(2.95))
        #expect(step.slowest.kind == .frame(messageID: 110) && step.slowest.time == Self.ms(2.25))
        // The loop's own parts compete with the services' handlings for the slowest.
        var report = StepPhases()
        report.loop = Self.ms(3.1)
        report.slowest.note(.report, took: Self.ms(3))
        var withReport = step
        withReport.add(report)
        #expect(withReport.loop == Self.ms(3.1) && withReport.slowest.name == "report" && withReport.code == Self.ms(6.65))
        // The worst step's parts are kept with it.
        var d = DeadlineMonitor(servicePeriodMicros: 5_000)
        var heavy = StepTimeBreakdown(), light = StepTimeBreakdown()
        heavy.add(wall: Self.ms(4), running: Self.ms(3.5), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        heavy.phases = step
        light.add(wall: Self.ms(1), running: Self.ms(0.5), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        d.record(lateness: .zero, breakdown: heavy)
        d.record(lateness: .zero, breakdown: light)
        #expect(d.worstStep == heavy && d.worstOwnWork == Self.ms(3.5))
    }

    @Test func offTheCPUHavingGivenItUpIsABlockOtherwiseItWasStolen() {
        var b = StepTimeBreakdown()
        // Slept 2 ms as paced, then blocked 8 ms of its own: two voluntary switches.
        b.add(wall: Self.ms(10.5), running: Self.ms(0.4), runQueue: Self.ms(0.1), slept: Self.ms(2), sleeps: 1, voluntarySwitches: 2)
        #expect(b.blocked == Self.ms(8) && b.stolen == .zero)
        #expect(b.largestPart == .blocked && StallCause.blocked.isTheStacks)
        var q = StepTimeBreakdown()
        q.add(wall: Self.ms(9), running: Self.ms(0.5), runQueue: Self.ms(8.5), slept: .zero, sleeps: 0, voluntarySwitches: 1)
        #expect(q.largestPart == .otherThreads && !StallCause.otherThreads.isTheStacks)
        var e = StepTimeBreakdown()
        e.executor = Self.ms(7)
        #expect(e.largestPart == .executor && StallCause.executor.isTheStacks)
        // A tie blames the stack.
        var t = StepTimeBreakdown()
        t.add(wall: Self.ms(8), running: Self.ms(4), runQueue: .zero, slept: .zero, sleeps: 0, voluntarySwitches: 0)
        #expect(t.stolen == Self.ms(4) && t.largestPart == .ownWork)
    }

    @Test func theSchedulerAccountParses() {
        let s = ThreadSchedStat("290975390 1032176 42\n", voluntarySwitches: 7)
        #expect(s == ThreadSchedStat(runningNanos: 290_975_390, runQueueNanos: 1_032_176, voluntarySwitches: 7))
        #expect(ThreadSchedStat("12 x 3", voluntarySwitches: 0) == nil && ThreadSchedStat("", voluntarySwitches: 0) == nil)
    }

    /// On Linux, a step of a fraction of a millisecond is measured as that, not as nothing or as a
    /// scheduler tick's worth (the schedstat file's running time, stale while the thread runs).
    @Test(.enabled(if: ThreadSchedStat.now() != nil, "needs /proc/thread-self/schedstat"))
    func aShortStepsOwnWorkIsMeasuredToTheMicrosecond() async throws {
        let steps = try await onOwnThread { () -> [StepTimeBreakdown] in
            let clock = ContinuousClock()
            var a = PacedLoopAccount()
            _ = a.check(at: clock.now)
            var steps: [StepTimeBreakdown] = []
            var x = 0.0
            for _ in 0..<40 {
                let spinUntil = clock.now.advanced(by: .microseconds(300))
                while clock.now < spinUntil { x += 1 }
                if let b = a.check(at: clock.now) { steps.append(b) }
            }
            precondition(x > 0)
            return steps
        }
        #expect(steps.count == 40)
        // Each step spun 300 µs of wall time: its own work is that, less what other threads and
        // the machine took meanwhile (with the other tests running beside it, often a third). A
        // stale figure would read 0 or a scheduler tick (4 ms) instead.
        let measured = steps.filter { $0.ownWork >= .microseconds(150) && $0.ownWork < .microseconds(1_500) }
        #expect(measured.count >= 20, "\(steps.map(\.ownWork))")
        #expect(steps.allSatisfy { $0.ownWork < .milliseconds(2) }, "\(steps.map(\.ownWork))")
    }

    /// A step is run again to check it when it missed its deadline or its own work alone took
    /// longer than the allowance (the soak's 6× day of 2026-12-01 kept an unchecked 5.59 ms step
    /// that was on time as its worst own work); short steps are never checked.
    @Test func longStepsAreCheckedWhetherLateOrNot() {
        let m = DeadlineMonitor(servicePeriodMicros: 5_000)
        let threshold = Self.ms(1)
        #expect(m.checksByReplay(lateness: Self.ms(4.8), ownWork: Self.ms(5.6), threshold: threshold))
        #expect(m.checksByReplay(lateness: Self.ms(6), ownWork: Self.ms(1.5), threshold: threshold))
        #expect(!m.checksByReplay(lateness: Self.ms(14), ownWork: Self.ms(0.2), threshold: threshold))
        #expect(!m.checksByReplay(lateness: Self.ms(4.8), ownWork: Self.ms(4.9), threshold: threshold))
        #expect(!m.checksByReplay(lateness: .zero, ownWork: Self.ms(0.5), threshold: threshold))
    }

    /// On Linux, what the thread ran between a check and a restart of the account (the replay's
    /// own work) is in no breakdown: the next stretch holds only what ran after the restart.
    @Test(.enabled(if: ThreadSchedStat.now() != nil, "needs /proc/thread-self/schedstat"))
    func whatRunsBeforeARestartIsLeftOutOfTheNextStep() async throws {
        let (restarted, kept) = try await onOwnThread { () -> (StepTimeBreakdown?, StepTimeBreakdown?) in
            let clock = ContinuousClock()
            var x = 0.0
            func spin(_ d: Duration) { let until = clock.now.advanced(by: d); while clock.now < until { x += 1 } }
            var a = PacedLoopAccount()
            _ = a.check(at: clock.now)
            spin(.milliseconds(1))
            _ = a.check(at: clock.now)
            spin(.milliseconds(30))      // the measurement's own work
            a.restart(at: clock.now)
            spin(.milliseconds(1))
            let restarted = a.check(at: clock.now)
            spin(.milliseconds(30))      // the same without a restart stays in the step
            spin(.milliseconds(1))
            let kept = a.check(at: clock.now)
            precondition(x > 0)
            return (restarted, kept)
        }
        let r = try #require(restarted), k = try #require(kept)
        #expect(r.ownWork < .milliseconds(10) && r.stolen + r.otherThreads < .milliseconds(20), "\(r)")
        #expect(k.ownWork + k.otherThreads + k.stolen >= .milliseconds(30), "\(k)")
    }

    /// On Linux, a real thread's work, pacing sleep and unpaced block land in their parts.
    @Test(.enabled(if: ThreadSchedStat.now() != nil, "needs /proc/thread-self/schedstat"))
    func aRealThreadsWorkSleepAndBlockAreToldApart() async throws {
        let (work, sleep, block) = try await onOwnThread { () -> (StepTimeBreakdown?, StepTimeBreakdown?, StepTimeBreakdown?) in
            let clock = ContinuousClock()
            var a = PacedLoopAccount()
            _ = a.check(at: clock.now)
            let spinUntil = clock.now.advanced(by: .milliseconds(30))
            var x = 0.0
            while clock.now < spinUntil { x += 1 }
            let work = a.check(at: clock.now)
            a.sleeping(.milliseconds(30))
            Pacer.block(for: .milliseconds(30))
            let sleep = a.check(at: clock.now)
            usleep(30_000)   // not a pacing sleep: the loop blocked
            let block = a.check(at: clock.now)
            precondition(x > 0)
            return (work, sleep, block)
        }
        let w = try #require(work), s = try #require(sleep), b = try #require(block)
        // Spinning: running time, less whatever the machine took meanwhile.
        #expect(w.ownWork + w.otherThreads + w.stolen >= .milliseconds(29) && w.blocked == .zero, "\(w) \(s) \(b)")
        // The pacing sleep is nobody's fault: only its overshoot may show, and not as a block.
        #expect(s.blocked == .zero && s.ownWork < .milliseconds(5), "\(s)")
        // The unpaced sleep is a block of the loop's own.
        #expect(b.blocked >= .milliseconds(25) && b.largestPart == .blocked, "\(b)")
    }
}
