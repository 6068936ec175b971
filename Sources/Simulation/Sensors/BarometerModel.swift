import FlightMath

/// A barometer: ISA static pressure at the vehicle's altitude with a turn-on offset, slow
/// (thermal) drift and white noise; temperature is ambient plus board self-heating.
struct BarometerModel: Sendable {
    let spec: BaroSpec
    let originAltitude: Double
    var schedule: SampleSchedule
    var drift: GaussMarkov3
    let offset: Float

    init(spec: BaroSpec, originAltitude: Double, rng: inout SplitMix64) {
        self.spec = spec
        self.originAltitude = originAltitude
        schedule = SampleSchedule(rateHz: spec.rateHz)
        drift = GaussMarkov3(sigma: Vector3(spec.pressureDrift, 0, 0), tau: spec.driftCorrelationSeconds,
                             dt: schedule.period)
        drift.start(rng: &rng)
        offset = rng.nextGaussian() * spec.turnOnOffset
    }

    mutating func sample(_ truth: Truth, rng: inout SplitMix64) -> BaroReading? {
        guard schedule.due(at: truth.timeMicros) else { return nil }
        let air = StandardAtmosphere.air(altitudeMeters: originAltitude - truth.position.down)
        let pressure = Float(air.pressurePascals) + offset + drift.step(rng: &rng).x + rng.nextGaussian() * spec.pressureNoise
        let celsius = Float(air.temperatureKelvin - 273.15) + spec.boardHeatingCelsius + 0.01 * rng.nextGaussian()
        return BaroReading(timeMicros: truth.timeMicros, pressurePascals: pressure, temperatureCelsius: celsius)
    }
}
