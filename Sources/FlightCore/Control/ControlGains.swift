/// Everything the controller cascade is configured with, built from the parameter table.
public struct ControlGains: Sendable, Equatable {
    public var rate: RateControlGains
    public var attitude: AttitudeControlGains
    public var position: PositionControlGains
    public var manual: ManualControlLimits
    public var mixer: MixerSettings
    public var loopRates: ControlLoopRates

    public init(rate: RateControlGains, attitude: AttitudeControlGains, position: PositionControlGains,
                manual: ManualControlLimits, mixer: MixerSettings, loopRates: ControlLoopRates) {
        self.rate = rate; self.attitude = attitude; self.position = position
        self.manual = manual; self.mixer = mixer; self.loopRates = loopRates
    }
}
