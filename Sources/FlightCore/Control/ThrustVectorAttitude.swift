import FlightMath

/// Acceleration setpoint (NED) and heading → attitude setpoint and normalised collective thrust.
///
/// The thrust axis (body up, i.e. −z) must point along the specific force `a − g`, so the desired
/// body z axis is `normalize(−a_N, −a_E, g − a_D)`. Its tilt from vertical is limited to
/// `maxTilt`. The collective thrust keeps the *vertical* acceleration exact (as PX4 does): the
/// hover thrust holds 1 g, so the vertical thrust needed is `hover · (g − a_D) / g`, divided by the
/// cosine of the tilt. The heading fixes the body x axis: it is the horizontal heading direction
/// projected onto the plane normal to body z.
public enum ThrustVectorAttitude {
    /// The attitude (body FRD → NED) and thrust (0...1) that produce `acceleration` (m/s², NED)
    /// at heading `yaw` (radians), given `gains.hoverThrust`, `maxTilt`, `minThrust`, `maxThrust`.
    public static func attitude(acceleration: Vector3, yaw: Float, yawRateFeedforward: Float = 0,
                                gains: PositionControlGains) -> AttitudeSetpoint {
        let up = max(standardGravity - acceleration.z, 0.1)
        var bodyZ = Vector3(-acceleration.x, -acceleration.y, up).normalized
        let maxTilt = constrain(gains.maxTilt, 0, 0.49 * Float.pi)
        let cosTilt = bodyZ.z
        if cosTilt < Math.cos(maxTilt) {
            let horizontal = Vector3(bodyZ.x, bodyZ.y, 0).normalized
            bodyZ = horizontal * Math.sin(maxTilt) + Vector3(0, 0, Math.cos(maxTilt))
        }
        let thrust = constrain(gains.hoverThrust * up / standardGravity / bodyZ.z, gains.minThrust, gains.maxThrust)

        let headingY = Vector3(-Math.sin(yaw), Math.cos(yaw), 0)
        let bodyX = headingY.cross(bodyZ).normalized
        let bodyY = bodyZ.cross(bodyX)
        let q = QuaternionGeometry.fromAxes(x: bodyX, y: bodyY, z: bodyZ)
        return AttitudeSetpoint(attitude: q, yawRateFeedforward: yawRateFeedforward, thrust: thrust)
    }
}
