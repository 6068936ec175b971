import Testing
import FlightCore

@Suite struct ControlSchedulerTests {
    static func pattern(_ scheduler: inout ControlScheduler, ticks: Int, periodMicros: UInt64) -> (attitude: Int, position: Int) {
        var attitude = 0, position = 0
        for k in 0..<ticks {
            let loops = scheduler.next(Tick(micros: UInt64(k) * periodMicros))
            if loops.attitudeDt != nil { attitude += 1 }
            if loops.positionDt != nil { position += 1 }
        }
        return (attitude, position)
    }

    @Test func at400HzAttitudeRunsEveryTickAndPositionAtFiftyHertz() {
        var s = ControlScheduler(rates: ControlLoopRates(rateHz: 400, attitudeHz: 250, positionHz: 50))
        let counts = Self.pattern(&s, ticks: 400, periodMicros: 2500)
        #expect(counts.attitude == 400)
        #expect(counts.position == 50)
    }

    @Test func at1kHzAttitudeRunsAt250HzAndPositionAt50Hz() {
        var s = ControlScheduler(rates: ControlLoopRates(rateHz: 1000, attitudeHz: 250, positionHz: 50))
        let counts = Self.pattern(&s, ticks: 1000, periodMicros: 1000)
        #expect(counts.attitude == 250)
        #expect(counts.position == 50)
    }

    @Test func jitterAndLateTicksAreMeasured() {
        var s = ControlScheduler(rates: ControlLoopRates(rateHz: 400))
        let times: [UInt64] = [0, 2500, 5100, 7400, 12_500]   // +100, −200, then a missed sample
        for t in times { _ = s.next(Tick(micros: t)) }
        #expect(s.timing.periods == 4)
        #expect(s.timing.maxJitterMicros == 2600)
        #expect(s.timing.lateTicks == 1)
        s.recordExecution(micros: 3000)
        s.recordExecution(micros: 100)
        #expect(s.timing.overruns == 1 && s.timing.maxExecutionMicros == 3000)
    }

    @Test func stepsAreClampedAndFirstStepIsNominal() {
        var s = ControlScheduler(rates: ControlLoopRates(rateHz: 400))
        #expect(s.next(Tick(micros: 0)).rateDt == 0.0025)
        #expect(s.next(Tick(micros: 1_000_000)).rateDt == 0.01)       // 4 × nominal
        #expect(s.next(Tick(micros: 1_000_000)).rateDt == 0.000625)   // duplicate time: 0.25 × nominal
    }

    @Test func identicalTickStreamsGiveIdenticalSchedules() {
        var a = ControlScheduler(), b = ControlScheduler()
        var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
        var t: UInt64 = 0
        for _ in 0..<2000 {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            t += 2400 + (rng >> 33) % 200
            #expect(a.next(Tick(micros: t)) == b.next(Tick(micros: t)))
        }
        #expect(a.timing == b.timing)
    }
}
