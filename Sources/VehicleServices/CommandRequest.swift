import FlightCore

/// A `COMMAND_LONG` or `COMMAND_INT`, normalised: seven parameters, with positions kept exact.
public struct CommandRequest: Sendable, Equatable {
    /// `MAV_CMD` number.
    public var command: UInt32
    public var param1: Float, param2: Float, param3: Float, param4: Float
    /// Latitude and longitude, degrees (`COMMAND_INT` x/y are degrees × 1e7; `COMMAND_LONG` params 5/6).
    public var latitudeDegrees: Double
    public var longitudeDegrees: Double
    /// Param 7 / z: usually altitude, metres.
    public var param7: Float
    /// Raw params 5/6 as sent (for commands that do not carry a position).
    public var param5: Float, param6: Float
    /// `MAV_FRAME` of a `COMMAND_INT` (0 for `COMMAND_LONG`, global AMSL).
    public var frame: UInt8
    /// Resend counter (0 on first transmission); `COMMAND_INT` has none.
    public var confirmation: UInt8
    /// The sender.
    public var sourceSystem: UInt8, sourceComponent: UInt8

    public init(command: UInt32, param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0,
                param5: Float = 0, param6: Float = 0, param7: Float = 0,
                latitudeDegrees: Double? = nil, longitudeDegrees: Double? = nil, frame: UInt8 = 0,
                confirmation: UInt8 = 0, sourceSystem: UInt8 = 255, sourceComponent: UInt8 = 190) {
        self.command = command
        self.param1 = param1; self.param2 = param2; self.param3 = param3; self.param4 = param4
        self.param5 = param5; self.param6 = param6; self.param7 = param7
        self.latitudeDegrees = latitudeDegrees ?? Double(param5)
        self.longitudeDegrees = longitudeDegrees ?? Double(param6)
        self.frame = frame; self.confirmation = confirmation
        self.sourceSystem = sourceSystem; self.sourceComponent = sourceComponent
    }
}

/// Recognises resent commands so an action is carried out once.
///
/// A command from the same sender with the same number and parameters, arriving within
/// `windowMicros` of the previous one, is a resend (its `confirmation` counts up, or stays 0 for
/// `COMMAND_INT`): the earlier result is answered again and the vehicle is not asked twice.
public struct CommandDeduplicator: Sendable {
    /// How long a command's result is remembered, microseconds.
    public var windowMicros: UInt64 = 3_000_000
    var last: CommandRequest?
    var lastResult: CommandOutcome = .accepted
    var lastTime = Tick.zero
    /// Resends answered from memory.
    public private(set) var suppressed = 0

    public init() {}

    /// The remembered result when `request` repeats the last command, else nil.
    public mutating func repeated(_ request: CommandRequest, at time: Tick) -> CommandOutcome? {
        guard let l = last, time.micros < lastTime.micros &+ windowMicros else { return nil }
        var a = l, b = request
        a.confirmation = 0; b.confirmation = 0
        guard a == b else { return nil }
        // A first transmission (confirmation 0) of a finished command is a new command.
        if request.confirmation == 0 && !isInProgress { return nil }
        suppressed += 1
        lastTime = time
        last = request
        return lastResult
    }

    var isInProgress: Bool { if case .inProgress = lastResult { return true } else { return false } }

    /// Records the result of a command that was carried out.
    public mutating func record(_ request: CommandRequest, result: CommandOutcome, at time: Tick) {
        last = request; lastResult = result; lastTime = time
    }
}
