import Foundation

/// Airframe numbers for the flight estimate (defaults: a 1.5 kg quadrotor on a 4S 5 Ah pack).
public struct AirframeNumbers: Equatable, Sendable {
    /// Horizontal speed, m/s.
    public var cruiseSpeed: Double = 5
    /// Climb and descent rates, m/s.
    public var climbRate: Double = 2.5, descentRate: Double = 1.5
    /// Electrical power in hover and cruise, watts.
    public var hoverPower: Double = 180
    /// Usable battery energy, watt-hours, and the share kept in reserve, percent.
    public var batteryEnergy: Double = 74, reservePercent: Double = 20
    public init() {}
}

/// Limits a plan must stay within.
public struct PlanLimits: Equatable, Sendable {
    /// Highest altitude above home, metres (120 m: the usual legal ceiling).
    public var maxAltitude: Double = 120
    /// Lowest altitude above home for a waypoint in flight, metres (below: warning).
    public var minAltitude: Double = 2
    /// Furthest horizontal distance from home, metres.
    public var maxDistance: Double = 1000
    public init() {}
}

/// One finding of the validator.
public struct PlanFinding: Equatable, Sendable {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    /// Plan index of the item concerned (0-based, without home), or nil for the whole plan.
    public var item: Int?
    public var message: String
}

/// Estimated flight: distance flown, time and battery energy.
public struct FlightEstimate: Equatable, Sendable {
    /// Horizontal distance, metres; time, seconds; energy, watt-hours; share of usable battery, percent.
    public var distance: Double, time: Double, energy: Double, batteryPercent: Double
}

/// The validator's report: findings, estimate and verdict.
public struct PlanReport: Equatable, Sendable {
    public var findings: [PlanFinding]
    public var estimate: FlightEstimate
    public var autopilot: AutopilotFamily
    /// True when there is no error (warnings allowed).
    public var passed: Bool { !findings.contains { $0.severity == .error } }
    public var verdict: String {
        let e = findings.filter { $0.severity == .error }.count, w = findings.count - e
        return passed ? (w == 0 ? "PASS" : "PASS with \(w) warning(s)") : "FAIL: \(e) error(s), \(w) warning(s)"
    }

    /// The report as JSON.
    public var json: JSONValue {
        .object([
            ("verdict", .string(passed ? "pass" : "fail")),
            ("autopilot", .string(autopilot.rawValue)),
            ("distance_m", .number((estimate.distance * 10).rounded() / 10)),
            ("time_s", .number(estimate.time.rounded())),
            ("energy_wh", .number((estimate.energy * 100).rounded() / 100)),
            ("battery_percent", .number((estimate.batteryPercent * 10).rounded() / 10)),
            ("findings", .array(findings.map {
                .object([("severity", .string($0.severity.rawValue)), ("item", $0.item.map { .number(Double($0)) } ?? .null),
                         ("message", .string($0.message))])
            })),
        ])
    }
}

/// Checks a plan against limits, the target autopilot and its own fence, and estimates the flight.
public struct PlanValidator: Sendable {
    public var autopilot: AutopilotFamily
    public var limits: PlanLimits
    public var airframe: AirframeNumbers

    public init(autopilot: AutopilotFamily = .swiftlet, limits: PlanLimits = PlanLimits(), airframe: AirframeNumbers = AirframeNumbers()) {
        self.autopilot = autopilot; self.limits = limits; self.airframe = airframe
    }

