import Testing
import FlightMath
@testable import Simulation

@Suite struct EnvironmentTests {
    @Test func normalGravityMatchesWGS84AtEquatorAndPole() {
        #expect(abs(NormalGravity.magnitude(latitudeDegrees: 0, heightMeters: 0) - 9.780_325_3) < 1e-6)
        #expect(abs(NormalGravity.magnitude(latitudeDegrees: 90, heightMeters: 0) - 9.832_184_9) < 1e-6)
    }

    @Test func gravityFallsByFreeAirGradientWithHeight() {
        let g0 = NormalGravity.magnitude(latitudeDegrees: 45, heightMeters: 0)
        let g1 = NormalGravity.magnitude(latitudeDegrees: 45, heightMeters: 1000)
        #expect(abs((g0 - g1) - 0.003_086) < 2e-5)
    }

    @Test func standardAtmosphereMatchesISATable() {
        let sea = StandardAtmosphere.air(altitudeMeters: 0)
        #expect(abs(sea.densityKilogramsPerCubicMeter - 1.225) < 1e-3)
        let km2 = StandardAtmosphere.air(altitudeMeters: 2000)
        // ISA table: 79 495 Pa, 275.15 K, 1.0065 kg/m³ at 2000 m.
        #expect(abs(km2.pressurePascals - 79_495) < 15)
        #expect(abs(km2.temperatureKelvin - 275.15) < 1e-6)
        #expect(abs(km2.densityKilogramsPerCubicMeter - 1.0065) < 1e-3)
        #expect(abs(StandardAtmosphere.altitude(pressurePascals: km2.pressurePascals) - 2000) < 1e-6)
    }

    @Test func drydenTurbulenceHasTheSpecifiedSpreadAndIsSeeded() {
        // Arrange: moderate turbulence at 50 m (164 ft) seen at 20 m/s, stepped at the 100 Hz
        // update rate for 2000 s (hundreds of correlation times).
        var windA = WindModel(settings: WindSettings(turbulence: .moderate))
        var windB = windA
        var rngA = SplitMix64(seed: 11), rngB = SplitMix64(seed: 11)
        var sumSq = Vector3.zero
        let n = 200_000
        for _ in 0..<n {
            let a = windA.step(dt: 0.01, heightAboveGround: 50, vehicleVelocityNED: Vector3(20, 0, 0), rng: &rngA)
            let b = windB.step(dt: 0.01, heightAboveGround: 50, vehicleVelocityNED: Vector3(20, 0, 0), rng: &rngB)
            #expect(a == b)
            sumSq += a.scaled(by: a)
        }
        // MIL-F-8785C: σ_w = 0.1 W₂₀ = 1.54 m/s; σ_u = σ_v = σ_w / (0.177 + 0.000823·164)^0.4 = 2.45 m/s.
        let sigma = Vector3((sumSq.x / Float(n)).squareRoot(), (sumSq.y / Float(n)).squareRoot(), (sumSq.z / Float(n)).squareRoot())
        print("Dryden σ (u, v, w) at 50 m, 20 m/s: \(sigma) m/s")
        #expect(close(sigma.z, 1.54, relative: 0.1))
        #expect(close(sigma.x, 2.45, relative: 0.15))
        #expect(close(sigma.y, 2.45, relative: 0.15))
    }

    @Test func gustsRiseAndFallAsOneMinusCosineWithinThePeakRange() {
        // Arrange: calm air with frequent 4 m/s, 2 s gusts.
        var wind = WindModel(settings: WindSettings(gustsPerSecond: 0.2, gustPeakMetersPerSecond: 4, gustDurationSeconds: 2))
        var rng = SplitMix64(seed: 5)
        var peak: Float = 0, gustSteps = 0, vertical: Float = 0
        // Act: 200 s at 100 Hz.
        for _ in 0..<20_000 {
            let v = wind.step(dt: 0.01, heightAboveGround: 20, vehicleVelocityNED: .zero, rng: &rng)
            peak = max(peak, v.length)
            vertical = max(vertical, abs(v.z))
            if v.length > 0.01 { gustSteps += 1 }
        }
        // Assert: about 200 s × 0.2/s = 40 gusts (minus the time they take), each horizontal and
        // within 0.5…1.5 × 4 m/s at its peak.
        #expect(peak > 4 && peak <= 6)
        #expect(vertical == 0)
        #expect(gustSteps > 20 * 200 && gustSteps < 90 * 200)
    }

    @Test func meteorologicalWindFromTheWestBlowsEast() {
        let v = WindSettings.from(directionDegrees: 270, speed: 5)
        #expect(close(v.y, 5, relative: 1e-6))
        #expect(abs(v.x) < 1e-5)
    }
}
