import FlightMath

/// A magnetometer: the WMM field at the origin rotated into the body, plus a residual hard-iron
/// offset, a field proportional to the battery current (motor wiring), white noise, and an
/// extra disturbance on demand (a scenario's "magnetometer interference").
struct MagnetometerModel: Sendable {
    let spec: MagSpec
    let earthFieldNED: Vector3
    var schedule: SampleSchedule
    let hardIron: Vector3
    /// Extra field during `interferenceWindow`, gauss, body FRD.
    var interference = Vector3.zero
    var interferenceWindow = FaultWindow()

    init(spec: MagSpec, earthFieldNED: Vector3, rng: inout SplitMix64) {
        self.spec = spec
        self.earthFieldNED = earthFieldNED
        schedule = SampleSchedule(rateHz: spec.rateHz)
        hardIron = rng.nextGaussianVector() * spec.hardIronResidual
    }

    mutating func sample(_ truth: Truth, rng: inout SplitMix64) -> MagReading? {
        guard schedule.due(at: truth.timeMicros) else { return nil }
        var field = truth.attitude.inverseRotate(earthFieldNED) + hardIron
            + spec.currentInterferencePerAmp * truth.batteryAmps + rng.nextGaussianVector() * spec.noise
        if interferenceWindow.contains(truth.timeMicros) { field += interference }
        return MagReading(timeMicros: truth.timeMicros, fieldGauss: field)
    }
}

/// A power module: battery voltage and current with measurement noise.
struct BatteryMonitorModel: Sendable {
    let spec: BatteryMonitorSpec
    var schedule: SampleSchedule

    init(spec: BatteryMonitorSpec) {
        self.spec = spec
        schedule = SampleSchedule(rateHz: spec.rateHz)
    }

    mutating func sample(_ truth: Truth, rng: inout SplitMix64) -> BatteryReading? {
        guard schedule.due(at: truth.timeMicros) else { return nil }
        return BatteryReading(timeMicros: truth.timeMicros,
                              volts: truth.batteryVolts + rng.nextGaussian() * spec.voltsNoise,
                              amps: max(0, truth.batteryAmps + rng.nextGaussian() * spec.ampsNoise),
                              remaining: truth.batteryRemaining)
    }
}