    public func validate(_ plan: FlightPlan) -> PlanReport {
        var f: [PlanFinding] = []
        func error(_ i: Int?, _ m: String) { f.append(PlanFinding(severity: .error, item: i, message: m)) }
        func warn(_ i: Int?, _ m: String) { f.append(PlanFinding(severity: .warning, item: i, message: m)) }
        let items = plan.items
        if items.isEmpty { error(nil, "the mission has no items") }
        let home = homePoint(plan)
        let frame = LocalFrame(origin: home)
        let homeMSL = plan.home?.altitudeMSL

        for (i, item) in items.enumerated() {
            if !CommandSupport.supports(autopilot, command: item.command) {
                error(i, "command \(item.command) is not flown by \(autopilot.rawValue)")
            }
            guard PlanCommand.isNavigation(item.command), item.isGlobal else { continue }
            var relative = Double(item.z)
            if item.frame == PlanFrame.global || item.frame == PlanFrame.globalInt {
                if let h = homeMSL { relative -= h } else { warn(i, "altitude is above mean sea level and the plan has no home altitude") }
            }
            if relative > limits.maxAltitude { error(i, "altitude \(fmt(relative)) m above home exceeds the \(fmt(limits.maxAltitude)) m limit") }
            if item.command != PlanCommand.land, relative < limits.minAltitude {
                warn(i, "altitude \(fmt(relative)) m above home is below \(fmt(limits.minAltitude)) m")
            }
            if item.hasPosition {
                let p = GeoPoint(latitude: item.latitude, longitude: item.longitude)
                let d = frame.distance(home, p)
                if d > limits.maxDistance { error(i, "\(fmt(d)) m from home exceeds the \(fmt(limits.maxDistance)) m limit") }
                if !plan.fence.isEmpty, !FenceGeometry.allows(p, fence: plan.fence, frame: frame) {
                    error(i, "waypoint is outside the geofence")
                }
            }
        }
        // Legs that leave the fence between two allowed waypoints.
        if !plan.fence.isEmpty {
            let path = flightPath(plan, home: home)
            for k in path.indices.dropFirst() {
                let (a, ia) = path[k - 1], (b, ib) = path[k]
                let len = frame.distance(a, b), steps = Int(len / 5)
                guard steps > 1 else { continue }
                let pa = frame.local(a), pb = frame.local(b)
                for s in 1..<steps {
                    let t = Double(s) / Double(steps)
                    let q = frame.geo(east: pa.east + t * (pb.east - pa.east), north: pa.north + t * (pb.north - pa.north))
                    if !FenceGeometry.allows(q, fence: plan.fence, frame: frame) {
                        error(ib, "the leg from \(ia.map { "item \($0)" } ?? "home") crosses the geofence"); break
                    }
                }
            }
            for (i, r) in plan.rally.enumerated()
            where !FenceGeometry.allows(GeoPoint(latitude: r.latitude, longitude: r.longitude), fence: plan.fence, frame: frame) {
                warn(nil, "rally point \(i + 1) is outside the geofence")
            }
        }
        if autopilot == .swiftlet, let r = CommandSupport.swiftletRejection(items) {
            error(r.sequence, "Swiftlet would refuse the upload: \(r.result) (MAV_MISSION_RESULT \(r.result.rawValue))")
        }
        if plan.vehicleType != 1, let first = items.first, first.command != PlanCommand.takeoff {
            warn(0, "the mission does not start with a takeoff")
        }
        if let last = items.last, last.command != PlanCommand.returnToLaunch, last.command != PlanCommand.land {
            warn(items.count - 1, "the mission ends without a return or a landing (the vehicle will hover at the last waypoint)")
        }
        let estimate = estimate(plan, home: home)
        if estimate.batteryPercent > 100 - airframe.reservePercent {
            error(nil, "estimated battery use \(fmt(estimate.batteryPercent)) % leaves less than the \(fmt(airframe.reservePercent)) % reserve")
        }
        return PlanReport(findings: f, estimate: estimate, autopilot: autopilot)
    }

    /// Home from the plan, else the first positioned item.
    func homePoint(_ plan: FlightPlan) -> GeoPoint {
        if let h = plan.home, h.latitude != 0 || h.longitude != 0 { return GeoPoint(latitude: h.latitude, longitude: h.longitude) }
        let p = plan.items.first(where: \.hasPosition)
        return GeoPoint(latitude: p?.latitude ?? 0, longitude: p?.longitude ?? 0)
    }

