@testable import FlightCore
import Testing

@Suite struct BatteryEstimatorTests {
    /// A 4S 3.3 Ah pack with 6.25 mΩ per cell (the simulator's quad450 pack).
    static let config = BatteryConfig(cells: 4, emptyCellVolts: 3.27, fullCellVolts: 4.2, cellResistanceOhms: 0.00625,
                                      capacityAmpHours: 3.3)

    /// Terminal volts of the pack at `charge` drawing `amps`.
    static func volts(charge: Float, amps: Float) -> Float {
        4 * (LipoDischargeCurve.cellVolts(stateOfCharge: charge, emptyVolts: 3.27, fullVolts: 4.2) - 0.00625 * amps)
    }

    @Test(arguments: [Float(0), 0.05, 0.15, 0.33, 0.5, 0.72, 0.9, 1])
    func curveRoundTrips(charge: Float) {
        let v = LipoDischargeCurve.cellVolts(stateOfCharge: charge, emptyVolts: 3.27, fullVolts: 4.2)
        #expect(abs(LipoDischargeCurve.stateOfCharge(cellVolts: v, emptyVolts: 3.27, fullVolts: 4.2) - charge) < 1e-4)
    }

    @Test func curveIsTheLipoShapeNotAStraightLine() {
        // 3.84 V at rest is half full on a LiPo (a straight line would say 61 %), 3.71 V is 20 %.
        #expect(abs(LipoDischargeCurve.stateOfCharge(cellVolts: 3.84, emptyVolts: 3.27, fullVolts: 4.2) - 0.5) < 0.005)
        #expect(abs(LipoDischargeCurve.stateOfCharge(cellVolts: 3.71, emptyVolts: 3.27, fullVolts: 4.2) - 0.2) < 0.005)
        #expect(LipoDischargeCurve.stateOfCharge(cellVolts: 3.0, emptyVolts: 3.27, fullVolts: 4.2) == 0)
        #expect(LipoDischargeCurve.stateOfCharge(cellVolts: 4.3, emptyVolts: 3.27, fullVolts: 4.2) == 1)
    }

    @Test func sagUnderLoadIsAddedBack() {
        var config = Self.config
        config.capacityAmpHours = 0
        var rest = BatteryEstimator(config: config), loaded = BatteryEstimator(config: config)
        rest.update(BatterySample(time: Tick(micros: 0), volts: Self.volts(charge: 0.4, amps: 0), amps: 0))
        loaded.update(BatterySample(time: Tick(micros: 0), volts: Self.volts(charge: 0.4, amps: 40), amps: 40))
        #expect(abs(rest.remaining - 0.4) < 0.002)
        #expect(abs(loaded.remaining - 0.4) < 0.002)
    }

    @Test func countsTheChargeDrawn() {
        var e = BatteryEstimator(config: Self.config)
        // 15 A for 264 s is 1.1 Ah, a third of the pack; the voltage follows the truth.
        var noCapacity = Self.config
        noCapacity.capacityAmpHours = 0
        var uncounted = BatteryEstimator(config: noCapacity)
        var drawn: Float = 0, energy: Float = 0
        for i in 0...(264 * 20) {
            let truth = 1 - drawn / 3.3
            let volts = Self.volts(charge: truth, amps: 15)
            e.update(BatterySample(time: Tick(micros: UInt64(i) * 50_000), volts: volts, amps: 15))
            uncounted.update(BatterySample(time: Tick(micros: UInt64(i) * 50_000), volts: volts, amps: 15))
            if i > 0 { energy += volts * 15 * 0.05 / 3600 }
            drawn += 15 * 0.05 / 3600
        }
        #expect(abs(e.consumedAmpHours - 1.1) < 0.01)
        #expect(abs(e.remaining - 2.0 / 3) < 0.01)
        #expect(energy > 15 && abs(e.consumedWattHours - energy) < 0.01 * energy, "watt-hours: ∫ V·I dt, \(e.consumedWattHours) vs \(energy)")
        #expect(abs(uncounted.consumedAmpHours - 1.1) < 0.01, "counted without a capacity too (BATTERY_STATUS.current_consumed)")
    }

    @Test func aWrongCapacityIsPulledBackByTheVoltageNearEmpty() {
        var config = Self.config
        config.capacityAmpHours = 5       // the pack really holds 3.3 Ah
        var e = BatteryEstimator(config: config)
        var drawn: Float = 0, t: UInt64 = 0
        while drawn < 3.3 * 0.9 {
            e.update(BatterySample(time: Tick(micros: t), volts: Self.volts(charge: 1 - drawn / 3.3, amps: 15), amps: 15))
            drawn += 15 * 0.05 / 3600; t += 50_000
        }
        // Counting alone would say 1 − 2.97/5 = 41 %; the steep end of the curve says 10 %.
        #expect(e.remaining < 0.16, "\(e.remaining)")
    }

    @Test func aSuddenLossOfChargeShowsWithinSeconds() {
        var e = BatteryEstimator(config: Self.config)
        var t: UInt64 = 0
        for _ in 0..<200 { e.update(BatterySample(time: Tick(micros: t), volts: Self.volts(charge: 0.9, amps: 12), amps: 12)); t += 50_000 }
        // A failing cell: the pack suddenly behaves as 12 % full; counting cannot see that.
        for _ in 0..<(40 * 20) { e.update(BatterySample(time: Tick(micros: t), volts: Self.volts(charge: 0.12, amps: 12), amps: 12)); t += 50_000 }
        #expect(e.remaining < 0.15, "\(e.remaining)")
    }
}
