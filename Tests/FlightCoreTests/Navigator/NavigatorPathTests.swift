import Testing
@testable import FlightCore

@Suite struct NavigatorPathTests {
    @Test func passThroughWaypointRoundsTheCornerWithoutStopping() {
        let corner = Vector3(40, 0, -10)
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 40, east: 0, altitude: 10),                 // pass-through
            TestSite.item(.navWaypoint, north: 40, east: 40, altitude: 10, param1: 1),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        var closest = Float.infinity, slowestNearCorner = Float.infinity
        flight.run(seconds: 60) { f in
            let d = (f.vehicle.position - corner).length
            closest = min(closest, d)
            if d < 3 { slowestNearCorner = min(slowestNearCorner, f.vehicle.velocity.length) }
            return f.reached == [0, 1, 2]
        }
        #expect(flight.reached == [0, 1, 2])
        #expect(closest > 0.3)                         // the path cuts inside the corner…
        #expect(closest < NavigatorConfig().acceptanceRadius)   // …within the acceptance radius
        #expect(slowestNearCorner > 1)                 // and never stops there
        #expect(flight.maxJerk <= 2 * NavigatorConfig().jerk * 1.01)   // sum of two jerk-limited motions
    }

    @Test func waypointWithHoldTimeStopsAtThePoint() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 40, east: 0, altitude: 10, param1: 2),
            TestSite.item(.navWaypoint, north: 40, east: 40, altitude: 10, param1: 1),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.reached == [0, 1] }
        flight.run(seconds: 1) { _ in false }
        #expect(flight.vehicle.velocity.length < 0.1)
        #expect((flight.vehicle.position - Vector3(40, 0, -10)).length < 0.2)
        #expect(flight.navigator.currentItem == 1)     // still holding
    }

    @Test func jumpRepeatingForeverKeepsLooping() {
        let items = [
            TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 10, east: 0, altitude: 10),
            TestSite.item(.navWaypoint, north: 10, east: 10, altitude: 10),
            TestSite.item(.doJump, param1: 1, param2: -1),
        ]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 300) { f in f.reached.filter { $0 == 3 }.count == 5 }
        #expect(flight.reached.filter { $0 == 3 }.count == 5)
        #expect(!flight.finished)
    }

    @Test func missionAltitudesFollowTheirFrames() {
        let home = GeodeticPosition(latitude: TestSite.origin.latitude, longitude: TestSite.origin.longitude, altitude: 490)
        let geometry = MissionGeometry(origin: TestSite.origin, home: home)
        let p = TestSite.latLon(north: 0, east: 0)
        let amsl = geometry.position(latE7: p.latE7, lonE7: p.lonE7, altitude: 498, frame: .globalInt)
        let relative = geometry.position(latE7: p.latE7, lonE7: p.lonE7, altitude: 10, frame: .globalRelativeAltitude)
        #expect(abs(amsl.z + 10) < 0.01)               // 498 m AMSL is 10 m above the 488 m origin
        #expect(abs(relative.z + 12) < 0.01)           // 10 m above a 490 m home
    }

    @Test func homeIsSetFromTheEstimate() {
        var navigator = Navigator()
        let state = NavigationState(position: Vector3(12, -7, -3), origin: TestSite.origin, validity: .all)
        let accepted = navigator.setHome(at: state)
        #expect(accepted)
        _ = navigator.step(at: Tick(micros: 1), mode: .stabilized, armed: false, state: state, landed: true)
        let home = try! #require(navigator.homePosition)
        #expect((home - state.position).length < 0.01)
        let withoutOrigin = navigator.setHome(at: NavigationState(position: .zero, origin: nil, validity: .all))
        #expect(!withoutOrigin)
    }
}

@Suite struct NavigatorGroundTests {
    static let state = NavigationState(position: .zero, origin: TestSite.origin, validity: .all)

    @Test func nothingAdvancesWhileDisarmed() {
        var navigator = Navigator()
        try! navigator.load(TestSite.plan([TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10)]))
        navigator.setHome(TestSite.origin)
        var time = Tick(micros: 1_000_000)
        for _ in 0..<100 {
            time = time.advanced(byMicros: 20_000)
            let sp = navigator.step(at: time, mode: .mission, armed: false, state: Self.state, landed: true)
            #expect(sp == nil)
        }
        // Arming starts the takeoff from the ground, not from a setpoint that ran ahead.
        time = time.advanced(byMicros: 20_000)
        let first = navigator.step(at: time, mode: .mission, armed: true, state: Self.state, landed: true)
        #expect(abs(first?.position.z ?? .nan) < 0.01)
    }

    @Test(arguments: [FlightMode.hold, .returnToLaunch, .land])
    func groundedVehicleStaysDownInHoldReturnAndLand(mode: FlightMode) {
        var navigator = Navigator()
        navigator.setHome(TestSite.origin)
        var time = Tick(micros: 1_000_000)
        for _ in 0..<50 {
            time = time.advanced(byMicros: 20_000)
            let sp = navigator.step(at: time, mode: mode, armed: true, state: Self.state, landed: true)
            #expect((sp?.velocity.z ?? -1) >= 0)               // never commands a climb
            #expect(!(sp?.position.z ?? 0).isFinite || (sp?.position.z ?? -1) >= 0)
        }
    }
}

@Suite struct NavigatorAutocontinueTests {
    @Test func itemWithoutAutocontinueHoldsUntilTheCurrentItemChanges() {
        var stop = TestSite.item(.navWaypoint, north: 20, east: 0, altitude: 10)
        stop.autocontinue = false
        let items = [TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10), stop,
                     TestSite.item(.navWaypoint, north: 20, east: 20, altitude: 10, param1: 1)]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.reached == [0, 1] }
        flight.run(seconds: 10) { _ in false }
        #expect(flight.reached == [0, 1])
        #expect(flight.navigator.currentItem == 1)
        #expect((flight.vehicle.position - Vector3(20, 0, -10)).length < 0.2)
        flight.navigator.setCurrentItem(2)
        let reached = flight.run(seconds: 60) { $0.reached == [0, 1, 2] }
        #expect(reached)
    }
}

@Suite struct NavigatorBrakingTests {
    @Test func holdMidLegBrakesWithinTheJerkLimitWithoutBackingUp() {
        let items = [TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
                     TestSite.item(.navWaypoint, north: 100, east: 0, altitude: 10, param1: 1)]
        var flight = KinematicFlight(plan: TestSite.plan(items))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { ($0.lastSetpoint?.velocity.x ?? 0) > 2.5 }   // still accelerating
        let switchedAt = flight.lastSetpoint?.position.x ?? 0
        flight.commander.requestMode(.hold, at: flight.time, health: flight.health)
        flight.maxJerk = 0
        var slowestForward = Float.infinity
        flight.run(seconds: 5) { f in
            slowestForward = min(slowestForward, f.lastSetpoint?.velocity.x ?? 0)
            return false
        }
        #expect(flight.maxJerk <= NavigatorConfig().jerk * 1.01)
        #expect(slowestForward >= -0.01)                         // never reverses
        #expect((flight.lastSetpoint?.velocity.length ?? 1) < 0.01)
        let stoppedAt = flight.lastSetpoint?.position.x ?? 0
        #expect(stoppedAt > switchedAt + 1)                       // it did have to brake
        #expect(stoppedAt < switchedAt + 5)
    }
}
