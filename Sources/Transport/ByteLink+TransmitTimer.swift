import NIOCore

extension ByteLink {
    /// From now on, `send` only queues its bytes, and a timer on the link's event loop sends what is
    /// queued every `interval` of wall time, each `send`'s bytes as one write (one datagram on UDP),
    /// in order.
    ///
    /// For a sender on a paced thread of its own (the vehicle's control loop): handing each send to
    /// the event loop wakes the loop's thread, a system call that on a busy virtual machine has
    /// taken milliseconds of the sender's time. With the timer, a send takes a lock and appends,
    /// and the loop wakes by itself, as PX4's `mavlink` module sends on its own schedule apart
    /// from the control loops. Bytes wait at most `interval` longer. `close()` sends what is still
    /// queued first. Calling it again changes nothing.
    public func sendOnTimer(every interval: Duration) {
        let (seconds, attoseconds) = interval.components
        let period = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        let loop = state.withLock { s in s.channels.values.first?.eventLoop } ?? group.next()
        state.withLock { s in
            guard s.transmitTimer == nil, !s.closed else { return }
            s.transmitTimer = loop.scheduleRepeatedTask(initialDelay: period, delay: period) { [weak self] _ in
                self?.transmitQueued()
            }
        }
    }

    /// Sends what `send` queued, oldest first.
    func transmitQueued() {
        let batch = state.withLock { s -> [QueuedSend] in
            var taken: [QueuedSend] = []
            swap(&taken, &s.queuedSends)
            return taken
        }
        for item in batch { transmit(item.bytes, to: item.destination) }
    }

    /// Cancels the transmit timer and sends what it had not sent yet; later sends go out at once.
    /// Waits for a run of the timer already under way, so the order of the bytes holds.
    func stopTransmitTimer() async {
        let timer = state.withLock { s in
            defer { s.transmitTimer = nil }
            return s.transmitTimer
        }
        guard let timer else { return }
        let stopped = group.next().makePromise(of: Void.self)
        timer.cancel(promise: stopped)
        try? await stopped.futureResult.get()
        transmitQueued()
    }
}
