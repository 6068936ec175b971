import Testing
import FlightCore

@Suite struct MotorFailureDetectorTests {
    /// The rate loop's period, seconds.
    static let dt: Float = 0.0025

    /// Feeds `shares` for `seconds`; returns the first verdict and the time it came, seconds.
    static func feed(_ detector: inout MotorFailureDetector, _ shares: [Float], seconds: Float) -> (motor: Int, after: Float)? {
        var storage = InlineArray<8, Float>(repeating: 0)
        for i in shares.indices { storage[i] = shares[i] }
        var t: Float = 0
        while t < seconds {
            t += dt
            if let m = detector.update(shares: storage.span, count: shares.count, dt: dt) { return (m, t) }
        }
        return nil
    }

    @Test func aMotorHeldAtFullWhileTheOthersHaveHeadroomIsFoundWithinASecond() throws {
        var d = MotorFailureDetector()
        #expect(Self.feed(&d, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], seconds: 5) == nil)   // hover
        let verdict = try #require(Self.feed(&d, [0.5, 0.3, 0.55, 0.8, 1, 0.55], seconds: 3))
        #expect(verdict.motor == 4)
        #expect(verdict.after > 0.5 && verdict.after < 1.2, "found after \(verdict.after) s")
        #expect(d.failedMotor == 4)
        // The verdict latches: it is reported once.
        #expect(Self.feed(&d, [1, 0.3, 0.3, 0.3, 0.3, 0.3], seconds: 3) == nil)
        #expect(d.failedMotor == 4)
        d.reset()
        #expect(d.failedMotor == nil)
    }

    @Test func allMotorsAtFullIsAClimbNotAFailure() {
        var d = MotorFailureDetector()
        #expect(Self.feed(&d, [1, 1, 1, 1, 1, 0.95], seconds: 5) == nil)
    }

    @Test func aShortManoeuvreThatSaturatesOneMotorIsNotAFailure() {
        var d = MotorFailureDetector()
        _ = Self.feed(&d, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], seconds: 3)
        #expect(Self.feed(&d, [1, 0.1, 0.6, 0.4, 0.7, 0.3], seconds: 0.4) == nil)
        #expect(Self.feed(&d, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], seconds: 3) == nil)
    }

    @Test func aDetectedHexaMotorIsTakenOutOfTheAllocationAndReportedOnce() throws {
        var g = MulticopterControlTests.gains
        g.mixer.geometry = .hexaX
        g.mixer.handlesMotorFailure = true
        g.mixer.spoolUpTime = 0
        var control = try MulticopterControl(gains: g)
        // A large sustained roll-left rate demand keeps the right-hand motor 1 at full.
        let target = ControlTarget.rates(RateSetpoint(rates: Vector3(-20, 0, 0), thrust: 0.5))
        var time = Tick.zero
        var reported: [Int] = []
        for _ in 0..<800 {
            _ = control.step(time: time, state: MulticopterControlTests.level, target: target, armed: true)
            if let m = control.takeMotorFailure() { reported.append(m) }
            time = time.advanced(byMicros: 2500)
        }
        #expect(reported == [0])
        #expect(control.mixer.failedMotor == 0)
        #expect(control.motorFailureDetector.failedMotor == 0)
        // Landing and disarming does not bring the motor back (until a reboot).
        _ = control.step(time: time, state: MulticopterControlTests.level, target: target, armed: false)
        #expect(control.mixer.failedMotor == 0)
        #expect(control.motorFailureDetector.failedMotor == 0)
    }

    @Test func withoutFailureHandlingTheAllocationStays() throws {
        var g = MulticopterControlTests.gains
        g.mixer.geometry = .hexaX
        g.mixer.spoolUpTime = 0
        var control = try MulticopterControl(gains: g)
        let target = ControlTarget.rates(RateSetpoint(rates: Vector3(-20, 0, 0), thrust: 0.5))
        var time = Tick.zero
        for _ in 0..<800 {
            _ = control.step(time: time, state: MulticopterControlTests.level, target: target, armed: true)
            time = time.advanced(byMicros: 2500)
        }
        #expect(control.takeMotorFailure() == nil)
        #expect(control.mixer.failedMotor == nil)
    }
}
