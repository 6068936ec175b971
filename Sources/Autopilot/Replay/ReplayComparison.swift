import FlightCore
import FlightMath

/// Root-mean-square and largest absolute value of an error over a replay.
public struct ErrorStatistics: Sendable {
    public private(set) var count = 0
    var sum = 0.0
    var sumOfSquares = 0.0
    public private(set) var max = 0.0
    public init() {}
    public mutating func add(_ e: Double) {
        guard e.isFinite else { return }
        count += 1; sum += e; sumOfSquares += e * e; max = Swift.max(max, abs(e))
    }
    /// RMS of the errors added (NaN when none were).
    public var rms: Double { count == 0 ? .nan : (sumOfSquares / Double(count)).squareRoot() }
    /// Mean of the errors added, signed (NaN when none were): for a vertical error, a constant
    /// offset such as two filters' different origin heights.
    public var mean: Double { count == 0 ? .nan : sum / Double(count) }
    /// Standard deviation of the errors about their mean (NaN when none were): the error apart
    /// from a constant offset.
    public var spread: Double { count == 0 ? .nan : Swift.max(0, sumOfSquares / Double(count) - mean * mean).squareRoot() }
}

/// The replayed estimate against one reference track, at the replay's output times from the
/// moment its whole solution was first valid: horizontal and vertical position error (m),
/// velocity error (m/s, 3-D) and roll, pitch and yaw error (degrees). A part is nil when the
/// reference lacks it (e.g. positions without an origin, SIM without velocity).
public struct TrackComparison: Sendable {
    public var reference: String
    public var horizontalPosition: ErrorStatistics?
    public var verticalPosition: ErrorStatistics?
    public var velocity: ErrorStatistics?
    public var roll: ErrorStatistics?
    public var pitch: ErrorStatistics?
    public var yaw: ErrorStatistics?
    /// First compared time, µs.
    public var from: UInt64?

    /// Compares `replay` with `reference`; or, given `estimate` (the log's own estimator), that
    /// estimate with `reference` over the same times, so both filters are judged on one span.
    public init(_ replay: EstimatorReplay, estimate: RecordedTrack? = nil, against reference: RecordedTrack) {
        self.reference = reference.source
        guard let start = replay.firstFullyValid else { return }
        from = start
        let origin = estimate.map { $0.origin } ?? replay.track.origin
        let offset = Self.offset(of: origin, in: reference.origin)
        var h = ErrorStatistics(), v = ErrorStatistics(), vel = ErrorStatistics()
        var r = ErrorStatistics(), p = ErrorStatistics(), y = ErrorStatistics()
        let track = replay.track
        for (i, t) in track.position.times.enumerated() where t >= start && replay.validity[i].contains(.all) {
            let position = estimate.map { $0.position.value(at: t) } ?? track.position.values[i]
            let velocity = estimate.map { $0.velocity.value(at: t) } ?? track.velocity.values[i]
            let attitude = estimate.map { $0.attitude.value(at: t) } ?? track.attitude.values[i]
            if let offset, let position, let ref = reference.position.value(at: t) {
                let d = position + offset - ref
                h.add(Double((d.x * d.x + d.y * d.y).squareRoot())); v.add(Double(d.z))
            }
            if let velocity, let ref = reference.velocity.value(at: t) {
                let d = velocity - ref
                vel.add(Double((d.x * d.x + d.y * d.y + d.z * d.z).squareRoot()))
            }
            if let attitude, let ref = reference.attitude.value(at: t) {
                let a = EulerAngles(attitude), b = EulerAngles(ref)
                r.add(Self.degrees(a.roll - b.roll)); p.add(Self.degrees(a.pitch - b.pitch)); y.add(Self.degrees(a.yaw - b.yaw))
            }
        }
        func some(_ s: ErrorStatistics) -> ErrorStatistics? { s.count > 0 ? s : nil }
        horizontalPosition = some(h); verticalPosition = some(v); velocity = some(vel)
        roll = some(r); pitch = some(p); yaw = some(y)
    }

    /// Where `origin` lies in the NED frame anchored at `reference` (nil: either unknown).
    static func offset(of origin: GeodeticPosition?, in reference: GeodeticPosition?) -> Vector3? {
        guard let origin, let reference else { return nil }
        return LocalTangentPlane(origin: reference).ned(of: origin).vector
    }

    /// An angle difference in degrees, wrapped to ±180.
    static func degrees(_ radians: Float) -> Double {
        var d = Double(radians) * 180 / .pi
        while d > 180 { d -= 360 }
        while d < -180 { d += 360 }
        return d
    }
}

/// The raw GNSS solutions of a log against simulator truth, from `start`: horizontal position
/// error (m) against truth `delay` seconds earlier (when the receiver measured it), and
/// velocity error (m/s, 3-D) where truth has velocity. The yardstick of issue #5's accuracy
/// thresholds.
public struct GnssRawError: Sendable {
    public var horizontalPosition = ErrorStatistics()
    public var velocity: ErrorStatistics?

    public init(_ flight: RecordedFlight, truth: RecordedTrack, from start: UInt64, delay: Float) {
        guard let origin = truth.origin else { return }
        let plane = LocalTangentPlane(origin: origin)
        let lag = UInt64(max(0, delay) * 1e6)
        var vel = ErrorStatistics()
        for case .gnss(let g) in flight.samples where g.time.micros >= start && g.time.micros > lag && g.fix.rawValue >= GnssFix.fix3D.rawValue {
            let t = g.time.micros - lag
            let p = plane.ned(of: GeodeticPosition(latitude: Double(g.latE7) / 1e7, longitude: Double(g.lonE7) / 1e7, altitude: g.altitudeMeters))
            if let ref = truth.position.value(at: t) {
                horizontalPosition.add(((p.north - Double(ref.x)) * (p.north - Double(ref.x)) + (p.east - Double(ref.y)) * (p.east - Double(ref.y))).squareRoot())
            }
            if let ref = truth.velocity.value(at: t) {
                let d = g.velocityNED - ref
                vel.add(Double((d.x * d.x + d.y * d.y + d.z * d.z).squareRoot()))
            }
        }
        velocity = vel.count > 0 ? vel : nil
    }
}
