import Testing
@testable import FlightCore

/// Every failsafe injected in flight (commander + navigator + kinematic vehicle, default
/// configuration): the vehicle ends on the ground, disarmed, without a crash, and the commander's
/// events follow the sequence documented in docs/FAILSAFES.md ("Event sequences").
@Suite struct FailsafeScenarioTests {
    static let mission = [
        TestSite.item(.navTakeoff, north: 0, east: 0, altitude: 10),
        TestSite.item(.navWaypoint, north: 60, east: 0, altitude: 10),
        TestSite.item(.navWaypoint, north: 60, east: 60, altitude: 10),
        TestSite.item(.navLand, north: 60, east: 60, altitude: 0),
    ]

    enum Injection: String, CaseIterable, Sendable {
        case groundStationLinkLoss, manualControlLoss, guidedTimeout, batteryLow, batteryCritical,
             gnssLoss, estimatorFailure, geofenceBreach
    }

    /// Documented event sequence after the injection, per failsafe.
    static func expectedEvents(_ injection: Injection) -> [CommanderEvent] {
        switch injection {
        case .groundStationLinkLoss:
            return [.failsafe(.groundStationLinkLoss, .returnToLaunch), .modeChanged(.returnToLaunch), .landed, .disarmed(.failsafe)]
        case .manualControlLoss:
            return [.failsafe(.manualControlLoss, .returnToLaunch), .modeChanged(.returnToLaunch), .landed, .disarmed(.failsafe)]
        case .guidedTimeout:
            return [.failsafe(.guidedTimeout, .land), .modeChanged(.land), .failsafeCleared(.guidedTimeout), .landed, .disarmed(.landed)]
        case .batteryLow:
            return [.failsafe(.batteryLow, .returnToLaunch), .modeChanged(.returnToLaunch), .landed, .disarmed(.failsafe)]
        case .batteryCritical:
            return [.failsafe(.batteryLow, .land), .failsafe(.batteryCritical, .land), .modeChanged(.land), .landed, .disarmed(.failsafe)]
        case .gnssLoss:
            return [.failsafe(.gnssLoss, .land), .modeChanged(.land), .landed, .disarmed(.failsafe)]
        case .estimatorFailure:
            return [.failsafe(.estimatorFailure, .land), .modeChanged(.land), .landed, .disarmed(.failsafe)]
        case .geofenceBreach:
            return [.failsafe(.geofenceBreach, .returnToLaunch), .modeChanged(.returnToLaunch),
                    .failsafeCleared(.geofenceBreach), .landed, .disarmed(.landed)]
        }
    }

    @Test(arguments: Injection.allCases)
    func failsafeInFlightEndsLandedAndDisarmedWithTheDocumentedEvents(injection: Injection) {
        var flight = KinematicFlight(plan: TestSite.plan(Self.mission))
        flight.arm(in: .mission)
        flight.run(seconds: 60) { $0.vehicle.position.x > 35 }
        #expect(flight.commander.mode == .mission)

        switch injection {
        case .manualControlLoss:
            flight.commander.requestMode(.positionHold, at: flight.time, health: flight.health)
        case .guidedTimeout:
            flight.commander.requestMode(.guided, at: flight.time, health: flight.health)
        default:
            break
        }
        flight.commanderEvents.removeAll()
        let lostAt = flight.time
        let inject: (inout VehicleHealth) -> Void = { h in
            switch injection {
            case .groundStationLinkLoss: h.lastGroundStationContact = lostAt
            case .manualControlLoss: h.lastManualInput = lostAt
            case .guidedTimeout: break
            case .batteryLow: h.batteryRemaining = 0.12
            case .batteryCritical: h.batteryRemaining = 0.05
            case .gnssLoss: h.gnssFix = .noFix
            case .estimatorFailure: h.estimatorHealthy = false
            case .geofenceBreach: h.geofenceBreach = h.navigation.position.horizontalLength > 30 ? .maxDistance : nil
            }
        }
        let disarmed = flight.run(seconds: 300, health: inject) { !$0.commander.isArmed }

        let events = flight.commanderEvents.filter { if case .modeChanged(.positionHold) = $0 { return false }; if case .modeChanged(.guided) = $0 { return false }; return true }
        #expect(disarmed)
        #expect(flight.vehicle.position.z == 0)
        #expect(!flight.commander.isCrashed)
        #expect(events == Self.expectedEvents(injection))
    }
}
