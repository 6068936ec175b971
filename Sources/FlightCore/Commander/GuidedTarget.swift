import FlightMath

/// A guided-mode (offboard) target from a ground station or companion computer.
///
/// Either a position/velocity target or an attitude target (`isAttitudeTarget`). Any component may
/// be NaN ("not given"): a finite position is flown to, else a finite velocity is followed. An
/// attitude target bypasses the position loops: a finite attitude is held (a finite yaw body rate
/// is its heading-rate feed-forward), else the finite body rates are flown (NaN axes: zero rate),
/// with the given collective thrust (NaN: hover thrust, `MPC_THR_HOVER`). Streamed targets must
/// keep arriving: after `COM_OF_LOSS_T` seconds without one the guided timeout failsafe fires.
public struct GuidedTarget: Sendable, Equatable {
    /// Metres, NED from the estimator origin.
    public var position: Vector3
    /// m/s, NED.
    public var velocity: Vector3
    /// Heading, radians from north (NaN: keep).
    public var yaw: Float
    /// Attitude to hold, body FRD → NED (nil: none).
    public var attitude: Quaternion?
    /// Body rates, rad/s, body FRD (NaN: not given).
    public var bodyRate: Vector3
    /// Collective thrust of an attitude target, 0…1 of the airframe's maximum (NaN: hover thrust).
    public var thrust: Float
    /// True for setpoints a companion computer streams (`SET_POSITION_TARGET_*`,
    /// `SET_ATTITUDE_TARGET`): their silence for `COM_OF_LOSS_T` is the guided-timeout failsafe.
    /// False for a one-shot target such as `MAV_CMD_DO_REPOSITION`, which the vehicle holds until
    /// told otherwise.
    public var streamed: Bool

    public init(position: Vector3 = .nan, velocity: Vector3 = .nan, yaw: Float = .nan, streamed: Bool = true) {
        self.position = position; self.velocity = velocity; self.yaw = yaw
        attitude = nil; bodyRate = .nan; thrust = .nan
        self.streamed = streamed
    }

    /// An attitude target (streamed): `attitude` and/or `bodyRate` (NaN axes not given) with `thrust`.
    public init(attitude: Quaternion?, bodyRate: Vector3 = .nan, thrust: Float) {
        position = .nan; velocity = .nan; yaw = .nan
        self.attitude = attitude; self.bodyRate = bodyRate; self.thrust = thrust
        streamed = true
    }

    /// True when the target commands attitude or body rates rather than a position or velocity.
    public var isAttitudeTarget: Bool {
        attitude != nil || bodyRate.x.isFinite || bodyRate.y.isFinite || bodyRate.z.isFinite
    }
}
