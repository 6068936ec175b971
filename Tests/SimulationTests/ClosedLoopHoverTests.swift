import Testing
import FlightMath
@testable import Simulation

/// A minimal position/attitude controller and mixer written from first principles, used to
/// check that the simulator's conventions (motor order, spin directions, torque signs, frames)
/// make a vehicle controllable: if any sign were wrong it would flip over within a second.
struct ReferenceController {
    let airframe: Airframe
    let gravity: Float
    var target: Vector3

    /// Motor commands for `truth`, holding `target` (m, NED) with heading north.
    func commands(_ truth: Truth) -> MotorCommands {
        let m = airframe.mass
        let p = truth.position.vector, v = truth.velocity
        // Desired acceleration (NED), tilt-limited, then the thrust vector that produces it.
        var accel = (target - p) * 1.2 - v * 1.8
        accel = Vector3(accel.x, accel.y, 0).clampedLength(4) + Vector3(0, 0, min(max(accel.z, -4), 4))
        let thrustNED = (accel - Vector3(0, 0, gravity)) * m          // points up (−z) in hover
        let zBody = (-thrustNED).normalized                              // body z (down) wanted
        let collective = thrustNED.dot(-truth.attitude.rotate(Vector3(0, 0, 1)))
        // Desired attitude with heading north.
        let yBody = zBody.cross(Vector3(1, 0, 0)).normalized
        let xBody = yBody.cross(zBody)
        let wanted = Self.quaternion(x: xBody, y: yBody, z: zBody)
        var error = truth.attitude.conjugate * wanted
        if error.w < 0 { error = Quaternion(w: -error.w, x: -error.x, y: -error.y, z: -error.z) }
        let rateWanted = Vector3(error.x, error.y, error.z) * (2 * 6)
        let torque = (rateWanted - truth.angularRate).scaled(by: airframe.inertia) * 15
        return mix(collective: collective, torque: torque, volts: truth.batteryVolts)
    }

    /// Per-motor thrusts for a collective thrust (N) and body torque (N·m), for geometries whose
    /// x, y and spin columns are orthogonal (PX4 quad X and hexa X are), compensated for the
    /// battery voltage `volts` as PX4's battery scaling does.
    func mix(collective: Float, torque: Vector3, volts: Float) -> MotorCommands {
        let scale = airframe.speedScale(volts: volts)
        let rotors = airframe.rotors
        let n = Float(rotors.count)
        let sumX2 = rotors.reduce(Float(0)) { $0 + $1.position.x * $1.position.x }
        let sumY2 = rotors.reduce(Float(0)) { $0 + $1.position.y * $1.position.y }
        let kappa = rotors[0].torqueCoefficient / rotors[0].thrustCoefficient
        var out = MotorCommands()
        for (i, r) in rotors.enumerated() {
            // Thrust T along −z at r gives torque (−r_y T, r_x T, spin κ T).
            let t = collective / n - r.position.y * torque.x / sumY2 + r.position.x * torque.y / sumX2
                + r.spin.yawTorqueSign * torque.z / (n * kappa)
            out[i] = r.throttle(forThrust: min(max(t / (scale * scale), 0), r.maxThrust)) ?? 0
        }
        return out
    }

    /// The rotation whose body axes are the given NED unit vectors.
    static func quaternion(x: Vector3, y: Vector3, z: Vector3) -> Quaternion {
        let trace = x.x + y.y + z.z
        if trace > 0 {
            let s = (trace + 1).squareRoot() * 2
            return Quaternion(w: s / 4, x: (y.z - z.y) / s, y: (z.x - x.z) / s, z: (x.y - y.x) / s).normalized
        } else if x.x > y.y && x.x > z.z {
            let s = (1 + x.x - y.y - z.z).squareRoot() * 2
            return Quaternion(w: (y.z - z.y) / s, x: s / 4, y: (y.x + x.y) / s, z: (z.x + x.z) / s).normalized
        } else if y.y > z.z {
            let s = (1 + y.y - x.x - z.z).squareRoot() * 2
            return Quaternion(w: (z.x - x.z) / s, x: (y.x + x.y) / s, y: s / 4, z: (z.y + y.z) / s).normalized
        } else {
            let s = (1 + z.z - x.x - y.y).squareRoot() * 2
            return Quaternion(w: (x.y - y.x) / s, x: (z.x + x.z) / s, y: (z.y + y.z) / s, z: s / 4).normalized
        }
    }
}

@Suite struct ClosedLoopHoverTests {
    @Test(arguments: ["quad250", "quad450", "hexa550"])
    func takesOffAndHoldsPositionInModerateTurbulence(vehicle: String) throws {
        // Arrange: on the ground in a 5 m/s west wind with moderate turbulence and gusts.
        let airframe = try SimFixtures.airframe(vehicle)
        let wind = WindSettings(meanVelocityNED: WindSettings.from(directionDegrees: 270, speed: 5),
                                turbulence: .moderate, gustsPerSecond: 0.1, gustPeakMetersPerSecond: 3)
        var world = World(airframe: airframe, origin: SimFixtures.zurich, wind: wind, seed: 7)
        let controller = ReferenceController(airframe: airframe, gravity: world.gravity, target: Vector3(0, 0, -10))

        // Act: 30 s at 1 kHz, recording the worst error after the climb.
        var truth = world.step(motorCommands: MotorCommands(), dt: 0.001)
        var worst: Float = 0
        for i in 0..<30_000 {
            truth = world.step(motorCommands: controller.commands(truth), dt: 0.001)
            if i > 10_000 { worst = max(worst, (truth.position.vector - controller.target).length) }
        }

        // Assert
        print("\(vehicle) hover in moderate turbulence: worst position error \(worst) m")
        #expect(!truth.crashed)
        #expect(worst < 3, "\(vehicle): worst position error \(worst) m")
    }

    @Test func controllerLandsGentlyWithoutCrashing() throws {
        let airframe = try SimFixtures.airframe("quad450")
        var world = World(airframe: airframe, origin: SimFixtures.zurich, seed: 3)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -5)), rotorSpeed: 700)
        let controller = ReferenceController(airframe: airframe, gravity: world.gravity, target: Vector3(0, 0, 1))
        var truth = world.step(motorCommands: MotorCommands(), dt: 0.001)
        for _ in 0..<15_000 { truth = world.step(motorCommands: controller.commands(truth), dt: 0.001) }
        #expect(truth.landed)
        #expect(!truth.crashed)
    }
}
