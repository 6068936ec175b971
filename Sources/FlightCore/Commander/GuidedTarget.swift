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

    public init(position: Vector3 = .nan, velocity: Vector3 = .nan, yaw: Float = .nan) {
        self.position = position; self.velocity = velocity; self.yaw = yaw
    }
}
