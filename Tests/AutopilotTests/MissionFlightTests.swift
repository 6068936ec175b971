import Autopilot
import FlightCore
import FlightMath
import Simulation
import Testing

/// What a flight did, collected while stepping it.
struct FlightRecord {
    var reached: [Int] = []
    var finished = false
    var disarmed = false
    var crashed = false
    var maxAltitude = 0.0
    var events: [FlightStackEvent] = []
    var seconds = 0.0
}

func horizontalDistance(_ a: NEDOffset, _ b: NEDOffset) -> Double {
    ((a.north - b.north) * (a.north - b.north) + (a.east - b.east) * (a.east - b.east)).squareRoot()
}

extension SITLVehicle {
    /// The estimator's position expressed in the simulator's NED frame (the two frames have
    /// different origins: the estimator anchors at its first GNSS fix).
    func estimatedPositionInSimulatorFrame() -> NEDOffset? {
        let n = stack.navigationState
        guard let origin = n.origin else { return nil }
        let geo = LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: Double(n.position.x), east: Double(n.position.y), down: Double(n.position.z)))
        return LocalTangentPlane(origin: simulator.scenario.origin).ned(of: geo)
    }

    /// Steps until the vehicle disarms, `seconds` pass, or `stop` says so; collects the events.
    mutating func fly(seconds: Double, until stop: (FlightRecord) -> Bool = { _ in false }) -> FlightRecord {
        var r = FlightRecord()
        let start = time
        let end = simulator.timeMicros + UInt64(seconds * 1e6)
        while simulator.timeMicros < end {
            step()
            while let e = stack.nextEvent() {
                r.events.append(e)
                switch e {
                case .navigator(.itemReached(let i)): r.reached.append(i)
                case .navigator(.missionFinished): r.finished = true
                case .commander(.disarmed): r.disarmed = true
                default: break
                }
            }
            if let t = truth {
                r.maxAltitude = max(r.maxAltitude, -t.position.down)
                if t.crashed { r.crashed = true }
            }
            if r.disarmed || stop(r) { break }
        }
        r.seconds = time.seconds - start.seconds
        return r
    }
}

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
