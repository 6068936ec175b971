import Autopilot
import FlightCore
import FlightMath
import Simulation
import Testing

/// A mission interrupted in flight — by a failsafe that later clears, or by the operator's own
/// mode change — resumes from its current item when the operator starts it again: no item is
/// flown twice and none is skipped (docs/FAILSAFES.md row 19, docs/MODES.md `mission`).
@Suite struct MissionResumeFlightTests {
    enum Interruption: String, CaseIterable, Sendable { case linkLossFailsafe, operatorHold }

    @Test(arguments: Interruption.allCases)
    func interruptedMissionResumesFromItsCurrentItem(interruption: Interruption) throws {
        var text = FailsafeFlightTests.scenarioText
        // Heartbeats stop at 26 s; the failsafe fires 10 s later; the link is back at 40 s.
        if interruption == .linkLossFailsafe { text += "\nat 26 link_loss 14" }
        let scenario = try Scenario(fileText: text, file: "resume-\(interruption.rawValue).scenario")
        var v = try SITLFixtures.vehicle("quad450", scenario: scenario, seed: 8)
        let origin = scenario.origin
        var mission = MissionPlan(capacity: 5)
        try mission.append(MissionItem(.navTakeoff, altitude: 15))
        try mission.append(SITLFixtures.waypoint(origin, north: 50, east: 0, altitude: 15))
        try mission.append(SITLFixtures.waypoint(origin, north: 50, east: 60, altitude: 15))
        try mission.append(SITLFixtures.waypoint(origin, north: 0, east: 60, altitude: 15))
        try mission.append(SITLFixtures.waypoint(origin, north: 0, east: 60, altitude: 0, command: .navLand))
        var ground = GroundSide()
        v.run(seconds: 10) { _ in false }
        try v.stack.uploadMission(mission)
        ground.feed(&v)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.startMission() == nil)

        var reached: [Int] = []
        var interruptedAt: Int? = nil, resumedAt: Int? = nil
        var commanderEvents: [CommanderEvent] = []
        var disarmed = false, crashed = false
        while v.time.seconds < 300 && !disarmed {
            ground.feed(&v)
            // The operator: holds on the second leg, or waits for the failsafe to clear; then resumes.
            if interruption == .operatorHold && interruptedAt == nil && reached.contains(1) && v.time.seconds > 34 {
                #expect(v.stack.setMode(.hold) == nil)
            }
            v.step()
            if v.truth?.crashed == true { crashed = true }
            while let e = v.stack.nextEvent() {
                switch e {
                case .navigator(.itemReached(let i)): reached.append(i)
                case .commander(let c):
                    commanderEvents.append(c)
                    if case .disarmed = c { disarmed = true }
                    if c == .modeChanged(.returnToLaunch) || c == .modeChanged(.hold) { interruptedAt = v.stack.navigator.currentItem }
                default: break
                }
            }
            let clear = interruption == .operatorHold ? v.time.seconds > 42 : commanderEvents.contains(.failsafeCleared(.groundStationLinkLoss))
            if let item = interruptedAt, resumedAt == nil, clear {
                #expect(v.stack.navigator.currentItem == item)
                #expect(v.stack.startMission() == nil)
                resumedAt = item
            }
        }

        #expect(interruptedAt == 2, "events: \(commanderEvents)")
        #expect(resumedAt == 2)
        #expect(reached == [0, 1, 2, 3, 4], "events: \(commanderEvents)")
        #expect(disarmed && !crashed)
        #expect(commanderEvents.last == .disarmed(.landed))
        if interruption == .linkLossFailsafe {
            #expect(commanderEvents.contains(.failsafe(.groundStationLinkLoss, .returnToLaunch)))
        }
        // Landed on the land item, 60 m east of home, not at home.
        let believed = try #require(v.estimatedPositionInSimulatorFrame())
        #expect(horizontalDistance(believed, NEDOffset(north: 0, east: 60, down: 0)) < 1)
    }
}
