import Autopilot
import FlightCore
import FlightMath
import Simulation
import Testing

/// A long hover drains the simulated pack (LiPo curve, I·R sag, charge counted by the simulator)
/// while the flight stack estimates the charge from the battery monitor's noisy volts and amps:
/// the estimate follows the truth, the low-battery failsafe comes at `BAT_LOW_THR`, the critical
/// one at `BAT_CRIT_THR`, later, and the vehicle lands and disarms.
@Suite struct BatteryFlightTests {
    @Test func longHoverWarnsAtTheLowThresholdThenLandsAtTheCriticalOne() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 8)
        // Thresholds other than the defaults, and a warning for low battery so the hover goes on.
        try v.stack.setParameter("BAT_LOW_THR", to: .float(0.35))
        try v.stack.setParameter("BAT_LOW_ACT", to: .int32(1))
        try v.stack.setParameter("BAT_CRIT_THR", to: .float(0.25))
        v.run(seconds: 10) { _ in false }
        let consumedAtArming = v.simulator.world.battery.consumedAmpHours
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.takeoff(altitude: 10) == nil)

        var events: [CommanderEvent] = []
        var charges: [(CommanderEvent, Float)] = []
        var worstError: Float = 0, nextCheck = v.time.seconds + 5
        var crashed = false
        while v.time.seconds < 2400 && v.stack.commander.isArmed {
            v.step()
            guard let truth = v.truth else { continue }
            if truth.crashed { crashed = true }
            if v.time.seconds >= nextCheck {
                nextCheck += 1
                worstError = max(worstError, abs(v.stack.batteryRemaining - truth.batteryRemaining))
            }
            while let e = v.stack.nextEvent() {
                guard case .commander(let c) = e, c != .tookOff, c != .modeChanged(.takeoff), c != .modeChanged(.hold) else { continue }
                if case .armed = c { continue }
                events.append(c)
                charges.append((c, truth.batteryRemaining))
            }
        }
        let low = CommanderEvent.failsafe(.batteryLow, .warn), critical = CommanderEvent.failsafe(.batteryCritical, .land)
        #expect(events == [low, critical, .modeChanged(.land), .landed, .disarmed(.failsafe)], "\(events)")
        let lowCharge = charges.first { $0.0 == low }?.1 ?? .nan, criticalCharge = charges.first { $0.0 == critical }?.1 ?? .nan
        #expect(abs(lowCharge - 0.35) < 0.02, "low battery at a true charge of \(lowCharge)")
        #expect(abs(criticalCharge - 0.25) < 0.02, "critical battery at a true charge of \(criticalCharge)")
        #expect(worstError < 0.03, "estimate off the true charge by up to \(worstError)")
        #expect(!crashed)
        #expect(v.truth?.landed == true)
        // BATTERY_STATUS.current_consumed / energy_consumed: the estimator's count of the monitor's amps.
        v.model.update(at: v.time)
        let reported = v.model.telemetry.battery
        let drawnMilliampHours = (v.simulator.world.battery.consumedAmpHours - consumedAtArming) * 1000
        #expect(abs(reported.consumedMilliampHours - drawnMilliampHours) < 0.03 * drawnMilliampHours,
                "reported \(reported.consumedMilliampHours) mAh, the pack gave \(drawnMilliampHours) mAh")
        let meanVolts = reported.consumedWattHours / (reported.consumedMilliampHours / 1000)
        #expect(meanVolts > 13 && meanVolts < 16.8, "energy / charge is a 4S pack's voltage: \(meanVolts) V")
    }
}
