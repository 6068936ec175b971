/// Configuration of the mixer: geometry and motor behaviour.
public struct MixerSettings: Sendable, Equatable {
    /// Rotor layout and motor order.
    public var geometry: AirframeGeometry
    /// Distance of every rotor hub from the centre, metres.
    public var armLength: Float
    /// Ratio of rotor drag torque to thrust, metres (N·m per N), typically 0.01–0.06.
    public var yawMomentRatio: Float
    /// Output while armed at zero demand (keeps the motors turning), normalised 0...1.
    public var idle: Float
    /// Time to ramp from stopped to full authority after arming, seconds (0 = immediate).
    public var spoolUpTime: Float
    /// Time to ramp the output ceiling back to zero after disarming, seconds (0 = immediate).
    public var spoolDownTime: Float
    /// When true, collective thrust may also be raised to make room for roll/pitch ("airmode");
    /// when false (default) thrust is only ever lowered.
    public var allowThrustIncrease: Bool
    /// Shape of rotor thrust against command above idle, 0...1 (PX4's `THR_MDL_FAC`): thrust is
    /// proportional to `(1 − f)·c + f·c²`; 0 for a linear rotor, near 1 for thrust ∝ rpm² with
    /// rpm ∝ command. The mixer inverts it so the controllers see a linear actuator.
    public var thrustCurve: Float
    /// When true (PX4's `CA_FAILURE_MODE` 1), a motor that `MotorFailureDetector` finds stopped in
    /// flight is taken out of the allocation, where the remaining motors can still control roll,
    /// pitch and thrust without it (hexa and octo; a quad cannot and keeps its allocation).
    public var handlesMotorFailure: Bool

    public init(geometry: AirframeGeometry, armLength: Float, yawMomentRatio: Float, idle: Float,
                spoolUpTime: Float, spoolDownTime: Float, allowThrustIncrease: Bool = false,
                thrustCurve: Float = 0, handlesMotorFailure: Bool = false) {
        self.geometry = geometry; self.armLength = armLength; self.yawMomentRatio = yawMomentRatio
        self.idle = idle; self.spoolUpTime = spoolUpTime; self.spoolDownTime = spoolDownTime
        self.allowThrustIncrease = allowThrustIncrease
        self.thrustCurve = thrustCurve
        self.handlesMotorFailure = handlesMotorFailure
    }
}

/// Why a mixer could not be built or reconfigured.
public enum MixerError: Error, Equatable {
    /// The remaining rotors cannot produce independent roll, pitch, yaw and thrust.
    case allocationSingular
    /// A motor index outside the airframe's motors.
    case motorIndexOutOfRange(Int)
}
