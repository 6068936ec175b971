@testable import FlightCore

/// A commander on a test bench: healthy inputs by default, time stepped at 10 Hz, events recorded.
struct CommanderBench {
    var commander: Commander
    var time = Tick(micros: 5_000_000)
    var health: VehicleHealth
    var events: [CommanderEvent] = []

    init(config: CommanderConfig = CommanderConfig(), mode: FlightMode = .hold) {
        commander = Commander(config: config, mode: mode)
        health = VehicleHealth(navigation: NavigationState(origin: TestSite.origin, validity: .all),
                               estimatorHealthy: true, gnssFix: .fix3D, batteryRemaining: 0.8, sensorsHealthy: true,
                               thrust: 0, missionReady: true, home: .zero)
        health.lastGroundStationContact = time
        health.lastManualInput = time
        health.lastGnss = time
    }

    /// Health as of now: links fresh unless `adjust` says otherwise.
    func current(_ adjust: (inout VehicleHealth) -> Void) -> VehicleHealth {
        var h = health
        h.lastGroundStationContact = time; h.lastManualInput = time; h.lastGnss = time
        adjust(&h)
        return h
    }

    mutating func drain() { while let e = commander.nextEvent() { events.append(e) } }

    /// Steps for `seconds` at 10 Hz with `adjust` applied to the healthy inputs each step.
    mutating func advance(seconds: Float, _ adjust: (inout VehicleHealth) -> Void = { _ in }) {
        for _ in 0..<Int((seconds * 10).rounded()) {
            time = time.advanced(byMicros: 100_000)
            commander.step(at: time, health: current(adjust))
            drain()
        }
    }

    @discardableResult
    mutating func arm(_ adjust: (inout VehicleHealth) -> Void = { _ in }) -> PreArmFailures {
        let failures = commander.requestArm(at: time, health: current(adjust)); drain(); return failures
    }

    @discardableResult
    mutating func requestMode(_ mode: FlightMode, _ adjust: (inout VehicleHealth) -> Void = { _ in }) -> ModeDenial? {
        let denial = commander.requestMode(mode, at: time, health: current(adjust)); drain(); return denial
    }

    /// Arms in `mode` and climbs (thrust up, 1 m/s up) until the land detector says airborne, then hovers.
    mutating func armAndTakeOff(in mode: FlightMode = .mission) {
        requestMode(mode)
        arm()
        health.thrust = 0.5
        health.navigation.velocity = Vector3(0, 0, -1)
        advance(seconds: 0.5)
        health.navigation.velocity = .zero
        health.navigation.position = Vector3(0, 0, -10)
        events.removeAll()
    }

    /// Touches down: thrust low, no motion.
    mutating func touchDown() {
        health.thrust = 0.1; health.navigation.velocity = .zero; health.navigation.position = .zero
    }
}
