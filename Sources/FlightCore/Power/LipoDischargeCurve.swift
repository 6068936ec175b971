/// The resting (open-circuit) voltage of a lithium-polymer cell against its state of charge, as
/// the widely published hobby and battery-monitor charts give it: nearly flat through the middle,
/// steep in the last 10–15 %.
///
/// The shape is stored normalised (0 at empty, 1 at full, at 10 % steps of charge) and scaled
/// between the configured empty and full cell voltages, so a pack with other end points keeps
/// the LiPo shape.
public enum LipoDischargeCurve {
    /// Normalised resting voltage at 0 %, 10 %, … 100 % charge (from a 3.27 V … 4.20 V chart:
    /// 3.27, 3.61, 3.71, 3.75, 3.79, 3.84, 3.87, 3.95, 4.02, 4.11, 4.20 V).
    static let shape: (Float, Float, Float, Float, Float, Float, Float, Float, Float, Float, Float) =
        (0, 0.3656, 0.4731, 0.5161, 0.5591, 0.6129, 0.6452, 0.7312, 0.8065, 0.9032, 1)

    static func shape(at k: Int) -> Float {
        switch k {
        case 0: shape.0
        case 1: shape.1
        case 2: shape.2
        case 3: shape.3
        case 4: shape.4
        case 5: shape.5
        case 6: shape.6
        case 7: shape.7
        case 8: shape.8
        case 9: shape.9
        default: shape.10
        }
    }

    /// State of charge 0…1 of a cell resting at `cellVolts`, for a cell that reads `emptyVolts`
    /// empty and `fullVolts` full (clamped outside them).
    public static func stateOfCharge(cellVolts: Float, emptyVolts: Float, fullVolts: Float) -> Float {
        guard fullVolts > emptyVolts, cellVolts.isFinite else { return .nan }
        let u = (cellVolts - emptyVolts) / (fullVolts - emptyVolts)
        if u <= 0 { return 0 }
        if u >= 1 { return 1 }
        var k = 0
        while k < 9 && shape(at: k + 1) < u { k += 1 }
        let lo = shape(at: k), hi = shape(at: k + 1)
        return (Float(k) + (u - lo) / (hi - lo)) / 10
    }

    /// Resting voltage of a cell at `stateOfCharge` 0…1 (the inverse of `stateOfCharge`), volts.
    public static func cellVolts(stateOfCharge: Float, emptyVolts: Float, fullVolts: Float) -> Float {
        let s = min(max(stateOfCharge, 0), 1) * 10
        let k = min(Int(s), 9)
        let u = shape(at: k) + (shape(at: k + 1) - shape(at: k)) * (s - Float(k))
        return emptyVolts + u * (fullVolts - emptyVolts)
    }
}
