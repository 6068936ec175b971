import FlightCore
import FlightMath
import ULog

/// Writes a replay as a ULog that pyulog, PlotJuggler and Flight Review open: three topics on
/// the same timestamps (the replay's output times), all in one NED frame (`ref_lat`, `ref_lon`,
/// `ref_alt`: the log estimator's origin, else truth's, else the replay's own):
///
/// - `estimator_replay`: Swiftlet's replayed estimate, `valid` when its whole solution is good;
/// - `estimator_logged`: the log's own estimate (`vehicle_local_position`/`vehicle_attitude` or
///   `XKF1`) at those times, `valid` when it covers the time;
/// - `estimator_truth`: simulator truth at those times (absent when the log has none).
///
/// Fields: `x y z` m NED, `vx vy vz` m/s NED, `roll pitch yaw` rad, `q` w x y z body FRD → NED;
/// NaN where the source has no value.
public enum ReplayLogWriter {
    static let fields: [ULogField] = [
        .timestamp, .init(.double, "ref_lat"), .init(.double, "ref_lon"), .init(.float, "ref_alt"),
        .init(.float, "x"), .init(.float, "y"), .init(.float, "z"), .init(.float, "vx"), .init(.float, "vy"), .init(.float, "vz"),
        .init(.float, "roll"), .init(.float, "pitch"), .init(.float, "yaw"), .init(.float, "q", count: 4), .init(.bool, "valid"),
    ]

    /// The log's bytes; `softwareVersion` goes in `ver_sw`, `source` (the input's name) in `replay_source`.
    public static func encode(_ replay: EstimatorReplay, _ flight: RecordedFlight, softwareVersion: String, source: String) throws(ULogError) -> [UInt8] {
        var sink = ULogBuffer(reservingCapacity: 1 << 20)
        var encoder = ULogEncoder()
        let times = replay.track.position.times
        encoder.begin(timestampMicros: times.first ?? 0, into: &sink)
        try encoder.info("sys_name", text: "Swiftlet".utf8, into: &sink)
        try encoder.info("ver_sw", text: softwareVersion.utf8, into: &sink)
        try encoder.info("replay_source", text: source.utf8.prefix(200), into: &sink)
        try encoder.info("replay_format", text: flight.format.utf8, into: &sink)
        let frame = flight.logEstimate?.origin ?? flight.truth?.origin ?? replay.track.origin ?? GeodeticPosition(latitude: 0, longitude: 0, altitude: 0)
        var tracks: [(StaticString, RecordedTrack)] = [("estimator_replay", replay.track)]
        if let t = flight.logEstimate { tracks.append(("estimator_logged", t)) }
        if let t = flight.truth { tracks.append(("estimator_truth", t)) }
        // Every format before the first subscription: the definitions section ends there.
        var formats: [ULogFormat] = []
        for (name, _) in tracks { formats.append(try encoder.format(name, fields: fields, into: &sink)) }
        var subscriptions: [ULogSubscription] = []
        for f in formats { subscriptions.append(try encoder.subscribe(f, into: &sink)) }
        var m = ULogMessage(type: UInt8(ascii: "D"))
        for (i, t) in times.enumerated() {
            for (k, (_, track)) in tracks.enumerated() {
                let isReplay = k == 0
                let offset = TrackComparison.offset(of: track.origin, in: frame)
                let p = isReplay ? replay.track.position.values[i] : track.position.value(at: t)
                let v = isReplay ? replay.track.velocity.values[i] : track.velocity.value(at: t)
                let q = isReplay ? replay.track.attitude.values[i] : track.attitude.value(at: t)
                ULogEncoder.startData(&m, of: subscriptions[k])
                m.append(t); m.append(frame.latitude); m.append(frame.longitude); m.append(Float(frame.altitude))
                let nan = Vector3(.nan, .nan, .nan)
                let position = p.flatMap { p in offset.map { p + $0 } } ?? nan
                append(position, to: &m); append(v ?? nan, to: &m)
                let e = q.map { EulerAngles($0) }
                m.append(e?.roll ?? .nan); m.append(e?.pitch ?? .nan); m.append(e?.yaw ?? .nan)
                let qq = q ?? Quaternion(w: .nan, x: .nan, y: .nan, z: .nan)
                m.append(qq.w); m.append(qq.x); m.append(qq.y); m.append(qq.z)
                m.append(isReplay ? replay.validity[i].contains(.all) : (p != nil || v != nil || q != nil))
                try ULogEncoder.data(m, of: subscriptions[k], into: &sink)
            }
        }
        return sink.bytes
    }

    static func append(_ v: Vector3, to m: inout ULogMessage) { m.append(v.x); m.append(v.y); m.append(v.z) }
}
