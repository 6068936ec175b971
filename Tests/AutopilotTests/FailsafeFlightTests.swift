import Autopilot
@testable import FlightCore
import FlightMath
import Simulation
import Testing

/// Every failsafe of docs/FAILSAFES.md injected into a real flight: the flight stack flying the
/// 6-DoF simulator in lockstep (seeded), a ground station sending heartbeats, a pilot's sticks
/// and a companion's guided targets as the edges would, and the fault from a scenario file's
/// `at` line (or, for the geofence, the mission flying through the fence). Each flight must end on
/// the ground, disarmed, without a crash or a hard touchdown, with exactly the commander events
/// documented under "Event sequences"; a return lands within 0.5 m of its target (as the vehicle
/// believes; truly within the GNSS error).
@Suite struct FailsafeFlightTests {
    enum Injection: String, CaseIterable, Sendable {
        case groundStationLinkLoss, manualControlLoss, guidedTimeout, batteryLow, batteryCritical, gnssLoss, estimatorFailure
        case geofenceMaxAltitude, geofenceMaxDistance, geofenceInclusionPolygon, geofenceInclusionCircle,
             geofenceExclusionPolygon, geofenceExclusionCircle
    }

    /// Simulated seconds: the estimator aligns until `armAt`; the operator's own mode change (into
    /// position hold or guided) comes at `operatorAt`, the fault at `faultAt`, on the first leg north.
    static let armAt = 10.0, operatorAt = 22.0, faultAt = 25.0

    /// The documented row for `injection` (docs/FAILSAFES.md, "Failsafes in SITL flights").
    static func documented(_ injection: Injection) -> FailsafeDocument.Row? { FailsafeDocument.shared.rows[injection.rawValue] }

    /// The scenario-file line that injects the fault (nil: the flight itself breaches the fence).
    static func faultLine(_ injection: Injection) -> String? {
        documented(injection)?.fault.map { "at \(faultAt) \($0)" }
    }

    static let scenarioText = """
        name        failsafe-flight
        origin      47.397742 8.545594 488.0
        heading     0
        date        2026.5
        wind        2 270
        turbulence  light
        """

    /// A point `north`/`east` metres from the scenario origin, as a fence or rally item.
    static func item(_ command: MissionCommand, north: Double, east: Double, param1: Float = 0, origin: GeodeticPosition) -> MissionItem {
        var i = SITLFixtures.waypoint(origin, north: north, east: east, altitude: 0, command: command)
        i.param1 = param1
        return i
    }

    static func polygon(_ command: MissionCommand, north: ClosedRange<Double>, east: ClosedRange<Double>,
                        origin: GeodeticPosition) -> [MissionItem] {
        [(north.lowerBound, east.lowerBound), (north.upperBound, east.lowerBound),
         (north.upperBound, east.upperBound), (north.lowerBound, east.upperBound)]
            .map { item(command, north: $0.0, east: $0.1, param1: 4, origin: origin) }
    }

    struct Outcome {
        var events: [CommanderEvent] = []
        var disarmed = false
        var crashed = false
        var touchdownSpeed = 0.0
        var returnTarget: NEDOffset? = nil
        /// Where the vehicle believed it was when the land detector fired (simulator frame).
        var believedAtTouchdown: NEDOffset? = nil
    }

    @Test(arguments: Injection.allCases)
    func failsafeInFlightEndsLandedAndDisarmedWithTheDocumentedEvents(injection: Injection) throws {
        let row = try #require(Self.documented(injection), "docs/FAILSAFES.md has no SITL row for \(injection)")
        let expected = row.events
        #expect(!expected.isEmpty, "docs/FAILSAFES.md: unreadable events for \(injection)")
        var text = Self.scenarioText
        if let line = Self.faultLine(injection) { text += "\n" + line }
        let scenario = try Scenario(fileText: text, file: "failsafe-\(injection.rawValue).scenario")
        var v = try SITLFixtures.vehicle("quad450", scenario: scenario, seed: 21)
        let origin = scenario.origin

        // Takeoff, 80 m north, 60 m east, land: the fault comes on the first leg.
        let altitude: Float = injection == .geofenceMaxAltitude ? 40 : 15
        var mission = MissionPlan(capacity: 4)
        try mission.append(MissionItem(.navTakeoff, altitude: 15))
        try mission.append(SITLFixtures.waypoint(origin, north: 80, east: 0, altitude: altitude))
        try mission.append(SITLFixtures.waypoint(origin, north: 80, east: 60, altitude: 15))
        try mission.append(MissionItem(.navLand))
        var fence: [MissionItem] = []
        switch injection {
        case .geofenceMaxAltitude: try v.stack.setParameter("GF_MAX_VER_DIST", to: .float(30))
        case .geofenceMaxDistance: break
        case .geofenceInclusionPolygon: fence = Self.polygon(.fencePolygonVertexInclusion, north: -40...40, east: -40...40, origin: origin)
        case .geofenceInclusionCircle: fence = [Self.item(.fenceCircleInclusion, north: 0, east: 0, param1: 40, origin: origin)]
        case .geofenceExclusionPolygon: fence = Self.polygon(.fencePolygonVertexExclusion, north: 40...55, east: -10...10, origin: origin)
        case .geofenceExclusionCircle: fence = [Self.item(.fenceCircleExclusion, north: 50, east: 0, param1: 10, origin: origin)]
        default: break
        }
        // A rally point nearer than home when the link drops: the return lands there.
        let rally = NEDOffset(north: 35, east: 25, down: 0)
        var gcs = GroundSide()
        v.run(seconds: Self.armAt) { _ in false }
        // The mission goes first (as `swiftlet fly` uploads it), then the fence it flies through.
        try v.stack.uploadMission(mission)
        if !fence.isEmpty { try v.stack.uploadFence(TestPlans.plan(fence)) }
        if injection == .geofenceMaxDistance { try v.stack.setParameter("GF_MAX_HOR_DIST", to: .float(40)) }
        if injection == .groundStationLinkLoss {
            try v.stack.uploadRally(TestPlans.plan([SITLFixtures.waypoint(origin, north: rally.north, east: rally.east, altitude: 0, command: .rallyPoint)]))
        }
        gcs.feed(&v)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.startMission() == nil)

