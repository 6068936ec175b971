import Testing
@testable import FlightCore

@Suite struct CommanderArmingTests {
    /// (name, mode to arm in, unhealthy input, failing check expected)
    static let rows: [(String, FlightMode, @Sendable (inout VehicleHealth) -> Void, PreArmCheck?)] = [
        ("all healthy", .mission, { _ in }, nil),
        ("estimator unhealthy", .hold, { $0.estimatorHealthy = false }, .estimatorUnhealthy),
        ("no 3D fix for a position mode", .hold, { $0.gnssFix = .fix2D }, .noGnssFix),
        ("no fix is fine in stabilized", .stabilized, { $0.gnssFix = .noFix; $0.navigation.validity = [.attitude] }, nil),
        ("battery at the low threshold", .hold, { $0.batteryRemaining = 0.15 }, .batteryLow),
        ("battery unknown counts as fine", .hold, { $0.batteryRemaining = .nan }, nil),
        ("sensors not ready", .hold, { $0.sensorsHealthy = false }, .sensorsUnhealthy),
        ("mission mode without a valid mission", .mission, { $0.missionReady = false }, .missionInvalid),
        ("no mission needed for hold", .hold, { $0.missionReady = false }, nil),
        ("outside the geofence", .hold, { $0.geofenceBreach = .outsideInclusion }, .outsideGeofence),
        ("pilot mode without manual control", .positionHold, { $0.lastManualInput = nil }, .noManualControl),
        ("stale manual control", .stabilized, { $0.lastManualInput = Tick(micros: 1) }, .noManualControl),
    ]

