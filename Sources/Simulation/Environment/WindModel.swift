import FlightMath

/// Turbulence intensity classes of MIL-F-8785C, by the mean wind speed at 20 ft (6.1 m).
public enum TurbulenceIntensity: Equatable, Sendable {
    case none
    /// W₂₀ = 15 kt (7.7 m/s).
    case light
    /// W₂₀ = 30 kt (15.4 m/s).
    case moderate
    /// W₂₀ = 45 kt (23.2 m/s).
    case severe

    /// Wind speed at 20 ft that sets the low-altitude turbulence level, m/s.
    public var windAt20FeetMetersPerSecond: Float {
        switch self {
        case .none: 0
        case .light: 7.7
        case .moderate: 15.4
        case .severe: 23.2
        }
    }
}

/// What the wind does: a steady mean wind, Dryden turbulence and random discrete gusts.
public struct WindSettings: Equatable, Sendable {
    /// Mean wind velocity (the direction the air moves to), m/s, NED.
    public var meanVelocityNED: Vector3
    /// Dryden turbulence level.
    public var turbulence: TurbulenceIntensity
    /// Mean number of random "1 − cosine" gusts per second (Poisson arrivals); 0 disables them.
    public var gustsPerSecond: Float
    /// Typical peak gust speed, m/s (each gust draws 0.5…1.5 times this, horizontal, random direction).
    public var gustPeakMetersPerSecond: Float
    /// Duration of one gust from start to end, s.
    public var gustDurationSeconds: Float

    public init(meanVelocityNED: Vector3 = .zero, turbulence: TurbulenceIntensity = .none,
                gustsPerSecond: Float = 0, gustPeakMetersPerSecond: Float = 0, gustDurationSeconds: Float = 2) {
        self.meanVelocityNED = meanVelocityNED
        self.turbulence = turbulence
        self.gustsPerSecond = gustsPerSecond
        self.gustPeakMetersPerSecond = gustPeakMetersPerSecond
        self.gustDurationSeconds = gustDurationSeconds
    }

    /// Calm air.
    public static let calm = WindSettings()

    /// Mean wind from a meteorological description: `speed` m/s blowing FROM `fromDegrees`
    /// (0 = from the north, 90 = from the east), horizontal.
    public static func from(directionDegrees fromDegrees: Float, speed: Float) -> Vector3 {
        let a = fromDegrees * (Float.pi / 180)
        return Vector3(-speed * Math.cos(a), -speed * Math.sin(a), 0)
    }
}

/// Air velocity at the vehicle: mean wind + Dryden turbulence + discrete gusts, seeded.
///
/// Implementation notes (MIL-F-8785C low-altitude model, h < 1000 ft): with h in feet,
/// L_w = h, L_u = L_v = h / (0.177 + 0.000823 h)^1.2, σ_w = 0.1 W₂₀, σ_u = σ_v = σ_w /
/// (0.177 + 0.000823 h)^0.4. The frozen turbulence field is blown past the vehicle at the
/// relative air speed V (at least 1 m/s), so with T = L/V the Dryden shaping filters are
///   H_u(s) = σ_u √(2 L_u/(π V)) / (1 + T_u s),
///   H_v(s) = σ_v √(L_v/(π V)) (1 + √3 T_v s) / (1 + T_v s)²   (and the same form for w),
/// driven by white noise of unit one-sided spectral density (intensity π), which makes each
/// output's variance σ². The second-order filters are realised as two cascaded lags x₁, x₂
/// with output √3 x₁ + (1 − √3) x₂; each lag is stepped exactly for a held input,
/// x ← a x + (1 − a) input, a = e^(−Δt/T). Turbulence axes: u along the mean wind, v across
/// it, w vertical (down). The field is updated at 100 Hz (its bandwidth V/L is a few Hz at
/// most), so the 1 kHz physics pays for three Gaussian draws only every tenth step.
public struct WindModel: Sendable {
    /// What the wind does; may be changed between steps.
    public var settings: WindSettings
    /// Turbulence along-wind, cross-wind, vertical (down), m/s.
    var turbulence = Vector3.zero
    /// Filter states: u lag; first and second lags of v and of w.
    var lagU: Float = 0, lagV1: Float = 0, lagV2: Float = 0, lagW1: Float = 0, lagW2: Float = 0
    var sinceUpdate: Float = 0
    var gustElapsed: Float = 0
    var gustPeak = Vector3.zero
    var gustActive = false

