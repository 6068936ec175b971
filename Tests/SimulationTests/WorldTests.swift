import Testing
import FlightMath
@testable import Simulation

@Suite struct WorldTests {
    static let dt: Float = 0.001
    static let vehicles = ["quad250", "quad450", "hexa550"]

    /// Steps `world` for `seconds` at `commands`, returning the last truth.
    static func run(_ world: inout World, _ commands: MotorCommands, seconds: Float) -> Truth {
        var truth = world.step(motorCommands: commands, dt: dt)
        for _ in 1..<Int((seconds / dt).rounded()) { truth = world.step(motorCommands: commands, dt: dt) }
        return truth
    }

    @Test(arguments: vehicles)
    func hoversAtTheThrottleItsNumbersPredict(vehicle: String) throws {
        // Arrange: in the air, level, motors already spinning near hover.
        let airframe = try SimFixtures.airframe(vehicle)
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let start = RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -20))
        world.reset(to: start)
        let hover = try #require(world.predictedHoverThrottle())
        print("\(vehicle): predicted hover throttle \(hover) (full pack, 20 m above sea level)")
        world.reset(to: start,
                    rotorSpeed: airframe.rotors[0].commandedSpeed(throttle: hover)
                        * airframe.speedScale(volts: world.battery.volts))

        // Act: 3 s at the predicted throttle.
        let truth = Self.run(&world, MotorCommands(all: hover), seconds: 3)

        // Assert: it neither climbs nor sinks nor turns. The battery drains slightly in 3 s
        // (voltage, hence thrust, falls by about 0.1 %) and the pack sags only once loaded,
        // hence a few centimetres of vertical allowance.
        #expect(abs(truth.velocity.z) < 0.03)
        #expect(abs(truth.position.down + 20) < 0.08)
        #expect(truth.angularRate.length < 1e-3)
        #expect(hover > 0.1 && hover < 0.7)
    }

    @Test func moreThrottleThanHoverClimbsAndLessSinks() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var up = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let hover = try #require(up.predictedHoverThrottle())
        var down = up
        up.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50)))
        down.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50)))
        #expect(Self.run(&up, MotorCommands(all: hover + 0.1), seconds: 2).velocity.z < -1)
        #expect(Self.run(&down, MotorCommands(all: hover - 0.1), seconds: 2).velocity.z > 1)
    }

    @Test func restsOnItsGearWithoutSinkingAndReportsLanded() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.zurich, seed: 1)
        let truth = Self.run(&world, MotorCommands(all: 0.2), seconds: 3)
        #expect(truth.position.down == -Double(airframe.gearHeight))
        #expect(truth.velocity == .zero)
        #expect(truth.landed)
        #expect(!truth.crashed)
        // Accelerometer at rest reads minus gravity along body z.
        #expect(close(truth.specificForce.z, -world.gravity, relative: 1e-5))
    }

    @Test func takesOffWhenThrustExceedsWeight() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.zurich, seed: 1)
        let truth = Self.run(&world, MotorCommands(all: 0.8), seconds: 2)
        #expect(truth.position.down < -2)
        #expect(!truth.landed)
    }

    @Test func gentleTouchdownLandsButHardImpactCrashes() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var gentle = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let hover = try #require(gentle.predictedHoverThrottle())
        gentle.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -1), velocity: Vector3(0, 0, 0.5)),
                     rotorSpeed: airframe.rotors[0].commandedSpeed(throttle: hover))
        let landed = Self.run(&gentle, MotorCommands(all: hover - 0.02), seconds: 4)
        #expect(landed.landed)
        #expect(!landed.crashed)

        var hard = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        hard.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -10)))
        let dropped = Self.run(&hard, MotorCommands(all: 0), seconds: 3)
        #expect(dropped.crashed)
        #expect(dropped.position.down == -Double(airframe.gearHeight))
    }

    @Test func touchingDownSteeplyTiltedTipsOver() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let tilted = Quaternion(axis: Vector3(1, 0, 0), angle: 1.3)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -0.2), attitude: tilted))
        #expect(Self.run(&world, MotorCommands(all: 0), seconds: 1).crashed)
    }

    @Test func slidingOnTheGroundStopsByFriction() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -Double(airframe.gearHeight)),
                                       velocity: Vector3(2, 0, 0)))
        let truth = Self.run(&world, MotorCommands(all: 0), seconds: 1)
        // μ g = 5.9 m/s² stops 2 m/s in 0.34 s after 0.34 m.
        #expect(truth.velocity.x == 0)
        #expect(abs(truth.position.north - 2 * 2 / (2 * 0.6 * 9.806)) < 0.02)
        #expect(truth.landed)
    }

    /// The angle between `a` and `b`, degrees.
    static func degreesBetween(_ a: Quaternion, _ b: Quaternion) -> Float {
        (a.conjugate * b).canonical.rotationVector.length * 180 / .pi
    }

    /// Integrates the step rates a gyro would sample from `start` and compares them with the attitude.
    static func gyroDisagreement(_ world: inout World, _ commands: MotorCommands, seconds: Float) -> (degrees: Float, truth: Truth) {
        var integrated = world.body.state.attitude
        var truth = world.step(motorCommands: commands, dt: dt)
        integrated = (integrated * Quaternion(rotationVector: truth.turnRate * dt)).normalized
        for _ in 1..<Int((seconds / dt).rounded()) {
            truth = world.step(motorCommands: commands, dt: dt)
            integrated = (integrated * Quaternion(rotationVector: truth.turnRate * dt)).normalized
        }
        return (degreesBetween(integrated, truth.attitude), truth)
    }

    @Test func theGyrosSeeTheGearLevelATiltedTouchdown() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let tilted = Quaternion(axis: Vector3(0, 1, 0), angle: 3 * .pi / 180)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -Double(airframe.gearHeight)), attitude: tilted))
        let (off, truth) = Self.gyroDisagreement(&world, MotorCommands(all: 0), seconds: 0.5)
        #expect(Self.degreesBetween(truth.attitude, .identity) < 1e-3, "the gear levelled the body")
        #expect(off < 0.01, "the step rates add up to the body's turn: \(off)°")
        #expect(truth.landed)
    }

    @Test func theGyrosSeeEveryTurnOfAVehicleRockingOnItsGear() throws {
        // The soak's lost flight: on the ground, the front motors above hover and the rear ones at idle lift the nose
        // off the gear and let it fall back, over and over.
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let hover = try #require(world.predictedHoverThrottle())
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -Double(airframe.gearHeight))))
        let lift = MotorCommands((hover * 1.2, hover, hover * 1.2, hover, 0, 0, 0, 0)), idle = MotorCommands(all: 0.05)
        var integrated = world.body.state.attitude, attitude = integrated
        var off: Float = 0, turned: Float = 0
        for k in 0..<3000 {
            let truth = world.step(motorCommands: k % 400 < 150 ? lift : idle, dt: Self.dt)
            integrated = (integrated * Quaternion(rotationVector: truth.turnRate * Self.dt)).normalized
            off = max(off, Self.degreesBetween(integrated, truth.attitude))
            turned += Self.degreesBetween(attitude, truth.attitude)
            attitude = truth.attitude
            #expect(!truth.crashed)
        }
        #expect(turned > 1, "the vehicle rocked: \(turned)° of turns")
        #expect(off < 0.05, "the step rates add up to the body's turns: \(off)° apart at worst")
    }

    @Test func theAccelerometerFeelsTheTouchdown() throws {
        // Descending at 0.7 m/s onto the gear: the gear stops the body within a step, outside the
        // forces. Integrating what an accelerometer measures (plus gravity) must still give the
        // truth's velocity, or an estimator believes it keeps descending after touching down.
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let hover = try #require(world.predictedHoverThrottle())
        let start = Vector3(0, 0, 0.7)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -Double(airframe.gearHeight) - 0.3), velocity: start),
                    rotorSpeed: airframe.rotors[0].commandedSpeed(throttle: hover))
        var velocity = start, off: Float = 0, touchedDown = false
        for _ in 0..<1000 {
            // A little below hover: the vehicle presses on its gear once down.
            let truth = world.step(motorCommands: MotorCommands(all: hover * 0.9), dt: Self.dt)
            velocity += (truth.attitude.rotate(truth.specificForce) + Vector3(0, 0, world.gravityHere)) * Self.dt
            off = max(off, (velocity - truth.velocity).length)
            if truth.landed { touchedDown = true }
            #expect(!truth.crashed)
        }
        #expect(touchedDown)
        #expect(off < 0.01, "the integrated specific force follows the velocity through the touchdown: \(off) m/s apart at worst")
    }

    @Test func failedMotorMakesTheQuadYawAndRoll() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        let hover = try #require(world.predictedHoverThrottle())
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -30)),
                    rotorSpeed: airframe.rotors[0].commandedSpeed(throttle: hover))
        world.failMotor(0)  // front-right, CCW
        let truth = Self.run(&world, MotorCommands(all: hover), seconds: 0.3)
        #expect(truth.rotorSpeeds[0] < 0.01 * airframe.rotors[0].maxSpeed)
        // Losing front-right lift rolls right (+x) and pitches nose down (−y); losing a CCW
        // rotor's positive reaction torque yaws left (−z).
        #expect(truth.angularRate.x > 0.5)
        #expect(truth.angularRate.y < -0.5)
        #expect(truth.angularRate.z < 0)
    }

    @Test func batterySagsUnderLoadAndDrains() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -100)))
        let idle = Self.run(&world, MotorCommands(all: 0), seconds: 0.5)
        let full = Self.run(&world, MotorCommands(all: 1), seconds: 1)
        #expect(close(idle.batteryVolts, 16.8, relative: 0.01))
        #expect(full.batteryAmps > 40)
        let sag = world.battery.openCircuitVolts - full.batteryVolts
        #expect(close(sag, full.batteryAmps * airframe.battery.internalResistanceOhms, relative: 1e-3))
        // One second near full current draws about I·1 s of charge.
        #expect(full.batteryRemaining < 1 - 0.9 * full.batteryAmps / 3600 / airframe.battery.capacityAmpHours)
    }

    @Test func motorsSlowDownAsTheBatteryEmpties() throws {
        // Arrange: two identical worlds in the air, one with a nearly flat pack.
        let airframe = try SimFixtures.airframe("quad450")
        var fresh = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        var tired = fresh
        tired.dropBattery(fractionOfRemaining: 0.9)
        for w in [0, 1] {
            if w == 0 { fresh.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50))) }
            else { tired.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50))) }
        }
        // Act: same throttle for 1 s.
        let a = Self.run(&fresh, MotorCommands(all: 0.6), seconds: 1)
        let b = Self.run(&tired, MotorCommands(all: 0.6), seconds: 1)
        // Assert: rotor speed follows the terminal voltage, and the tired vehicle needs more throttle.
        #expect(close(b.rotorSpeeds[0] / a.rotorSpeeds[0], b.batteryVolts / a.batteryVolts, relative: 0.01))
        #expect(b.rotorSpeeds[0] < 0.95 * a.rotorSpeeds[0])
        #expect(try #require(tired.predictedHoverThrottle()) > (try #require(fresh.predictedHoverThrottle())) + 0.03)
    }

    @Test func thinnerAirHigherUpNeedsMoreThrottle() throws {
        // Arrange: the same vehicle on the ground at sea level and 1000 m above it.
        let airframe = try SimFixtures.airframe("quad450")
        var low = World(airframe: airframe, origin: SimFixtures.seaLevel, seed: 1)
        var high = low
        high.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -1000)))
        // Act
        let lowHover = try #require(low.predictedHoverThrottle())
        let highHover = try #require(high.predictedHoverThrottle())
        // Assert: ISA density falls from 1.225 to 1.112 kg/m³, so thrust per ω² falls 9 %;
        // gravity falls by the free-air gradient, 3.1 mm/s² per km.
        #expect(abs(high.air.densityKilogramsPerCubicMeter - 1.1117) < 1e-3)
        #expect(highHover > lowHover * 1.03)
        #expect(close(low.gravityHere - high.gravityHere, 0.003_086, relative: 0.01))
        _ = low.step(motorCommands: MotorCommands(), dt: 0.001)
    }

    @Test func openCircuitVoltageFollowsTheLiPoCurve() {
        #expect(BatterySpec.cellOpenCircuitVolts(stateOfCharge: 1) == 4.2)
        #expect(close(BatterySpec.cellOpenCircuitVolts(stateOfCharge: 0.5), 3.84, relative: 1e-6))
        #expect(BatterySpec.cellOpenCircuitVolts(stateOfCharge: 0) == 3.27)
        #expect(close(BatterySpec.cellOpenCircuitVolts(stateOfCharge: 0.55), 3.855, relative: 1e-5))
    }

    @Test func sameSeedGivesBitIdenticalTruthInTurbulence() throws {
        let airframe = try SimFixtures.airframe("hexa550")
        let wind = WindSettings(meanVelocityNED: Vector3(4, 2, 0), turbulence: .severe,
                                gustsPerSecond: 0.5, gustPeakMetersPerSecond: 5, gustDurationSeconds: 1)
        var a = World(airframe: airframe, origin: SimFixtures.zurich, wind: wind, seed: 99)
        var b = World(airframe: airframe, origin: SimFixtures.zurich, wind: wind, seed: 99)
        var c = World(airframe: airframe, origin: SimFixtures.zurich, wind: wind, seed: 100)
        var differs = false
        for i in 0..<5_000 {
            let u = MotorCommands(all: 0.62 + 0.05 * Float(i % 7) / 7)
            let ta = a.step(motorCommands: u, dt: Self.dt), tb = b.step(motorCommands: u, dt: Self.dt)
            let tc = c.step(motorCommands: u, dt: Self.dt)
            #expect(ta == tb)
            if ta != tc { differs = true }
        }
        #expect(differs)
    }
}
