import FlightCore

/// The periodic messages of one link: which message is due when, with per-message intervals the
/// ground station can change (`MAV_CMD_SET_MESSAGE_INTERVAL`) and one-shot requests
/// (`MAV_CMD_REQUEST_MESSAGE`). Fixed table, no allocation.
public struct TelemetryStreams: Sendable {
    /// One row: a message id and its timing.
    public struct Stream: Sendable, Equatable {
        public var messageID: UInt32
        /// Default interval, microseconds (0: only on request).
        public var defaultInterval: UInt32
        /// Current interval, microseconds (0: off).
        public var interval: UInt32
        public var nextDue: UInt64
        /// Send once at the next poll (a `REQUEST_MESSAGE`).
        public var requested: Bool
    }

    /// Message ids with their default rates (see docs/VEHICLE_SERVICES.md).
    public static let defaults: [(id: UInt32, hz: Float)] = [
        (0, 1),      // HEARTBEAT
        (1, 1),      // SYS_STATUS
        (2, 1),      // SYSTEM_TIME
        (24, 2),     // GPS_RAW_INT
        (30, 10),    // ATTITUDE
        (31, 10),    // ATTITUDE_QUATERNION
        (32, 5),     // LOCAL_POSITION_NED
        (33, 5),     // GLOBAL_POSITION_INT
        (36, 2),     // SERVO_OUTPUT_RAW
        (42, 1),     // MISSION_CURRENT
        (74, 4),     // VFR_HUD
        (141, 2),    // ALTITUDE
        (147, 1),    // BATTERY_STATUS
        (148, 0),    // AUTOPILOT_VERSION (on request)
        (230, 1),    // ESTIMATOR_STATUS
        (242, 0.5),  // HOME_POSITION
        (245, 1),    // EXTENDED_SYS_STATE
        (435, 0),    // AVAILABLE_MODES (on request: all modes)
        (436, 1),    // CURRENT_MODE
        (108, 0),    // SIM_STATE (simulator truth; the SITL edge sets its rate)
        (115, 0),    // HIL_STATE_QUATERNION (simulator truth; the SITL edge sets its rate)
    ]
    static let rowCount = 21

    public private(set) var rows: InlineArray<21, Stream>

    public init() {
        rows = InlineArray(repeating: Stream(messageID: 0, defaultInterval: 0, interval: 0, nextDue: 0, requested: false))
        for i in 0..<Self.rowCount {
            let d = Self.defaults[i]
            let us: UInt32 = d.hz > 0 ? UInt32(1_000_000 / d.hz) : 0
            rows[i] = Stream(messageID: d.id, defaultInterval: us, interval: us, nextDue: 0, requested: false)
        }
    }

    func row(of id: UInt32) -> Int? {
        for i in 0..<Self.rowCount where rows[i].messageID == id { return i }
        return nil
    }

    /// Applies `MAV_CMD_SET_MESSAGE_INTERVAL`: `intervalMicros` −1 off, 0 default, else the interval.
    /// False for a message this link does not stream.
    public mutating func setInterval(messageID: UInt32, intervalMicros: Float, at time: Tick) -> Bool {
        guard let i = row(of: messageID) else { return false }
        if intervalMicros < 0 { rows[i].interval = 0 }
        else if intervalMicros == 0 { rows[i].interval = rows[i].defaultInterval }
        else { rows[i].interval = UInt32(min(intervalMicros, 4e9)) }
        rows[i].nextDue = time.micros
        return true
    }

    /// Changes the default rate of `messageID` (and its current one) to `hz` (0: only on request),
    /// e.g. the SITL edge's `--truth-rate`. False for a message this link does not stream.
    public mutating func setDefaultRate(messageID: UInt32, hz: Float, at time: Tick) -> Bool {
        guard let i = row(of: messageID) else { return false }
        let us: UInt32 = hz > 0 ? UInt32(min(1_000_000 / hz, 4e9)) : 0
        rows[i].defaultInterval = us
        rows[i].interval = us
        rows[i].nextDue = time.micros
        return true
    }

    /// Applies `MAV_CMD_REQUEST_MESSAGE`: the message goes out at the next poll. False when unknown.
    public mutating func request(messageID: UInt32) -> Bool {
        guard let i = row(of: messageID) else { return false }
        rows[i].requested = true
        return true
    }

    /// The interval of `messageID` in microseconds (0: off), nil when not streamed.
    public func interval(of messageID: UInt32) -> UInt32? { row(of: messageID).map { rows[$0].interval } }

    /// Calls `send` for each message due at `time` (and each requested one), advancing its schedule;
    /// stops early (leaving the rest due) when `send` returns false, e.g. because the outbox is full.
    public mutating func due(at time: Tick, _ send: (UInt32) -> Bool) {
        for i in 0..<Self.rowCount {
            var r = rows[i]
            let periodic = r.interval > 0 && time.micros >= r.nextDue
            guard periodic || r.requested else { continue }
            guard send(r.messageID) else { return }
            r.requested = false
            if periodic {
                // Keep the phase, but never build up a backlog after a pause.
                r.nextDue = r.nextDue &+ UInt64(r.interval)
                if r.nextDue <= time.micros { r.nextDue = time.micros &+ UInt64(r.interval) }
            }
            rows[i] = r
        }
    }
}
