import FlightMath

/// Rotor-synchronous vibration seen by the IMU: each rotor shakes the board at its rotation
/// frequency along a fixed random direction, with an amplitude growing as ω² (imbalance force).
struct RotorVibration: Sendable {
    var phases: InlineArray<8, Float> = InlineArray(repeating: 0)
    let accelDirections: InlineArray<8, Vector3>
    let gyroDirections: InlineArray<8, Vector3>
    let accelAmplitude: Float
    let gyroAmplitude: Float
    let inverseMaxSpeedSquared: Float

    init(airframe: Airframe, rng: inout SplitMix64) {
        var a = InlineArray<8, Vector3>(repeating: .zero), g = InlineArray<8, Vector3>(repeating: .zero)
        for i in 0..<8 {
            a[i] = rng.nextGaussianVector().normalized
            g[i] = rng.nextGaussianVector().normalized
        }
        accelDirections = a
        gyroDirections = g
        accelAmplitude = airframe.vibrationAccel
        gyroAmplitude = airframe.vibrationGyro
        let maxSpeed = airframe.rotors.first?.maxSpeed ?? 1
        inverseMaxSpeedSquared = 1 / (maxSpeed * maxSpeed)
    }

    /// Advances the rotor phases by `dt` and returns the (accel m/s², gyro rad/s) disturbance.
    mutating func step(rotorSpeeds: RotorSpeeds, dt: Float) -> (accel: Vector3, gyro: Vector3) {
        var accel = Vector3.zero, gyro = Vector3.zero
        for i in 0..<rotorSpeeds.count {
            let w = rotorSpeeds[i]
            var p = phases[i] + w * dt
            if p > 2 * Float.pi { p -= 2 * Float.pi * Float(Int(p / (2 * Float.pi))) }
            phases[i] = p
            let s = Math.sin(p) * w * w * inverseMaxSpeedSquared
            accel += accelDirections[i] * (s * accelAmplitude)
            gyro += gyroDirections[i] * (s * gyroAmplitude)
        }
        return (accel, gyro)
    }
}

/// A MEMS IMU: averages the truth (plus vibration) over each output interval and adds white
/// noise, a random-walk bias on top of a turn-on bias, and range clipping.
struct ImuModel: Sendable {
    let spec: ImuSpec
    var schedule: SampleSchedule
    var vibration: RotorVibration
    var gyroBias: Vector3
    var accelBias: Vector3
    var gyroSum = Vector3.zero
    var accelSum = Vector3.zero
    var count = 0
    let gyroSigma: Float, accelSigma: Float
    let gyroWalkStep: Float, accelWalkStep: Float
    /// Outputs since the biases last moved: they random-walk every `biasUpdateInterval` outputs
    /// with the step size of that span (the walk is far slower than the output rate).
    var outputsSinceBiasUpdate = 0
    static let biasUpdateInterval = 8

    init(spec: ImuSpec, airframe: Airframe, rng: inout SplitMix64) {
        self.spec = spec
        schedule = SampleSchedule(rateHz: spec.rateHz)
        schedule.nextMicros = schedule.periodMicros
        vibration = RotorVibration(airframe: airframe, rng: &rng)
        gyroBias = rng.nextGaussianVector() * spec.gyroTurnOnBias
        accelBias = rng.nextGaussianVector() * spec.accelTurnOnBias
        gyroSigma = spec.gyroNoiseDensity * spec.rateHz.squareRoot()
        accelSigma = spec.accelNoiseDensity * spec.rateHz.squareRoot()
        let root = (schedule.period * Float(Self.biasUpdateInterval)).squareRoot()
        gyroWalkStep = spec.gyroBiasRandomWalk * root
        accelWalkStep = spec.accelBiasRandomWalk * root
    }

    mutating func sample(_ truth: Truth, dt: Float, rng: inout SplitMix64) -> ImuReading? {
        let shake = vibration.step(rotorSpeeds: truth.rotorSpeeds, dt: dt)
        gyroSum += truth.turnRate + shake.gyro   // what the body turned through, gear levelling included
        accelSum += truth.specificForce + shake.accel
        count += 1
        guard schedule.due(at: truth.timeMicros) else { return nil }
        let k = 1 / Float(max(count, 1))
        let gyro = gyroSum * k + gyroBias + rng.nextGaussianVector() * gyroSigma
        let accel = accelSum * k + accelBias + rng.nextGaussianVector() * accelSigma
        outputsSinceBiasUpdate += 1
        if outputsSinceBiasUpdate == Self.biasUpdateInterval {
            outputsSinceBiasUpdate = 0
            gyroBias += rng.nextGaussianVector() * gyroWalkStep
            accelBias += rng.nextGaussianVector() * accelWalkStep
        }
        gyroSum = .zero; accelSum = .zero; count = 0
        return ImuReading(timeMicros: truth.timeMicros, gyro: Self.clip(gyro, spec.gyroRange),
                          accel: Self.clip(accel, spec.accelRange))
    }

    static func clip(_ v: Vector3, _ limit: Float) -> Vector3 {
        Vector3(min(max(v.x, -limit), limit), min(max(v.y, -limit), limit), min(max(v.z, -limit), limit))
    }
}
