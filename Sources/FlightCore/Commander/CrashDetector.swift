/// Thresholds of the crash (flip) detector.
public struct CrashDetectorConfig: Sendable {
    /// Tilt from level beyond which the vehicle is out of control, radians (`FD_FAIL_TILT`, degrees in the table).
    public var maxTilt: Float = 60 * Float.pi / 180
    /// How long the tilt must persist, seconds (`FD_FAIL_TTRI`).
    public var triggerTime: Float = 0.3
    public init() {}
}

/// Detects a flipped or tumbling vehicle: tilt beyond `maxTilt` for `triggerTime` while armed.
public struct CrashDetector: Sendable {
    public var config: CrashDetectorConfig
    /// Latched once a crash is detected.
    public private(set) var crashed = false
    private var tiltedSince: Tick? = nil

    public init(config: CrashDetectorConfig = CrashDetectorConfig()) { self.config = config }

    /// Tilt from level, radians, of an attitude (body FRD to NED).
    public static func tilt(of q: Quaternion) -> Float {
        // Body z axis in NED: its down component is the (3,3) element of the rotation matrix.
        Math.acos(1 - 2 * (q.x * q.x + q.y * q.y))
    }

    /// Updates the decision; returns true once a crash has been detected (latched until `reset()`).
    public mutating func update(at time: Tick, attitude: Quaternion, armed: Bool) -> Bool {
        guard armed, !crashed else { tiltedSince = nil; return crashed }
        if Self.tilt(of: attitude) > config.maxTilt {
            let since = tiltedSince ?? time
            tiltedSince = since
            if time.seconds(since: since) >= config.triggerTime { crashed = true }
        } else {
            tiltedSince = nil
        }
        return crashed
    }

    /// Clears a latched crash (after inspection, e.g. on reboot or an explicit command).
    public mutating func reset() { crashed = false; tiltedSince = nil }
}
