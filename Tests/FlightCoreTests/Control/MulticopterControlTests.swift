import Testing
import FlightCore

@Suite struct MulticopterControlTests {
    static var gains: ControlGains {
        var g = ControlGains(parameters: ParameterTable())
        g.mixer.spoolUpTime = 0
        return g
    }
    static let level = NavigationState(attitude: .identity, validity: .all)

    @Test func disarmedOutputsAreZeroAndControllersStayReset() throws {
        var control = try MulticopterControl(gains: Self.gains)
        var time = Tick.zero
        for _ in 0..<100 {
            let out = control.step(time: time, state: Self.level,
                                   target: .rates(RateSetpoint(rates: Vector3(1, 0, 0), thrust: 0.5)), armed: false)
            for i in 0..<4 { #expect(out[i] == 0) }
            time = time.advanced(byMicros: 2500)
        }
        #expect(control.rateController.integral == .zero)
    }

    @Test func levelStabilizedHoverGivesEqualMotorsAtHoverThrust() throws {
        var control = try MulticopterControl(gains: Self.gains)
        let out = control.step(time: .zero, state: Self.level, target: .manual(ManualInput(throttle: 0.5), .stabilized), armed: true)
        let idle = Self.gains.mixer.idle
        let expected = idle + (1 - idle) * Self.gains.position.hoverThrust
        for i in 0..<4 { #expect(abs(out[i] - expected) < 1e-5) }
    }

    @Test func rateTargetSkipsTheOuterLoopsAndTurnsTheVehicle() throws {
        var control = try MulticopterControl(gains: Self.gains)
        let out = control.step(time: .zero, state: Self.level,
                               target: .rates(RateSetpoint(rates: Vector3(1, 0, 0), thrust: 0.5)), armed: true)
        #expect(control.torqueThrust.torque.x > 0)
        #expect(out[1] > out[0])   // quad X: left motors (2, 3) speed up for positive roll
    }

    @Test func positionTargetNorthTiltsTheAttitudeSetpointForward() throws {
        var control = try MulticopterControl(gains: Self.gains)
        _ = control.step(time: .zero, state: Self.level,
                         target: .trajectory(TrajectorySetpoint(position: Vector3(10, 0, 0), yaw: 0)), armed: true)
        let nose = control.attitudeSetpoint.attitude.rotate(Vector3(1, 0, 0))
        #expect(nose.z > 0.01)   // nose down to accelerate north
        #expect(control.rateSetpoint.rates.y < 0)
    }

    @Test func inGroundContactTheAttitudeSetpointIsLevelAndTheTiltIntegratorsHeld() throws {
        // Landing in wind: the position loop wants to tilt into it and the body is tilted by its
        // gear, not by the rotors. Until ground contact both loops integrate; from then on the
        // setpoint is level and nothing winds up against the ground.
        var control = try MulticopterControl(gains: Self.gains)
        let target = ControlTarget.trajectory(TrajectorySetpoint(position: Vector3(2, -1, .nan), velocity: Vector3(0, 0, 0.7), yaw: 0))
        let tilted = NavigationState(attitude: Quaternion(axis: Vector3(1, 0, 0), angle: 0.1), validity: .all)
        var time = Tick.zero
        for _ in 0..<400 {
            _ = control.step(time: time, state: tilted, target: target, armed: true)
            time = time.advanced(byMicros: 2500)
        }
        #expect(control.velocityController.integral.x != 0 && control.rateController.integral.x != 0, "the loops integrate in the air")
        for _ in 0..<4 {
            _ = control.step(time: time, state: tilted, target: target, armed: true, groundContact: true)
            time = time.advanced(byMicros: 2500)
        }
        let up = control.attitudeSetpoint.attitude.rotate(Vector3(0, 0, -1))
        #expect(abs(up.x) < 1e-6 && abs(up.y) < 1e-6, "level: \(up)")
        #expect(control.velocityController.integral.x == 0 && control.velocityController.integral.y == 0)
        #expect(control.velocityController.integral.z != 0, "the vertical integrator keeps the weight")
        #expect(control.rateController.integral.x == 0 && control.rateController.integral.y == 0)
    }

    @Test func aFailedHexaMotorIsCommandedOff() throws {
        var g = Self.gains
        g.mixer.geometry = .hexaX
        var control = try MulticopterControl(gains: g)
        try control.setFailedMotor(3)
        let out = control.step(time: .zero, state: Self.level, target: .manual(ManualInput(throttle: 0.5), .stabilized), armed: true)
        #expect(out[3] == 0 && out[0] > 0)
    }

    @Test func updatingGainsKeepsTheIntegratorAndChangesTheResponse() throws {
        var control = try MulticopterControl(gains: Self.gains)
        let target = ControlTarget.rates(RateSetpoint(rates: Vector3(0.5, 0, 0), thrust: 0.5))
        var time = Tick.zero
        for _ in 0..<10 {
            _ = control.step(time: time, state: Self.level, target: target, armed: true)
            time = time.advanced(byMicros: 2500)
        }
        let integral = control.rateController.integral
        let before = control.torqueThrust.torque.x
        var stiffer = Self.gains
        stiffer.rate.proportional.x *= 2
        stiffer.mixer.idle = 0.15
        control.updateGains(stiffer)
        #expect(control.rateController.integral == integral)
        _ = control.step(time: time, state: Self.level, target: target, armed: true)
        #expect(control.torqueThrust.torque.x > 1.8 * before)
        #expect(control.mixer.settings.idle == 0.15)
        control.resetIntegrators()
        #expect(control.rateController.integral == .zero)
    }
}
