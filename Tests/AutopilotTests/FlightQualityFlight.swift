import Autopilot
import FlightCore
import FlightMath
import Simulation

/// One seeded lockstep flight that measures the flight-quality figures of issue #6 against the
/// simulator's truth: the real flight stack (EKF, navigator, cascade, mixer) flies a mission —
/// take off to 20 m, hover 40 s, a 100 m square at 8 m/s — and, in still air, a 20° roll step in
/// stabilized mode at the end.
///
/// Positions are compared in the simulator's NED frame: the navigator's setpoint (estimator frame)
/// is carried there through its geodetic position, so the figures hold the estimator's error as
/// well as the controllers'. Heights are compared relative to the arming point (truth) and home
/// (the setpoint), since the navigator flies altitudes above home.
enum FlightQualityFlight {
    /// Mission altitude above home, metres.
    static let altitude: Float = 20
    /// Side of the square, metres.
    static let side = 100.0
    /// Commanded cruise speed on the square, m/s.
    static let cruiseSpeed: Float = 8
    /// Hover: time allowed to settle after reaching the hover point, then the measured window, s.
    static let hoverSettle = 10.0, hoverWindow = 30.0
    /// The part of each leg excluded at either end (the corner's braking and acceleration), metres.
    static let cornerMargin = 20.0
    /// Roll step size, degrees, and how long it is recorded before and after the step, s.
    static let stepDegrees: Float = 20
    static let stepLead = 0.1, stepDuration = 1.0

    /// Flies `vehicle` in `scenario` (a file in sim/scenarios) with `sensors` (default: the RTK
    /// set) and measures. The simulated IMU runs at the airframe's `IMU_GYRO_RATEMAX` (the racer's 1 kHz).
    static func fly(_ vehicle: String, scenario: String, seed: UInt64 = 6, sensors: SensorSpecs = .pixhawkClassRTK,
                    rollStep: Bool) throws -> FlightQuality {
        var sensors = sensors
        let parameters = try DataFiles(root: SITLFixtures.repoRoot.path).airframeParameters(for: vehicle)
        sensors.imu.rateHz = Float(parameters.int32("IMU_GYRO_RATEMAX"))
        var v = try SITLFixtures.vehicle(vehicle, scenario: scenario, seed: seed, sensorSpecs: sensors)
        let origin = v.simulator.scenario.origin
        v.run(seconds: 10)   // alignment and GNSS settling on the ground
        let corners = [(0.0, 0.0), (side, 0.0), (side, side), (0.0, side), (0.0, 0.0)]
        var plan = MissionPlan(capacity: 16)
        try plan.append(SITLFixtures.waypoint(origin, north: 0, east: 0, altitude: altitude, command: .navTakeoff))
        var hover = SITLFixtures.waypoint(origin, north: 0, east: 0, altitude: altitude)
        hover.param1 = Float(hoverSettle + hoverWindow + 2)
        try plan.append(hover)
        try plan.append(MissionItem(.doChangeSpeed, param1: 1, param2: cruiseSpeed))
        for (n, e) in corners.dropFirst() { try plan.append(SITLFixtures.waypoint(origin, north: n, east: e, altitude: altitude)) }
        try v.stack.uploadMission(plan)
        guard v.stack.setMode(.mission) == nil, v.stack.arm().isEmpty else { throw FlightQualityError.refused(vehicle) }
        let armedHeight = -(v.truth?.position.down ?? 0)

        var q = FlightQuality(vehicle: vehicle, scenario: scenario)
        var hoverSince: Double?
        var leg = -1   // index of the square's leg being flown (item 3 starts leg 0)
        var hoverError = ErrorStatistics(), hoverHeight = ErrorStatistics()
        var track = ErrorStatistics(), height = ErrorStatistics(), speed = ErrorStatistics()
        var motorFailures: [Int] = []
        let record = v.fly(seconds: 200, until: { $0.finished }, observe: { v, event in
            if case .motorFailure(let m) = event { motorFailures.append(m) }
            guard case .navigator(.itemReached(let i)) = event else { return }
            if i == 1 { hoverSince = v.time.seconds }
            if i >= 2 { leg = i - 2 }
        }, sample: { v in
            guard let t = v.truth, let sp = v.setpointInSimulatorFrame() else { return }
            let truthHeight = -t.position.down - armedHeight
            if let start = hoverSince, v.time.seconds - start >= hoverSettle, v.time.seconds - start < hoverSettle + hoverWindow {
                hoverError.add(horizontalDistance(t.position, sp.position))
                if let h = sp.heightAboveHome { hoverHeight.add(truthHeight - h) }
            }
            guard leg >= 0, leg < 4 else { return }
            let a = corners[leg], b = corners[leg + 1]
            let dn = b.0 - a.0, de = b.1 - a.1, length = (dn * dn + de * de).squareRoot()
            let rn = t.position.north - a.0, re = t.position.east - a.1
            let along = (rn * dn + re * de) / length
            guard along >= cornerMargin, along <= length - cornerMargin else { return }
            track.add((rn * de - re * dn) / length)
            if let h = sp.heightAboveHome { height.add(truthHeight - h) }
            speed.add(Double((t.velocity.x * t.velocity.x + t.velocity.y * t.velocity.y).squareRoot()))
        })
        guard record.finished, !record.crashed else { throw FlightQualityError.missionNotFlown(vehicle, record) }
        q.hover = hoverError.summary; q.hoverHeight = hoverHeight.summary
        q.crossTrack = track.summary; q.cruiseHeight = height.summary; q.cruiseSpeed = speed.mean
        if rollStep { q.rollStep = try flyRollStep(&v) }
        // Also after the roll step, which drains no events: the mixer's own record.
        if let m = v.stack.control.mixer.failedMotor, !motorFailures.contains(m) { motorFailures.append(m) }
        q.motorFailures = motorFailures
        return q
    }

