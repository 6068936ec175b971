import FlightCore
import FlightMath

/// The estimator's cost per IMU update, split as `Benchmarks/EstimatorBenchmark` splits it: updates
/// that ran only the output predictor, one filter prediction, or a prediction plus one GNSS, baro
/// or magnetometer fusion (told apart by the estimator's counters). Medians of up to 64 updates
/// each, on a copy of the flying stack's aligned estimator fed the synthetic sensors.
final class EstimatorCost {
    var estimator: Estimator
    var samples = InlineArray<320, UInt32>(repeating: 0)   // 5 buckets × 64
    var counts = InlineArray<5, Int>(repeating: 0)
    static func name(_ bucket: Int) -> String {
        switch bucket {
        case 0: "output predictor only"
        case 1: "+ filter prediction"
        case 2: "+ prediction + GNSS"
        case 3: "+ prediction + baro"
        default: "+ prediction + mag"
        }
    }

    init(_ estimator: Estimator) { self.estimator = estimator }

    static func measure(_ estimator: Estimator) {
        let cost = EstimatorCost(estimator)
        cost.run()
        cost.report()
    }

    func run() {
        var sensors = SyntheticSensors()
        let first = estimator.navigationState.time.micros + 2500
        for step in 0 ..< 4000 {   // 10 s at 400 Hz
            let time = Tick(micros: first + UInt64(step) * 2500)
            // Staggered (GNSS 2.5 Hz, baro and mag 12.5 Hz) so most filter predictions (100 Hz)
            // run alone and each fusion can be timed by itself.
            if step % 160 == 84 { estimator.fuse(sensors.gnss(at: time)) }
            if step % 32 == 0 { estimator.fuse(sensors.baro(at: time)) }
            if step % 32 == 16 { estimator.fuse(sensors.mag(at: time)) }
            let imu = sensors.imu(at: time)
            let before = estimator.status
            let start = Board.cycles
            estimator.predict(imu)
            let cycles = Board.cycles - start
            let after = estimator.status
            let predicted = after.filterPredictions - before.filterPredictions
            let gnss = after.gnssFusions != before.gnssFusions, baro = after.baroFusions != before.baroFusions
            let mag = after.magFusions != before.magFusions
            var bucket = -1
            if predicted == 0 && !gnss && !baro && !mag { bucket = 0 }
            else if predicted == 1 {
                if !gnss && !baro && !mag { bucket = 1 } else if gnss && !baro && !mag { bucket = 2 }
                else if baro && !gnss && !mag { bucket = 3 } else if mag && !gnss && !baro { bucket = 4 }
            }
            if bucket >= 0 && counts[bucket] < 64 {
                samples[bucket * 64 + counts[bucket]] = UInt32(truncatingIfNeeded: TargetCost.instructions(cycles))
                counts[bucket] += 1
            }
        }
    }

    /// The median of bucket `b` (0 when empty).
    func median(_ b: Int) -> UInt64 {
        let n = counts[b]
        guard n > 0 else { return 0 }
        var sorted = InlineArray<64, UInt32>(repeating: 0)
        for i in 0 ..< n {   // insertion sort: at most 64 values
            var j = i
            let v = samples[b * 64 + i]
            while j > 0 && sorted[j - 1] > v { sorted[j] = sorted[j - 1]; j -= 1 }
            sorted[j] = v
        }
        return UInt64(sorted[n / 2])
    }

    func report() {
        for b in 0 ..< 5 {
            TargetCost.report("estimator update, \(Self.name(b)) (median)", median(b), calls: counts[b])
        }
        let prediction = median(1) > median(0) ? median(1) - median(0) : 0
        Board.log("COST estimator filter prediction alone: \(prediction) instructions")
        for b in 2 ..< 5 where median(b) > median(1) {
            Board.log("COST estimator fusion alone, \(Self.name(b)): \(median(b) - median(1)) instructions")
        }
    }
}
