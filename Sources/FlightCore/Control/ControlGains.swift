/// Everything the controller cascade is configured with, built from the parameter table.
public struct ControlGains: Sendable, Equatable {
    /// Body-rate PID (normalised torque per rad/s …).
    public var rate: RateControlGains
    /// Attitude P gains, yaw weight, rate limits (rad/s).
    public var attitude: AttitudeControlGains
    /// Position/velocity gains and limits (m, m/s, m/s², NED), thrust bounds.
    public var position: PositionControlGains
    /// Stick shaping for the manual modes.
    public var manual: ManualControlLimits
    /// Geometry, idle, spool and thrust-curve settings of the mixer.
    public var mixer: MixerSettings
    /// Rate, attitude and position loop frequencies, Hz.
    public var loopRates: ControlLoopRates

    public init(rate: RateControlGains, attitude: AttitudeControlGains, position: PositionControlGains,
                manual: ManualControlLimits, mixer: MixerSettings, loopRates: ControlLoopRates) {
        self.rate = rate; self.attitude = attitude; self.position = position
        self.manual = manual; self.mixer = mixer; self.loopRates = loopRates
    }
}
