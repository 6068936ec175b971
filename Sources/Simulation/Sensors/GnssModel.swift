import FlightMath

/// A satellite receiver: measures at a fixed rate, delivers each message after a latency, adds
/// white noise and correlated drift, reports fix and satellites; outages and glitches on demand.
struct GnssModel: Sendable {
    let spec: GnssSpec
    let plane: LocalTangentPlane
    var schedule: SampleSchedule
    var drift: GaussMarkov3
    var satellites: Int
    /// Messages measured but not yet delivered (latency up to four periods).
    var pending: InlineArray<4, GnssReading?> = InlineArray(repeating: nil)
    /// No usable fix during this window, µs (a scenario outage).
    var outage = FaultWindow()
    /// Position error added during `glitch`, metres NED.
    var glitchOffset = Vector3.zero
    var glitch = FaultWindow()

    init(spec: GnssSpec, origin: GeodeticPosition, rng: inout SplitMix64) {
        self.spec = spec
        plane = LocalTangentPlane(origin: origin)
        schedule = SampleSchedule(rateHz: spec.rateHz)
        drift = GaussMarkov3(sigma: Vector3(spec.horizontalDrift, spec.horizontalDrift, spec.verticalDrift),
                             tau: spec.driftCorrelationSeconds, dt: schedule.period)
        drift.start(rng: &rng)
        satellites = spec.satellites
    }

    mutating func sample(_ truth: Truth, rng: inout SplitMix64) -> GnssReading? {
        let now = truth.timeMicros
        if schedule.due(at: now) { measure(truth, rng: &rng) }
        // Deliver the oldest message whose latency has elapsed.
        let latency = UInt64((spec.latencySeconds * 1_000_000).rounded())
        var oldest = -1
        for i in 0..<4 {
            if let r = pending[i], r.epochMicros + latency <= now,
               oldest < 0 || r.epochMicros < (pending[oldest]?.epochMicros ?? .max) { oldest = i }
        }
        guard oldest >= 0, var reading = pending[oldest] else { return nil }
        pending[oldest] = nil
        reading.timeMicros = now
        return reading
    }

    mutating func measure(_ truth: Truth, rng: inout SplitMix64) {
        let now = truth.timeMicros
        let error = drift.step(rng: &rng)
        // Satellites wander by ±1 now and then around the typical count.
        if rng.nextUnitFloat() < 0.02 {
            let step = rng.nextUnitFloat() < 0.5 ? -1 : 1
            satellites = min(max(satellites + step, spec.satellites - 4), spec.satellites + 4)
        }
        let white = Vector3(rng.nextGaussian() * spec.horizontalNoise, rng.nextGaussian() * spec.horizontalNoise,
                            rng.nextGaussian() * spec.verticalNoise)
        let inOutage = outage.contains(now)
        let glitchError = glitch.contains(now) ? glitchOffset : .zero
        let offset = error + white + glitchError
        let p = truth.position
        let fixPosition = plane.geodetic(of: NEDOffset(north: p.north + Double(offset.x), east: p.east + Double(offset.y),
                                                  down: p.down + Double(offset.z)))
        let dop = (Float(spec.satellites) / Float(max(satellites, 4))).squareRoot()
        let hAcc = (spec.horizontalDrift * spec.horizontalDrift + spec.horizontalNoise * spec.horizontalNoise).squareRoot() * dop
        let vAcc = (spec.verticalDrift * spec.verticalDrift + spec.verticalNoise * spec.verticalNoise).squareRoot() * dop
        let reading = GnssReading(
            timeMicros: now, epochMicros: now,
            latitude: fixPosition.latitude, longitude: fixPosition.longitude, altitudeMeters: fixPosition.altitude,
            velocityNED: truth.velocity + rng.nextGaussianVector() * spec.velocityNoise,
            fix: inOutage ? .noFix : .fix3D,
            satellites: UInt8(inOutage ? min(satellites, 3) : satellites),
            horizontalAccuracy: inOutage ? 99 : hAcc, verticalAccuracy: inOutage ? 99 : vAcc,
            speedAccuracy: inOutage ? 9.9 : spec.velocityNoise * dop)
        // Queue it; if the queue is full the oldest message is lost, as on a congested UART.
        var slot = 0
        for i in 0..<4 {
            guard let r = pending[i] else { slot = i; break }
            if r.epochMicros < (pending[slot]?.epochMicros ?? 0) { slot = i }
        }
        pending[slot] = reading
    }
}