    /// Switches to stabilized mode with centred sticks, waits for the vehicle to level, then puts
    /// in the roll stick for a 20° bank and records the true roll angle every millisecond.
    static func flyRollStep(_ v: inout SITLVehicle) throws -> StepResponseFigures {
        let maxTilt = v.stack.parameters.float("MPC_MAN_TILT_MAX")
        var sticks = ManualInput(throttle: 0.5)
        v.stack.manualControl(sticks, at: v.time)
        guard v.stack.setMode(.stabilized) == nil else { throw FlightQualityError.refused("stabilized") }
        func hold(_ seconds: Double, _ v: inout SITLVehicle, record: (Double, Float) -> Void) {
            let end = v.time.seconds + seconds
            while v.time.seconds < end {
                v.stack.manualControl(sticks, at: v.time)
                v.step()
                if let t = v.truth { record(v.time.seconds, EulerAngles(t.attitude).roll) }
            }
        }
        hold(1.5 - stepLead, &v) { _, _ in }
        var trace: [(time: Float, degrees: Float)] = []
        var start = v.time.seconds + stepLead
        hold(stepLead, &v) { t, roll in trace.append((Float(t - start), Angles.degrees(radians: roll))) }
        start = v.time.seconds
        sticks.roll = stepDegrees / maxTilt
        hold(stepDuration, &v) { t, roll in trace.append((Float(t - start), Angles.degrees(radians: roll))) }
        return StepResponseFigures(trace: trace, stepDegrees: stepDegrees)
    }
}

enum FlightQualityError: Error, CustomStringConvertible {
    case refused(String)
    case missionNotFlown(String, FlightRecord)
    var description: String {
        switch self {
        case .refused(let what): "the flight stack refused \(what)"
        case .missionNotFlown(let vehicle, let r):
            "\(vehicle) did not finish the square in \(r.seconds) s (items reached \(r.reached), crashed: \(r.crashed), events \(r.events))"
        }
    }
}

/// RMS, largest magnitude and mean of a series of errors.
struct ErrorStatistics {
    var count = 0, sumOfSquares = 0.0, sum = 0.0, largest = 0.0
    mutating func add(_ e: Double) { count += 1; sumOfSquares += e * e; sum += e; largest = max(largest, abs(e)) }
    mutating func add(_ e: Float) { add(Double(e)) }
    var rms: Double { count > 0 ? (sumOfSquares / Double(count)).squareRoot() : .nan }
    var mean: Double { count > 0 ? sum / Double(count) : .nan }
    var summary: ErrorSummary { ErrorSummary(rms: rms, max: largest, samples: count) }
}

/// An error's RMS and largest magnitude, metres, over `samples` samples (one per millisecond).
struct ErrorSummary: Equatable {
    var rms = Double.nan, max = Double.nan, samples = 0
}

/// What one flight-quality flight measured.
struct FlightQuality {
    var vehicle: String
    var scenario: String
    /// Hover: horizontal distance of the true position from the hold setpoint; height error.
    var hover = ErrorSummary(), hoverHeight = ErrorSummary()
    /// Square: cross-track error and height error on the straight parts.
    var crossTrack = ErrorSummary(), cruiseHeight = ErrorSummary()
    /// Mean true ground speed on the straight parts, m/s.
    var cruiseSpeed = Double.nan
    /// The 20° roll step (still-air flights only).
    var rollStep: StepResponseFigures?
    /// Motors (0-based) the stack declared failed during the mission: none on a healthy vehicle.
    var motorFailures: [Int] = []
}

/// A step response of the true roll angle: the trace (s from the step, degrees) and its figures.
struct StepResponseFigures {
    var trace: [(time: Float, degrees: Float)]
    /// Largest excursion past the step, fraction of the step.
    var overshoot: Float
    /// Time after the step of the last sample outside ±5 % of the step, s.
    var settlingTime: Float
    /// Time from 10 % to 90 % of the step, s.
    var riseTime: Float

    init(trace: [(time: Float, degrees: Float)], stepDegrees: Float) {
        self.trace = trace
        let after = trace.filter { $0.time > 0 }
        overshoot = max(0, (after.map(\.degrees).max() ?? 0) - stepDegrees) / stepDegrees
        settlingTime = after.last(where: { abs($0.degrees - stepDegrees) > 0.05 * stepDegrees })?.time ?? 0
        let t10 = after.first(where: { $0.degrees >= 0.1 * stepDegrees })?.time ?? .nan
        let t90 = after.first(where: { $0.degrees >= 0.9 * stepDegrees })?.time ?? .nan
        riseTime = t90 - t10
    }
}

/// The navigator's setpoint carried into the simulator's frame.
struct SimulatorFrameSetpoint {
    var position: NEDOffset
    /// Setpoint height above home, metres (nil when the setpoint has no vertical position).
    var heightAboveHome: Double?
}

extension SITLVehicle {
    /// The current trajectory setpoint's position in the simulator's NED frame (nil when the
    /// setpoint has no horizontal position or the estimator has no origin yet).
    func setpointInSimulatorFrame() -> SimulatorFrameSetpoint? {
        let sp = stack.trajectorySetpoint.position
        guard sp.x.isFinite, sp.y.isFinite, let p = simulatorFrame(of: Vector3(sp.x, sp.y, sp.z.isFinite ? sp.z : 0)) else { return nil }
        var height: Double?
        if sp.z.isFinite, let home = stack.navigator.homePosition { height = Double(home.z - sp.z) }
        return SimulatorFrameSetpoint(position: p, heightAboveHome: height)
    }
}
