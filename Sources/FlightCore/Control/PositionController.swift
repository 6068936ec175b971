import FlightMath

/// Position error → velocity setpoint (P with velocity feed-forward), per NED axis.
///
/// An axis whose position setpoint is NaN is not position-controlled: its velocity setpoint is
/// the feed-forward (which may itself be NaN: "not controlled"). The result is limited to the
/// horizontal and vertical speed limits.
public struct PositionController: Sendable {
    /// Gains and speed limits in use.
    public var gains: PositionControlGains

    public init(gains: PositionControlGains) { self.gains = gains }

    /// Velocity setpoint, m/s NED, for `position` (metres NED) tracking `target` (metres NED,
    /// NaN components free) with `velocityFeedforward` (m/s NED, NaN components absent).
    public func update(position: Vector3, target: Vector3, velocityFeedforward: Vector3) -> Vector3 {
        var velocity = Vector3.nan
        for axis in 0..<3 {
            let ff = velocityFeedforward[axis]
            if target[axis].isFinite {
                velocity[axis] = gains.positionP[axis] * (target[axis] - position[axis]) + (ff.isFinite ? ff : 0)
            } else {
                velocity[axis] = ff
            }
        }
        // Limit the horizontal pair only when both are controlled; NaN stays NaN.
        if velocity.x.isFinite && velocity.y.isFinite {
            let h = velocity.horizontalLength
            if h > gains.maxHorizontalSpeed && h > 0 {
                velocity.x *= gains.maxHorizontalSpeed / h; velocity.y *= gains.maxHorizontalSpeed / h
            }
        } else {
            if velocity.x.isFinite { velocity.x = constrain(velocity.x, -gains.maxHorizontalSpeed, gains.maxHorizontalSpeed) }
            if velocity.y.isFinite { velocity.y = constrain(velocity.y, -gains.maxHorizontalSpeed, gains.maxHorizontalSpeed) }
        }
        if velocity.z.isFinite { velocity.z = constrain(velocity.z, -gains.maxClimbSpeed, gains.maxDescentSpeed) }
        return velocity
    }
}
