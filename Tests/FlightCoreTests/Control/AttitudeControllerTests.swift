import Testing
@testable import FlightCore

@Suite struct AttitudeControllerTests {
    static func controller(yawWeight: Float) -> AttitudeController {
        AttitudeController(gains: AttitudeControlGains(proportional: Vector3(6, 6, 3), yawWeight: yawWeight,
                                                       rateLimit: Vector3(10, 10, 10)))
    }

    @Test func smallRollErrorGivesProportionalRollRate() {
        let sp = AttitudeSetpoint(attitude: Quaternion(axis: Vector3(1, 0, 0), angle: 0.1), thrust: 0.5)
        let rates = Self.controller(yawWeight: 1).update(attitude: .identity, setpoint: sp)
        #expect(abs(rates.x - 0.6) / 0.6 < 1e-3)
        #expect(abs(rates.y) < 1e-5 && abs(rates.z) < 1e-5)
    }

    @Test func tiltIsPrioritisedOverYaw() {
        // Desired: 30° roll and a 120° heading change. The tilt-only target keeps the current heading.
        let tilt = Quaternion(axis: Vector3(1, 0, 0), angle: 0.52)
        let desired = QuaternionGeometry.heading(2.1) * tilt
        let sp = AttitudeSetpoint(attitude: desired, thrust: 0.5)
        let tiltOnlyTarget = QuaternionGeometry.shortestArc(from: Vector3(0, 0, 1), to: QuaternionGeometry.bodyZ(desired))
        let tiltOnly = Self.controller(yawWeight: 1).update(attitude: .identity,
                                                            setpoint: AttitudeSetpoint(attitude: tiltOnlyTarget, thrust: 0.5))
        func misalignment(_ r: Vector3) -> Float {
            let a = Vector3(r.x, r.y, 0).normalized, b = Vector3(tiltOnly.x, tiltOnly.y, 0).normalized
            return Math.acos(a.dot(b))
        }
        let weighted = Self.controller(yawWeight: 0.4).update(attitude: .identity, setpoint: sp)
        let unweighted = Self.controller(yawWeight: 1).update(attitude: .identity, setpoint: sp)
        let ignoringYaw = Self.controller(yawWeight: 0).update(attitude: .identity, setpoint: sp)
        // With weight 0 the roll/pitch rates are exactly those of the tilt-only target.
        #expect(misalignment(ignoringYaw) < 1e-3)
        #expect(abs(ignoringYaw.z) < 1e-4)
        // Weighting heading down bends the tilt correction much less than treating it equally.
        #expect(misalignment(weighted) < 0.5 * misalignment(unweighted))
    }

    @Test func rateSetpointIsLimitedPerAxis() {
        var c = Self.controller(yawWeight: 1)
        c.gains.rateLimit = Vector3(1, 1, 0.5)
        let sp = AttitudeSetpoint(attitude: Quaternion(axis: Vector3(1, 0, 0), angle: 1.2), thrust: 0.5)
        let rates = c.update(attitude: .identity, setpoint: sp)
        #expect(rates.x == 1)
    }

    @Test func yawRateFeedforwardIsAddedAboutTheVerticalAxis() {
        let sp = AttitudeSetpoint(attitude: .identity, yawRateFeedforward: 0.8, thrust: 0.5)
        let rates = Self.controller(yawWeight: 1).update(attitude: .identity, setpoint: sp)
        #expect(abs(rates.z - 0.8) < 1e-5)
    }
}
