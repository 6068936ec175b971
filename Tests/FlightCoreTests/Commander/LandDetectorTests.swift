import Testing
@testable import FlightCore

/// The land detector's ground contact (the gear down, landing not yet confirmed) and landed states.
@Suite struct LandDetectorTests {
    static let step: UInt64 = 2500   // 400 Hz, µs

    /// Runs `seconds` of updates with fixed inputs from `start`; the instants ground contact and landed began.
    static func run(_ d: inout LandDetector, from start: inout Tick, seconds: Double, velocity: Vector3, thrust: Float,
                    descent: Float) -> (contact: Double?, landed: Double?) {
        var contact: Double?, landed: Double?
        let t0 = start
        while start.seconds(since: t0) < Float(seconds) {
            let isLanded = d.update(at: start, velocity: velocity, thrust: thrust, armed: true,
                                    descentCommanded: descent > 0.2, descentSpeed: descent)
            if d.groundContact && contact == nil { contact = Double(start.seconds(since: t0)) }
            if isLanded && landed == nil { landed = Double(start.seconds(since: t0)) }
            start = start.advanced(byMicros: step)
        }
        return (contact, landed)
    }

    static func airborne() -> (LandDetector, Tick) {
        var d = LandDetector()
        var t = Tick.zero
        _ = d.update(at: t, velocity: Vector3(0, 0, -1), thrust: 0.6, armed: true)   // climbs away
        t = t.advanced(byMicros: step)
        #expect(!d.isLanded)
        return (d, t)
    }

    @Test func aDescentTheGroundStopsIsGroundContactLongBeforeLanded() {
        var (d, t) = Self.airborne()
        // The estimate has stopped, but the thrust still carries nearly the whole weight.
        let r = Self.run(&d, from: &t, seconds: 3, velocity: Vector3(0.1, 0, 0.05), thrust: 0.48, descent: 0.7)
        #expect(r.contact.map { abs($0 - 0.35) < 0.01 } == true, "after groundContactTime: \(String(describing: r.contact))")
        #expect(r.landed == nil, "thrust near hover is not landed yet")
        // The thrust lets go of the weight: landed after the trigger time, and no longer "in contact".
        let l = Self.run(&d, from: &t, seconds: 2, velocity: .zero, thrust: 0.2, descent: 0.7)
        #expect(l.landed.map { abs($0 - 1.0) < 0.01 } == true, "\(String(describing: l.landed))")
        #expect(d.isLanded && !d.groundContact)
    }

    @Test func aDescentThatMovesOrIsTooSlowToTellIsNotGroundContact() {
        var (d, t) = Self.airborne()
        #expect(Self.run(&d, from: &t, seconds: 2, velocity: Vector3(0, 0, 0.7), thrust: 0.48, descent: 0.7).contact == nil,
                "descending as commanded")
        #expect(Self.run(&d, from: &t, seconds: 2, velocity: Vector3(0, 0, 0.3), thrust: 0.48, descent: 0.4).contact == nil,
                "0.4 m/s commanded is within what counts as not moving: no verdict")
        #expect(Self.run(&d, from: &t, seconds: 2, velocity: Vector3(2, 0, 0.05), thrust: 0.48, descent: 0.7).contact == nil,
                "sliding sideways")
        #expect(Self.run(&d, from: &t, seconds: 2, velocity: Vector3(0, 0, 0.05), thrust: 0.48, descent: 0).contact == nil,
                "holding height")
    }

    @Test func groundContactEndsTheMomentTheVehicleMovesAgain() {
        var (d, t) = Self.airborne()
        #expect(Self.run(&d, from: &t, seconds: 1, velocity: .zero, thrust: 0.48, descent: 0.7).contact != nil)
        _ = d.update(at: t, velocity: Vector3(0, 0, 0.7), thrust: 0.48, armed: true, descentCommanded: true, descentSpeed: 0.7)
        #expect(!d.groundContact && !d.isLanded)
        _ = d.update(at: t.advanced(byMicros: Self.step), velocity: .zero, thrust: 0.48, armed: false)
        #expect(!d.groundContact && d.isLanded, "disarmed")
    }
}
