/// One direction of a simulated radio or network link: what goes in as packets (a UDP datagram, a
/// serial read) comes out later, or not at all, or twice, or damaged, as a field radio would do it.
///
/// Sans-I/O and seeded: the caller hands in packets with the time they were sent (`send(_:at:)`)
/// and takes out those due by a time (`deliver(until:_:)`); nothing reads a clock, so the same
/// seed and the same inputs give the same deliveries, in simulated time (tests) or wall time
/// (`swiftlet link-sim`).
///
/// The model, in order, for each packet:
/// 1. **Line rate** (`baud` > 0): the packet waits for the line, then takes 10 bits per byte (8N1)
///    to transmit; if more than `queueLimit` bytes are already waiting, it is dropped (`overflowed`),
///    as a radio's buffer overflows.
/// 2. **Loss** (`loss`): dropped after using the line, as a packet lost over the air.
/// 3. **Corruption** (`corrupt`): one bit of one byte flipped.
/// 4. **Latency**: `delay` plus a uniform 0…`jitter`; with probability `reorder` a further
///    0…`reorderWindow`, so it arrives after packets sent later.
/// 5. **Duplication** (`duplicate`): a second copy arrives 1…10 ms after the first.
///
/// Every packet draws the same number of random values whatever the settings, so changing one
/// setting does not reshuffle the others' pattern.
public struct LinkImpairment: Sendable {
    /// What the link does to packets. Probabilities are in [0, 1].
    public struct Settings: Sendable, Equatable {
        /// Probability a packet is lost.
        public var loss: Double = 0
        /// Probability a packet arrives twice.
        public var duplicate: Double = 0
        /// Probability a packet is held back by up to `reorderWindow`.
        public var reorder: Double = 0
        /// The longest extra hold of a reordered packet.
        public var reorderWindow: Duration = .milliseconds(50)
        /// Fixed one-way latency.
        public var delay: Duration = .zero
        /// Uniform extra latency, 0…`jitter`, per packet.
        public var jitter: Duration = .zero
        /// Probability one bit of a packet is flipped.
        public var corrupt: Double = 0
        /// Line rate in bits per second (a radio's serial or air rate, 10 bits per byte); 0: unlimited.
        public var baud: Int = 0
        /// Bytes that may wait for the line before new packets are dropped (with `baud` only).
        public var queueLimit: Int = 4096

        public init(loss: Double = 0, duplicate: Double = 0, reorder: Double = 0,
                    reorderWindow: Duration = .milliseconds(50), delay: Duration = .zero,
                    jitter: Duration = .zero, corrupt: Double = 0, baud: Int = 0, queueLimit: Int = 4096) {
            self.loss = loss; self.duplicate = duplicate; self.reorder = reorder
            self.reorderWindow = reorderWindow; self.delay = delay; self.jitter = jitter
            self.corrupt = corrupt; self.baud = baud; self.queueLimit = queueLimit
        }

        /// A perfect link.
        public static let ideal = Settings()

        /// The first setting out of range, described, or nil when all are valid.
        public var problem: String? {
            for (name, p) in [("loss", loss), ("duplicate", duplicate), ("reorder", reorder), ("corrupt", corrupt)]
            where !(0...1).contains(p) {
                return "\(name) must be a probability between 0 and 1, not \(p)"
            }
            if delay < .zero || jitter < .zero || reorderWindow < .zero { return "delays must not be negative" }
            if baud < 0 { return "baud must not be negative" }
            if queueLimit < 1 { return "the queue limit must be at least one byte" }
            return nil
        }

        /// Time to put `bytes` on the line (zero when the rate is unlimited).
        public func transmissionTime(bytes: Int) -> Duration {
            baud > 0 ? .nanoseconds(Int64(bytes) * 10 * 1_000_000_000 / Int64(baud)) : .zero
        }
    }

