// Real-time factor of a full-stack headless SITL flight on one core, for scripts/bench-sitl.
// Compiled (with Sources/Autopilot's SITLVehicle, DataFiles and AirframeFile) against the core
// modules built -O -wmo; not part of any SwiftPM target.
//
//   sitl-bench ROOT VEHICLE ROUNDS [SECONDS]
// flies VEHICLE (sim/vehicles) in the calm scenario: 10 s of alignment on the ground, then a mission
// (take-off to 20 m, a 100 m square at the mission speed, return and land), for SECONDS of
// simulated time (default 120): physics at 1 kHz, estimator, control and mixer at the IMU rate
// (400 Hz), commander and navigator, and the MAVLink services polled every 5 ms with their default
// telemetry encoded into an outbox (as if a ground station were connected; the bytes are
// discarded). Prints one JSON line: best round's thread CPU seconds, the real-time factor, the
// telemetry bytes encoded, and a checksum of the final truth (equal across rounds: lockstep).
import FlightCore
import FlightMath
import Simulation
import VehicleServices
func waypoint(_ origin: GeodeticPosition, north: Double, east: Double, altitude: Float,
              _ command: MissionCommand = .navWaypoint) -> MissionItem {
    let p = LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: north, east: east, down: 0))
    return MissionItem(command, latE7: Int32((p.latitude * 1e7).rounded()), lonE7: Int32((p.longitude * 1e7).rounded()),
                       altitude: altitude)
}

struct Flight {
    var cpuSeconds: Double
    var telemetryBytes: Int
    var checksum: Double
    var reached: Int
}

func fly(root: String, vehicle name: String, seconds: Double) throws -> Flight {
    let data = DataFiles(root: root)
    let airframe = try SimulationFiles.airframe(named: name, in: data.vehicles)
    let scenario = try SimulationFiles.scenario(atPath: data.scenarios + "/calm.scenario")
    var v = try SITLVehicle(airframe: airframe, scenario: scenario, seed: 1, parameters: try data.airframeParameters(for: name))
    var link = VehicleLink(config: VehicleLink.Config())
    var outbox = Outbox()
    var bytes = 0
    let servicePeriod: UInt64 = 5_000
    var nextService: UInt64 = 0
    var missionStarted = false
    let end = UInt64(seconds * 1e6)
    let start = threadSeconds()
    while v.simulator.timeMicros < end {
        v.step()
        let now = v.simulator.timeMicros
        guard now >= nextService else { continue }
        nextService += servicePeriod
        let time = Tick(micros: now)
        v.model.update(at: time)
        while v.model.nextEvent() != nil {}
        link.poll(at: time, unixMicros: 1_767_225_600_000_000 + now, vehicle: &v.model, into: &outbox)
        bytes += outbox.count
        outbox.removeAll()
        if !missionStarted && now >= 10_000_000 {
            missionStarted = true
            let o = scenario.origin
            var plan = MissionPlan(capacity: 16)
            try plan.append(waypoint(o, north: 0, east: 0, altitude: 20, .navTakeoff))
            for (n, e) in [(100.0, 0.0), (100, 100), (0, 100), (0, 0)] { try plan.append(waypoint(o, north: n, east: e, altitude: 20)) }
            try plan.append(waypoint(o, north: 0, east: 0, altitude: 0, .navLand))
            try v.stack.uploadMission(plan)
            _ = v.stack.setMode(.mission)
            let failures = v.stack.arm()
            precondition(failures.isEmpty, "pre-arm checks failed: \(failures.rawValue)")
        }
    }
    let cpu = threadSeconds() - start
    let t = v.truth!
    return Flight(cpuSeconds: cpu, telemetryBytes: bytes,
                  checksum: t.position.north * 1e6 + t.position.east * 1e3 + t.position.down,
                  reached: Int(v.model.telemetry.mission.reachedCount))
}

@main struct SITLBench {
    static func main() throws {
        let args = CommandLine.arguments
        guard args.count >= 4 else { fatalError("usage: sitl-bench ROOT VEHICLE ROUNDS [SECONDS]") }
        let seconds = args.count > 4 ? Double(args[4]) ?? 120 : 120
        var best: Flight? = nil
        for _ in 0..<max(1, Int(args[3]) ?? 1) {
            let f = try fly(root: args[1], vehicle: args[2], seconds: seconds)
            if let b = best, b.checksum != f.checksum { fatalError("two rounds flew different flights") }
            if best == nil || f.cpuSeconds < best!.cpuSeconds { best = f }
        }
        let b = best!
        print("{\"vehicle\":\"\(args[2])\",\"simulated_s\":\(seconds),\"cpu_s\":\(b.cpuSeconds),\"rtf\":\(seconds / b.cpuSeconds),"
              + "\"telemetry_bytes\":\(b.telemetryBytes),\"items_reached\":\(b.reached),\"checksum\":\(b.checksum)}")
    }
}
