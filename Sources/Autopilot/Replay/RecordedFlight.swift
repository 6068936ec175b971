import FlightCore
import FlightMath

/// A quantity sampled over time (timestamps µs since boot, increasing).
public struct TimedSeries<Value: Sendable>: Sendable {
    public var times: [UInt64] = []
    public var values: [Value] = []
    public init() {}
    public var isEmpty: Bool { times.isEmpty }
    public mutating func append(_ time: UInt64, _ value: Value) {
        if let last = times.last, time <= last { return }   // keep times strictly increasing
        times.append(time); values.append(value)
    }

    /// Index of the last sample at or before `time` (nil: none).
    func index(atOrBefore time: UInt64) -> Int? {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] <= time { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }
}

extension TimedSeries where Value == Vector3 {
    /// Linear interpolation at `time`; nil outside the series or across a gap longer than `maxGap` µs.
    public func value(at time: UInt64, maxGap: UInt64 = 500_000) -> Vector3? {
        guard let i = index(atOrBefore: time) else { return nil }
        if times[i] == time { return values[i] }
        guard i + 1 < times.count, times[i + 1] - times[i] <= maxGap else { return nil }
        let f = Float(Double(time - times[i]) / Double(times[i + 1] - times[i]))
        return values[i] + (values[i + 1] - values[i]) * f
    }
}

extension TimedSeries where Value == Quaternion {
    /// The nearer of the two samples around `time` (attitude logs are fast enough that
    /// interpolation changes the error statistics by far less than they measure).
    public func value(at time: UInt64, maxGap: UInt64 = 500_000) -> Quaternion? {
        guard let i = index(atOrBefore: time) else { return nil }
        if times[i] == time { return values[i] }
        guard i + 1 < times.count, times[i + 1] - times[i] <= maxGap else { return nil }
        return time - times[i] <= times[i + 1] - time ? values[i] : values[i + 1]
    }
}

/// A trajectory from a log — the logged estimator's output or simulator truth: NED position
/// (metres from `origin`), NED velocity (m/s) and attitude (body FRD → NED), each on its own
/// timestamps. Any part may be empty when the log does not hold it.
public struct RecordedTrack: Sendable {
    /// Where the values come from (`vehicle_local_position`, `XKF1`, `SIM`…).
    public var source: String
    /// The geodetic point the NED positions are measured from (nil: positions not comparable).
    public var origin: GeodeticPosition?
    public var position = TimedSeries<Vector3>()
    public var velocity = TimedSeries<Vector3>()
    public var attitude = TimedSeries<Quaternion>()
    public init(source: String, origin: GeodeticPosition? = nil) { self.source = source; self.origin = origin }
    public var isEmpty: Bool { position.isEmpty && velocity.isEmpty && attitude.isEmpty }
}

/// One recorded sensor sample, as the flight stack's sensor entry points take it.
public enum RecordedSample: Sendable {
    case imu(ImuSample), gnss(GnssSample), baro(BaroSample), mag(MagSample)

    public var time: Tick {
        switch self {
        case .imu(let s): s.time
        case .gnss(let s): s.time
        case .baro(let s): s.time
        case .mag(let s): s.time
        }
    }

    /// Order among samples of the same time: the slow sensors first, then the IMU, as
    /// `SITLVehicle` and the host autopilot feed the stack.
    var rank: Int {
        switch self {
        case .gnss: 0
        case .baro: 1
        case .mag: 2
        case .imu: 3
        }
    }
}

/// What a flight log holds for replay: the sensor samples in the order the stack saw them, and
/// the references to compare the replayed estimate with.
public struct RecordedFlight: Sendable {
    /// What kind of log this was read from (`Swiftlet ULog`, `PX4 ULog`, `ArduPilot DataFlash (LOG_REPLAY)`…).
    public var format: String
    public var samples: [RecordedSample] = []
    /// The log's own estimator output.
    public var logEstimate: RecordedTrack?
    /// Simulator ground truth, when the log holds it.
    public var truth: RecordedTrack?
    /// Which messages or topics the sensors came from, for the report.
    public var sensorSources: [String: String] = [:]

    public init(format: String) { self.format = format }

    /// Sorts the samples by time, slow sensors before the IMU sample of the same time.
    public mutating func sortSamples() {
        samples = samples.enumerated().sorted { a, b in
            let ta = a.element.time.micros, tb = b.element.time.micros
            if ta != tb { return ta < tb }
            if a.element.rank != b.element.rank { return a.element.rank < b.element.rank }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Counts of each kind of sample.
    public var counts: (imu: Int, gnss: Int, baro: Int, mag: Int) {
        var c = (imu: 0, gnss: 0, baro: 0, mag: 0)
        for s in samples {
            switch s {
            case .imu: c.imu += 1
            case .gnss: c.gnss += 1
            case .baro: c.baro += 1
            case .mag: c.mag += 1
            }
        }
        return c
    }
}
