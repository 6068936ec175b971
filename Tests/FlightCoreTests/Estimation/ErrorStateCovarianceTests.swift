import Testing
import FlightMath
@testable import FlightCore

/// The generated sparse prediction and the scalar update, checked against dense reference maths.
@Suite struct ErrorStateCovarianceTests {
    static let n = ErrorStateIndex.count

    /// A dense, well-conditioned symmetric positive-definite test matrix: A Aᵀ + I, A from a fixed formula.
    static func referenceCovariance() -> [[Double]] {
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { for j in 0..<n { a[i][j] = 0.1 * Double((i * 7 + j * 13) % 11) / 11 - 0.04 } }
        var p = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { for j in 0..<n {
            var s = i == j ? 0.01 : 0
            for k in 0..<n { s += a[i][k] * a[j][k] }
            p[i][j] = s
        } }
        return p
    }

    static func load(_ p: [[Double]]) -> ErrorStateCovariance {
        var c = ErrorStateCovariance()
        for i in 0..<n { for j in 0..<n { c.p[i, j] = Float(p[i][j]) } }
        return c
    }

    @Test func sparsePredictionEqualsDenseTransition() {
        let r = Matrix3(EulerAngles(roll: 0.3, pitch: -0.2, yaw: 2.0).quaternion)
        let dv = Vector3(0.04, -0.02, -0.039), dt: Float = 0.004
        var f = [[Double]](repeating: [Double](repeating: 0, count: Self.n), count: Self.n)
        for i in 0..<Self.n { f[i][i] = 1 }
        let skew = Matrix3.skew(dv)
        for i in 0..<3 { for j in 0..<3 {
            f[i][9 + j] = -Double(r[i, j]) * Double(dt)
            f[3 + i][j] = -Double(skew[i, j])
            f[3 + i][12 + j] = -Double(r[i, j]) * Double(dt)
        } }
        for i in 0..<3 { f[6 + i][3 + i] = Double(dt) }
        let p = Self.referenceCovariance()
        var expected = p
        for i in 0..<Self.n { for j in 0..<Self.n {
            var s = 0.0
            for k in 0..<Self.n { for l in 0..<Self.n where f[i][k] != 0 && f[j][l] != 0 { s += f[i][k] * p[k][l] * f[j][l] } }
            expected[i][j] = s
        } }
        var covariance = Self.load(p)
        covariance.predictTransition(r: r, dv: dv, dt: dt)
        var worst = 0.0
        for i in 0..<Self.n { for j in 0..<Self.n {
            worst = max(worst, abs(Double(covariance.p[i, j]) - expected[i][j]) / max(1e-3, abs(expected[i][j])))
        } }
        #expect(worst < 1e-5)
    }

    @Test func scalarUpdateMatchesJosephForm() {
        let p = Self.referenceCovariance()
        var covariance = Self.load(p)
        var row = ObservationRow()
        row.append(2, 0.5); row.append(7, 1); row.append(18, -0.25)
        let variance: Float = 0.04
        var correction = ErrorVector(repeating: 0)
        let result = covariance.fuse(row, innovation: 0.01, variance: variance, gate: 5, correction: &correction)
        #expect(result.accepted)
        // Joseph form in double precision: (I − K H) P (I − K H)ᵀ + K R Kᵀ.
        var h = [Double](repeating: 0, count: Self.n)
        h[2] = 0.5; h[7] = 1; h[18] = -0.25
        let ph = (0..<Self.n).map { i in (0..<Self.n).reduce(0.0) { $0 + p[i][$1] * h[$1] } }
        let s = (0..<Self.n).reduce(Double(variance)) { $0 + h[$1] * ph[$1] }
        let k = ph.map { $0 / s }
        var a = [[Double]](repeating: [Double](repeating: 0, count: Self.n), count: Self.n)
        for i in 0..<Self.n { for j in 0..<Self.n { a[i][j] = (i == j ? 1 : 0) - k[i] * h[j] } }
        var worst = 0.0
        for i in 0..<Self.n { for j in 0..<Self.n {
            var v = k[i] * Double(variance) * k[j]
            for x in 0..<Self.n where a[i][x] != 0 { for y in 0..<Self.n where a[j][y] != 0 { v += a[i][x] * p[x][y] * a[j][y] } }
            worst = max(worst, abs(Double(covariance.p[i, j]) - v) / max(1e-3, abs(v)))
        } }
        #expect(worst < 1e-4)
        #expect(abs(Double(correction[7]) - k[7] * 0.01) < 1e-6)
    }

    @Test func gateRejectsAnOutlierAndLeavesCovarianceUntouched() {
        var covariance = Self.load(Self.referenceCovariance())
        let before = covariance.p
        var row = ObservationRow()
        row.append(6, 1)
        var correction = ErrorVector(repeating: 0)
        let result = covariance.fuse(row, innovation: 50, variance: 1, gate: 5, correction: &correction)
        #expect(!result.accepted && result.testRatio > 1)
        var same = true
        for i in 0..<Self.n { for j in 0..<Self.n where covariance.p[i, j] != before[i, j] { same = false } }
        #expect(same && correction[6] == 0)
    }
}
