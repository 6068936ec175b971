import Testing
@testable import FlightCore

/// One test per row of the transition table in docs/FAILSAFES.md (default configuration unless
/// the row says otherwise). The vehicle is airborne in mission mode unless stated.
@Suite struct FailsafeTransitionTests {
    @Test("Row 1: ground-station link lost in flight → return")
    func row1GroundStationLinkLossReturns() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        let lostAt = bench.time
        bench.advance(seconds: 9.5) { $0.lastGroundStationContact = lostAt }
        #expect(bench.commander.mode == .mission)
        bench.advance(seconds: 1) { $0.lastGroundStationContact = lostAt }
        #expect(bench.commander.mode == .returnToLaunch)
        #expect(bench.events == [.failsafe(.groundStationLinkLoss, .returnToLaunch), .modeChanged(.returnToLaunch)])
    }

    @Test("Row 2: no ground station ever seen → no link-loss failsafe")
    func row2NeverConnectedGroundStationIsNotLost() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 30) { $0.lastGroundStationContact = nil }
        #expect(bench.commander.mode == .mission)
        #expect(bench.commander.activeFailsafes.isEmpty)
    }

    @Test("Row 3: manual control lost in a pilot mode → return")
    func row3ManualControlLossInPilotModeReturns() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .positionHold)
        let lostAt = bench.time
        bench.advance(seconds: 1) { $0.lastManualInput = lostAt }
        #expect(bench.commander.mode == .returnToLaunch)
        #expect(bench.events.first == .failsafe(.manualControlLoss, .returnToLaunch))
        bench.advance(seconds: 2) { $0.lastManualInput = lostAt }      // still missing, now in return
        #expect(bench.commander.activeFailsafes.contains(.manualControlLoss))
        bench.advance(seconds: 0.1)                                     // manual control back
        #expect(!bench.commander.activeFailsafes.contains(.manualControlLoss))
    }

    @Test("Row 4: manual control absent in an autonomous mode → ignored")
    func row4ManualControlAbsenceIgnoredInAutonomousModes() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .mission)
        bench.advance(seconds: 5) { $0.lastManualInput = nil }
        #expect(bench.commander.mode == .mission)
        #expect(!bench.commander.activeFailsafes.contains(.manualControlLoss))
    }

    @Test("Row 5: guided targets stop → land")
    func row5GuidedTimeoutLands() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .guided)
        bench.commander.setGuidedTarget(GuidedTarget(position: Vector3(5, 0, -10)), at: bench.time)
        bench.advance(seconds: 0.9)
        #expect(bench.commander.mode == .guided)
        bench.advance(seconds: 0.3)
        #expect(bench.commander.mode == .land)
        #expect(bench.events.first == .failsafe(.guidedTimeout, .land))
    }

    @Test("Row 5: a one-shot reposition target is held without a stream")
    func row5RepositionTargetNeverTimesOut() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .guided)
        bench.commander.setGuidedTarget(GuidedTarget(position: Vector3(5, 0, -10), streamed: false), at: bench.time)
        bench.advance(seconds: 30)
        #expect(bench.commander.mode == .guided)
        #expect(!bench.commander.activeFailsafes.contains(.guidedTimeout))
        // A streamed setpoint afterwards is held to the timeout again.
        bench.commander.setGuidedTarget(GuidedTarget(position: Vector3(6, 0, -10)), at: bench.time)
        bench.advance(seconds: 1.2)
        #expect(bench.commander.mode == .land)
    }

    @Test("Row 6: low battery → return, latched when the voltage recovers")
    func row6LowBatteryReturnsAndLatches() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.2) { $0.batteryRemaining = 0.14 }
        #expect(bench.commander.mode == .returnToLaunch)
        bench.advance(seconds: 1) { $0.batteryRemaining = 0.3 }
        #expect(bench.commander.activeFailsafes.contains(.batteryLow))
        #expect(bench.requestMode(.mission) == .failsafeActive)
    }

    @Test("Row 7: critical battery → land, over low battery's return")
    func row7CriticalBatteryLands() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.2) { $0.batteryRemaining = 0.12 }
        #expect(bench.commander.mode == .returnToLaunch)
        bench.advance(seconds: 0.2) { $0.batteryRemaining = 0.06 }
        #expect(bench.commander.mode == .land)
        #expect(bench.events.contains(.failsafe(.batteryCritical, .land)))
    }

    @Test("Row 8: GNSS lost longer than the delay → land")
    func row8GnssLossLands() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 1.5) { $0.gnssFix = .noFix }
        #expect(bench.commander.mode == .land)
        #expect(bench.events.first == .failsafe(.gnssLoss, .land))
        bench.advance(seconds: 2) { $0.gnssFix = .noFix }               // still missing, now in land
        #expect(bench.commander.activeFailsafes.contains(.gnssLoss))
    }

    @Test("Row 9: brief GNSS dropout → nothing")
    func row9BriefGnssDropoutIsTolerated() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.8) { $0.gnssFix = .fix2D }
        bench.advance(seconds: 2)
        #expect(bench.commander.mode == .mission)
        #expect(bench.events.isEmpty)
    }

    @Test("Row 10: estimator failure → land")
    func row10EstimatorFailureLands() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.1) { $0.estimatorHealthy = false }
        #expect(bench.commander.mode == .land)
        #expect(bench.events.first == .failsafe(.estimatorFailure, .land))
    }

    @Test("Row 11: geofence breach → return", arguments: [GeofenceBreach.maxAltitude, .maxDistance, .outsideInclusion, .insideExclusion])
    func row11GeofenceBreachReturns(breach: GeofenceBreach) {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.1) { $0.geofenceBreach = breach }
        #expect(bench.commander.mode == .returnToLaunch)
        #expect(bench.events.first == .failsafe(.geofenceBreach, .returnToLaunch))
    }

    @Test("Row 12: hold or return without a position estimate → land")
    func row12PositionlessHoldAndReturnDegradeToLand() {
        var config = CommanderConfig()
        config.failsafe.geofenceAction = .hold
        var bench = CommanderBench(config: config)
        bench.armAndTakeOff()
        bench.advance(seconds: 0.1) { $0.geofenceBreach = .maxAltitude; $0.navigation.validity = [.attitude, .height, .verticalVelocity] }
        #expect(bench.commander.mode == .land)
        #expect(bench.commander.failsafeAction == .land)
    }

    @Test("Row 13: return without home → land")
    func row13ReturnWithoutHomeLands() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.1) { $0.geofenceBreach = .maxDistance; $0.home = nil }
        #expect(bench.commander.mode == .land)
    }

    @Test("Row 14: failsafe while landed and armed → disarm")
    func row14FailsafeOnGroundDisarms() {
        var bench = CommanderBench()
        bench.requestMode(.mission)
        bench.arm()
        #expect(bench.commander.isArmed)
        bench.advance(seconds: 0.1) { $0.batteryRemaining = 0.1 }
        #expect(!bench.commander.isArmed)
        #expect(bench.events.contains(.disarmed(.failsafe)))
    }

    @Test("Row 15: warn action → event only")
    func row15WarnOnlyReports() {
        var config = CommanderConfig()
        config.failsafe.batteryLowAction = .warn
        var bench = CommanderBench(config: config)
        bench.armAndTakeOff()
        bench.advance(seconds: 0.2) { $0.batteryRemaining = 0.14 }
        #expect(bench.commander.mode == .mission)
        #expect(bench.events == [.failsafe(.batteryLow, .warn)])
        #expect(bench.requestMode(.positionHold) == nil)
    }

    @Test("Row 16: several triggers → the most severe action wins")
    func row16MostSevereActionWins() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        let lostAt = bench.time
        bench.advance(seconds: 11) { $0.lastGroundStationContact = lostAt; $0.estimatorHealthy = false }
        #expect(bench.commander.mode == .land)
        #expect(bench.commander.activeFailsafes.contains(.groundStationLinkLoss))
        #expect(bench.commander.activeFailsafes.contains(.estimatorFailure))
        #expect(bench.commander.failsafeAction == .land)
    }

    @Test("Row 17: already in a more cautious mode → mode unchanged")
    func row17MoreCautiousModeIsKept() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .land)
        bench.advance(seconds: 0.1) { $0.geofenceBreach = .maxDistance }
        #expect(bench.commander.mode == .land)
        #expect(!bench.events.contains(.modeChanged(.returnToLaunch)))
    }

    @Test("Row 18: operator mode change during a failsafe → only equal or more cautious modes")
    func row18OperatorCannotLeaveFailsafeForLessCautiousMode() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        let breach: (inout VehicleHealth) -> Void = { $0.geofenceBreach = .maxDistance }
        bench.advance(seconds: 0.1, breach)
        #expect(bench.requestMode(.mission, breach) == .failsafeActive)
        #expect(bench.requestMode(.hold, breach) == .failsafeActive)
        #expect(bench.requestMode(.land, breach) == nil)
        #expect(bench.commander.mode == .land)
    }

    @Test("Row 19: trigger clears → operator may change mode; mode is not restored")
    func row19ClearedFailsafeReleasesModeChoice() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 0.1) { $0.geofenceBreach = .maxDistance }
        bench.advance(seconds: 0.1)
        #expect(bench.events.contains(.failsafeCleared(.geofenceBreach)))
        #expect(bench.commander.mode == .returnToLaunch)
        #expect(bench.requestMode(.mission) == nil)
        #expect(bench.commander.mode == .mission)
    }

    @Test("Row 20: disarm action in the air → land, disarm on touchdown")
    func row20DisarmActionLandsThenDisarms() {
        var config = CommanderConfig()
        config.failsafe.estimatorFailureAction = .disarm
        var bench = CommanderBench(config: config)
        bench.armAndTakeOff()
        let failing: (inout VehicleHealth) -> Void = { $0.estimatorHealthy = false }
        bench.advance(seconds: 0.1, failing)
        #expect(bench.commander.mode == .land)
        #expect(bench.commander.isArmed)
        bench.touchDown()
        bench.advance(seconds: 1.5, failing)
        #expect(!bench.commander.isArmed)
        #expect(bench.events.contains(.disarmed(.failsafe)))
    }

    @Test("Row 21: disarmed → no failsafes evaluated")
    func row21DisarmedVehicleHasNoFailsafes() {
        var bench = CommanderBench()
        bench.advance(seconds: 12) { $0.lastGroundStationContact = .zero; $0.batteryRemaining = 0.01; $0.gnssFix = .noFix }
        #expect(bench.commander.activeFailsafes.isEmpty)
        #expect(bench.events.isEmpty)
        #expect(bench.commander.mode == .hold)
    }

    @Test("Row 22: GNSS lost in a mode that needs no position → ignored")
    func row22GnssLossIgnoredWithoutPositionMode() {
        var bench = CommanderBench()
        bench.armAndTakeOff(in: .altitudeHold)
        bench.advance(seconds: 3) { $0.gnssFix = .noFix; $0.navigation.validity = [.attitude, .height, .verticalVelocity] }
        #expect(bench.commander.mode == .altitudeHold)
        #expect(bench.events.isEmpty)
    }
}
