import Testing
@testable import FlightCore

@Suite struct PositionControlTests {
    static let gains = ControlGains(parameters: ParameterTable()).position

    @Test func zeroAccelerationGivesLevelAttitudeAndHoverThrust() {
        let sp = ThrustVectorAttitude.attitude(acceleration: .zero, yaw: 0.7, gains: Self.gains)
        let z = QuaternionGeometry.bodyZ(sp.attitude)
        #expect((z - Vector3(0, 0, 1)).length < 1e-5)
        #expect(abs(QuaternionGeometry.yaw(sp.attitude) - 0.7) < 1e-4)
        #expect(abs(sp.thrust - Self.gains.hoverThrust) / Self.gains.hoverThrust < 1e-5)
    }

    @Test func forwardAccelerationTiltsNoseDownAndKeepsVerticalThrust() {
        let a: Float = 3
        let sp = ThrustVectorAttitude.attitude(acceleration: Vector3(a, 0, 0), yaw: 0, gains: Self.gains)
        let thrustAxis = -QuaternionGeometry.bodyZ(sp.attitude)   // body up in NED
        // Thrust tilts forward (north) by atan(a / g), i.e. the nose pitches down.
        #expect(abs(Math.atan2(thrustAxis.x, -thrustAxis.z) - Math.atan2(a, standardGravity)) < 1e-4)
        let expected = Self.gains.hoverThrust / Math.cos(Math.atan2(a, standardGravity))
        #expect(abs(sp.thrust - expected) / expected < 1e-4)
    }

    @Test func tiltIsLimited() {
        var g = Self.gains
        g.maxTilt = Angles.radians(degrees: Float(20))
        let sp = ThrustVectorAttitude.attitude(acceleration: Vector3(0, 20, 0), yaw: 0, gains: g)
        let z = QuaternionGeometry.bodyZ(sp.attitude)
        #expect(abs(Math.acos(z.z) - g.maxTilt) < 1e-4)
    }

    @Test func positionErrorGivesLimitedVelocity() {
        let p = PositionController(gains: Self.gains)
        let v = p.update(position: .zero, target: Vector3(100, 0, -100), velocityFeedforward: .nan)
        #expect(abs(v.horizontalLength - Self.gains.maxHorizontalSpeed) < 1e-4)
        #expect(v.z == -Self.gains.maxClimbSpeed)
        let small = p.update(position: .zero, target: Vector3(1, .nan, .nan), velocityFeedforward: Vector3(0.5, .nan, .nan))
        #expect(abs(small.x - (Self.gains.positionP.x + 0.5)) < 1e-5)
        #expect(small.y.isNaN && small.z.isNaN)
    }

    @Test func velocityIntegratorStopsAtTheAccelerationLimit() {
        var v = VelocityController(gains: Self.gains)
        for _ in 0..<500 {
            let a = v.update(velocity: .zero, target: Vector3(50, 0, 0), accelerationFeedforward: .nan, dt: 0.02)
            #expect(a.horizontalLength <= Self.gains.maxHorizontalAcceleration + 1e-4)
        }
        #expect(v.integral.x == 0)
    }

    @Test func hoverHoldsAltitudeOnAPointMassWithVelocityIntegrator() throws {
        // A point mass whose true hover thrust is 10 % above the configured one: the integrator must
        // learn it and the cascade must bring the height back.
        var control = try MulticopterControl(gains: ControlGains(parameters: ParameterTable()))
        var position = Vector3.zero, velocity = Vector3.zero
        let trueHover = Self.gains.hoverThrust * 1.1
        let dt: Float = 0.02
        var time = Tick.zero
        for _ in 0..<1500 {
            let state = NavigationState(time: time, velocity: velocity, position: position, validity: .all)
            _ = control.step(time: time, state: state, target: .trajectory(TrajectorySetpoint(position: Vector3(0, 0, -5))), armed: true)
            let thrust = control.attitudeSetpoint.thrust
            let up = -QuaternionGeometry.bodyZ(control.attitudeSetpoint.attitude) * (thrust / trueHover * standardGravity)
            let accel = up + Vector3(0, 0, standardGravity)
            velocity += accel * dt
            position += velocity * dt
            time = time.advanced(byMicros: 20_000)
        }
        #expect(abs(position.z + 5) < 0.05)
    }
}

@Suite struct ManualControlTests {
    static let limits = ControlGains(parameters: ParameterTable()).manual

    @Test func fullRollStickTiltsRightByTheManualTiltLimit() {
        var m = ManualControl(limits: Self.limits)
        let sp = m.stabilized(ManualInput(roll: 1, throttle: 0.5), attitude: .identity, dt: 0.004)
        let z = QuaternionGeometry.bodyZ(sp.attitude)
        #expect(abs(Math.acos(z.z) - Self.limits.maxTilt) < 1e-4)
        #expect(z.y < 0)   // body down axis swings left when rolling right
        #expect(abs(sp.thrust - Self.limits.hoverThrust) < 1e-6)
    }

    @Test func forwardPitchStickTiltsNoseDown() {
        var m = ManualControl(limits: Self.limits)
        let sp = m.stabilized(ManualInput(pitch: 0.5, throttle: 0.5), attitude: .identity, dt: 0.004)
        let nose = sp.attitude.rotate(Vector3(1, 0, 0))
        #expect(nose.z > 0)
    }

    @Test func yawStickIntegratesHeading() {
        var m = ManualControl(limits: Self.limits)
        var sp = AttitudeSetpoint(attitude: .identity, thrust: 0)
        for _ in 0..<100 { sp = m.stabilized(ManualInput(yaw: 1, throttle: 0.5), attitude: .identity, dt: 0.01) }
        #expect(abs(QuaternionGeometry.yaw(sp.attitude) - Self.limits.maxYawRate) / Self.limits.maxYawRate < 1e-3)
        #expect(sp.yawRateFeedforward == Self.limits.maxYawRate)
    }

    @Test func centredThrottleHoldsAltitudeAndRaisedThrottleClimbs() {
        var m = ManualControl(limits: Self.limits)
        let state = NavigationState(position: Vector3(0, 0, -12), validity: .all)
        let hold = m.altitude(ManualInput(throttle: 0.5), state: state, dt: 0.02)
        #expect(hold.position.z == -12 && hold.velocity.z.isNaN)
        let climb = m.altitude(ManualInput(throttle: 1), state: state, dt: 0.02)
        #expect(climb.position.z.isNaN && climb.velocity.z == -Self.limits.maxClimbSpeed)
    }

    @Test func positionModeCentredSticksHoldPositionAndDeflectedSticksFly() {
        var m = ManualControl(limits: Self.limits)
        let state = NavigationState(position: Vector3(3, 4, -10), validity: .all)
        let hold = m.position(ManualInput(throttle: 0.5), state: state, dt: 0.02)
        #expect(hold.position.x == 3 && hold.position.y == 4)
        let fly = m.position(ManualInput(pitch: 1, throttle: 0.5), state: state, dt: 0.02)
        #expect(abs(fly.velocity.x - Self.limits.maxHorizontalSpeed) < 1e-4 && abs(fly.velocity.y) < 1e-4)
    }
}
