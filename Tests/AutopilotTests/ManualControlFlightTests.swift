import Autopilot
import FlightCore
import FlightMath
import MAVLink
import MAVLinkDialects
import Simulation
import Testing
import VehicleServices

/// A pilot flying position mode with MANUAL_CONTROL through the vehicle's real MAVLink services
/// (encoded, parsed, `VehicleLink.receive`, `FlightStackVehicle`, `FlightStack.manualControl`),
/// in process with the 6-DoF simulator in lockstep; then the sticks stop and the
/// manual-control-loss failsafe acts as docs/FAILSAFES.md documents.
@Suite struct ManualControlFlightTests {
    /// The ground side of one MAVLink link: frames encoded as a joystick-capable ground station
    /// (QGroundControl, MAVSDK's ManualControl) sends them, round-tripped through the parser.
    struct Pilot {
        var link = VehicleLink()
        var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
        var outbox = Outbox()
        var nextHeartbeat = 0.0

        mutating func send<M: MAVLinkMessage>(_ message: M, to v: inout SITLVehicle) throws {
            let frame = try encoder.frame(message)
            var parser = MAVLinkParser<Common>()
            var frames: [MAVLinkFrame] = []
            frame.bytes.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } }
            for f in frames { link.receive(f, at: v.time, unixMicros: 0, vehicle: &v.model, into: &outbox) }
            outbox.removeAll()
        }

        /// Sticks as MANUAL_CONTROL: x pitch, y roll, r yaw (−1000…1000), z throttle (0…1000, 500 centre).
        /// The ground station's heartbeat, once a second (it keeps coming when the sticks stop).
        mutating func heartbeat(to v: inout SITLVehicle) throws {
            guard v.time.seconds >= nextHeartbeat else { return }
            nextHeartbeat = v.time.seconds + 1
            try send(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8)), to: &v)
        }

        mutating func sticks(x: Int16 = 0, y: Int16 = 0, z: Int16 = 500, r: Int16 = 0, to v: inout SITLVehicle) throws {
            try send(MAVLinkDialects.ManualControl(target: 1, x: x, y: y, z: z, r: r), to: &v)
        }
    }

    /// Flies `seconds` with the ground station's heartbeat every second and the pilot's `sticks`
    /// every 20 ms (nil: the sticks are silent), collecting commander events.
    static func fly(_ v: inout SITLVehicle, _ pilot: inout Pilot, seconds: Double,
                    sticks: (x: Int16, y: Int16, z: Int16, r: Int16)?, events: inout [CommanderEvent],
                    until stop: (borrowing SITLVehicle) -> Bool = { _ in false }) throws {
        let end = v.time.seconds + seconds
        var next = v.time.seconds, nextService = v.time.seconds
        while v.time.seconds < end {
            try pilot.heartbeat(to: &v)
            if let s = sticks, v.time.seconds >= next {
                next += 0.02
                try pilot.sticks(x: s.x, y: s.y, z: s.z, r: s.r, to: &v)
            }
            v.step()
            // As `SITLRuntime` does every 5 ms: the vehicle drains the stack's events, the link polls.
            if v.time.seconds >= nextService {
                nextService += 0.005
                v.model.update(at: v.time)
                pilot.link.poll(at: v.time, unixMicros: 0, vehicle: &v.model, into: &pilot.outbox)
                pilot.outbox.removeAll()
                while let e = v.model.nextEvent() { if case .commander(let c) = e { events.append(c) } }
            }
            if stop(v) {
                // The events of the steps since the last 5 ms poll (the disarm may be among them).
                v.model.update(at: v.time)
                while let e = v.model.nextEvent() { if case .commander(let c) = e { events.append(c) } }
                return
            }
        }
    }

    @Test func positionModeFliesTheSticksFromManualControlAndTheirSilenceReturnsHome() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 4)
        var pilot = Pilot()
        var events: [CommanderEvent] = []
        let centre: (x: Int16, y: Int16, z: Int16, r: Int16) = (0, 0, 500, 0)
        try Self.fly(&v, &pilot, seconds: 10, sticks: centre, events: &events)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.takeoff(altitude: 10) == nil)
        try Self.fly(&v, &pilot, seconds: 15, sticks: centre, events: &events)
        #expect(v.stack.setMode(.positionHold) == nil)
        try Self.fly(&v, &pilot, seconds: 3, sticks: centre, events: &events)
        let start = try #require(v.truth)
        #expect(start.position.down < -8, "took off to \(-start.position.down) m")

        // Pitch stick forward: the vehicle flies north (nose north), and stops when it is centred.
        try Self.fly(&v, &pilot, seconds: 4, sticks: (500, 0, 500, 0), events: &events)
        let forward = try #require(v.truth)
        #expect(forward.velocity.x > 2, "north speed \(forward.velocity.x) m/s with the stick forward")
        try Self.fly(&v, &pilot, seconds: 4, sticks: centre, events: &events)
        let stopped = try #require(v.truth)
        #expect(stopped.position.north - start.position.north > 8, "moved \(stopped.position.north - start.position.north) m north")
        #expect(abs(stopped.position.east - start.position.east) < 2)
        #expect(stopped.velocity.length < 0.5, "still moving at \(stopped.velocity.length) m/s with centred sticks")

        // Roll stick right: east.
        try Self.fly(&v, &pilot, seconds: 4, sticks: (0, 500, 500, 0), events: &events)
        try Self.fly(&v, &pilot, seconds: 4, sticks: centre, events: &events)
        let east = try #require(v.truth)
        #expect(east.position.east - stopped.position.east > 8, "moved \(east.position.east - stopped.position.east) m east")
        #expect(abs(east.position.north - stopped.position.north) < 2)

        // Throttle up: climbs; centred: holds the new altitude.
        try Self.fly(&v, &pilot, seconds: 3, sticks: (0, 0, 900, 0), events: &events)
        try Self.fly(&v, &pilot, seconds: 2, sticks: centre, events: &events)
        let climbed = try #require(v.truth)
        #expect(east.position.down - climbed.position.down > 3, "climbed \(east.position.down - climbed.position.down) m")

        // Yaw stick right: turns clockwise.
        let headingBefore = EulerAngles(climbed.attitude).yaw
        try Self.fly(&v, &pilot, seconds: 1, sticks: (0, 0, 500, 500), events: &events)
        try Self.fly(&v, &pilot, seconds: 1, sticks: centre, events: &events)
        let turned = Angles.wrapPi(EulerAngles(try #require(v.truth).attitude).yaw - headingBefore)
        #expect(turned > 0.5, "turned \(turned) rad")
        #expect(!events.contains { if case .failsafe = $0 { return true } else { return false } }, "\(events)")

        // The pilot's sticks stop: manual-control loss → return home, land, disarm (docs/FAILSAFES.md).
        events.removeAll()
        try Self.fly(&v, &pilot, seconds: 120, sticks: nil, events: &events) { v in !v.stack.commander.isArmed }
        #expect(events == FailsafeDocument.shared.rows["manualControlLoss"]?.events, "\(events)")
        let end = try #require(v.truth)
        #expect(end.landed && !end.crashed)
        #expect(horizontalDistance(end.position, NEDOffset(north: 0, east: 0, down: 0)) < 3, "landed \(horizontalDistance(end.position, NEDOffset(north: 0, east: 0, down: 0))) m from home")
    }
}
