#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's scheduler account, from Linux's `/proc/thread-self/schedstat` and
/// `getrusage(RUSAGE_THREAD)`: how long it ran, how long it waited runnable for a CPU, and how
/// often it gave up the CPU of its own accord (sleeping or blocking).
///
/// Running time comes from the kernel's task clock, which leaves out time a hypervisor took the
/// virtual CPU away (steal, with paravirtual time accounting), so a thread's wall time splits
/// into running + waiting in the run queue + off the CPU: sleeping or blocked when it gave the CPU
/// up itself, stolen when it did not.
struct ThreadSchedStat: Sendable, Equatable {
    /// Time on a CPU, ns.
    var runningNanos: UInt64
    /// Time runnable but waiting for a CPU behind other threads of this machine, ns.
    var runQueueNanos: UInt64
    /// Times the thread gave up the CPU of its own accord (a sleep, a block on I/O or a lock).
    var voluntarySwitches: UInt64

    /// Parses the schedstat file's first two numbers (`"123 456 7\n"`: running and run-queue
    /// nanoseconds) beside `voluntarySwitches`; nil when the text is not that.
    init?(_ text: Substring, voluntarySwitches: UInt64) {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 3, let a = UInt64(fields[0]), let b = UInt64(fields[1]), UInt64(fields[2]) != nil else { return nil }
        (runningNanos, runQueueNanos, self.voluntarySwitches) = (a, b, voluntarySwitches)
    }

    init(runningNanos: UInt64, runQueueNanos: UInt64, voluntarySwitches: UInt64) {
        (self.runningNanos, self.runQueueNanos, self.voluntarySwitches) = (runningNanos, runQueueNanos, voluntarySwitches)
    }

    /// The calling thread's account now; nil where the file is missing (not Linux, or a kernel
    /// without scheduler statistics). About 3 µs: four system calls.
    #if canImport(Glibc)
    /// `RUSAGE_THREAD` (a GNU extension the Swift import of glibc leaves out): the calling thread.
    private static let rusageThread = __rusage_who_t(1)
    #endif

    static func now() -> ThreadSchedStat? {
        #if canImport(Glibc)
        var usage = rusage()
        guard getrusage(Self.rusageThread, &usage) == 0 else { return nil }
        let voluntary = UInt64(max(0, usage.ru_nvcsw))
        let fd = open("/proc/thread-self/schedstat", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer -> ThreadSchedStat? in
            let n = read(fd, buffer.baseAddress, buffer.count)
            guard n > 0 else { return nil }
            return ThreadSchedStat(Substring(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self),
                                   voluntarySwitches: voluntary)
        }
        #else
        return nil
        #endif
    }
}