    @Test(arguments: 0..<rows.count)
    func armingIsRefusedWithTheFailingCheckNamed(row: Int) {
        let (name, mode, adjust, expected) = Self.rows[row]
        var bench = CommanderBench(mode: mode)
        let failures = bench.arm(adjust)
        #expect(failures.first == expected, "\(name)")
        #expect(bench.commander.isArmed == (expected == nil), "\(name)")
        if let expected { #expect(bench.events == [.armingDenied(expected)], "\(name)") }
        else { #expect(bench.events == [.armed(mode)], "\(name)") }
    }

    @Test func everyFailingCheckIsReportedNotJustTheFirst() {
        var bench = CommanderBench(mode: .mission)
        let failures = bench.arm { $0.sensorsHealthy = false; $0.missionReady = false; $0.gnssFix = .noFix }
        #expect(failures.contains(.sensorsUnhealthy))
        #expect(failures.contains(.missionInvalid))
        #expect(failures.contains(.noGnssFix))
        #expect(failures.first == .noGnssFix)
    }

    @Test func everyStatusTextFitsFiftyCharacters() {
        for check in PreArmCheck.allCases { #expect(check.message.utf8CodeUnitCount <= 50, "\(check)") }
        for trigger in FailsafeTrigger.allCases { #expect(trigger.message.utf8CodeUnitCount <= 50, "\(trigger)") }
        for denial in [ModeDenial.estimateNotGoodEnough, .noHome, .missionInvalid, .failsafeActive, .crashed] {
            #expect(denial.message.utf8CodeUnitCount <= 50)
        }
        for reason in [DisarmReason.command, .forced, .landed, .preflightTimeout, .failsafe, .crash] {
            #expect(CommanderEvent.disarmed(reason).text.utf8CodeUnitCount <= 50)
        }
    }

    @Test func disarmInFlightIsRefusedUnlessForced() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        let refused = bench.commander.requestDisarm(at: bench.time)
        #expect(!refused)
        #expect(bench.commander.isArmed)
        let forced = bench.commander.requestDisarm(at: bench.time, force: true)
        #expect(forced)
        bench.drain()
        #expect(!bench.commander.isArmed)
        #expect(bench.events == [.disarmDenied, .disarmed(.forced)])
    }

    @Test func disarmOnGroundIsAccepted() {
        var bench = CommanderBench()
        bench.arm()
        let accepted = bench.commander.requestDisarm(at: bench.time)
        #expect(accepted)
        bench.drain()
        #expect(bench.events.last == .disarmed(.command))
    }

    @Test func autoDisarmsTwoSecondsAfterLanding() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.touchDown()
        bench.advance(seconds: 1.1)                  // land detector trigger time (1 s) plus one step
        #expect(bench.commander.isLanded)
        #expect(bench.events == [.landed])
        bench.advance(seconds: 1.8)
        #expect(bench.commander.isArmed)
        bench.advance(seconds: 0.4)
        #expect(!bench.commander.isArmed)
        #expect(bench.events.last == .disarmed(.landed))
    }

    @Test func autoDisarmsWhenArmedWithoutTakingOff() {
        var bench = CommanderBench()
        bench.arm()
        bench.advance(seconds: 9.8)
        #expect(bench.commander.isArmed)
        bench.advance(seconds: 0.4)
        #expect(!bench.commander.isArmed)
        #expect(bench.events.last == .disarmed(.preflightTimeout))
    }

    @Test func landDetectorNeedsLowThrustNotJustStillness() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.advance(seconds: 5)                    // hovering: still, but thrust 0.5
        #expect(!bench.commander.isLanded)
    }

    @Test func flipDisarmsAndBlocksRearming() {
        var bench = CommanderBench()
        bench.armAndTakeOff()
        bench.health.navigation.attitude = Quaternion(axis: Vector3(1, 0, 0), angle: 1.3)   // 74° roll
        bench.advance(seconds: 0.2)
        #expect(bench.commander.isArmed)
        bench.advance(seconds: 0.3)
        #expect(!bench.commander.isArmed)
        #expect(bench.events == [.crashDetected, .disarmed(.crash)])
        bench.health.navigation.attitude = .identity
        let rearm = bench.arm()
        #expect(rearm.contains(.crashed))
    }
}

@Suite struct CommanderModeTests {
    /// (name, requested mode, input change, expected denial)
    static let rows: [(String, FlightMode, @Sendable (inout VehicleHealth) -> Void, ModeDenial?)] = [
        ("position hold with position", .positionHold, { _ in }, nil),
        ("position hold without position", .positionHold, { $0.navigation.validity = [.attitude, .height, .verticalVelocity] }, .estimateNotGoodEnough),
        ("altitude hold without position", .altitudeHold, { $0.navigation.validity = [.attitude, .height, .verticalVelocity] }, nil),
        ("altitude hold without height", .altitudeHold, { $0.navigation.validity = [.attitude] }, .estimateNotGoodEnough),
        ("stabilized with attitude only", .stabilized, { $0.navigation.validity = [.attitude] }, nil),
        ("land without position", .land, { $0.navigation.validity = [.attitude, .height, .verticalVelocity] }, nil),
        ("mission without position", .mission, { $0.navigation.validity = [.attitude, .height] }, .estimateNotGoodEnough),
        ("mission without a valid mission", .mission, { $0.missionReady = false }, .missionInvalid),
        ("return without home", .returnToLaunch, { $0.home = nil }, .noHome),
        ("guided without position", .guided, { $0.navigation.validity = [.attitude] }, .estimateNotGoodEnough),
        ("takeoff with position", .takeoff, { _ in }, nil),
    ]

    @Test(arguments: 0..<rows.count)
    func modeChangePreconditionsGiveAReason(row: Int) {
        let (name, mode, adjust, expected) = Self.rows[row]
        var bench = CommanderBench(mode: .stabilized)
        let denial = bench.requestMode(mode, adjust)
        #expect(denial == expected, "\(name)")
        #expect(bench.commander.mode == (expected == nil ? mode : .stabilized), "\(name)")
        if let expected { #expect(bench.events == [.modeDenied(mode, expected)], "\(name)") }
    }
}
