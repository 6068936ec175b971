import FlightMath

/// Positions of the error states in the estimator's state vector and covariance.
///
/// Attitude error is a small rotation vector in NED (radians, `q_true = q(θ) ⊗ q_est`); velocity
/// m/s NED; position metres NED; gyro bias rad/s body FRD; accelerometer bias m/s² body FRD; earth
/// magnetic field gauss NED; body (hard-iron) field gauss body FRD.
public enum ErrorStateIndex {
    public static let attitude = 0, velocity = 3, position = 6, gyroBias = 9, accelBias = 12
    public static let earthField = 15, bodyField = 18
    /// Number of error states.
    public static let count = 21
}

/// An error-state correction vector (first `ErrorStateIndex.count` entries used).
public typealias ErrorVector = InlineArray<24, Float>

/// One row of a sparse observation Jacobian: up to 9 non-zero entries.
public struct ObservationRow: Sendable {
    public var count = 0
    public var indices = InlineArray<9, Int>(repeating: 0)
    public var values = InlineArray<9, Float>(repeating: 0)

    @inlinable public init() {}

    /// Appends `value` at error-state `index`.
    @inlinable public mutating func append(_ index: Int, _ value: Float) {
        indices[count] = index; values[count] = value; count += 1
    }

    /// Appends a 3-vector block starting at error-state `index`.
    @inlinable public mutating func append(block index: Int, _ v: Vector3) {
        append(index, v.x); append(index + 1, v.y); append(index + 2, v.z)
    }
}

/// The outcome of one scalar measurement update.
public struct ScalarFusionResult: Sendable {
    /// innovation² / (gate² · innovation variance): above 1 means the measurement was rejected.
    public var testRatio: Float
    /// True when the state and covariance were updated.
    public var accepted: Bool
    @inlinable public init(testRatio: Float, accepted: Bool) { self.testRatio = testRatio; self.accepted = accepted }
}

/// The error-state covariance of the estimator, with sparse prediction and scalar fusion.
///
/// Implementation notes: prediction uses the symbolically derived `predictTransition` (see
/// `derivation/derive_ekf.py`) instead of a dense F·P·Fᵀ, then adds diagonal process noise.
/// Each scalar update uses `P ← P − (P Hᵀ)(P Hᵀ)ᵀ / S`, written so both triangles get the same
/// value: for the optimal gain this equals the Joseph form and stays exactly symmetric in
/// floating point. Variances are kept within [min, max] limits so P stays positive definite.
public struct ErrorStateCovariance: Sendable {
    public var p = SquareMatrix24()

    @inlinable public init() {}

    // The readers below are always inlined: a call that is not passes the covariance by value,
    // and Swift copied all 2304 bytes of `p` for each call (three times per IMU sample in
    // `Estimator.refreshSnapshot` alone).

    /// Variance of error state `i`.
    @inlinable @inline(__always) public func variance(_ i: Int) -> Float { p[i, i] }

    /// The 3-vector of variances starting at state `i`.
    @inlinable @inline(__always) public func variances(_ i: Int) -> Vector3 { Vector3(p[i, i], p[i + 1, i + 1], p[i + 2, i + 2]) }

    /// Zeroes rows and columns of states `i..<i+3` and sets their variances.
    @inlinable public mutating func reset(block i: Int, variances v: Vector3) {
        p.resetState(i, variance: v.x, count: ErrorStateIndex.count)
        p.resetState(i + 1, variance: v.y, count: ErrorStateIndex.count)
        p.resetState(i + 2, variance: v.z, count: ErrorStateIndex.count)
    }

    /// Covariance prediction over one IMU interval.
    ///
    /// - Parameters:
    ///   - r: attitude rotation matrix, body FRD → NED.
    ///   - dv: bias-corrected delta velocity in NED (gravity excluded), m/s.
    ///   - dt: interval, seconds.
    ///   - noise: process noise variances added on the diagonal, per state.
    @inlinable public mutating func predict(r: Matrix3, dv: Vector3, dt: Float, noise: ProcessNoise) {
        predictTransition(r: r, dv: dv, dt: dt)
        let dt2 = dt * dt
        for k in 0..<3 {
            p[ErrorStateIndex.attitude + k, ErrorStateIndex.attitude + k] += noise.gyro * dt2
            p[ErrorStateIndex.velocity + k, ErrorStateIndex.velocity + k] += noise.accel * dt2
            p[ErrorStateIndex.gyroBias + k, ErrorStateIndex.gyroBias + k] += noise.gyroBiasWalk * dt
            p[ErrorStateIndex.accelBias + k, ErrorStateIndex.accelBias + k] += noise.accelBiasWalk * dt
            p[ErrorStateIndex.earthField + k, ErrorStateIndex.earthField + k] += noise.earthFieldWalk * dt
            p[ErrorStateIndex.bodyField + k, ErrorStateIndex.bodyField + k] += noise.bodyFieldWalk * dt
        }
        constrainVariances(noise)
    }

    /// Clamps each variance into its limits; lowering a variance also shrinks its row and column
    /// so that every correlation stays within ±1.
    @inlinable public mutating func constrainVariances(_ noise: ProcessNoise) {
        for i in 0..<ErrorStateIndex.count {
            let limits = noise.varianceLimits(ofState: i)
            let v = p[i, i]
            if !(v >= limits.lowerBound) {
                p[i, i] = limits.lowerBound
            } else if v > limits.upperBound {
                let k = (limits.upperBound / v).squareRoot()
                for j in 0..<ErrorStateIndex.count { p[i, j] *= k; p[j, i] *= k }
            }
        }
    }

    /// Sequential scalar fusion of one measurement.
    ///
    /// - Parameters:
    ///   - row: the observation Jacobian row.
    ///   - innovation: measurement minus prediction at the nominal state (before `correction`).
    ///   - variance: measurement noise variance.
    ///   - gate: innovation gate in standard deviations.
    ///   - correction: the accumulated error-state correction of this sensor's update; the
    ///     innovation is reduced by `H·correction` and this update's correction is added.
    @inlinable public mutating func fuse(_ row: ObservationRow, innovation: Float, variance: Float, gate: Float,
                                         correction: inout ErrorVector) -> ScalarFusionResult {
        let n = ErrorStateIndex.count
        var pht = ErrorVector(repeating: 0)
        var y = innovation
        for k in 0..<row.count { y -= row.values[k] * correction[row.indices[k]] }
        for i in 0..<n {
            var s: Float = 0
            for k in 0..<row.count { s += p[i, row.indices[k]] * row.values[k] }
            pht[i] = s
        }
        var s = variance
        for k in 0..<row.count { s += row.values[k] * pht[row.indices[k]] }
        guard s > 0, s.isFinite else { return ScalarFusionResult(testRatio: .infinity, accepted: false) }
        let ratio = y * y / (gate * gate * s)
        guard ratio <= 1 else { return ScalarFusionResult(testRatio: ratio, accepted: false) }
        // Reject an update that would drive a variance negative (numerical breakdown).
        let invS = 1 / s
        for i in 0..<n where p[i, i] - pht[i] * pht[i] * invS < 0 {
            return ScalarFusionResult(testRatio: ratio, accepted: false)
        }
        for i in 0..<n {
            let ki = pht[i] * invS
            correction[i] += ki * y
            for j in i..<n {
                let v = p[i, j] - ki * pht[j]
                p[i, j] = v; p[j, i] = v
            }
        }
        return ScalarFusionResult(testRatio: ratio, accepted: true)
    }
}
