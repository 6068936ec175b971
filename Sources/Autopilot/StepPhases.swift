/// Where a paced loop's own work between two deadline checks went: the wall time of each part of
/// its service step, and the slowest single handling among the services and the loop's own parts.
///
/// Measured by the loop (`SITLRuntime`) only while someone watches its deadlines, so that a stall
/// line or the worst step can name the part that took the time, not just that the loop ran.
public struct StepPhases: Sendable, Equatable {
    /// Simulator and flight-stack steps (physics, sensors, estimator, controllers).
    public var flight: Duration = .zero
    /// Recording the flight log (ULog) after each step.
    public var flightLog: Duration = .zero
    /// The vehicle model's update after the physics steps (events turned into telemetry and
    /// status texts, the telemetry refreshed) and the simulated truth handed to it.
    public var vehicleUpdate: Duration = .zero
    /// The vehicle services and links: received frames handled, streams polled, answers sent.
    public var services: Duration = .zero
    /// Of `services`: the file transfers' chunks read and encoded (FTP burst reads, log data),
    /// the one part of the services a replay checks (`discountUnreproduced`).
    public var fileTransfers: Duration = .zero
    /// The loop's other code: a battery swap, events drained, status and stall lines. With the
    /// parts above it covers every line the loop runs but its pacing sleep and its measurement:
    /// the scheduler-account readings, a deadline recorded and a few flags, which
    /// `discountOutsideCode`'s slack covers, and a long step run again to check it, which the
    /// account leaves out (`PacedLoopAccount.restart`).
    public var loop: Duration = .zero
    /// The slowest single handling within `services` or `loop`.
    public var slowest = SlowestHandling()

    public init() {}

    /// The wall time of all the parts: the most running time the loop's code can have taken.
    public var code: Duration { flight + flightLog + vehicleUpdate + services + loop }

    /// A status or stall line written in `time`: loop code, and a handling of its own.
    mutating func report(took time: Duration) {
        loop += time
        slowest.note(.report, took: time)
    }

    /// Adds `other`'s times; keeps the slower of the two slowest handlings.
    public mutating func add(_ other: StepPhases) {
        flight += other.flight
        flightLog += other.flightLog
        vehicleUpdate += other.vehicleUpdate
        services += other.services
        fileTransfers += other.fileTransfers
        loop += other.loop
        slowest.note(other.slowest)
    }

    /// The parts as JSON members (`"flight_ms": …, …`), times in ms.
    var jsonMembers: String {
        "\"flight_ms\": \(StepTimeBreakdown.ms(flight)), \"flight_log_ms\": \(StepTimeBreakdown.ms(flightLog)), "
            + "\"vehicle_update_ms\": \(StepTimeBreakdown.ms(vehicleUpdate)), \"services_ms\": \(StepTimeBreakdown.ms(services)), "
            + "\"file_transfers_ms\": \(StepTimeBreakdown.ms(fileTransfers)), \"loop_ms\": \(StepTimeBreakdown.ms(loop)), "
            + "\"slowest_handling\": \"\(slowest.name)\", "
            + "\"slowest_handling_ms\": \(StepTimeBreakdown.ms(slowest.time))"
    }
}

/// The slowest one handling by a loop's vehicle services (one received frame, one poll of the
/// services: streams, protocol timeouts, queued answers; one send to a link; gathering the plans
/// to save) or one of the loop's own parts (the vehicle update, the events, a report line).
public struct SlowestHandling: Sendable, Equatable {
    /// What was handled.
    public enum Kind: Sendable, Equatable {
        /// Nothing measured.
        case none
        /// A received frame of this MAVLink message id.
        case frame(messageID: UInt32)
        /// The services' poll.
        case poll
        /// The next chunks of a link's file transfers (with handlings timed, apart from its poll).
        case fileTransfers
        /// Sending what the services produced to a link.
        case send
        /// Gathering the plans to save after a plan change.
        case savePlans
        /// The vehicle model's update and the simulated truth handed over (`vehicleUpdate`).
        case vehicleUpdate
        /// The rest of the loop's part before the services: a battery swap, the events drained.
        case events
        /// Writing a status or stall line.
        case report
    }
    public private(set) var kind = Kind.none
    /// Its wall time.
    public private(set) var time: Duration = .zero

    public init() {}

    /// Keeps `kind` when it took longer than the slowest so far.
    public mutating func note(_ kind: Kind, took time: Duration) {
        guard time > self.time || self.kind == .none else { return }
        self.kind = kind
        self.time = time
    }

    mutating func note(_ other: SlowestHandling) {
        if other.kind != .none { note(other.kind, took: other.time) }
    }

    /// `msg <id>`, `poll`, `file transfers`, `send`, `save plans`, `vehicle update`, `events`, `report` or
    /// `none`.
    var name: String {
        switch kind {
        case .none: "none"
        case .frame(let id): "msg \(id)"
        case .poll: "poll"
        case .fileTransfers: "file transfers"
        case .send: "send"
        case .savePlans: "save plans"
        case .vehicleUpdate: "vehicle update"
        case .events: "events"
        case .report: "report"
        }
    }
}