    /// What happened to the packets so far.
    public struct Counters: Sendable, Equatable {
        /// Packets and bytes handed to `send`.
        public var packets = 0, bytes = 0
        /// Packets lost over the air.
        public var lost = 0
        /// Packets dropped because the line's queue was full.
        public var overflowed = 0
        /// Packets delivered (duplicates included) and their bytes.
        public var delivered = 0, deliveredBytes = 0
        /// Extra copies, held-back packets and damaged packets.
        public var duplicated = 0, reordered = 0, corrupted = 0
        public init() {}
    }

    public var settings: Settings
    public private(set) var counters = Counters()
    private var random: SplitMix64
    private var lineFreeAt: Duration = .zero
    private var pending: [(at: Duration, order: Int, bytes: [UInt8])] = []
    private var order = 0

    public init(_ settings: Settings, seed: UInt64) {
        self.settings = settings
        random = SplitMix64(seed: seed)
    }

    /// Bytes waiting for the line at `now`.
    public func queuedBytes(at now: Duration) -> Int {
        guard settings.baud > 0, lineFreeAt > now else { return 0 }
        let waiting = lineFreeAt - now
        return Int((Double(waiting.components.seconds) + Double(waiting.components.attoseconds) * 1e-18)
                   * Double(settings.baud) / 10)
    }

    /// Hands a packet sent at `now` to the link.
    public mutating func send(_ packet: [UInt8], at now: Duration) {
        // Fixed draws per packet (see the type's documentation).
        let lossDraw = unit(), corruptDraw = unit(), corruptAt = random.next(), jitterDraw = unit()
        let reorderDraw = unit(), holdDraw = unit(), duplicateDraw = unit(), duplicateGap = unit()
        counters.packets += 1
        counters.bytes += packet.count
        guard !packet.isEmpty else { return }

        var leaves = now
        if settings.baud > 0 {
            if queuedBytes(at: now) + packet.count > settings.queueLimit { counters.overflowed += 1; return }
            leaves = max(now, lineFreeAt) + settings.transmissionTime(bytes: packet.count)
            lineFreeAt = leaves
        }
        if lossDraw < settings.loss { counters.lost += 1; return }

        var bytes = packet
        if corruptDraw < settings.corrupt {
            let index = Int(corruptAt % UInt64(bytes.count))
            bytes[index] ^= UInt8(1) << UInt8((corruptAt >> 32) % 8)
            counters.corrupted += 1
        }
        var arrives = leaves + settings.delay + settings.jitter * jitterDraw
        if reorderDraw < settings.reorder {
            arrives += settings.reorderWindow * holdDraw
            counters.reordered += 1
        }
        enqueue(bytes, at: arrives)
        if duplicateDraw < settings.duplicate {
            enqueue(bytes, at: arrives + .milliseconds(1) + .milliseconds(9) * duplicateGap)
            counters.duplicated += 1
        }
    }

    /// The time the next packet arrives, or nil when none is on its way.
    public var nextDelivery: Duration? { pending.first?.at }

    /// Packets in flight (sent, not yet delivered).
    public var inFlight: Int { pending.count }

    /// Calls `body` with every packet due by `now`, in arrival order (ties in sending order).
    public mutating func deliver(until now: Duration, _ body: ([UInt8]) -> Void) {
        var due = 0
        while due < pending.count, pending[due].at <= now { due += 1 }
        guard due > 0 else { return }
        for p in pending[..<due] {
            counters.delivered += 1
            counters.deliveredBytes += p.bytes.count
            body(p.bytes)
        }
        pending.removeFirst(due)
    }

    private mutating func enqueue(_ bytes: [UInt8], at time: Duration) {
        order += 1
        // Insert after every packet due at or before `time` (most arrive last: search from the end).
        var i = pending.count
        while i > 0, pending[i - 1].at > time { i -= 1 }
        pending.insert((time, order, bytes), at: i)
    }

    private mutating func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }
}
