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
        // Arrange: moderate turbulence at 50 m, no mean wind, sampled long enough to average.
        var windA = WindModel(settings: WindSettings(turbulence: .moderate))
        var windB = windA
        var rngA = SplitMix64(seed: 11), rngB = SplitMix64(seed: 11)
        var sumSqW: Double = 0, n = 0
        for _ in 0..<600_000 {
            let a = windA.step(dt: 0.001, heightAboveGround: 50, vehicleVelocityNED: Vector3(10, 0, 0), rng: &rngA)
            let b = windB.step(dt: 0.001, heightAboveGround: 50, vehicleVelocityNED: Vector3(10, 0, 0), rng: &rngB)
            #expect(a == b)
            sumSqW += Double(a.z * a.z); n += 1
        }
        // σ_w = 0.1 W₂₀ = 1.54 m/s; 600 s of a process with a 1.6 s correlation time.
        let sigmaW = (sumSqW / Double(n)).squareRoot()
        #expect(abs(sigmaW - 1.54) < 0.15 * 1.54)
    }

    @Test func meteorologicalWindFromTheWestBlowsEast() {
        let v = WindSettings.from(directionDegrees: 270, speed: 5)
        #expect(close(v.y, 5, relative: 1e-6))
        #expect(abs(v.x) < 1e-5)
    }
}
