import Autopilot
@testable import FlightCore
import FlightMath
import Simulation
import Testing

/// `Missions/every-item.plan` (every item type a Swiftlet mission holds, except LOITER_UNLIM,
/// which never ends by itself) flown by the real flight stack in the 6-DoF simulator, seeded and
/// in lockstep. Unsupported items are refused at upload in
/// `MissionValidationTests.planValidationReportsTheExactReason` (FlightCore: unknown command, fence
/// vertex, rally point → `MAV_MISSION_UNSUPPORTED`); `MissionServerTests` shows a refused upload's
/// MISSION_ACK over the link (VehicleServices).
@Suite struct AllItemsMissionTests {
    /// Items 5…7 (B, C, the jump) run twice: DO_JUMP to item 5 with one repeat.
    static let expectedOrder = [0, 1, 2, 3, 4, 5, 6, 7, 5, 6, 7, 8, 9, 10, 11, 12, 13]

    struct Timeline {
        var reachedAt: [(item: Int, seconds: Double)] = []
        var maxSpeed = 0.0
        var maxOrbitRadiusError = 0.0
        var homeChanges = 0
        func seconds(ofReach index: Int, occurrence: Int = 0) -> Double? {
            reachedAt.filter { $0.item == index }.dropFirst(occurrence).first?.seconds
        }
    }

    @Test func everyItemPlanCompletesInOrderAndReturnsToTheNewHome() throws {
        let plan = try BundledPlan("every-item.plan")
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 11, origin: plan.home)
        v.run(seconds: 10)
        try plan.upload(to: &v)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.startMission() == nil)

        let origin = v.simulator.scenario.origin
        let plane = LocalTangentPlane(origin: origin)
        let orbitItem = plan.mission[11]
        let orbitCenter = plane.ned(of: orbitItem.geodetic(altitude: origin.altitude))
        var timeline = Timeline()
        let r = v.fly(seconds: 300, observe: { vehicle, event in
            let t = vehicle.time.seconds
            if case .navigator(.itemReached(let i)) = event { timeline.reachedAt.append((i, t)) }
            if case .navigator(.homeChanged) = event { timeline.homeChanges += 1 }
        }, sample: { vehicle in
            guard let truth = vehicle.truth else { return }
            timeline.maxSpeed = max(timeline.maxSpeed, (truth.velocity.x * truth.velocity.x + truth.velocity.y * truth.velocity.y).squareRoot().double)
            if vehicle.stack.navigator.currentItem == 11, vehicle.stack.navigator.itemPhase == .orbiting,
               let believed = vehicle.estimatedPositionInSimulatorFrame() {
                let d = horizontalDistance(believed, orbitCenter)
                timeline.maxOrbitRadiusError = max(timeline.maxOrbitRadiusError, abs(d - Double(orbitItem.param3)))
            }
        })

        #expect(r.reached == Self.expectedOrder, "events: \(r.events)")
        #expect(r.finished)
        #expect(r.disarmed)
        #expect(r.events.last == FlightStackEvent.commander(.disarmed(.landed)), "events: \(r.events)")
        #expect(!r.crashed)
        #expect(timeline.homeChanges == 1)
        // Holds and delays last at least as long as the items say.
        let hold = try #require(timeline.seconds(ofReach: 6)).distance(to: try #require(timeline.seconds(ofReach: 7)))
        #expect(hold >= 3, "LOITER_TIME held \(hold) s")
        let condition = try #require(timeline.seconds(ofReach: 7, occurrence: 1)).distance(to: try #require(timeline.seconds(ofReach: 8)))
        #expect(condition >= 2, "CONDITION_DELAY waited \(condition) s")
        let delay = try #require(timeline.seconds(ofReach: 8)).distance(to: try #require(timeline.seconds(ofReach: 9)))
        #expect(delay >= 2, "NAV_DELAY waited \(delay) s")
        // DO_CHANGE_SPEED 7 m/s lifted the 5 m/s cruise on the legs it covered, never beyond it.
        #expect(timeline.maxSpeed > 5.5 && timeline.maxSpeed < 7.7, "max ground speed \(timeline.maxSpeed) m/s")
        // LOITER_TURNS: radius 4 m held within a metre, as the vehicle believes.
        #expect(timeline.maxOrbitRadiusError < 1.5, "orbit radius error \(timeline.maxOrbitRadiusError) m")

        // RTL to the home DO_SET_HOME moved 10 m south: on target as the vehicle believes, and
        // truly within the GNSS error.
        let newHome = plane.ned(of: plan.mission[12].geodetic(altitude: origin.altitude))
        let believed = try #require(v.estimatedPositionInSimulatorFrame())
        #expect(horizontalDistance(believed, newHome) < 0.5, "believes it landed \(horizontalDistance(believed, newHome)) m from the new home")
        let truth = try #require(v.truth)
        #expect(horizontalDistance(truth.position, newHome) < 3, "landed \(horizontalDistance(truth.position, newHome)) m from the new home")
        #expect(truth.landed)
    }

    /// LOITER_UNLIM holds until the current item is changed (MISSION_SET_CURRENT).
    @Test func loiterUnlimitedHoldsUntilTheCurrentItemIsChanged() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 5)
        let origin = v.simulator.scenario.origin
        v.run(seconds: 10)
        var plan = MissionPlan(capacity: 4)
        try plan.append(MissionItem(.navTakeoff, altitude: 10))
        try plan.append(SITLFixtures.waypoint(origin, north: 15, east: 10, altitude: 10, command: .navLoiterUnlimited))
        try plan.append(MissionItem(.navLand))
        try v.stack.uploadMission(plan)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.startMission() == nil)

        let toLoiter = v.fly(seconds: 60) { $0.reached.contains(1) }
        #expect(toLoiter.reached == [0, 1])
        let holding = v.fly(seconds: 20)
        #expect(holding.reached.isEmpty && !holding.disarmed)
        #expect(v.stack.navigator.currentItem == 1)
        let here = try #require(v.truth).position
        #expect(horizontalDistance(here, NEDOffset(north: 15, east: 10, down: 0)) < 3)

        let changed = v.stack.setCurrentMissionItem(2)
        #expect(changed)
        let landing = v.fly(seconds: 60)
        #expect(landing.reached == [2] && landing.finished && landing.disarmed, "events: \(landing.events)")
        #expect(!landing.crashed)
    }
}

extension Float { var double: Double { Double(self) } }