        var outcome = Outcome()
        var collecting = false
        var operatorActed = false
        let end = Self.armAt + 240
        while v.time.seconds < end && !outcome.disarmed {
            gcs.feed(&v)
            if !operatorActed && v.time.seconds >= Self.operatorAt {
                operatorActed = true
                switch injection {
                case .manualControlLoss: #expect(v.stack.setMode(.positionHold) == nil)
                case .guidedTimeout:
                    let target = v.stack.navigationState.position + Vector3(20, 0, 0)
                    gcs.guidedTarget = target
                    #expect(v.stack.goTo(GuidedTarget(position: target)) == nil)
                default: break
                }
            }
            let wasLanded = v.truth?.landed ?? true
            let before = v.truth?.velocity.z ?? 0
            v.step()
            if let t = v.truth {
                if t.landed && !wasLanded { outcome.touchdownSpeed = max(outcome.touchdownSpeed, Double(before)) }
                if t.crashed { outcome.crashed = true }
            }
            if !collecting && v.time.seconds >= Self.faultAt { collecting = true }
            while let e = v.stack.nextEvent() {
                guard case .commander(let c) = e else { continue }
                // The fence is breached by the flight itself: events count from the takeoff.
                if c == .tookOff && Self.faultLine(injection) == nil { collecting = true }
                if case .disarmed = c { outcome.disarmed = true }
                if c == .landed { outcome.believedAtTouchdown = v.estimatedPositionInSimulatorFrame() }
                if case .modeChanged(.returnToLaunch) = c { outcome.returnTarget = v.simulatorFrame(of: v.stack.navigator.returnState.target) }
                if collecting, c != .tookOff, c != .modeChanged(.positionHold), c != .modeChanged(.guided) {
                    outcome.events.append(c)
                }
            }
        }

        #expect(outcome.disarmed, "\(injection): \(outcome.events)")
        // Motors stopped: the vehicle settles on its gear.
        v.run(seconds: 3) { _ in false }
        if v.truth?.crashed == true { outcome.crashed = true }
        #expect(outcome.events == expected, "\(injection)")
        #expect(!outcome.crashed)
        #expect(outcome.touchdownSpeed < 1.0, "touched down at \(outcome.touchdownSpeed) m/s")
        let truth = try #require(v.truth)
        #expect(truth.landed)
        if !expected.contains(.modeChanged(.land)) {
            let expectedTarget = injection == .groundStationLinkLoss ? rally : NEDOffset(north: 0, east: 0, down: 0)
            let target = try #require(outcome.returnTarget)
            #expect(horizontalDistance(target, expectedTarget) < 1.5, "return target \(target)")
            let believed = try #require(outcome.believedAtTouchdown)
            #expect(horizontalDistance(believed, target) < 0.5, "believes it landed \(horizontalDistance(believed, target)) m from the return target")
            #expect(horizontalDistance(truth.position, expectedTarget) < 3, "landed \(horizontalDistance(truth.position, expectedTarget)) m from it")
        }
    }
}

/// What the ground side sends, as the MAVLink edge would deliver it: a ground-station heartbeat
/// every second and a companion's guided target every 0.1 s while the scenario's link is up, the
/// pilot's centred sticks every 20 ms while manual control is up.
struct GroundSide {
    var guidedTarget: Vector3? = nil
    var nextHeartbeat = 0.0, nextTarget = 0.0, nextSticks = 0.0

    mutating func feed(_ v: inout SITLVehicle) {
        let now = v.time.seconds
        if !v.simulator.isLinkLost {
            if now >= nextHeartbeat { v.stack.groundStationHeartbeat(at: v.time); nextHeartbeat = now + 1 }
            if let target = guidedTarget, now >= nextTarget {
                nextTarget = now + 0.1
                // The companion streams while the vehicle is in guided, and stops once it has left.
                if v.stack.commander.mode == .guided { _ = v.stack.goTo(GuidedTarget(position: target)) }
            }
        }
        if !v.simulator.isManualControlLost && now >= nextSticks {
            v.stack.manualControl(ManualInput(throttle: 0.5), at: v.time)
            nextSticks = now + 0.02
        }
    }
}

enum TestPlans {
    static func plan(_ items: [MissionItem]) throws -> MissionPlan {
        var plan = MissionPlan(capacity: max(1, items.count))
        for i in items { try plan.append(i) }
        return plan
    }
}
