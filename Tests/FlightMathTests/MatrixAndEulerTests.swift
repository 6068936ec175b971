import Testing
@testable import FlightMath

@Suite struct MatrixAndEulerTests {
    static let tolerance: Float = 1e-5

    static let attitudes: [EulerAngles] = [
        EulerAngles(roll: 0.1, pitch: -0.2, yaw: 2.9), EulerAngles(roll: -2.5, pitch: 1.2, yaw: -0.4),
        EulerAngles(roll: 0, pitch: 0, yaw: -3.0), EulerAngles(roll: 1.0, pitch: -1.4, yaw: 1.5),
    ]

    @Test func rotationMatrixRotatesLikeItsQuaternion() {
        let q = Quaternion(rotationVector: Vector3(0.3, -1.2, 0.7))
        let v = Vector3(1, -2, 3)
        #expect((Matrix3(q) * v - q.rotate(v)).length < Self.tolerance)
    }

    @Test func quaternionFromMatrixRoundTripsForEveryPivot() {
        for r in [Vector3(0.1, 0.2, 0.3), Vector3(3.0, 0.1, 0), Vector3(0, 3.0, 0.2), Vector3(0.1, 0, 3.1)] {
            let q = Quaternion(rotationVector: r).canonical
            let back = Quaternion(Matrix3(q))
            #expect(abs(back.w - q.w) + abs(back.x - q.x) + abs(back.y - q.y) + abs(back.z - q.z) < 1e-5)
        }
    }

    @Test func eulerAnglesRoundTripThroughQuaternionAndMatrix() {
        for e in Self.attitudes {
            let viaQ = EulerAngles(e.quaternion), viaM = EulerAngles(e.matrix)
            for back in [viaQ, viaM] {
                #expect(abs(back.roll - e.roll) < 1e-4 && abs(back.pitch - e.pitch) < 1e-4 && abs(back.yaw - e.yaw) < 1e-4)
            }
        }
    }

    @Test func eulerSequenceIsYawThenPitchThenRoll() {
        let e = EulerAngles(roll: 0.3, pitch: -0.4, yaw: 1.1)
        let q = Quaternion(axis: Vector3(0, 0, 1), angle: e.yaw) * Quaternion(axis: Vector3(0, 1, 0), angle: e.pitch)
            * Quaternion(axis: Vector3(1, 0, 0), angle: e.roll)
        let v = Vector3(0.5, 2, -1)
        #expect((q.rotate(v) - e.quaternion.rotate(v)).length < Self.tolerance)
    }

    @Test func gimbalLockKeepsTheRotation() {
        let e = EulerAngles(roll: 0.4, pitch: .pi / 2, yaw: 1.0)
        let back = EulerAngles(e.quaternion)
        let v = Vector3(1, 2, 3)
        #expect((back.quaternion.rotate(v) - e.quaternion.rotate(v)).length < 1e-3)
    }

    @Test func inverseTimesMatrixIsIdentity() throws {
        let m = Matrix3(row0: Vector3(2, 1, 0), row1: Vector3(-1, 3, 0.5), row2: Vector3(0.2, 0, 4))
        let p = try #require(m.inverse) * m
        #expect((p.row0 - Vector3(1, 0, 0)).length + (p.row1 - Vector3(0, 1, 0)).length + (p.row2 - Vector3(0, 0, 1)).length < 1e-5)
        #expect(Matrix3(row0: Vector3(1, 2, 3), row1: Vector3(2, 4, 6), row2: Vector3(0, 0, 1)).inverse == nil)
    }

    @Test func skewMatrixComputesCrossProduct() {
        let a = Vector3(1, -2, 0.5), b = Vector3(0.3, 4, -1)
        #expect((Matrix3.skew(a) * b - a.cross(b)).length < Self.tolerance)
    }

    @Test func choleskyAcceptsPositiveDefiniteAndRejectsIndefinite() {
        var p = SquareMatrix24()
        for i in 0..<21 { p[i, i] = Float(i + 1) }
        p[0, 5] = 0.5; p[5, 0] = 0.5
        #expect(p.isPositiveDefinite(count: 21))
        p[3, 4] = 10; p[4, 3] = 10   // |P34| > sqrt(P33 P44): indefinite
        #expect(!p.isPositiveDefinite(count: 21))
    }

    @Test func symmetrizeAveragesMirroredEntriesAndResetClearsAState() {
        var p = SquareMatrix24()
        p[1, 4] = 2; p[4, 1] = 4; p[2, 2] = 3; p[2, 5] = 1; p[5, 2] = 1
        p.symmetrize(count: 6)
        #expect(p[1, 4] == 3 && p[4, 1] == 3 && p.asymmetry(count: 6) == 0)
        p.resetState(2, variance: 0.5, count: 6)
        #expect(p[2, 2] == 0.5 && p[2, 5] == 0 && p[5, 2] == 0 && p[1, 4] == 3)
    }
}
