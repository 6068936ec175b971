/// Loop rates of the control cascade.
public struct ControlLoopRates: Sendable, Equatable {
    /// Rate loop, Hz: one step per IMU sample (400 by default, up to 1000).
    public var rateHz: Float
    /// Minimum attitude-loop rate, Hz (runs every k-th rate tick, the largest k that keeps it at or
    /// above this).
    public var attitudeHz: Float
    /// Minimum position/velocity-loop rate, Hz.
    public var positionHz: Float

    public init(rateHz: Float = 400, attitudeHz: Float = 250, positionHz: Float = 50) {
        self.rateHz = rateHz; self.attitudeHz = attitudeHz; self.positionHz = positionHz
    }
}

/// Jitter and overrun statistics of the rate loop.
public struct ControlTiming: Sendable, Equatable {
    /// Rate-loop periods observed.
    public var periods: UInt64 = 0
    /// Largest |actual period − nominal period|, microseconds.
    public var maxJitterMicros: UInt64 = 0
    /// Periods longer than 1.5 × nominal (at least one IMU sample missed).
    public var lateTicks: UInt64 = 0
    /// Steps whose reported execution time exceeded the nominal period.
    public var overruns: UInt64 = 0
    /// Longest reported execution time, microseconds.
    public var maxExecutionMicros: UInt64 = 0
    public init() {}
}

/// Which loops run on one IMU tick, with their time steps in seconds.
public struct ScheduledLoops: Sendable, Equatable {
    /// Rate-loop step, seconds (runs every tick).
    public var rateDt: Float
    /// Attitude-loop step, seconds, or nil when the attitude loop does not run this tick.
    public var attitudeDt: Float?
    /// Position/velocity-loop step, seconds, or nil when it does not run this tick.
    public var positionDt: Float?
}

/// Decides, from IMU `Tick`s alone, when each loop of the cascade runs, and measures timing.
///
/// The rate loop runs on every tick; the attitude and position loops run on fixed tick divisors
/// (so under lockstep time the pattern is exactly repeatable). Each loop's `dt` is the measured
/// time since that loop last ran, clamped to [0.25, 4] × its nominal period so a stall or a
/// duplicated timestamp cannot produce a huge or zero step.
public struct ControlScheduler: Sendable {
    /// The configured rates (rate loop clamped to 50...2000 Hz).
    public let rates: ControlLoopRates
    /// Rate ticks per attitude step and per position step.
    public let attitudeDivisor: UInt32
    public let positionDivisor: UInt32
    /// Nominal IMU period, microseconds.
    public let nominalPeriodMicros: UInt64
    /// Jitter, late-tick and overrun statistics so far.
    public private(set) var timing = ControlTiming()
    var tickCount: UInt64 = 0
    var lastRate: Tick?
    var lastAttitude: Tick?
    var lastPosition: Tick?

    public init(rates: ControlLoopRates = ControlLoopRates()) {
        let rateHz = constrain(rates.rateHz, 50, 2000)
        self.rates = ControlLoopRates(rateHz: rateHz, attitudeHz: rates.attitudeHz, positionHz: rates.positionHz)
        attitudeDivisor = UInt32(max(1, (rateHz / max(rates.attitudeHz, 1)).rounded(.down)))
        positionDivisor = UInt32(max(1, (rateHz / max(rates.positionHz, 1)).rounded(.down)))
        nominalPeriodMicros = UInt64((1_000_000 / rateHz).rounded())
    }

    static func clampedDt(from last: Tick?, to now: Tick, nominalMicros: UInt64) -> Float {
        let nominal = Float(nominalMicros) * 1e-6
        guard let last else { return nominal }
        return constrain(now.seconds(since: last), nominal * 0.25, nominal * 4)
    }

    /// Registers the IMU sample at `time` and returns which loops run now.
    public mutating func next(_ time: Tick) -> ScheduledLoops {
        if let last = lastRate, time > last {
            let period = time.micros - last.micros
            let jitter = period > nominalPeriodMicros ? period - nominalPeriodMicros : nominalPeriodMicros - period
            timing.periods += 1
            timing.maxJitterMicros = max(timing.maxJitterMicros, jitter)
            if period * 2 > nominalPeriodMicros * 3 { timing.lateTicks += 1 }
        }
        let rateDt = Self.clampedDt(from: lastRate, to: time, nominalMicros: nominalPeriodMicros)
        lastRate = time
        var loops = ScheduledLoops(rateDt: rateDt, attitudeDt: nil, positionDt: nil)
        if tickCount % UInt64(attitudeDivisor) == 0 {
            loops.attitudeDt = Self.clampedDt(from: lastAttitude, to: time,
                                              nominalMicros: nominalPeriodMicros * UInt64(attitudeDivisor))
            lastAttitude = time
        }
        if tickCount % UInt64(positionDivisor) == 0 {
            loops.positionDt = Self.clampedDt(from: lastPosition, to: time,
                                              nominalMicros: nominalPeriodMicros * UInt64(positionDivisor))
            lastPosition = time
        }
        tickCount += 1
        return loops
    }

    /// Records how long the edge took to run one step (measured by the edge's clock).
    public mutating func recordExecution(micros: UInt64) {
        timing.maxExecutionMicros = max(timing.maxExecutionMicros, micros)
        if micros > nominalPeriodMicros { timing.overruns += 1 }
    }
}
