import MAVLink

/// A change in whether a system is heard on a link, from its heartbeats.
public enum HeartbeatEvent: Sendable, Equatable {
    /// The first heartbeat from `system` (MAV_TYPE `type`) on this link.
    case connected(system: UInt8, type: UInt8)
    /// `system` missed the configured number of heartbeats.
    case lost(system: UInt8)
    /// `system` was heard again after being lost.
    case regained(system: UInt8)
}

/// Rates and counters of one link over the last complete measurement window.
public struct LinkHealthReport: Sendable, Equatable {
    /// MAVLink frames received / sent per second.
    public var receivedMessagesPerSecond: Double = 0
    public var sentMessagesPerSecond: Double = 0
    /// Bytes received / sent per second.
    public var receivedBytesPerSecond: Double = 0
    public var sentBytesPerSecond: Double = 0
    /// Totals since the link opened.
    public var receivedMessages: UInt64 = 0
    public var sentMessages: UInt64 = 0
    public var receivedBytes: UInt64 = 0
    public var sentBytes: UInt64 = 0
    /// Frames inferred lost from sequence-number gaps, and the lost fraction 0…1.
    public var lostMessages: UInt64 = 0
    public var lossRatio: Double = 0
    /// Frames of known id whose checksum failed.
    public var crcErrors: Int = 0
    /// Systems currently heard (heartbeat within the loss timeout).
    public var systemsHeard: [UInt8] = []
}

/// Health of one MAVLink link: message and byte rates, loss from sequence gaps, CRC errors, and
/// heartbeat-based connected / lost / regained events per system.
///
/// A value type stepped with explicit time (seconds, any monotonic origin): feed it the bytes the
/// link received with `received(_:at:)`, what it sent with `sent(bytes:messages:at:)`, and call
/// `poll(at:)` regularly to detect lost heartbeats.
public struct LinkHealth<Dialect: MAVLinkDialect>: Sendable {
    /// Expected heartbeat period, seconds (MAVLink: 1 Hz).
    public var heartbeatPeriod: Double
    /// A system is lost after this many periods without a heartbeat (MAVLink suggests 5).
    public var missedHeartbeatsForLoss: Int
    /// Length of the rate measurement window, seconds.
    public var window: Double

    private var parser = MAVLinkParser<Dialect>()
    private var sequences = SequenceTracker()
    private var totals = Totals()
    private var windowStart = Totals()
    private var windowStartTime: Double?
    private var rates = (rxMessages: 0.0, txMessages: 0.0, rxBytes: 0.0, txBytes: 0.0)
    private var heartbeats: [UInt8: (lastHeard: Double, lost: Bool)] = [:]

    private struct Totals { var rxMessages: UInt64 = 0, txMessages: UInt64 = 0, rxBytes: UInt64 = 0, txBytes: UInt64 = 0 }

    public init(heartbeatPeriod: Double = 1, missedHeartbeatsForLoss: Int = 5, window: Double = 1) {
        self.heartbeatPeriod = heartbeatPeriod
        self.missedHeartbeatsForLoss = missedHeartbeatsForLoss
        self.window = window
    }

    /// Parses received bytes; returns heartbeat events they cause (connected, regained).
    public mutating func received(_ bytes: [UInt8], at time: Double) -> [HeartbeatEvent] {
        totals.rxBytes += UInt64(bytes.count)
        var frames: [MAVLinkFrame] = []
        bytes.withUnsafeBytes { raw in parser.parseFrames(raw) { frames.append($0) } }
        let events = frames.compactMap { record($0, at: time) }
        roll(at: time)
        return events
    }

    /// Counts one frame already parsed elsewhere (the router parses once for routing and health).
    public mutating func record(_ frame: MAVLinkFrame, at time: Double) -> HeartbeatEvent? {
        totals.rxMessages += 1
        sequences.record(systemID: frame.systemID, componentID: frame.componentID, sequence: frame.sequence)
        guard frame.messageID == 0 else { return nil }
        let system = frame.systemID
        defer { heartbeats[system] = (time, false) }
        guard let previous = heartbeats[system] else { return .connected(system: system, type: frame.payload[4]) }
        return previous.lost ? .regained(system: system) : nil
    }

    /// Counts bytes received that were parsed elsewhere (pair with `record(_:at:)`).
    public mutating func countReceivedBytes(_ count: Int, crcErrors: Int = 0, at time: Double) {
        totals.rxBytes += UInt64(count)
        externalCRCErrors += crcErrors
        roll(at: time)
    }

    private var externalCRCErrors = 0

    /// Counts bytes and frames sent.
    public mutating func sent(bytes: Int, messages: Int, at time: Double) {
        totals.txBytes += UInt64(bytes)
        totals.txMessages += UInt64(messages)
        roll(at: time)
    }

    /// Reports systems whose heartbeats stopped for `missedHeartbeatsForLoss` periods (once each).
    public mutating func poll(at time: Double) -> [HeartbeatEvent] {
        roll(at: time)
        let timeout = heartbeatPeriod * Double(missedHeartbeatsForLoss)
        var events: [HeartbeatEvent] = []
        for (system, state) in heartbeats.sorted(by: { $0.key < $1.key }) where !state.lost && time - state.lastHeard > timeout {
            heartbeats[system] = (state.lastHeard, true)
            events.append(.lost(system: system))
        }
        return events
    }

    /// Rates over the last complete window and totals since the start.
    public var report: LinkHealthReport {
        var r = LinkHealthReport()
        r.receivedMessagesPerSecond = rates.rxMessages; r.sentMessagesPerSecond = rates.txMessages
        r.receivedBytesPerSecond = rates.rxBytes; r.sentBytesPerSecond = rates.txBytes
        r.receivedMessages = totals.rxMessages; r.sentMessages = totals.txMessages
        r.receivedBytes = totals.rxBytes; r.sentBytes = totals.txBytes
        r.lostMessages = sequences.lost; r.lossRatio = sequences.lossRatio
        r.crcErrors = parser.statistics.crcErrors + externalCRCErrors
        r.systemsHeard = heartbeats.filter { !$0.value.lost }.keys.sorted()
        return r
    }

    private mutating func roll(at time: Double) {
        guard let start = windowStartTime else { windowStartTime = time; return }
        let elapsed = time - start
        guard elapsed >= window else { return }
        rates = (Double(totals.rxMessages - windowStart.rxMessages) / elapsed, Double(totals.txMessages - windowStart.txMessages) / elapsed,
                 Double(totals.rxBytes - windowStart.rxBytes) / elapsed, Double(totals.txBytes - windowStart.txBytes) / elapsed)
        windowStart = totals
        windowStartTime = time
    }
}
