import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns the first SIGINT or SIGTERM into a clean stop (`action`), so a long-running command can
/// finish its work (save state, close links) before exiting; a second signal ends the process at
/// once. Active while the value is alive.
final class StopOnSignal: @unchecked Sendable {
    let sources: [any DispatchSourceSignal]

    init(_ action: @escaping @Sendable () -> Void) {
        final class Once: Sendable { let fired = Atomic<Bool>(false) }
        let once = Once()
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if once.fired.exchange(true, ordering: .relaxed) { exit(128 + number) }
                action()
            }
            source.resume()
            return source
        }
    }

    deinit {
        for s in sources { s.cancel() }
    }
}
