/// Round-trip time estimator (RFC 6298 style) giving the retransmission timeout of a MAVLink
/// microservice exchange (mission, parameter, command, FTP), on either side of the link.
public struct RoundTripEstimator: Sendable {
    /// Timeout before any measurement (the mission protocol's default 1500 ms).
    public var initialTimeout: Duration
    /// Bounds of the adapted timeout.
    public var minimumTimeout: Duration, maximumTimeout: Duration
    public private(set) var smoothed: Duration?
    public private(set) var variation: Duration = .zero

    public init(initialTimeout: Duration = .milliseconds(1500), minimumTimeout: Duration = .milliseconds(250),
                maximumTimeout: Duration = .seconds(10)) {
        self.initialTimeout = initialTimeout; self.minimumTimeout = minimumTimeout; self.maximumTimeout = maximumTimeout
    }

    /// Adds one measured round trip (only from exchanges that were not retransmitted).
    public mutating func add(_ sample: Duration) {
        guard let s = smoothed else { smoothed = sample; variation = sample / 2; return }
        let err = sample > s ? sample - s : s - sample
        variation = variation * 0.75 + err * 0.25
        smoothed = s * 0.875 + sample * 0.125
    }

    /// The current timeout: smoothed RTT + 4 × variation, clamped; the initial value before any sample.
    public var timeout: Duration {
        guard let s = smoothed else { return initialTimeout }
        return min(maximumTimeout, max(minimumTimeout, s + variation * 4))
    }
}
