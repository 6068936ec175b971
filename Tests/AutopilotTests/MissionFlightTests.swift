import Autopilot
import FlightCore
import FlightMath
import Simulation
import Testing

/// Whole flights: the real flight stack (EKF, commander, navigator, cascade, mixer) flying the
/// simulated 6-DoF vehicle in lockstep.
@Suite struct MissionFlightTests {
    @Test func quad450FliesATakeoffWaypointsLandMissionToTheEnd() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 7)
        let origin = v.simulator.scenario.origin
        // Let the estimator align and GNSS settle on the ground.
        v.run(seconds: 10)
        #expect(v.stack.estimator.status.aligned)

        var plan = MissionPlan(capacity: 16)
        try plan.append(SITLFixtures.waypoint(origin, north: 0, east: 0, altitude: 10, command: .navTakeoff))
        try plan.append(SITLFixtures.waypoint(origin, north: 30, east: 0, altitude: 10))
        try plan.append(SITLFixtures.waypoint(origin, north: 30, east: 30, altitude: 15))
        try plan.append(SITLFixtures.waypoint(origin, north: 30, east: 30, altitude: 0, command: .navLand))
        try v.stack.uploadMission(plan)
        #expect(v.stack.setMode(.mission) == nil)
        let failures = v.stack.arm()
        #expect(failures.isEmpty, "pre-arm failures: \(failures.rawValue)")

        let r = v.fly(seconds: 150)
        #expect(r.reached == [0, 1, 2, 3], "events: \(r.events)")
        #expect(r.finished)
        #expect(r.disarmed)
        #expect(!r.crashed)
        #expect(r.maxAltitude > 13 && r.maxAltitude < 17)
        let t = try #require(v.truth)
        // Where the vehicle stands, truly and as it believes, against the land waypoint: the
        // belief must be on target; the truth differs by the GNSS error (u-blox-class, ~1-2 m).
        let target = NEDOffset(north: 30, east: 30, down: 0)
        #expect(horizontalDistance(t.position, target) < 3.0, "landed \(horizontalDistance(t.position, target)) m from the land waypoint")
        let believed = try #require(v.estimatedPositionInSimulatorFrame())
        #expect(horizontalDistance(believed, target) < 0.5, "believes it landed \(horizontalDistance(believed, target)) m off")
        #expect(t.landed)
    }
}