    static let updateInterval: Float = 0.01
    static let feetPerMeter: Float = 3.280_84

    public init(settings: WindSettings) { self.settings = settings }

    /// Advances the wind by `dt` seconds at `heightAboveGround` metres for a vehicle moving at
    /// `vehicleVelocityNED` (m/s) and returns the air velocity at the vehicle, m/s NED.
    public mutating func step(dt: Float, heightAboveGround: Float, vehicleVelocityNED: Vector3,
                              rng: inout SplitMix64) -> Vector3 {
        sinceUpdate += dt
        if sinceUpdate >= Self.updateInterval {
            updateTurbulence(dt: sinceUpdate, height: heightAboveGround,
                             relativeSpeed: (settings.meanVelocityNED - vehicleVelocityNED).length, rng: &rng)
            updateGust(dt: sinceUpdate, rng: &rng)
            sinceUpdate = 0
        }
        return settings.meanVelocityNED + turbulenceNED + currentGust
    }

    /// The turbulence part only, m/s NED.
    public var turbulenceNED: Vector3 {
        let mean = settings.meanVelocityNED
        let h = mean.horizontalLength
        let along = h > 0.1 ? Vector3(mean.x / h, mean.y / h, 0) : Vector3(1, 0, 0)
        let across = Vector3(-along.y, along.x, 0)
        return along * turbulence.x + across * turbulence.y + Vector3(0, 0, turbulence.z)
    }

    var currentGust: Vector3 {
        guard gustActive else { return .zero }
        let phase = 2 * Float.pi * gustElapsed / max(settings.gustDurationSeconds, 0.01)
        return gustPeak * (0.5 * (1 - Math.cos(phase)))
    }

    mutating func updateTurbulence(dt: Float, height: Float, relativeSpeed: Float, rng: inout SplitMix64) {
        let w20 = settings.turbulence.windAt20FeetMetersPerSecond
        guard w20 > 0 else { turbulence = .zero; return }
        let hFeet = min(max(height * Self.feetPerMeter, 10), 1000)
        let base = 0.177 + 0.000_823 * hFeet
        let lengthW = hFeet / Self.feetPerMeter
        let lengthUV = hFeet / Math.pow(base, 1.2) / Self.feetPerMeter
        let sigmaW = 0.1 * w20
        let sigmaUV = sigmaW / Math.pow(base, 0.4)
        let v = max(relativeSpeed, 1)
        let aUV = Math.exp(-v * dt / lengthUV), aW = Math.exp(-v * dt / lengthW)
        // Held white noise of intensity π: samples of variance π/Δt.
        let noise = (Float.pi / dt).squareRoot()
        let gainU = sigmaUV * (2 * lengthUV / (Float.pi * v)).squareRoot() * noise
        let gainV = sigmaUV * (lengthUV / (Float.pi * v)).squareRoot() * noise
        let gainW = sigmaW * (lengthW / (Float.pi * v)).squareRoot() * noise
        let (n1, n2) = rng.nextGaussianPair()
        let n3 = rng.nextGaussian()
        lagU = aUV * lagU + (1 - aUV) * gainU * n1
        lagV2 = aUV * lagV2 + (1 - aUV) * lagV1
        lagV1 = aUV * lagV1 + (1 - aUV) * gainV * n2
        lagW2 = aW * lagW2 + (1 - aW) * lagW1
        lagW1 = aW * lagW1 + (1 - aW) * gainW * n3
        let root3: Float = 1.732_050_8
        turbulence = Vector3(lagU, root3 * lagV1 + (1 - root3) * lagV2, root3 * lagW1 + (1 - root3) * lagW2)
    }

    mutating func updateGust(dt: Float, rng: inout SplitMix64) {
        if gustActive {
            gustElapsed += dt
            if gustElapsed >= settings.gustDurationSeconds { gustActive = false }
            return
        }
        guard settings.gustsPerSecond > 0 else { return }
        if rng.nextUnitFloat() < settings.gustsPerSecond * dt {
            let angle = 2 * Float.pi * rng.nextUnitFloat()
            let peak = settings.gustPeakMetersPerSecond * (0.5 + rng.nextUnitFloat())
            gustPeak = Vector3(peak * Math.cos(angle), peak * Math.sin(angle), 0)
            gustElapsed = 0
            gustActive = true
        }
    }
}
