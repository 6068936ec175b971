import Testing
import FlightCore

@Suite struct RateControllerTests {
    static let gains = RateControlGains(proportional: Vector3(0.15, 0.15, 0.2), integral: Vector3(0.2, 0.2, 0.1),
                                        derivative: Vector3(0.003, 0.003, 0), feedForward: .zero,
                                        integratorLimit: Vector3(0.3, 0.3, 0.3), derivativeCutoffHz: 0)
    static let dt: Float = 0.0025

    @Test func integratorStopsGrowingWhenMotorsSaturateInTheErrorsDirection() {
        var controller = RateController(gains: Self.gains)
        let saturated = AxisSaturation(positive: [.roll], negative: [])
        for _ in 0..<100 { _ = controller.update(rate: .zero, setpoint: Vector3(1, 0, 0), dt: Self.dt, saturation: saturated) }
        #expect(controller.integral.x == 0)

        // The same error without saturation winds the integrator up.
        var free = RateController(gains: Self.gains)
        for _ in 0..<100 { _ = free.update(rate: .zero, setpoint: Vector3(1, 0, 0), dt: Self.dt) }
        #expect(abs(free.integral.x - 0.2 * 1 * 0.25) / 0.05 < 1e-3)
    }

    @Test func integratorStopsGrowingWhenTheMixerReportsSaturation() throws {
        // Closed over the real mixer: a roll-rate error the motors cannot deliver at high thrust.
        var controller = RateController(gains: Self.gains)
        var mixer = try Mixer(settings: MixerSettings(geometry: .quadX, armLength: 0.225, yawMomentRatio: 0.05,
                                                      idle: 0.08, spoolUpTime: 0, spoolDownTime: 0))
        var history: [Float] = []
        for _ in 0..<200 {
            let torque = controller.update(rate: .zero, setpoint: Vector3(8, 0, 0), dt: Self.dt, saturation: mixer.saturation)
            _ = mixer.mix(TorqueThrustSetpoint(torque: torque, thrust: 0.9), armed: true, dt: Self.dt)
            history.append(controller.integral.x)
        }
        #expect(mixer.saturation.positive.contains(.roll))
        // One step of integration happens before the first saturation report, then none.
        #expect(history[1] == history[199])
        #expect(history[199] < Self.gains.integratorLimit.x)
    }

    @Test func integratorUnwindsWhileSaturatedInTheOtherDirection() {
        var controller = RateController(gains: Self.gains)
        for _ in 0..<100 { _ = controller.update(rate: .zero, setpoint: Vector3(1, 0, 0), dt: Self.dt) }
        let wound = controller.integral.x
        for _ in 0..<10 {
            _ = controller.update(rate: .zero, setpoint: Vector3(-1, 0, 0), dt: Self.dt,
                                  saturation: AxisSaturation(positive: [.roll]))
        }
        #expect(controller.integral.x < wound)
    }

    @Test func integratorIsClampedToItsLimit() {
        var controller = RateController(gains: Self.gains)
        for _ in 0..<10_000 { _ = controller.update(rate: .zero, setpoint: Vector3(0, 3, 0), dt: Self.dt) }
        #expect(controller.integral.y == 0.3)
    }

    @Test func derivativeActsOnMeasurementNotSetpoint() {
        var controller = RateController(gains: Self.gains)
        _ = controller.update(rate: .zero, setpoint: .zero, dt: Self.dt)
        // A setpoint step: output is P only (no derivative kick).
        let afterSetpointStep = controller.update(rate: .zero, setpoint: Vector3(1, 0, 0), dt: Self.dt)
        #expect(abs(afterSetpointStep.x - 0.15) / 0.15 < 1e-4)

        var other = RateController(gains: Self.gains)
        _ = other.update(rate: .zero, setpoint: .zero, dt: Self.dt)
        // A measurement step of +0.1 rad/s: P gives −0.015, D gives −0.003 · 0.1 / dt = −0.12.
        let afterMeasurementStep = other.update(rate: Vector3(0.1, 0, 0), setpoint: .zero, dt: Self.dt)
        let expected: Float = -0.15 * 0.1 - 0.003 * 0.1 / Self.dt
        #expect(abs(afterMeasurementStep.x - expected) / abs(expected) < 1e-3)
    }

    @Test func feedForwardScalesTheSetpoint() {
        var g = Self.gains
        g.proportional = .zero; g.integral = .zero; g.derivative = .zero
        g.feedForward = Vector3(0, 0, 0.5)
        var controller = RateController(gains: g)
        let torque = controller.update(rate: Vector3(0, 0, 0.3), setpoint: Vector3(0, 0, 2), dt: Self.dt)
        #expect(abs(torque.z - 1) < 1e-6)
    }

    @Test func derivativeLowPassAttenuatesAlternatingNoise() {
        var filtered = Self.gains
        filtered.derivativeCutoffHz = 20
        var a = RateController(gains: Self.gains), b = RateController(gains: filtered)
        var peakRaw: Float = 0, peakFiltered: Float = 0
        for k in 0..<200 {
            let noise = Vector3(k % 2 == 0 ? 0.01 : -0.01, 0, 0)
            peakRaw = max(peakRaw, abs(a.update(rate: noise, setpoint: .zero, dt: Self.dt).x))
            peakFiltered = max(peakFiltered, abs(b.update(rate: noise, setpoint: .zero, dt: Self.dt).x))
        }
        #expect(peakFiltered < peakRaw * 0.3)
    }
}
