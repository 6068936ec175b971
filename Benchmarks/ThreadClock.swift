// The clock every scripted benchmark times itself with (compiled into each by its scripts/bench-*).
#if canImport(Glibc)
import Glibc
#endif

/// CPU time of this thread, seconds (other jobs on a shared machine do not count).
func threadSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}
