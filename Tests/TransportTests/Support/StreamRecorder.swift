import Foundation

/// Drains an AsyncStream into memory so a test can wait, with a deadline, for what it expects.
final class StreamRecorder<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Element] = []
    private var task: Task<Void, Never>?

    init(_ stream: AsyncStream<Element>) {
        task = Task { [weak self] in
            for await item in stream {
                guard let self else { return }
                self.lock.withLock { self.items.append(item) }
            }
        }
    }

    deinit { task?.cancel() }

    var snapshot: [Element] { lock.withLock { items } }

    /// Waits until `done` holds for everything recorded so far, or `timeout` seconds of polling pass;
    /// returns the record.
    ///
    /// The budget is counted in polls of at least 5 ms each, not read off the wall clock: the suite
    /// runs beside simulated flights and peers that can keep this task (and the one that records)
    /// off the cooperative threads for many seconds, and that time must not count against the link
    /// under test. A condition that holds returns at once.
    @discardableResult
    func wait(timeout: Double = 30, until done: ([Element]) -> Bool) async -> [Element] {
        for _ in 0..<max(1, Int(timeout / 0.005)) {
            let now = snapshot
            if done(now) { return now }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return snapshot
    }
}

extension StreamRecorder where Element == Transport.LinkChunk {
    /// All bytes received so far, in order.
    var bytes: [UInt8] { snapshot.flatMap(\.bytes) }

    /// Waits until at least `count` bytes have arrived.
    func waitForBytes(_ count: Int, timeout: Double = 30) async -> [UInt8] {
        await wait(timeout: timeout) { $0.reduce(0) { $0 + $1.bytes.count } >= count }.flatMap(\.bytes)
    }
}

import Transport
