import Autopilot
import FlightCore
import FlightMath
import GroundStation
import Simulation
import Testing

/// A mission started before arming (MISSION_START, then arm) flies exactly like one started after
/// arming: the takeoff item climbs first.
@Suite struct MissionStartOrderTests {
    @Test(arguments: ["cmac-fenced.plan", "zurich-tour.plan"])
    func missionStartedBeforeArmingTakesOffAndCompletes(planName: String) throws {
        let plan = try BundledPlan(planName)
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 3, origin: plan.home)
        v.run(seconds: 10)
        try plan.upload(to: &v)
        #expect(v.stack.startMission() == nil)
        #expect(v.stack.arm().isEmpty)

        // The takeoff item is reached only once the vehicle has climbed to its altitude.
        var r = v.fly(seconds: 30) { $0.reached.contains(0) }
        let takeoffAltitude = Double(plan.mission[0].altitude)
        let t = try #require(v.truth)
        #expect(r.reached.first == 0, "events: \(r.events)")
        #expect(abs(-t.position.down - takeoffAltitude) < 1.5, "takeoff reached at \(-t.position.down) m")
        #expect(!r.disarmed, "events: \(r.events)")

        r = v.fly(seconds: 400)
        #expect(r.finished, "events: \(r.events)")
        #expect(r.disarmed)
        #expect(!r.crashed)
        #expect(r.events.contains(.commander(.disarmed(.landed))), "events: \(r.events)")
    }

    @Test func armingOutsideTheFenceIsRefusedByThePreArmCheck() throws {
        // cmac-fenced's fence is in Canberra; the vehicle stands in Zurich.
        let plan = try BundledPlan("cmac-fenced.plan")
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 3)
        v.run(seconds: 10)
        try plan.upload(to: &v)
        let failures = v.stack.arm()
        #expect(failures.contains(.outsideGeofence), "\(failures)")
        #expect(!v.stack.commander.isArmed)
    }

    /// The true tilt of the body, degrees.
    static func tiltDegrees(_ t: Truth) -> Double {
        let e = EulerAngles(t.attitude)
        return Double(max(abs(e.roll), abs(e.pitch))) * 180 / .pi
    }

    /// MAVProxy's `wp load` uploads a waypoint file's home row as item 0: a waypoint on the ground
    /// where the vehicle stands. It is reached without leaving the ground and the take-off item
    /// after it climbs, however long the ground station takes between arming and starting. Before
    /// the position loops were held level on the ground, the vehicle tilted on its gear toward the
    /// item's few decimetres of GNSS offset, hopped, and the estimator, having missed the turn the
    /// gear made, lost GNSS consistency right after lift-off (a GNSS-loss failsafe).
    @Test(arguments: [0.0, 1.0, 3.0], [UInt64(1), 2])
    func aHomeRowUploadedAsTheFirstItemIsReachedOnTheGround(armToStart: Double, seed: UInt64) throws {
        let file = try PlanFiles.load(SITLFixtures.repoRoot.appendingPathComponent("Missions/zurich-tour.waypoints").path)
        let home = try #require(file.home)
        var items = file.protocolItems(.mission)
        items.insert(PlanItem(command: 16, frame: PlanFrame.global, latitude: home.latitude, longitude: home.longitude,
                              altitude: home.altitudeMSL), at: 0)
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: seed)
        v.run(seconds: 12)
        try v.stack.uploadMission(try BundledPlan.corePlan(items))
        #expect(v.stack.arm().isEmpty)
        _ = v.fly(seconds: armToStart)
        #expect(v.stack.startMission() == nil)

        var worstGroundTilt = 0.0
        var r = v.fly(seconds: 20, until: { $0.reached.contains(0) }, sample: { v in
            if let t = v.truth { worstGroundTilt = max(worstGroundTilt, Self.tiltDegrees(t)) }
        })
        #expect(r.reached == [0], "events: \(r.events)")
        #expect(r.maxAltitude < 0.2, "item 0 reached on the ground, not after a hop (\(r.maxAltitude) m)")
        #expect(worstGroundTilt < 3, "tilted \(worstGroundTilt)° on the gear")

        r = v.fly(seconds: 500)
        #expect(!r.events.contains { if case .commander(.failsafe) = $0 { true } else { false } }, "events: \(r.events)")
        #expect(r.finished && r.disarmed && !r.crashed, "events: \(r.events)")
        #expect(r.maxAltitude > 14, "climbed to the take-off item's 15 m (\(r.maxAltitude) m)")
    }

    /// A mission whose first item is a waypoint away from the vehicle, with no take-off item,
    /// starts with a vertical climb (PX4's mission take-off), not a sideways lunge on the gear.
    @Test func aFirstWaypointAwayFromTheGroundIsFlownToAfterAVerticalClimb() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 4)
        v.run(seconds: 12)
        let origin = v.simulator.scenario.origin
        var plan = MissionPlan(capacity: 2)
        try plan.append(SITLFixtures.waypoint(origin, north: 30, east: 10, altitude: 8))
        try plan.append(MissionItem(.navLand, latE7: 0, lonE7: 0, altitude: 0))
        try v.stack.uploadMission(plan)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.startMission() == nil)

        let start = try #require(v.truth).position
        var driftBelowTwoMetres = 0.0, worstTilt = 0.0, climbedOut = false
        let r = v.fly(seconds: 120, sample: { v in
            guard !climbedOut, let t = v.truth else { return }
            if start.down - t.position.down >= 2 { climbedOut = true; return }
            driftBelowTwoMetres = max(driftBelowTwoMetres, horizontalDistance(t.position, start))
            worstTilt = max(worstTilt, Self.tiltDegrees(t))
        })
        #expect(r.reached.first == 0, "events: \(r.events)")
        #expect(r.maxAltitude > 7.5, "climbed to the waypoint's 8 m (\(r.maxAltitude) m)")
        #expect(driftBelowTwoMetres < 1, "moved \(driftBelowTwoMetres) m sideways below 2 m")
        #expect(worstTilt < 5, "tilted \(worstTilt)° below 2 m")
        #expect(r.finished && r.disarmed && !r.crashed, "events: \(r.events)")
    }
}
