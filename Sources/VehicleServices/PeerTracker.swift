import FlightCore

/// Tracks whether a MAVLink peer (a ground station, or a vehicle) is present from its heartbeats.
///
/// A peer counts as lost after `missedHeartbeatsForLoss` heartbeat periods pass without one
/// (the MAVLink convention is five missed 1 Hz heartbeats), and regained on the next heartbeat.
public struct PeerTracker: Sendable {
    public enum State: Sendable, Equatable { case neverSeen, connected, lost }
    public enum Event: Sendable, Equatable { case connected, lost, regained }

    public private(set) var state: State = .neverSeen
    public private(set) var lastHeartbeat: Tick?
    /// Expected heartbeat period, microseconds.
    public var periodMicros: UInt64
    public var missedHeartbeatsForLoss: UInt64

    public init(periodMicros: UInt64 = 1_000_000, missedHeartbeatsForLoss: UInt64 = 5) {
        self.periodMicros = periodMicros
        self.missedHeartbeatsForLoss = missedHeartbeatsForLoss
    }

    /// Records a heartbeat received at `time`; returns the event it causes, if any.
    public mutating func heartbeat(at time: Tick) -> Event? {
        lastHeartbeat = time
        switch state {
        case .neverSeen: state = .connected; return .connected
        case .lost: state = .connected; return .regained
        case .connected: return nil
        }
    }

    /// Advances time; returns `.lost` once, when the silence reaches the loss threshold.
    public mutating func poll(at time: Tick) -> Event? {
        guard state == .connected, let last = lastHeartbeat else { return nil }
        if time.micros >= last.micros &+ periodMicros &* missedHeartbeatsForLoss {
            state = .lost
            return .lost
        }
        return nil
    }
}
