import Autopilot
import FlightCore
import FlightMath
import MAVLink
import MAVLinkDialects
import Simulation
import Testing
import VehicleServices

/// `SET_ATTITUDE_TARGET` end to end: a companion computer's MAVLink frames through the vehicle
/// services into the real flight stack flying the simulated vehicle in lockstep.
@Suite struct AttitudeTargetFlightTests {
    /// The vehicle, its MAVLink link and a companion computer's encoder, stepped together: every
    /// 5 ms of simulated time the link handles what the companion sent and the vehicle model updates.
    struct Rig {
        var v: SITLVehicle
        var link = VehicleLink()
        var outbox = Outbox()
        var companion = MAVLinkEncoder(systemID: 1, componentID: 191)
        var events: [FlightStackEvent] = []
        let unixAtBoot: UInt64 = 1_767_225_600_000_000

        init() throws { v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 3) }

        /// Steps `seconds`; `target` (when given) is sent every 50 ms (20 Hz, as a companion streams).
        mutating func run(seconds: Double, sending target: SetAttitudeTarget? = nil) {
            let end = v.simulator.timeMicros + UInt64(seconds * 1e6)
            var nextSend = v.simulator.timeMicros
            while v.simulator.timeMicros < end {
                for _ in 0..<5 { v.step() }
                let now = v.time
                v.model.update(at: now)
                while let e = v.model.nextEvent() { events.append(e) }
                let unix = unixAtBoot + now.micros
                if let target, now.micros >= nextSend {
                    nextSend += 50_000
                    var m = target
                    m.timeBootMs = UInt32(now.micros / 1000)
                    let frame = try! companion.frame(m, unixMicros: unix)
                    link.receive(frame, at: now, unixMicros: unix, vehicle: &v.model, into: &outbox)
                }
                link.poll(at: now, unixMicros: unix, vehicle: &v.model, into: &outbox)
                outbox.removeAll()
            }
        }

        var truth: Truth { v.truth! }
        /// Pitch of the true attitude, radians (positive nose up).
        var pitch: Float { EulerAngles(truth.attitude).pitch }
        var heading: Float { Navigator.heading(of: truth.attitude) }
        var altitude: Double { -truth.position.down }
    }

    /// A level-flight quaternion with pitch `pitch` (radians, nose up positive) and heading 0.
    static func pitched(_ pitch: Float) -> FixedArray<4, Float> { FixedArray([Math.cos(pitch / 2), 0, Math.sin(pitch / 2), 0], fill: 0) }

    @Test func attitudeTargetTiltsTheVehicleItFliesThatWayAndTheTimeoutLandsIt() throws {
        var rig = try Rig()
        rig.run(seconds: 10)
        let failures = rig.v.stack.arm()
        #expect(failures.isEmpty)
        let denial = rig.v.stack.takeoff(altitude: 10)
        #expect(denial == nil)
        rig.run(seconds: 15)
        #expect(abs(rig.altitude - 10) < 1.5, "took off to \(rig.altitude) m")
        let hover = rig.v.stack.control.rateSetpoint.thrust
        let start = rig.truth.position

        // Nose 10° down, heading north, thrust for level flight; body rates ignored (1|2|4).
        let tilt: Float = 10 * .pi / 180
        let forward = SetAttitudeTarget(targetSystem: 1, targetComponent: 1, typeMask: AttitudeTargetTypemask(rawValue: 1 | 2 | 4),
                                        q: Self.pitched(-tilt), thrust: hover / Math.cos(tilt))
        rig.run(seconds: 4, sending: forward)
        #expect(rig.v.stack.commander.mode == .guided)
        #expect(abs(rig.pitch + tilt) < 2 * .pi / 180, "pitch \(rig.pitch * 180 / .pi)° for a −10° target")
        let moved = rig.truth.position
        #expect(moved.north - start.north > 5, "flew \(moved.north - start.north) m north")
        #expect(abs(moved.east - start.east) < 2, "drifted \(moved.east - start.east) m east")
        #expect(rig.truth.velocity.x > 2, "north speed \(rig.truth.velocity.x) m/s")
        #expect(abs(rig.altitude - 10) < 3, "held height roughly: \(rig.altitude) m")

        // Yaw rate only (attitude ignored: 128), roll/pitch rates zero: the heading turns.
        let headingBefore = rig.heading
        let turn = SetAttitudeTarget(targetSystem: 1, targetComponent: 1, typeMask: AttitudeTargetTypemask(rawValue: 128),
                                     q: Self.pitched(0), bodyRollRate: 0, bodyPitchRate: 0, bodyYawRate: 0.5, thrust: hover)
        rig.run(seconds: 2, sending: turn)
        var turned = rig.heading - headingBefore
        if turned < -.pi { turned += 2 * .pi }
        #expect(abs(turned - 1) < 0.3, "turned \(turned) rad at 0.5 rad/s for 2 s")

        // The companion goes silent: COM_OF_LOSS_T (1 s) later the guided timeout lands the vehicle
        // where it is (not back at the hold point it had before the attitude targets).
        let silentAt = rig.truth.position
        rig.events.removeAll()
        rig.run(seconds: 40)
        let commander = rig.events.compactMap { e -> CommanderEvent? in if case .commander(let c) = e { return c } else { return nil } }
        #expect(commander.first == .failsafe(.guidedTimeout, .land), "\(commander)")
        #expect(commander.contains(.modeChanged(.land)))
        #expect(commander.contains(.landed))
        #expect(!rig.v.stack.commander.isArmed)
        #expect(rig.truth.landed && !rig.truth.crashed)
        let landedAt = rig.truth.position
        #expect(horizontalDistance(landedAt, silentAt) < 8, "landed \(horizontalDistance(landedAt, silentAt)) m from where targets stopped")
        #expect(landedAt.north - start.north > 5, "landed \(landedAt.north - start.north) m north of the start")
    }

    @Test func aQuaternionThatIsNotARotationIsRefused() throws {
        var rig = try Rig()
        rig.run(seconds: 10)
        let bad = AttitudeTarget(attitude: Quaternion(w: 2, x: 0, y: 0, z: 0), bodyRate: .nan, thrust: 0.5)
        let time = rig.v.time
        let acceptedBad = rig.v.model.setAttitudeTarget(bad, at: time)
        #expect(!acceptedBad)
        let none = AttitudeTarget(attitude: nil, bodyRate: .nan, thrust: 0.5)
        let acceptedNone = rig.v.model.setAttitudeTarget(none, at: time)
        #expect(!acceptedNone, "neither attitude nor rates")
        #expect(rig.v.stack.commander.mode != .guided)
    }
}
