import FlightCore
import FlightMath

/// A seeded Gaussian noise source for the synthetic sensors (xorshift64* and Box–Muller).
struct SeededNoise {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func nextUnit() -> Double {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return Double((state &* 2_685_821_657_736_338_717) >> 11) / Double(1 << 53)
    }
    mutating func gaussian(_ sigma: Double) -> Double {
        let u1 = max(nextUnit(), 1e-300), u2 = nextUnit()
        return sigma * Math.sqrtOrZero(-2 * Math.log(u1)) * Math.cos(2 * .pi * u2)
    }
    mutating func vector(_ sigma: Double) -> Vector3 {
        Vector3(Float(gaussian(sigma)), Float(gaussian(sigma)), Float(gaussian(sigma)))
    }
}

extension Math {
    static func sqrtOrZero(_ x: Double) -> Double { x > 0 ? x.squareRoot() : 0 }
}

/// True vehicle motion: stationary, then a circle entered with a smooth speed ramp.
///
/// The attitude is a multicopter's: body down axis along the thrust (−specific force), nose along
/// the path's tangent plus `headingOffset`.
struct TruthTrajectory {
    var radius: Double = 50
    /// Final angular rate on the circle, rad/s (0: stays put).
    var angularRate: Double = 0.2
    /// Time spent stationary, then time to ramp up to `angularRate`, seconds.
    var holdTime: Double = 5
    var rampTime: Double = 5
    var headingOffset: Double = 0
    /// Relative swell of the circle rate after the ramp (0: steady) and its frequency, rad/s.
    var rateVariation: Double = 0
    var variationFrequency: Double = 0.3
    var height: Double = 20

    struct Sample {
        var position: (Double, Double, Double)
        var velocity: Vector3
        var attitude: Quaternion
        var specificForceNED: Vector3
    }

    /// Circle phase φ and its derivatives. The rate ramps with a smoothstep, so acceleration and
    /// therefore attitude stay continuous (an IMU cannot represent an attitude step).
    func phase(_ t: Double) -> (Double, Double, Double) {
        let s = t - holdTime
        if s <= 0 { return (0, 0, 0) }
        if s < rampTime {
            let x = s / rampTime
            return (angularRate * rampTime * (x * x * x - x * x * x * x / 2), angularRate * (3 * x * x - 2 * x * x * x),
                    angularRate / rampTime * 6 * x * (1 - x))
        }
        // After the ramp the rate may swell and ebb: φ̇ = ω (1 + A sin²(ν u)), which varies the
        // speed so that heading and accelerometer bias become separable.
        let u = s - rampTime, a = rateVariation, nu = variationFrequency
        let sine = Math.sin(nu * u)
        return (angularRate * rampTime / 2 + angularRate * u + angularRate * a * (u / 2 - Math.sin(2 * nu * u) / (4 * nu)),
                angularRate * (1 + a * sine * sine), angularRate * a * nu * Math.sin(2 * nu * u))
    }

    func sample(_ t: Double) -> Sample {
        let (phi, rate, accel) = phase(t)
        let c = Math.cos(phi), s = Math.sin(phi)
        // Centre at (-R, 0): the path starts at the origin heading east.
        let position = (radius * (c - 1), radius * s, -height)
        let v = (-radius * rate * s, radius * rate * c)
        let a = (-radius * accel * s - radius * rate * rate * c, radius * accel * c - radius * rate * rate * s)
        let f = Vector3(Float(a.0), Float(a.1), 0) - NominalState.gravity
        let heading = phi + .pi / 2 + headingOffset
        let down = (-f).normalized
        let forward = Vector3(Float(Math.cos(heading)), Float(Math.sin(heading)), 0)
        let right = down.cross(forward).normalized
        let nose = right.cross(down)
        let attitude = Quaternion(Matrix3(column0: nose, column1: right, column2: down))
        return Sample(position: position, velocity: Vector3(Float(v.0), Float(v.1), 0), attitude: attitude,
                      specificForceNED: f)
    }

    /// Body angular rate, rad/s FRD, by central difference of the attitude.
    func angularVelocity(_ t: Double) -> Vector3 {
        let h = 1e-3
        let q0 = sample(t - h).attitude, q1 = sample(t + h).attitude
        return (q0.conjugate * q1).rotationVector / Float(2 * h)
    }
}

/// Sensor errors and rates for a synthetic flight.
struct SensorModel {
    var gyroNoise = 0.01, accelNoise = 0.1
    var gyroBias = Vector3.zero, accelBias = Vector3.zero
    var gnssPositionNoise = 1.5, gnssVelocityNoise = 0.2
    var gnssDelay = 0.11
    var baroNoise = 0.5
    /// Pressure altitude minus GNSS altitude, metres (weather).
    var baroOffset = 30.0
    var earthField = Vector3(0.21, 0.012, 0.43)
    var hardIron = Vector3(0.02, -0.01, 0.015)
    var magNoise = 0.005
    var useMagnetometer = true
    /// Rotation of the magnetometer about body down, radians (a compass mounted turned: every
    /// reading is consistent in size but points the wrong way).
    var magMountingYaw: Float = 0
    /// A horizontal offset added to GNSS positions (metres north) between two times, seconds.
    var glitch: (start: Double, end: Double, north: Double)?
    var gnssOutage: (start: Double, end: Double)?

    var declination: Float { Math.atan2(earthField.y, earthField.x) }
}

