import Testing
@testable import FlightMath

/// Amplitude of a biquad's steady-state response to a unit sine at `frequencyHz`.
private func steadyAmplitude(_ filter: Biquad, frequencyHz: Float, sampleRateHz: Float) -> Float {
    var f = filter
    var peak: Float = 0
    let n = Int(sampleRateHz * 2)
    for i in 0..<n {
        let t = Float(i) / sampleRateHz
        let y = f.apply(Math.sin(2 * .pi * frequencyHz * t))
        if i > n / 2 { peak = max(peak, abs(y)) }
    }
    return peak
}

@Suite struct FiltersTests {
    @Test func firstOrderLowPassReachesSixtyThreePercentAfterOneTimeConstant() {
        let cutoff: Float = 5
        var lpf = FirstOrderLowPass(cutoffHz: cutoff)
        lpf.reset(to: 0)
        let tau = 1 / (2 * Float.pi * cutoff)
        let dt: Float = 0.0001
        var y: Float = 0
        for _ in 0..<Int((tau / dt).rounded()) { y = lpf.apply(1, dt: dt) }
        #expect(abs(y - 0.632) / 0.632 < 0.01)
    }

    @Test func firstOrderLowPassWithZeroCutoffPassesThrough() {
        var lpf = FirstOrderLowPass(cutoffHz: 0)
        #expect(lpf.apply(3, dt: 0.01) == 3)
        #expect(lpf.apply(-2, dt: 0.01) == -2)
    }

    @Test func biquadLowPassHasUnitDcGainAndMinusThreeDecibelsAtCutoff() {
        let fs: Float = 1000, fc: Float = 50
        let lpf = Biquad.lowPass(cutoffHz: fc, sampleRateHz: fs)
        var dc = lpf
        var y: Float = 0
        for _ in 0..<2000 { y = dc.apply(1) }
        #expect(abs(y - 1) < 1e-4)
        let atCutoff = steadyAmplitude(lpf, frequencyHz: fc, sampleRateHz: fs)
        #expect(abs(atCutoff - 0.7071) / 0.7071 < 0.03)
        let decadeAbove = steadyAmplitude(lpf, frequencyHz: 10 * fc / 2, sampleRateHz: fs)  // 250 Hz
        #expect(decadeAbove < 0.08)
    }

    @Test func notchRemovesItsCentreFrequencyAndPassesOthers() {
        let fs: Float = 1000
        let notch = Biquad.notch(centerHz: 120, bandwidthHz: 20, sampleRateHz: fs)
        #expect(steadyAmplitude(notch, frequencyHz: 120, sampleRateHz: fs) < 0.02)
        #expect(abs(steadyAmplitude(notch, frequencyHz: 20, sampleRateHz: fs) - 1) < 0.03)
    }

    @Test func biquadResetStartsAtSteadyState() {
        var lpf = Biquad.lowPass(cutoffHz: 30, sampleRateHz: 400)
        lpf.reset(to: 2.5)
        #expect(abs(lpf.apply(2.5) - 2.5) / 2.5 < 1e-5)
    }

    @Test func slewRateLimiterMovesAtMostRateTimesStep() {
        var limiter = SlewRateLimiter(maxRate: 2, initial: 0)
        #expect(abs(limiter.apply(10, dt: 0.1) - 0.2) < 1e-6)
        #expect(abs(limiter.apply(-10, dt: 0.05) - 0.1) < 1e-6)
        #expect(limiter.apply(0.1, dt: 1) == 0.1)
    }
}

@Suite struct AnglesTests {
    @Test func wrapPiMapsIntoHalfOpenInterval() {
        #expect(abs(Angles.wrapPi(3 * .pi / 2) - (-.pi / 2)) < 1e-5)
        #expect(abs(Angles.wrapPi(-3 * .pi / 2) - (.pi / 2)) < 1e-5)
        #expect(Angles.wrapPi(.pi) == -.pi)
        #expect(abs(Angles.wrapPi(7 * .pi + 0.25) - (-.pi + 0.25)) < 1e-4)
        #expect(Angles.wrapPi(0.3) == 0.3)
    }

    @Test func degreesAndRadiansRoundTrip() {
        #expect(abs(Angles.radians(degrees: Float(180)) - .pi) < 1e-6)
        #expect(abs(Angles.degrees(radians: Angles.radians(degrees: Float(37.5))) - 37.5) < 1e-4)
    }

    @Test func constrainClampsToBounds() {
        #expect(constrain(5, 0, 3) == 3)
        #expect(constrain(Float(-1), 0, 3) == 0)
        #expect(Float(2).constrained(to: 0...1) == 1)
        #expect(Vector3(2, -3, 0.5).constrained(magnitudes: Vector3(1, 1, 1)) == Vector3(1, -1, 0.5))
    }
}
