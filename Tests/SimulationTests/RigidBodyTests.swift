import Testing
import FlightMath
@testable import Simulation

@Suite struct RigidBodyTests {
    static let dt: Float = 0.001

    @Test func torqueFreeTumblingConservesRotationalEnergyAndAngularMomentum() {
        // Arrange: an asymmetric body spinning mostly about its intermediate axis plus some
        // wobble, the hardest case (Dzhanibekov flips).
        var body = RigidBody(mass: 1, inertia: Vector3(0.01, 0.02, 0.03),
                             state: RigidBodyState(angularRate: Vector3(0.3, 6, 0.2)))
        let energy0 = body.rotationalEnergy
        let momentum0 = body.angularMomentumNED

        // Act: 10 s at 1 kHz.
        for _ in 0..<10_000 { body.step(acceleration: .zero, torque: .zero, dt: Self.dt) }

        // Assert
        #expect(close(body.rotationalEnergy, energy0, relative: 1e-4))
        #expect((body.angularMomentumNED - momentum0).length <= 1e-3 * momentum0.length)
        #expect(abs(body.state.attitude.norm - 1) < 1e-5)
    }

    @Test func freeFallConservesMechanicalEnergy() {
        let g: Float = 9.81
        var body = RigidBody(mass: 2, inertia: Vector3(1, 1, 1),
                             state: RigidBodyState(velocity: Vector3(3, -1, -12)))
        func energy(_ b: RigidBody) -> Double {
            let v = b.state.velocity
            return 0.5 * Double(b.mass) * Double(v.dot(v)) - Double(b.mass * g) * b.state.position.down
        }
        let e0 = energy(body)

        for _ in 0..<3_000 { body.step(acceleration: Vector3(0, 0, g), torque: .zero, dt: Self.dt) }

        // Position after 3 s matches the closed form and energy is kept.
        let t = 3.0
        #expect(abs(body.state.position.down - (-12 * t + 0.5 * Double(g) * t * t)) < 1e-3)
        #expect(abs(energy(body) - e0) < 1e-4 * abs(e0) + 1e-2)
    }

    @Test func constantTorqueSpinsUpAtTorqueOverInertia() {
        var body = RigidBody(mass: 1, inertia: Vector3(0.02, 0.02, 0.04))
        for _ in 0..<1_000 { body.step(acceleration: .zero, torque: Vector3(0, 0, 0.04), dt: Self.dt) }
        #expect(close(body.state.angularRate.z, 1.0, relative: 1e-4))
        // Yaw angle ½ α t² = 0.5 rad about body z (down): nose turns right (east).
        let nose = body.state.attitude.rotate(Vector3(1, 0, 0))
        #expect(close(Math.atan2(nose.y, nose.x), 0.5, relative: 1e-3))
    }
}
