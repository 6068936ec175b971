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
