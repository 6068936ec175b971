import MAVLinkDialects
import Testing
@testable import GroundStation

/// `FlightTimer`: flight time is the vehicle's take-off to touchdown, whatever the ground station's
/// own timing.
@Suite struct FlightTimerTests {
    /// Feeds a vehicle's telemetry at 10 Hz from `fromMs` to `toMs` (boot ms) with `state`.
    static func fly(_ t: inout FlightTimer, from fromMs: UInt32, to toMs: UInt32, _ state: MAVLandedState, sendStateEvery: UInt32 = 100) {
        var ms = fromMs
        while ms <= toMs {
            t.vehicleTime(ms)
            if ms % sendStateEvery == 0 { t.landedState(state) }
            ms += 100
        }
    }

    @Test func armedOnTheGroundBeforeTakeOffDoesNotCount() {
        // Two flights alike but for how long the vehicle waited armed for the mission start.
        var seconds: [Double] = []
        for waitMs: UInt32 in [500, 3_900] {
            var t = FlightTimer()
            Self.fly(&t, from: 0, to: 10_000, .onGround)
            t.armed(true)
            Self.fly(&t, from: 10_100, to: 10_000 + waitMs, .onGround)
            let up = 10_100 + waitMs
            Self.fly(&t, from: up, to: up + 1_000, .takeoff)
            Self.fly(&t, from: up + 1_100, to: up + 30_000, .inAir)
            Self.fly(&t, from: up + 30_100, to: up + 36_000, .landing)
            Self.fly(&t, from: up + 36_100, to: up + 38_000, .onGround)  // touched down, disarms later
            t.armed(false)
            Self.fly(&t, from: up + 38_100, to: up + 40_000, .onGround)
            seconds.append(t.seconds)
        }
        #expect(seconds == [36.1, 36.1], "\(seconds)")
    }

    @Test func aTouchAndGoIsFlightTimeAndTheLastTouchdownEndsIt() {
        var t = FlightTimer()
        t.vehicleTime(1_000)
        t.armed(true)
        Self.fly(&t, from: 1_000, to: 2_000, .onGround)
        Self.fly(&t, from: 2_100, to: 12_000, .inAir)
        Self.fly(&t, from: 12_100, to: 13_000, .onGround)
        Self.fly(&t, from: 13_100, to: 20_000, .inAir)
        Self.fly(&t, from: 20_100, to: 25_000, .onGround)
        #expect(t.seconds == 18)
    }

    @Test func aVehicleWithoutALandedStateIsTimedFromArming() {
        var t = FlightTimer()
        #expect(t.seconds == 0)
        t.vehicleTime(4_000)
        #expect(t.seconds == 0)
        t.armed(true)
        t.vehicleTime(4_200)
        t.landedState(.undefined)
        t.vehicleTime(9_200)
        #expect(t.seconds == 5.2)
    }

    @Test func landedStateAtOneHertzTimesToTheSecondAndBootTimeMayWrap() {
        var t = FlightTimer()
        let start = UInt32.max - 5_000
        t.vehicleTime(start)
        t.armed(true)
        t.landedState(.onGround)
        t.vehicleTime(start &+ 1_000)
        t.landedState(.inAir)
        t.vehicleTime(start &+ 11_000)
        t.landedState(.onGround)
        t.vehicleTime(start &+ 12_000)
        #expect(t.seconds == 10)
    }
}