    /// The horizontal path: home, each positioned navigation item (with its plan index), home again after an RTL.
    func flightPath(_ plan: FlightPlan, home: GeoPoint) -> [(GeoPoint, Int?)] {
        var path: [(GeoPoint, Int?)] = [(home, nil)]
        for (i, item) in plan.items.enumerated() {
            if item.command == PlanCommand.returnToLaunch { path.append((home, i)) }
            else if PlanCommand.isNavigation(item.command), item.hasPosition {
                path.append((GeoPoint(latitude: item.latitude, longitude: item.longitude), i))
            }
        }
        return path
    }

    /// Time: each leg at cruise speed or at the climb/descent rate, whichever is slower, plus holds
    /// and loiters; a takeoff climbs from the ground, an RTL flies home and descends, a land descends.
    public func estimate(_ plan: FlightPlan, home: GeoPoint) -> FlightEstimate {
        let frame = LocalFrame(origin: home)
        var position = home, altitude = 0.0, distance = 0.0, time = 0.0
        func move(to p: GeoPoint, alt: Double) {
            let d = frame.distance(position, p), dz = alt - altitude
            let vertical = dz >= 0 ? dz / airframe.climbRate : -dz / airframe.descentRate
            time += max(d / airframe.cruiseSpeed, vertical)
            distance += d; position = p; altitude = alt
        }
        for item in plan.items {
            let alt = Double(item.z) - ((item.frame == PlanFrame.global || item.frame == PlanFrame.globalInt) ? (plan.home?.altitudeMSL ?? 0) : 0)
            let target = item.hasPosition ? GeoPoint(latitude: item.latitude, longitude: item.longitude) : position
            switch item.command {
            case PlanCommand.takeoff: move(to: target, alt: alt)
            case PlanCommand.land: move(to: target, alt: altitude); move(to: target, alt: 0)
            case PlanCommand.returnToLaunch: move(to: home, alt: altitude); move(to: home, alt: 0)
            case PlanCommand.loiterTime: move(to: target, alt: alt); time += Double(max(0, item.param1))
            case PlanCommand.loiterTurns:
                move(to: target, alt: alt)
                let r = Double(abs(item.param3.isNaN ? 10 : item.param3))
                time += 2 * .pi * max(r, 1) * Double(max(0, item.param1)) / airframe.cruiseSpeed
            case 93, 112: time += Double(max(0, item.param1))   // NAV_DELAY, CONDITION_DELAY
            case let c where PlanCommand.isNavigation(c):
                move(to: target, alt: alt)
                if c == PlanCommand.waypoint, item.param1.isFinite { time += Double(max(0, item.param1)) }
            default: break
            }
        }
        let energy = airframe.hoverPower * time / 3600
        return FlightEstimate(distance: distance, time: time, energy: energy,
                              batteryPercent: airframe.batteryEnergy > 0 ? energy / airframe.batteryEnergy * 100 : .infinity)
    }

    func fmt(_ x: Double) -> String { String(format: "%.1f", x) }
}

/// Point-in-fence tests on the local plane.
public enum FenceGeometry {
    /// True when `p` is inside at least one inclusion region (if there are any) and inside no exclusion region.
    public static func allows(_ p: GeoPoint, fence: [FenceRegion], frame: LocalFrame) -> Bool {
        let inclusions = fence.filter(\.isInclusion)
        if !inclusions.isEmpty, !inclusions.contains(where: { contains($0, p, frame) }) { return false }
        return !fence.contains { !$0.isInclusion && contains($0, p, frame) }
    }

    /// True when `p` lies inside the region (polygon by ray casting, circle by distance).
    public static func contains(_ region: FenceRegion, _ p: GeoPoint, _ frame: LocalFrame) -> Bool {
        switch region {
        case .circle(let c, let r, _): return frame.distance(c, p) <= r
        case .polygon(let vs, _):
            let q = frame.local(p), pts = vs.map { frame.local($0) }
            var inside = false
            var j = pts.count - 1
            for i in pts.indices {
                let a = pts[i], b = pts[j]
                if (a.north > q.north) != (b.north > q.north),
                   q.east < (b.east - a.east) * (q.north - a.north) / (b.north - a.north) + a.east { inside.toggle() }
                j = i
            }
            return inside
        }
    }
}
