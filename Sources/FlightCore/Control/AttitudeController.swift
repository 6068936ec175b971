import FlightMath

/// Attitude error → body-rate setpoint, with tilt prioritised over heading.
///
/// Implementation notes (the structure of PX4's `AttitudeControl`, re-derived here):
/// 1. The *reduced* attitude `q_red` is the current attitude turned by the shortest arc that
///    brings the current thrust axis (body z) onto the desired one: it fixes tilt and leaves the
///    heading alone.
/// 2. The remaining rotation `q_mix = q_red⁻¹ · q_d` is a pure rotation about the desired body z
///    axis (the heading part). Only `yawWeight` of its angle is kept, so the combined target
///    `q_red · q_mix^w` corrects tilt fully and heading partially; the yaw gain is divided by the
///    weight so that small heading errors still see the configured yaw gain.
/// 3. The error quaternion `q_e = q⁻¹ · q_target` (body frame) gives the error vector
///    `2 · sign(w) · (x, y, z)`, multiplied by the P gains; the yaw-rate feed-forward (about the
///    NED down axis) is mapped into the body frame; each axis is limited to `rateLimit`.
/// When the desired thrust axis is (almost) opposite the current one, the full attitude is used.
public struct AttitudeController: Sendable {
    /// Gains and rate limits in use (replace them when parameters change).
    public var gains: AttitudeControlGains

    public init(gains: AttitudeControlGains) { self.gains = gains }

    /// The body rate setpoint (rad/s, FRD) that drives `attitude` toward `setpoint.attitude`
    /// (both body FRD → NED), adding `setpoint.yawRateFeedforward` (rad/s about NED down).
    public func update(attitude q: Quaternion, setpoint: AttitudeSetpoint) -> Vector3 {
        let qd = setpoint.attitude.normalized
        let weight = constrain(gains.yawWeight, 0, 1)
        let currentZ = QuaternionGeometry.bodyZ(q)
        let desiredZ = QuaternionGeometry.bodyZ(qd)

        var target = qd
        let tiltArc = QuaternionGeometry.shortestArc(from: currentZ, to: desiredZ)
        if abs(tiltArc.x) < 1 - 1e-5 && abs(tiltArc.y) < 1 - 1e-5 {
            let reduced = tiltArc * q
            let mix = (reduced.conjugate * qd).canonical
            let w = constrain(mix.w, -1, 1), z = constrain(mix.z, -1, 1)
            // Scale the heading rotation's angle by the weight.
            let partial = Quaternion(w: Math.cos(weight * Math.acos(w)), x: 0, y: 0,
                                     z: Math.sin(weight * Math.asin(z)))
            target = reduced * partial
        }

        let error = (q.conjugate * target).canonical
        let errorVector = Vector3(error.x, error.y, error.z) * 2
        var p = gains.proportional
        if weight > 1e-4 { p.z /= weight }
        var rates = p.scaled(by: errorVector)
        if setpoint.yawRateFeedforward.isFinite {
            // The NED down axis seen from the body, times the heading rate.
            rates += q.inverseRotate(Vector3(0, 0, 1)) * setpoint.yawRateFeedforward
        }
        return rates.constrained(magnitudes: gains.rateLimit)
    }
}
