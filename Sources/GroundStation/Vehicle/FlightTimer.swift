import MAVLinkDialects

/// A flight's time by the vehicle's own account: from take-off to the last touchdown, read from
/// its landed state (`EXTENDED_SYS_STATE`) and stamped with its boot clock (`time_boot_ms`), so
/// the ground station's reaction time (how soon it started the mission after arming, how late
/// telemetry reached it) does not count.
///
/// A vehicle that never reports a landed state is timed from the first sample seen armed to the
/// last sample. Sans-I/O: feed it what arrives, in order.
public struct FlightTimer: Sendable {
    /// The latest vehicle boot time seen, milliseconds.
    public private(set) var bootMs: UInt32?
    private var armedAtMs: UInt32?
    private var takeoffAtMs: UInt32?
    private var touchdownAtMs: UInt32?
    private var onGround = true
    private var armed = false

    public init() {}

    /// A timestamped sample from the vehicle (`ATTITUDE`, `GLOBAL_POSITION_INT`…): its
    /// `time_boot_ms`, milliseconds.
    public mutating func vehicleTime(_ ms: UInt32) {
        bootMs = ms
        if armed, armedAtMs == nil { armedAtMs = ms }
    }

    /// The vehicle's armed state (its `HEARTBEAT`'s safety-armed flag).
    public mutating func armed(_ isArmed: Bool) {
        armed = isArmed
        if isArmed, armedAtMs == nil, let t = bootMs { armedAtMs = t }
    }

    /// The vehicle's landed state.
    public mutating func landedState(_ state: MAVLandedState) {
        let nowOnGround = state == .onGround
        if armed, takeoffAtMs == nil, state == .inAir || state == .takeoff { takeoffAtMs = bootMs }
        if takeoffAtMs != nil {
            // The last touchdown counts: a touch-and-go is still flight time.
            if nowOnGround && !onGround { touchdownAtMs = bootMs }
            if !nowOnGround && state != .undefined { touchdownAtMs = nil }
        }
        if state != .undefined { onGround = nowOnGround }
    }

    /// Seconds flown so far (0 before take-off, or before arming for a vehicle without a landed
    /// state). Boot-time wrap-around (after 49.7 days) is taken in stride.
    public var seconds: Double {
        guard let start = takeoffAtMs ?? armedAtMs, let end = touchdownAtMs ?? bootMs else { return 0 }
        return Double(end &- start) / 1000
    }
}
