import Testing
@testable import FlightCore

@Suite struct JerkLimitedProfileTests {
    static let cruise: Float = 6, accel: Float = 3, jerk: Float = 8, dt: Float = 0.02

    struct Run { var steps = 0; var maxSpeed: Float = 0; var maxAccel: Float = 0; var maxJerk: Float = 0; var final = JerkLimitedProfile() }

    static func fly(length: Float, initialSpeed: Float = 0, endSpeed: Float = 0) -> Run {
        var p = JerkLimitedProfile(initialSpeed: initialSpeed)
        var run = Run()
        var lastAccel: Float = 0
        while !p.isComplete(length: length) && run.steps < 10_000 {
            p.step(dt: dt, length: length, cruiseSpeed: cruise, endSpeed: endSpeed, maxAcceleration: accel, maxJerk: jerk)
            run.maxSpeed = max(run.maxSpeed, p.speed)
            run.maxAccel = max(run.maxAccel, abs(p.acceleration))
            run.maxJerk = max(run.maxJerk, abs(p.acceleration - lastAccel) / dt)
            lastAccel = p.acceleration
            run.steps += 1
        }
        run.final = p
        return run
    }

    @Test(arguments: [0.05, 0.5, 3, 10, 100] as [Float])
    func restToRestStaysWithinSpeedAccelerationAndJerkLimits(length: Float) {
        let run = Self.fly(length: length)
        #expect(run.final.isComplete(length: length))
        #expect(run.final.distance <= length)
        #expect(run.final.speed < 0.05)
        #expect(run.maxSpeed <= Self.cruise * 1.001)
        #expect(run.maxAccel <= Self.accel * 1.001)
        #expect(run.maxJerk <= Self.jerk * 1.001)
    }

    @Test func longSegmentTakesCloseToTheTimeOptimalDuration() {
        let length: Float = 100
        let run = Self.fly(length: length)
        // Time-optimal rest-to-rest: cruise time plus one acceleration phase (v/a + a/j).
        let optimal = length / Self.cruise + Self.cruise / Self.accel + Self.accel / Self.jerk
        let seconds = Float(run.steps) * Self.dt
        #expect(seconds >= optimal * 0.98)
        #expect(seconds <= optimal * 1.05)
    }

    @Test func carriedSpeedIsShedBeforeTheEnd() {
        let run = Self.fly(length: 20, initialSpeed: 6)
        #expect(run.final.speed < 0.05)
        #expect(run.maxJerk <= Self.jerk * 1.001)
    }

    @Test func passThroughArrivesAtTheEndSpeed() {
        let run = Self.fly(length: 20, endSpeed: 3)
        #expect(abs(run.final.speed - 3) < 0.05 * 3)
        #expect(run.maxJerk <= Self.jerk * 1.001)
    }

    @Test func brakingDistanceAgreesWithAJerkLimitedStop() {
        // Closed form against a fine numerical integration of the same manoeuvre (6 m/s, a = 0).
        let predicted = JerkLimitedProfile.braking(speed: 6, acceleration: 0, maxDeceleration: Self.accel, jerk: Self.jerk)
        var v: Double = 6, a: Double = 0, s: Double = 0
        let h = 1e-4, j = Double(Self.jerk), limit = Double(Self.accel)
        let rampSpeed = limit * limit / (2 * j)
        while v > 0 {
            if v > rampSpeed { a = max(-limit, a - j * h) } else { a = min(0, a + j * h) }
            v += a * h; s += max(0, v) * h
        }
        #expect(abs(Double(predicted.distance) - s) / s < 0.02)
    }
}
