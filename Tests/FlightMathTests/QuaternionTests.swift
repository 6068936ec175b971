import Testing
@testable import FlightMath

@Suite struct QuaternionTests {
    @Test func rotatingBodyForwardByNinetyDegreesYawPointsEast() {
        let q = Quaternion(axis: Vector3(0, 0, 1), angle: .pi / 2)
        let v = q.rotate(Vector3(1, 0, 0))
        #expect(abs(v.x) < 1e-6 && abs(v.y - 1) < 1e-6 && abs(v.z) < 1e-6)
    }

    @Test func inverseRotateUndoesRotate() {
        let q = Quaternion(rotationVector: Vector3(0.3, -0.2, 1.1))
        let v = Vector3(1.5, -2, 0.25)
        let back = q.inverseRotate(q.rotate(v))
        #expect((back - v).length < 1e-5)
    }

    @Test func rotationVectorRoundTrips() {
        let r = Vector3(0.4, -0.7, 0.2)
        #expect((Quaternion(rotationVector: r).rotationVector - r).length < 1e-5)
    }

    @Test func compositionAppliesRightOperandFirst() {
        let yaw = Quaternion(axis: Vector3(0, 0, 1), angle: .pi / 2)
        let roll = Quaternion(axis: Vector3(1, 0, 0), angle: .pi / 2)
        // Body right (y) rolled 90° points down; then yawed 90° stays down.
        let v = (yaw * roll).rotate(Vector3(0, 1, 0))
        #expect((v - Vector3(0, 0, 1)).length < 1e-5)
    }
}
