#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's scheduler account, from Linux's `/proc/thread-self/schedstat` and
/// `getrusage(RUSAGE_THREAD)`: how long it ran, how long it waited runnable for a CPU, and how
/// often it gave up the CPU of its own accord (sleeping or blocking).
///
/// Running time comes from the kernel's task clock (`CLOCK_THREAD_CPUTIME_ID`), which leaves out
/// time a hypervisor took the virtual CPU away (steal, with paravirtual time accounting), so a
/// thread's wall time splits into running + waiting in the run queue + off the CPU: sleeping or
/// blocked when it gave the CPU up itself, stolen when it did not.
///
/// Not the schedstat file's running time: for a thread that is running, that figure is brought up
/// to date only at a context switch or a scheduler tick (4 ms at 250 Hz), so a loop that runs
/// several steps between sleeps saw none of their work and then a tick's worth at once. The
/// file's run-queue time is current whenever the thread reads it, having waited before it ran.
struct ThreadSchedStat: Sendable, Equatable {
    /// Time on a CPU, ns.
    var runningNanos: UInt64
    /// Time runnable but waiting for a CPU behind other threads of this machine, ns.
    var runQueueNanos: UInt64
    /// Times the thread gave up the CPU of its own accord (a sleep, a block on I/O or a lock).
    var voluntarySwitches: UInt64

    /// Parses the schedstat file's first two numbers (`"123 456 7\n"`: running and run-queue
    /// nanoseconds) beside `voluntarySwitches`; nil when the text is not three numbers. Reads the
    /// bytes in place (it runs several times per paced step).
    init?<C: Collection>(_ text: C, voluntarySwitches: UInt64) where C.Element == UInt8 {
        var numbers: (UInt64, UInt64, Int) = (0, 0, 0)   // first, second, how many numbers
        var value: UInt64 = 0, inNumber = false
        for b in text {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(b - UInt8(ascii: "0")))
                guard !o1 && !o2 else { return nil }
                value = sum; inNumber = true
            } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") {
                if inNumber {
                    if numbers.2 == 0 { numbers.0 = value } else if numbers.2 == 1 { numbers.1 = value }
                    numbers.2 += 1
                }
                value = 0; inNumber = false
            } else {
                return nil
            }
        }
        if inNumber { numbers.2 += 1 }
        guard numbers.2 >= 3 else { return nil }
        (runningNanos, runQueueNanos, self.voluntarySwitches) = (numbers.0, numbers.1, voluntarySwitches)
    }

    /// Parses text (as the file holds it).
    init?(_ text: Substring, voluntarySwitches: UInt64) { self.init(text.utf8, voluntarySwitches: voluntarySwitches) }

    init(runningNanos: UInt64, runQueueNanos: UInt64, voluntarySwitches: UInt64) {
        (self.runningNanos, self.runQueueNanos, self.voluntarySwitches) = (runningNanos, runQueueNanos, voluntarySwitches)
    }

    /// The calling thread's account now; nil where the file is missing (not Linux, or a kernel
    /// without scheduler statistics). About 3 µs: four system calls and a vDSO clock read.
    #if canImport(Glibc)
    /// `RUSAGE_THREAD` (a GNU extension the Swift import of glibc leaves out): the calling thread.
    private static let rusageThread = __rusage_who_t(1)
    #endif

    static func now() -> ThreadSchedStat? { now(file: nil) }

    /// The calling thread's account, reading the schedstat file through `file` (kept open for the
    /// thread that opened it: an open and close of the file took a third of a reading's cost).
    static func now(file: SchedStatFile?) -> ThreadSchedStat? {
        #if canImport(Glibc)
        var usage = rusage()
        guard getrusage(Self.rusageThread, &usage) == 0 else { return nil }
        let voluntary = UInt64(max(0, usage.ru_nvcsw))
        var cpu = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0 else { return nil }
        let running = UInt64(cpu.tv_sec) * 1_000_000_000 + UInt64(cpu.tv_nsec)
        let owned = file == nil
        let fd = file?.descriptorForThisThread() ?? open("/proc/thread-self/schedstat", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { if owned { close(fd) } }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer -> ThreadSchedStat? in
            let n = pread(fd, buffer.baseAddress, buffer.count, 0)
            guard n > 0 else { return nil }
            guard var stat = ThreadSchedStat(UnsafeBufferPointer(rebasing: buffer[..<n]), voluntarySwitches: voluntary) else { return nil }
            stat.runningNanos = running
            return stat
        }
        #else
        return nil
        #endif
    }
}

/// `/proc/thread-self/schedstat` held open for one thread at a time: a paced loop stays on one
/// thread for many steps and moves only across a yield, when the file is opened for the new one.
/// Not thread-safe: one loop uses it.
final class SchedStatFile {
    #if canImport(Glibc)
    private var thread: pthread_t?
    #endif
    private var fd: Int32 = -1

    /// The open file of the calling thread (-1 where it cannot be opened).
    func descriptorForThisThread() -> Int32 {
        #if canImport(Glibc)
        let me = pthread_self()
        if me != thread || fd < 0 {
            if fd >= 0 { close(fd) }
            fd = open("/proc/thread-self/schedstat", O_RDONLY)
            thread = me
        }
        return fd
        #else
        return -1
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if fd >= 0 { close(fd) }
        #endif
    }
}
