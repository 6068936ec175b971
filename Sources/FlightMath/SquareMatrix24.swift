/// A fixed-size 24×24 single-precision matrix, stored flat by rows in inline (non-heap) storage.
///
/// Sized for a Kalman filter covariance of up to 24 states; a filter with fewer states uses the
/// leading `n`×`n` block and leaves the rest zero. Copying it copies 2304 bytes, so keep it inside
/// the owning filter and mutate in place.
public struct SquareMatrix24: Sendable {
    /// Rows and columns.
    public static let dimension = 24
    /// Row-major elements: element (r, c) is at `r * 24 + c`.
    public var elements: InlineArray<576, Float>

    /// The zero matrix.
    @inlinable public init() { elements = InlineArray(repeating: 0) }

    /// Element at `row`, `column` (0-based, each below 24; checked in debug builds only, since the
    /// filter's generated code indexes this matrix thousands of times per IMU sample).
    @inlinable public subscript(row: Int, column: Int) -> Float {
        get {
            assert(row >= 0 && row < 24 && column >= 0 && column < 24)
            return elements[unchecked: row &* 24 &+ column]
        }
        set {
            assert(row >= 0 && row < 24 && column >= 0 && column < 24)
            elements[unchecked: row &* 24 &+ column] = newValue
        }
    }

    /// Replaces the leading `n`×`n` block by its symmetric part, (P + Pᵀ)/2.
    @inlinable public mutating func symmetrize(count n: Int) {
        for r in 0..<n {
            for c in (r + 1)..<max(r + 1, n) {
                let m = (self[r, c] + self[c, r]) * 0.5
                self[r, c] = m; self[c, r] = m
            }
        }
    }

    /// Sets row and column `i` of the leading `n`×`n` block to zero and the diagonal entry to `variance`.
    @inlinable public mutating func resetState(_ i: Int, variance: Float, count n: Int) {
        for k in 0..<n { self[i, k] = 0; self[k, i] = 0 }
        self[i, i] = variance
    }

    /// The largest |P(r,c) − P(c,r)| in the leading `n`×`n` block.
    @inlinable public func asymmetry(count n: Int) -> Float {
        var worst: Float = 0
        for r in 0..<n { for c in 0..<n { worst = max(worst, abs(self[r, c] - self[c, r])) } }
        return worst
    }

    /// True when the symmetric part of the leading `n`×`n` block is positive definite: its
    /// Cholesky factorisation (computed here in scratch storage) finds only positive pivots.
    public func isPositiveDefinite(count n: Int) -> Bool {
        var l = SquareMatrix24()
        for j in 0..<n {
            var d = (self[j, j] + self[j, j]) * 0.5
            for k in 0..<j { d -= l[j, k] * l[j, k] }
            guard d > 0, d.isFinite else { return false }
            let ljj = d.squareRoot()
            l[j, j] = ljj
            for i in (j + 1)..<max(j + 1, n) {
                var s = (self[i, j] + self[j, i]) * 0.5
                for k in 0..<j { s -= l[i, k] * l[j, k] }
                l[i, j] = s / ljj
            }
        }
        return true
    }
}
