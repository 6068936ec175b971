import FlightMath

/// One motor's share of each normalised demand (one row of the allocation matrix).
public struct MixRow: Sendable, Equatable {
    /// Motor command (0...1 scale) per unit of normalised roll, pitch, yaw torque and thrust.
    public var roll: Float, pitch: Float, yaw: Float, thrust: Float
    public init(roll: Float, pitch: Float, yaw: Float, thrust: Float) {
        self.roll = roll; self.pitch = pitch; self.yaw = yaw; self.thrust = thrust
    }
    /// Coefficient of axis `k` (0 roll, 1 pitch, 2 yaw, 3 thrust).
    @inlinable public subscript(k: Int) -> Float {
        k == 0 ? roll : (k == 1 ? pitch : (k == 2 ? yaw : thrust))
    }
}

/// The normalised allocation matrix: motor commands = rows · (roll, pitch, yaw, thrust).
///
/// Implementation notes: the effectiveness matrix B (4 × n) maps motor thrusts to body roll
/// torque `−y·T`, pitch torque `x·T`, yaw torque `k_m·s·T` (s = +1 for CCW rotors) and thrust `T`.
/// The allocation is the Moore–Penrose pseudo-inverse `Bᵀ (B Bᵀ)⁻¹` (n × 4); a failed motor's column
/// of B is zeroed, so its row comes out zero and the others share its work (see `pseudoInverse`
/// for how yaw is split off so a failure costs yaw before tilt). Columns are then scaled
/// (with the *healthy* airframe's factors, so gains keep their meaning after a failure): roll and
/// pitch share one factor making the largest roll/pitch entry 1, yaw its own, thrust so that a
/// thrust demand of 1 asks 1 of every motor of the healthy airframe.
public struct ControlAllocation: Sendable {
    /// One row per motor in airframe order; rows past `count` are zero.
    public private(set) var rows: InlineArray<8, MixRow>
    /// Number of motors of the geometry.
    public let count: Int

    /// Builds the allocation for `settings`, treating `failedMotor` (0-based) as producing nothing.
    public init(settings: MixerSettings, failedMotor: Int? = nil) throws(MixerError) {
        let n = settings.geometry.motorCount
        if let f = failedMotor, f < 0 || f >= n { throw MixerError.motorIndexOutOfRange(f) }
        count = n
        let healthy = try Self.pseudoInverse(settings: settings, failedMotor: nil)
        var rollPitchMax: Float = 0, yawMax: Float = 0, thrustMax: Float = 0
        for i in 0..<n {
            rollPitchMax = max(rollPitchMax, abs(healthy[i].roll), abs(healthy[i].pitch))
            yawMax = max(yawMax, abs(healthy[i].yaw))
            thrustMax = max(thrustMax, abs(healthy[i].thrust))
        }
        var raw = healthy
        if failedMotor != nil { raw = try Self.pseudoInverse(settings: settings, failedMotor: failedMotor) }
        rows = InlineArray(repeating: MixRow(roll: 0, pitch: 0, yaw: 0, thrust: 0))
        for i in 0..<n {
            rows[i] = MixRow(roll: raw[i].roll / rollPitchMax, pitch: raw[i].pitch / rollPitchMax,
                             yaw: raw[i].yaw / yawMax, thrust: raw[i].thrust / thrustMax)
        }
    }

