import Testing
import FlightMath
@testable import Simulation

@Suite struct SensorSuiteTests {
    static let dt: Float = 0.001

    /// A quad450 world and its sensors at Zurich, seeded.
    static func rig(seed: UInt64 = 5) throws -> (World, SensorSuite, SplitMix64) {
        let airframe = try SimFixtures.airframe("quad450")
        var rng = SplitMix64(seed: seed)
        let sensors = SensorSuite(airframe: airframe, origin: SimFixtures.zurich, decimalYear: 2026.5, rng: &rng)
        return (World(airframe: airframe, origin: SimFixtures.zurich, seed: seed), sensors, rng)
    }

    /// Runs `seconds` at `throttle` and collects every batch.
    static func collect(seconds: Float, throttle: Float = 0, seed: UInt64 = 5,
                        prepare: (inout World, inout SensorSuite) -> Void = { _, _ in }) throws -> [SensorBatch] {
        var (world, sensors, rng) = try rig(seed: seed)
        prepare(&world, &sensors)
        var out: [SensorBatch] = []
        for _ in 0..<Int((seconds / dt).rounded()) {
            let truth = world.step(motorCommands: MotorCommands(all: throttle), dt: dt)
            out.append(sensors.sample(truth, rng: &rng))
        }
        return out
    }

    static func std(_ xs: [Float]) -> Float {
        let m = xs.reduce(0, +) / Float(xs.count)
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Float(xs.count)).squareRoot()
    }

    @Test func sensorsComeAtTheirRates() throws {
        let batches = try Self.collect(seconds: 2)
        #expect(batches.compactMap(\.imu).count == 800)
        // Slow sensors sample at the first step too, hence one more than rate × 2 s.
        #expect(batches.compactMap(\.baro).count == 101)
        #expect(batches.compactMap(\.mag).count == 201)
        #expect(batches.compactMap(\.battery).count == 41)
        // 10 Hz epochs from the first step; those later than 1.89 s are still in flight (110 ms).
        let gnss = batches.compactMap(\.gnss)
        #expect(gnss.count == 19)
        #expect(gnss.allSatisfy { $0.timeMicros - $0.epochMicros == 110_000 })
    }

    @Test func restingImuReadsGravityWithTheSpecifiedNoise() throws {
        let imu = try Self.collect(seconds: 10).compactMap(\.imu)
        let spec = SensorSpecs.pixhawkClass.imu
        let meanZ = imu.map(\.accel.z).reduce(0, +) / Float(imu.count)
        #expect(abs(meanZ + 9.807) < 4 * spec.accelTurnOnBias)
        // Successive differences remove the slow bias: σ_diff = √2 σ.
        let diffs = zip(imu.dropFirst(), imu).map { $0.gyro.x - $1.gyro.x }
        let expected = spec.gyroNoiseDensity * spec.rateHz.squareRoot()
        #expect(close(Self.std(diffs) / Float(2).squareRoot(), expected, relative: 0.1))
    }

    @Test func spinningRotorsShakeTheAccelerometer() throws {
        let still = try Self.collect(seconds: 1).compactMap(\.imu).map(\.accel.x)
        let spinning = try Self.collect(seconds: 1, throttle: 0.4).compactMap(\.imu).dropFirst(100).map(\.accel.x)
        #expect(Self.std(Array(spinning)) > 10 * Self.std(still))
    }

    @Test func gnssReportsTheTrueFixWithinItsAccuracy() throws {
        let gnss = try Self.collect(seconds: 5).compactMap(\.gnss)
        let plane = LocalTangentPlane(origin: SimFixtures.zurich)
        for g in gnss {
            let ned = plane.ned(of: GeodeticPosition(latitude: g.latitude, longitude: g.longitude, altitude: g.altitudeMeters))
            #expect(abs(ned.north) < 5 * Double(g.horizontalAccuracy))
            #expect(g.fix == .fix3D)
            #expect(g.satellites >= 12)
        }
    }

    @Test func gnssOutageAndGlitchHappenOnDemand() throws {
        let plane = LocalTangentPlane(origin: SimFixtures.zurich)
        let baseline = try Self.collect(seconds: 3).compactMap(\.gnss)
        let faulty = try Self.collect(seconds: 3) { _, sensors in
            sensors.loseGnss(at: 1_000_000, seconds: 0.5)
            sensors.glitchGnss(at: 2_000_000, offset: Vector3(40, 0, 0), seconds: 0.5)
        }.compactMap(\.gnss)
        #expect(baseline.count == faulty.count)
        for (b, f) in zip(baseline, faulty) {
            let epoch = f.epochMicros
            if epoch >= 1_000_000 && epoch < 1_500_000 {
                #expect(f.fix == .noFix)
                #expect(f.satellites <= 3)
            } else {
                #expect(f.fix == .fix3D)
            }
            let dn = plane.ned(of: GeodeticPosition(latitude: f.latitude, longitude: f.longitude, altitude: 0)).north
                - plane.ned(of: GeodeticPosition(latitude: b.latitude, longitude: b.longitude, altitude: 0)).north
            let glitched = epoch >= 2_000_000 && epoch < 2_500_000
            #expect(abs(dn - (glitched ? 40 : 0)) < 0.01)
        }
    }

    @Test func barometerFollowsAltitude() throws {
        let ground = try Self.collect(seconds: 1).compactMap(\.baro)
        let high = try Self.collect(seconds: 1) { world, _ in
            world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -100)))
        }.compactMap(\.baro)
        // Same seed, so the same offset and drift: the difference is the ISA lapse, ~1.13 kPa.
        let expected = Float(StandardAtmosphere.air(altitudeMeters: 488.1).pressurePascals
            - StandardAtmosphere.air(altitudeMeters: 588).pressurePascals)
        let dp = ground[0].pressurePascals - high[0].pressurePascals
        #expect(abs(dp - expected) < 30)
        #expect(close(ground[0].temperatureCelsius, Float(15 - 0.0065 * 488.1 + 8), relative: 0, absolute: 0.1))
    }

    @Test func magnetometerSeesTheEarthFieldAndInterferenceOnDemand() throws {
        let (_, suite, _) = try Self.rig()
        let earth = suite.earthFieldNED
        let normal = try Self.collect(seconds: 1).compactMap(\.mag)
        let disturbed = try Self.collect(seconds: 1) { _, s in
            s.disturbMagnetometer(at: 0, field: Vector3(0.3, 0, 0), seconds: 10)
        }.compactMap(\.mag)
        let spec = SensorSpecs.pixhawkClass.mag
        let mean = normal.reduce(Vector3.zero) { $0 + $1.fieldGauss } / Float(normal.count)
        #expect((mean - earth).length < 5 * spec.hardIronResidual)
        let shift = disturbed.reduce(Vector3.zero) { $0 + $1.fieldGauss } / Float(disturbed.count) - mean
        #expect((shift - Vector3(0.3, 0, 0)).length < 0.002)
    }

    @Test func sameSeedGivesIdenticalReadingsAndAnotherSeedDoesNot() throws {
        let a = try Self.collect(seconds: 1, throttle: 0.3, seed: 9)
        let b = try Self.collect(seconds: 1, throttle: 0.3, seed: 9)
        let c = try Self.collect(seconds: 1, throttle: 0.3, seed: 10)
        #expect(a == b)
        #expect(a != c)
    }
}