/// One step's truth and estimate, handed to the test.
struct FlightStep {
    var time: Double
    var truth: TruthTrajectory.Sample
    var navigation: NavigationState
    /// Raw GNSS horizontal error of the latest sample, metres (nil when none this step).
    var gnssError: Float?
    /// The estimated position expressed in the truth's NED frame (the estimator picks its own
    /// origin at its first good fix), metres.
    var position: Vector3
}

/// Runs an estimator over a synthetic flight: IMU at 250 Hz, GNSS at 5 Hz, baro and mag at 50 Hz.
struct SyntheticFlight {
    static let origin = GeodeticPosition(latitude: 47.397_742, longitude: 8.545_594, altitude: 488)
    var trajectory: TruthTrajectory
    var sensors: SensorModel
    var seed: UInt64 = 1

    func run(_ estimator: inout Estimator, duration: Double, observe: (FlightStep, Estimator) -> Void) {
        var noise = SeededNoise(seed: seed)
        let plane = LocalTangentPlane(origin: Self.origin)
        let imuPeriod: UInt64 = 4000
        var micros: UInt64 = 0
        var step = 0
        while Double(micros) * 1e-6 <= duration {
            let t = Double(micros) * 1e-6
            let time = Tick(micros: micros)
            let truth = trajectory.sample(t)
            let gyro = trajectory.angularVelocity(t) + sensors.gyroBias + noise.vector(sensors.gyroNoise)
            let accel = truth.attitude.inverseRotate(truth.specificForceNED) + sensors.accelBias + noise.vector(sensors.accelNoise)
            estimator.predict(ImuSample(time: time, gyro: gyro, accel: accel))
            var gnssError: Float?
            if step % 50 == 0, !inOutage(t) {
                let measured = trajectory.sample(max(0, t - sensors.gnssDelay))
                var n = measured.position.0 + noise.gaussian(sensors.gnssPositionNoise)
                let e = measured.position.1 + noise.gaussian(sensors.gnssPositionNoise)
                let d = measured.position.2 + noise.gaussian(sensors.gnssPositionNoise * 1.5)
                gnssError = Float(((n - measured.position.0) * (n - measured.position.0)
                    + (e - measured.position.1) * (e - measured.position.1)).squareRoot())
                if let g = sensors.glitch, t >= g.start, t < g.end { n += g.north }
                let geo = plane.geodetic(of: NEDOffset(north: n, east: e, down: d))
                estimator.fuse(GnssSample(time: time, latE7: Int32((geo.latitude * 1e7).rounded()),
                                          lonE7: Int32((geo.longitude * 1e7).rounded()), altitudeMeters: geo.altitude,
                                          velocityNED: measured.velocity + noise.vector(sensors.gnssVelocityNoise),
                                          fix: .fix3D, satellites: 14, horizontalAccuracy: Float(sensors.gnssPositionNoise),
                                          verticalAccuracy: Float(sensors.gnssPositionNoise * 1.5),
                                          speedAccuracy: Float(sensors.gnssVelocityNoise)))
            }
            if step % 5 == 0 {
                let altitude = Self.origin.altitude - truth.position.2 + sensors.baroOffset + noise.gaussian(sensors.baroNoise)
                estimator.fuse(BaroSample(time: time, pressurePa: StandardAtmosphere.pressure(altitude: Float(altitude)),
                                          temperatureC: 15))
                if sensors.useMagnetometer {
                    let mounting = Quaternion(axis: Vector3(0, 0, 1), angle: sensors.magMountingYaw)
                    let field = mounting.rotate(truth.attitude.inverseRotate(sensors.earthField)) + sensors.hardIron
                        + noise.vector(sensors.magNoise)
                    estimator.fuse(MagSample(time: time, fieldGauss: field))
                }
            }
            let nav = estimator.navigationState
            var position = nav.position
            if let frame = estimator.localFrame {
                let geo = frame.geodetic(of: NEDOffset(north: Double(nav.position.x), east: Double(nav.position.y),
                                                       down: Double(nav.position.z)))
                position = plane.ned(of: geo).vector
            }
            observe(FlightStep(time: t, truth: truth, navigation: nav, gnssError: gnssError, position: position), estimator)
            micros += imuPeriod; step += 1
        }
    }

    func inOutage(_ t: Double) -> Bool {
        guard let o = sensors.gnssOutage else { return false }
        return t >= o.start && t < o.end
    }

    /// An estimator configured to match these sensors.
    func makeEstimator() -> Estimator {
        var config = EstimatorConfig()
        config.declination = sensors.declination
        config.declinationFromWorldMagneticModel = false   // the synthetic earth field is not the WMM's
        config.gnssDelay = Float(sensors.gnssDelay)
        config.magnetometerMode = sensors.useMagnetometer ? .threeAxis : .disabled
        config.processNoise = ProcessNoise(gyroNoise: Float(sensors.gyroNoise), accelNoise: Float(sensors.accelNoise),
                                           gyroBiasWalk: 1e-4, accelBiasWalk: 1e-3, earthFieldWalk: 1e-4, bodyFieldWalk: 1e-5)
        return Estimator(config: config)
    }
}

/// Heading difference a − b wrapped into (−π, π], radians.
func headingGap(_ a: Float, _ b: Float) -> Float {
    var d = a - b
    while d > .pi { d -= 2 * .pi }
    while d <= -.pi { d += 2 * .pi }
    return d
}

/// Horizontal distance between the estimate and the truth, metres.
func horizontalError(_ step: FlightStep) -> Float {
    let dn = step.position.x - Float(step.truth.position.0)
    let de = step.position.y - Float(step.truth.position.1)
    return (dn * dn + de * de).squareRoot()
}