    /// The pseudo-inverse rows for the rotors of `settings` without `failedMotor`.
    ///
    /// Roll, pitch and thrust come from the pseudo-inverse of those three rows of B alone; yaw from
    /// the full four-row one. On a symmetric healthy airframe both give the same matrix; with a
    /// failed motor this keeps roll, pitch and thrust exact and leaves yaw to the yaw column
    /// (which desaturation may then cut), so tilt stays controlled when yaw no longer can be.
    static func pseudoInverse(settings: MixerSettings, failedMotor: Int?) throws(MixerError) -> InlineArray<8, MixRow> {
        let n = settings.geometry.motorCount
        // Effectiveness columns, one per motor: (roll, pitch, yaw, thrust).
        var columns = InlineArray<8, MixRow>(repeating: MixRow(roll: 0, pitch: 0, yaw: 0, thrust: 0))
        for i in 0..<n where i != failedMotor {
            let r = settings.geometry.rotor(i, armLength: settings.armLength)
            columns[i] = MixRow(roll: -r.y, pitch: r.x, yaw: settings.yawMomentRatio * r.spin.yawSign, thrust: 1)
        }
        let full = try pseudoInverse(columns: columns, count: n, includeYaw: true)
        let tilt = try pseudoInverse(columns: columns, count: n, includeYaw: false)
        var result = tilt
        for i in 0..<n { result[i].yaw = full[i].yaw }
        return result
    }

    /// `Bᵀ (B Bᵀ)⁻¹` for the axes roll, pitch, [yaw,] thrust of `columns`; excluded axes get 0.
    static func pseudoInverse(columns: InlineArray<8, MixRow>, count n: Int, includeYaw: Bool) throws(MixerError) -> InlineArray<8, MixRow> {
        let d = includeYaw ? 4 : 3
        func axis(_ j: Int) -> Int { !includeYaw && j == 2 ? 3 : j }
        // G = B Bᵀ (d × d, symmetric), then its inverse by Gauss–Jordan with partial pivoting.
        var g = InlineArray<16, Float>(repeating: 0)
        for a in 0..<d { for b in 0..<d {
            var s: Float = 0
            for i in 0..<n { s += columns[i][axis(a)] * columns[i][axis(b)] }
            g[a * 4 + b] = s
        } }
        var inv = InlineArray<16, Float>(repeating: 0)
        for a in 0..<d { inv[a * 4 + a] = 1 }
        var scale: Float = 0
        for k in 0..<16 { scale = max(scale, abs(g[k])) }
        for col in 0..<d {
            var pivot = col
            for r in col..<d where abs(g[r * 4 + col]) > abs(g[pivot * 4 + col]) { pivot = r }
            if abs(g[pivot * 4 + col]) <= 1e-6 * scale { throw MixerError.allocationSingular }
            if pivot != col {
                for k in 0..<d {
                    let t = g[col * 4 + k]; g[col * 4 + k] = g[pivot * 4 + k]; g[pivot * 4 + k] = t
                    let u = inv[col * 4 + k]; inv[col * 4 + k] = inv[pivot * 4 + k]; inv[pivot * 4 + k] = u
                }
            }
            let p = g[col * 4 + col]
            for k in 0..<d { g[col * 4 + k] /= p; inv[col * 4 + k] /= p }
            for r in 0..<d where r != col {
                let f = g[r * 4 + col]
                if f == 0 { continue }
                for k in 0..<d { g[r * 4 + k] -= f * g[col * 4 + k]; inv[r * 4 + k] -= f * inv[col * 4 + k] }
            }
        }
        // Row i of the result = column_iᵀ · G⁻¹, scattered back to the axis slots.
        var result = InlineArray<8, MixRow>(repeating: MixRow(roll: 0, pitch: 0, yaw: 0, thrust: 0))
        for i in 0..<n {
            var out: (Float, Float, Float, Float) = (0, 0, 0, 0)
            for a in 0..<d {
                let c = columns[i][axis(a)]
                out.0 += c * inv[a * 4 + 0]; out.1 += c * inv[a * 4 + 1]
                out.2 += c * inv[a * 4 + 2]; out.3 += c * inv[a * 4 + 3]
            }
            result[i] = includeYaw ? MixRow(roll: out.0, pitch: out.1, yaw: out.2, thrust: out.3)
                                   : MixRow(roll: out.0, pitch: out.1, yaw: 0, thrust: out.2)
        }
        return result
    }
}
