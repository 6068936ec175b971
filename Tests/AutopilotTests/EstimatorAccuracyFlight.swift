import Autopilot
import FlightCore
import FlightMath
import Simulation

/// One seeded lockstep flight that records the estimator's error against the simulator's truth
/// (issue #5's accuracy requirements): the real flight stack flies a mission — take off to 20 m,
/// then a 150 m square at 8 m/s — on the default Pixhawk-class sensor set (ICM-42688-P IMU, u-blox
/// M9N-class GNSS with correlated drift and 110 ms latency, `sim/sensors.md`), with the scenario's
/// faults. The raw GNSS error is recorded too: each solution against the truth at its measurement
/// epoch (the antenna is at the centre of mass in the simulator), for the same-flight comparison.
enum EstimatorAccuracyFlight {
    /// The scenario: PX4's SITL home, 3 m/s of westerly wind with light turbulence.
    static let scenarioText = """
        name        estimator-accuracy
        origin      47.397742 8.545594 488.0
        heading     0
        date        2026.5
        wind        3 270
        turbulence  light
        """
    /// Simulated seconds on the ground (alignment, GNSS settling) before arming.
    static let armAt = 10.0
    static let altitude: Float = 20
    static let side = 150.0
    static let cruiseSpeed: Float = 8

    /// Flies the mission with the scenario-file `faults` lines (`at …`) added and the float
    /// `parameters` set before arming.
    static func fly(faults: [String] = [], parameters: [(String, Float)] = [], seed: UInt64 = 5,
                    seconds: Double = 150) throws -> EstimatorErrorTrace {
        let scenario = try Scenario(fileText: ([scenarioText] + faults).joined(separator: "\n"), file: "estimator-accuracy.scenario")
        var v = try SITLFixtures.vehicle("quad450", scenario: scenario, seed: seed)
        let origin = scenario.origin
        var trace = EstimatorErrorTrace(seed: seed)
        var truths = TruthRing()
        func record(_ v: borrowing SITLVehicle) {
            guard let t = v.truth else { return }
            truths.add(t)
            if let g = v.sensors.gnss, g.fix == .fix3D, let epoch = truths[g.epochMicros] {
                let p = LocalTangentPlane(origin: origin).ned(of: GeodeticPosition(latitude: g.latitude, longitude: g.longitude,
                                                                                   altitude: g.altitudeMeters))
                trace.gnss.append(GnssError(seconds: Double(g.epochMicros) / 1e6,
                                            horizontal: (p.north - epoch.position.north, p.east - epoch.position.east),
                                            velocity: g.velocityNED - epoch.velocity))
            }
            // The estimate every 10 ms, once the estimator has an origin.
            guard t.timeMicros % 10_000 == 0, let p = v.estimatedPositionInSimulatorFrame() else { return }
            let nav = v.stack.navigationState
            let e = EulerAngles(nav.attitude), truth = EulerAngles(t.attitude)
            trace.samples.append(EstimateError(
                seconds: v.time.seconds,
                horizontal: (p.north - t.position.north, p.east - t.position.east),
                velocity: nav.velocity - t.velocity,
                roll: Angles.degrees(radians: Angles.wrapPi(e.roll - truth.roll)),
                pitch: Angles.degrees(radians: Angles.wrapPi(e.pitch - truth.pitch)),
                yaw: Angles.degrees(radians: Angles.wrapPi(e.yaw - truth.yaw))))
        }
        v.run(seconds: armAt) { record($0); return false }
        let corners = [(side, 0.0), (side, side), (0.0, side), (0.0, 0.0)]
        var plan = MissionPlan(capacity: 8)
        try plan.append(SITLFixtures.waypoint(origin, north: 0, east: 0, altitude: altitude, command: .navTakeoff))
        try plan.append(MissionItem(.doChangeSpeed, param1: 1, param2: cruiseSpeed))
        for (n, e) in corners { try plan.append(SITLFixtures.waypoint(origin, north: n, east: e, altitude: altitude)) }
        try v.stack.uploadMission(plan)
        for (name, value) in parameters { try v.stack.setParameter(name, to: .float(value)) }
        guard v.stack.setMode(.mission) == nil, v.stack.arm().isEmpty else { throw FlightQualityError.refused("arming") }
        let flight = v.fly(seconds: seconds, until: { $0.finished }, observe: { v, event in
            if case .commander(.tookOff) = event { trace.takeoff = v.time.seconds }
            if case .commander(let c) = event { trace.events.append("\(v.time.seconds): \(c)") }
        }, sample: { record($0) })
        trace.finished = flight.finished
        trace.crashed = flight.crashed
        trace.end = v.time.seconds
        trace.status = v.stack.estimator.status
        return trace
    }
}

/// The truth of the last 256 physics steps, by time (for the GNSS solutions' epochs).
struct TruthRing {
    var entries = [Truth?](repeating: nil, count: 256)
    mutating func add(_ t: Truth) { entries[Int(t.timeMicros / 1000) % 256] = t }
    subscript(micros: UInt64) -> Truth? {
        guard let t = entries[Int(micros / 1000) % 256], t.timeMicros == micros else { return nil }
        return t
    }
}

/// The estimate's error at one instant (estimate − truth): horizontal position (m, north/east),
/// velocity (m/s, NED), Euler angles (degrees, wrapped).
struct EstimateError {
    var seconds: Double
    var horizontal: (north: Double, east: Double)
    var velocity: Vector3
    var roll: Float, pitch: Float, yaw: Float
    var horizontalMagnitude: Double { (horizontal.north * horizontal.north + horizontal.east * horizontal.east).squareRoot() }
}

/// A raw GNSS solution's error against the truth at its measurement epoch.
struct GnssError {
    var seconds: Double
    var horizontal: (north: Double, east: Double)
    var velocity: Vector3
}

/// What one accuracy flight recorded.
struct EstimatorErrorTrace {
    var seed: UInt64
    var samples: [EstimateError] = []
    var gnss: [GnssError] = []
    /// Simulated time of the takeoff detection and of the flight's end, s.
    var takeoff: Double?
    var end = 0.0
    var finished = false, crashed = false
    /// The commander's events, with their simulated time.
    var events: [String] = []
    var status = EstimatorStatus()

    func samples(_ window: ClosedRange<Double>) -> [EstimateError] { samples.filter { window.contains($0.seconds) } }

    /// RMS of `value` over the estimate's samples in `window`.
    func rms(_ window: ClosedRange<Double>, _ value: (EstimateError) -> Double) -> Double {
        var s = ErrorStatistics()
        for e in samples(window) { s.add(value(e)) }
        return s.rms
    }

    /// RMS of `value` over the raw GNSS solutions measured in `window`.
    func gnssRMS(_ window: ClosedRange<Double>, _ value: (GnssError) -> Double) -> Double {
        var s = ErrorStatistics()
        for g in gnss where window.contains(g.seconds) { s.add(value(g)) }
        return s.rms
    }
}
