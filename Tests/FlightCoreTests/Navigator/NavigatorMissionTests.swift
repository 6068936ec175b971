import Testing
@testable import FlightCore

@Suite struct NavigatorMissionTests {
    /// Every supported item type once, with a DO_JUMP repeating items 2…13 once more, a
    /// LOITER_UNLIM left by MISSION_SET_CURRENT, a DO_SET_HOME moving home and a final RTL.
    static let everyItem: [MissionItem] = [
        TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),                        // 0
        TestSite.item(.doChangeSpeed, param1: 1, param2: 8),                                  // 1
        TestSite.item(.navWaypoint, north: 40, east: 0, altitude: 10),                       // 2 pass-through
        TestSite.item(.navWaypoint, north: 40, east: 40, altitude: 15, param1: 1, param4: 90), // 3 hold 1 s, yaw east
        TestSite.item(.doSetRoiLocation, north: 20, east: 20, altitude: 0),                  // 4
        TestSite.item(.navLoiterTime, north: 0, east: 40, altitude: 15, param1: 2),          // 5
        TestSite.item(.doSetRoiNone),                                                        // 6
        TestSite.item(.imageStartCapture),                                                   // 7
        TestSite.item(.doSetCameraTriggerDistance, param1: 10),                              // 8
        TestSite.item(.doDigicamControl),                                                    // 9
        TestSite.item(.navLoiterTurns, north: 0, east: 20, altitude: 15, param1: 1, param3: 5), // 10
        TestSite.item(.navDelay, param1: 1),                                                 // 11
        TestSite.item(.conditionDelay, param1: 1),                                           // 12
        TestSite.item(.doJump, param1: 2, param2: 1),                                        // 13
        TestSite.item(.imageStopCapture),                                                    // 14
        TestSite.item(.navLoiterUnlimited, north: 10, east: 10, altitude: 12),               // 15
        TestSite.item(.doSetHome, north: -10, east: -10, altitude: 0),                       // 16
        MissionItem(.navReturnToLaunch, frame: .mission),                                    // 17
    ]

    @Test func missionOfEveryItemTypeCompletesInOrderWithJumpAndLandsAtNewHome() {
        var config = NavigatorConfig()
        config.returnAltitude = 20
        var flight = KinematicFlight(plan: TestSite.plan(Self.everyItem), config: config)
        flight.arm(in: .mission)
        #expect(flight.commander.isArmed)

        let reachedLoiter = flight.run(seconds: 300) { $0.reached.last == 15 }
        #expect(reachedLoiter)
        // LOITER_UNLIM holds until told otherwise.
        flight.run(seconds: 5) { _ in false }
        #expect(flight.navigator.currentItem == 15)
        flight.navigator.setCurrentItem(16)
        let landed = flight.run(seconds: 300) { !$0.commander.isArmed }

        let once = Array(2...13)
        #expect(landed)
        #expect(flight.reached == [0, 1] + once + once + [14, 15, 16, 17])
        #expect(flight.finished)
        let newHome = Vector3(-10, -10, 0)
        #expect((flight.vehicle.position - newHome).horizontalLength < 0.5)
        #expect(flight.commanderEvents.contains(.disarmed(.landed)))
        #expect(flight.maxSpeed > 5 * 1.2)            // DO_CHANGE_SPEED lifted the 5 m/s default
        #expect(flight.maxSpeed <= 8 * 1.1)
        #expect(flight.maxYawRate <= config.maxYawRate * 1.001)
    }

    /// Ground stations send the takeoff at latitude/longitude 0 ("here"); only its altitude counts.
    /// (Its location used to be taken literally: 0°N 0°E lies thousands of kilometres below the
    /// local horizon, so the climb target was the ground and the item was "reached" at once.)
    @Test func takeoffItemWithoutLocationClimbsVerticallyBeforeItIsReached() {
        let items = [
            MissionItem(.navTakeoff, frame: .globalRelativeAltitudeInt, altitude: 12),
            TestSite.item(.navWaypoint, north: 30, east: -20, altitude: 12),
            TestSite.item(.navLand, north: 30, east: -20, altitude: 0),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        var maxDrift: Float = 0
        let reached = flight.run(seconds: 30) { f in
            maxDrift = max(maxDrift, f.vehicle.position.horizontalLength)
            return f.reached.contains(0)
        }
        #expect(reached)
        #expect(abs(-flight.vehicle.position.z - 12) < 1)
        #expect(maxDrift < 0.1, "the takeoff drifted \(maxDrift) m sideways")
    }

    @Test func navLandTouchesDownAtItsPositionAndDisarms() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 8),
            TestSite.item(.navWaypoint, north: 20, east: 10, altitude: 8),
            TestSite.item(.navLand, north: 25, east: 15, altitude: 0),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        let disarmed = flight.run(seconds: 120) { !$0.commander.isArmed }
        #expect(disarmed)
        #expect(flight.reached == [0, 1, 2])
        #expect((flight.vehicle.position - Vector3(25, 15, 0)).horizontalLength < 0.5)
        #expect(flight.commanderEvents.contains(.landed))
    }

    @Test func missionResumesCurrentItemAfterModeChange() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 30, east: 0, altitude: 10, param1: 1),
            TestSite.item(.navWaypoint, north: 30, east: 30, altitude: 10, param1: 1),
            TestSite.item(.navLand, north: 0, east: 0, altitude: 0),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.reached.last == 1 && $0.vehicle.position.y > 10 }
        #expect(flight.navigator.currentItem == 2)

        flight.commander.requestMode(.hold, at: flight.time, health: flight.health)
        flight.run(seconds: 5) { _ in false }
        let heldAt = flight.vehicle.position
        flight.run(seconds: 3) { _ in false }
        #expect((flight.vehicle.position - heldAt).length < 0.5)
        #expect(flight.navigator.currentItem == 2)

        flight.commander.requestMode(.mission, at: flight.time, health: flight.health)
        let disarmed = flight.run(seconds: 120) { !$0.commander.isArmed }
        #expect(disarmed)
        #expect(flight.reached == [0, 1, 2, 3])
    }

    @Test func missionResumesAfterLinkLossFailsafeReturnIsCancelled() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 60, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 60, east: 60, altitude: 10),
            TestSite.item(.navLand, north: 60, east: 60, altitude: 0),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.navigator.currentItem == 1 && $0.vehicle.position.x > 20 }
        let lostAt = flight.time
        flight.run(seconds: 11, health: { $0.lastGroundStationContact = lostAt }) { _ in false }
        #expect(flight.commander.mode == .returnToLaunch)
        #expect(flight.commanderEvents.contains(.failsafe(.groundStationLinkLoss, .returnToLaunch)))

        flight.run(seconds: 1) { _ in false }             // link back: trigger clears
        #expect(flight.commander.failsafeAction == .none)
        #expect(flight.commander.requestMode(.mission, at: flight.time, health: flight.health) == nil)
        let disarmed = flight.run(seconds: 120) { !$0.commander.isArmed }
        #expect(disarmed)
        #expect(flight.reached == [0, 1, 2, 3])
        #expect((flight.vehicle.position - Vector3(60, 60, 0)).horizontalLength < 0.5)
    }

    @Test func returnModeClimbsFliesHomeAndLandsWithinHalfAMetre() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 5),
            TestSite.item(.navLoiterUnlimited, north: 50, east: -30, altitude: 5),
        ]
        var config = NavigatorConfig()
        config.returnAltitude = 25
        var flight = KinematicFlight(plan: TestSite.plan(items), config: config)
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.reached.last == 1 }
        flight.commander.requestMode(.returnToLaunch, at: flight.time, health: flight.health)
        var highest: Float = 0
        let disarmed = flight.run(seconds: 200) { f in
            highest = max(highest, -f.vehicle.position.z)
            return !f.commander.isArmed
        }
        #expect(disarmed)
        #expect(abs(highest - 25) < 1)
        #expect(flight.vehicle.position.horizontalLength < 0.5)
    }

    @Test func returnPrefersNearerRallyPoint() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 5),
            TestSite.item(.navLoiterUnlimited, north: 80, east: 0, altitude: 5),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        var rally = RallyPoints()
        try! rally.add(TestSite.item(.rallyPoint, north: 70, east: 10, altitude: 0))
        flight.navigator.setRallyPoints(rally)
        flight.arm(in: .mission)
        flight.run(seconds: 80) { $0.reached.last == 1 }
        flight.commander.requestMode(.returnToLaunch, at: flight.time, health: flight.health)
        let disarmed = flight.run(seconds: 200) { !$0.commander.isArmed }
        #expect(disarmed)
        #expect((flight.vehicle.position - Vector3(70, 10, 0)).horizontalLength < 0.5)
    }

    @Test func straightLegRespectsCruiseSpeedAndJerkLimit() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 100, east: 0, altitude: 10, param1: 1),
        ]
        var config = NavigatorConfig()
        config.cruiseSpeed = 6
        var flight = KinematicFlight(plan: TestSite.plan(items), config: config)
        flight.arm(in: .mission)
        flight.run(seconds: 30) { $0.reached == [0] }
        flight.maxJerk = 0
        flight.run(seconds: 60) { $0.reached == [0, 1] }
        #expect(flight.reached == [0, 1])
        #expect(flight.maxSpeed <= 6 * 1.05)
        #expect(flight.maxJerk <= config.jerk * 1.01)
    }

    @Test func yawFollowsItemYawAndRegionOfInterest() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 20, east: 0, altitude: 10, param1: 3, param4: 90),
            TestSite.item(.doSetRoiLocation, north: 20, east: -50, altitude: 0),
            TestSite.item(.navLoiterTime, north: 20, east: 0, altitude: 10, param1: 3),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 40) { $0.reached == [0, 1] }
        flight.run(seconds: 2.5) { _ in false }                                  // 90° at 45°/s
        #expect(abs((flight.lastSetpoint?.yaw ?? 0) - Float.pi / 2) < 0.01)
        flight.run(seconds: 10) { $0.reached.count == 4 }
        flight.run(seconds: 4.5) { _ in false }                                  // 180° at 45°/s
        #expect(abs(abs(flight.lastSetpoint?.yaw ?? 0) - Float.pi / 2) < 0.05)
        #expect((flight.lastSetpoint?.yaw ?? 0) < 0)                             // ROI due west
        #expect(flight.maxYawRate <= NavigatorConfig().maxYawRate * 1.001)
    }

    @Test func guidedFollowsPositionTargetThenLandsOnTimeout() {
        var flight = KinematicFlight(plan: TestSite.plan([TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 5)]))
        flight.arm(in: .takeoff)
        flight.run(seconds: 20) { $0.vehicle.position.z < -4.9 }
        #expect(flight.commander.requestMode(.guided, at: flight.time, health: flight.health) == nil)
        let target = GuidedTarget(position: Vector3(10, 5, -8), yaw: 1)
        for _ in 0..<1000 {                                   // 20 s of targets at 50 Hz
            flight.commander.setGuidedTarget(target, at: flight.time)
            flight.step()
        }
        #expect((flight.vehicle.position - target.position).length < 0.1)
        #expect(abs((flight.lastSetpoint?.yaw ?? 0) - 1) < 1e-4)
        #expect(flight.commander.mode == .guided)

        flight.run(seconds: 2) { _ in false }                // targets stop
        #expect(flight.commander.mode == .land)
        #expect(flight.commanderEvents.contains(.failsafe(.guidedTimeout, .land)))
        let disarmed = flight.run(seconds: 60) { !$0.commander.isArmed }
        #expect(disarmed)
        #expect((flight.vehicle.position - Vector3(target.position.x, target.position.y, 0)).length < 0.5)
    }

    @Test func guidedVelocityTargetIsFollowed() {
        var flight = KinematicFlight(plan: TestSite.plan([TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 5)]))
        flight.arm(in: .takeoff)
        flight.run(seconds: 20) { $0.vehicle.position.z < -4.9 }
        flight.commander.requestMode(.guided, at: flight.time, health: flight.health)
        let start = flight.vehicle.position
        for _ in 0..<250 {                                    // 5 s of 2 m/s east
            flight.commander.setGuidedTarget(GuidedTarget(velocity: Vector3(0, 2, 0)), at: flight.time)
            flight.step()
        }
        #expect(abs(flight.vehicle.velocity.y - 2) < 0.01)
        #expect(abs((flight.vehicle.position.y - start.y) - 10) < 0.5)
        #expect(abs(flight.vehicle.position.z - start.z) < 0.2)
    }
}

