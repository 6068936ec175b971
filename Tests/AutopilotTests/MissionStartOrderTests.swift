import Autopilot
import FlightCore
import FlightMath
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
}
