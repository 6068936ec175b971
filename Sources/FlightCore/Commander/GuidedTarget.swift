/// A guided-mode (offboard) target from a ground station or companion computer.
///
/// Any component may be NaN ("not given"): a finite position is flown to, else a finite velocity
/// is followed. Targets must keep arriving: after `COM_OF_LOSS_T` seconds without one the guided
/// timeout failsafe fires.
public struct GuidedTarget: Sendable, Equatable {
    /// Metres, NED from the estimator origin.
    public var position: Vector3
    /// m/s, NED.
    public var velocity: Vector3
    /// Heading, radians from north (NaN: keep).
    public var yaw: Float
    /// True for setpoints a companion computer streams (`SET_POSITION_TARGET_*`): their silence for
    /// `COM_OF_LOSS_T` is the guided-timeout failsafe. False for a one-shot target such as
    /// `MAV_CMD_DO_REPOSITION`, which the vehicle holds until told otherwise.
    public var streamed: Bool

    public init(position: Vector3 = .nan, velocity: Vector3 = .nan, yaw: Float = .nan, streamed: Bool = true) {
        self.position = position; self.velocity = velocity; self.yaw = yaw; self.streamed = streamed
    }
}
