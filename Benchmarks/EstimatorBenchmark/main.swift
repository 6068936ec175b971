// Estimator cost benchmark: time per IMU update with and without each fusion, on this machine.
// Build and run with Benchmarks/EstimatorBenchmark/run (optimised, whole-module); not a test.
import FlightCore
import FlightMath

extension String {
    func padding(toLength n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
#if canImport(Glibc)
import Glibc
#endif

func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Deterministic pseudo-noise (xorshift), uniform in ±amplitude.
struct Jitter {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    mutating func next(_ amplitude: Float) -> Float {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return (Float(state >> 40) / Float(1 << 24) * 2 - 1) * amplitude
    }
}

let seconds = CommandLine.arguments.count > 1 ? Double(CommandLine.arguments[1]) ?? 60 : 60
let origin = GeodeticPosition(latitude: 47.397742, longitude: 8.545594, altitude: 488)
let plane = LocalTangentPlane(origin: origin)
var config = EstimatorConfig()
config.declination = 0.05
var estimator = Estimator(config: config)
var jitter = Jitter()
let earthField = Vector3(0.21, 0.0105, 0.43)

// Buckets: IMU updates that only ran the output predictor, that also ran one filter prediction,
// or a prediction plus a GNSS / baro / mag fusion.
var buckets = [(name: String, total: UInt64, count: Int, samples: [UInt64])](
    repeating: ("", 0, 0, []), count: 5)
buckets[0].name = "output predictor only"; buckets[1].name = "+ filter prediction"
buckets[2].name = "+ prediction + GNSS (6 scalars)"; buckets[3].name = "+ prediction + baro"
buckets[4].name = "+ prediction + mag (3 axes + decl.)"

let steps = Int(seconds * 250)
// Reserved up front, so that a heap-usage difference between two run lengths is the estimator's.
for i in buckets.indices { buckets[i].samples.reserveCapacity(steps) }
for step in 0..<steps {
    let t = Double(step) * 0.004
    let time = Tick(micros: UInt64(step) * 4000)
    // GNSS at 5 Hz, baro and mag at 10 Hz, staggered so each fusion can be timed alone.
    // Slow circle after 5 s: 10 m/s on a 50 m radius.
    let moving = t > 5
    let phase = moving ? (t - 5) * 0.2 : 0
    let yaw = Float(phase + .pi / 2)
    let attitude = EulerAngles(roll: moving ? 0.2 : 0, pitch: 0, yaw: yaw).quaternion
    let gyro = Vector3(jitter.next(0.01), jitter.next(0.01), (moving ? 0.2 : 0) + jitter.next(0.01))
    let accel = attitude.inverseRotate(Vector3(0, 0, -9.80665)) + Vector3(jitter.next(0.1), jitter.next(0.1), jitter.next(0.1))
    let before = estimator.status
    if step % 50 == 25 {
        let ned = NEDOffset(north: 50 * (cos(phase) - 1), east: 50 * sin(phase), down: -20)
        let geo = plane.geodetic(of: ned)
        estimator.fuse(GnssSample(time: time, latE7: Int32(geo.latitude * 1e7), lonE7: Int32(geo.longitude * 1e7),
                                  altitudeMeters: geo.altitude,
                                  velocityNED: Vector3(Float(-10 * sin(phase)), Float(10 * cos(phase)), 0),
                                  fix: .fix3D, satellites: 12, horizontalAccuracy: 1, verticalAccuracy: 1.5,
                                  speedAccuracy: 0.2))
    }
    if step % 25 == 0 {
        estimator.fuse(BaroSample(time: time, pressurePa: StandardAtmosphere.pressure(altitude: 508 + jitter.next(0.3)),
                                  temperatureC: 15))
    }
    if step % 25 == 12 { estimator.fuse(MagSample(time: time, fieldGauss: attitude.inverseRotate(earthField))) }
    let start = nowNanos()
    estimator.predict(ImuSample(time: time, gyro: gyro, accel: accel))
    let elapsed = nowNanos() - start
    let after = estimator.status
    guard after.aligned && before.aligned else { continue }
    let predicted = after.filterPredictions - before.filterPredictions
    let gnss = after.gnssFusions != before.gnssFusions, baro = after.baroFusions != before.baroFusions
    let mag = after.magFusions != before.magFusions
    var bucket = -1
    if predicted == 0 { bucket = 0 }
    else if predicted == 1 {
        if !gnss && !baro && !mag { bucket = 1 } else if gnss && !baro && !mag { bucket = 2 }
        else if baro && !gnss && !mag { bucket = 3 } else if mag && !gnss && !baro { bucket = 4 }
    }
    if bucket >= 0 { buckets[bucket].total += elapsed; buckets[bucket].count += 1; buckets[bucket].samples.append(elapsed) }
}

func median(_ v: [UInt64]) -> Double { v.isEmpty ? 0 : Double(v.sorted()[v.count / 2]) }
/// Microseconds with two decimals, from nanoseconds.
func micros(_ nanos: Double) -> String {
    let hundredths = Int((nanos / 10).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) µs"
}
let outputOnly = median(buckets[0].samples), withPrediction = median(buckets[1].samples)
print("Estimator cost over \(Int(seconds)) s of 250 Hz IMU data (\(steps) updates), filter at 100 Hz nominal")
for (index, b) in buckets.enumerated() {
    let m = median(b.samples)
    let mean = b.count > 0 ? Double(b.total) / Double(b.count) : 0
    var line = "\(b.name.padding(toLength: 38)) median \(micros(m))  mean \(micros(mean))  (n = \(b.count))"
    if index == 1 { line += "   prediction alone ≈ \(micros(m - outputOnly))" }
    if index > 1 { line += "   fusion alone ≈ \(micros(m - withPrediction))" }
    print(line)
}
let final = estimator.navigationState
let status = estimator.status
print("final position \(final.position), validity \(final.validity.rawValue), status \(status.positionIssue)")
print("calls: predict \(steps), filter predictions \(status.filterPredictions), GNSS \(status.gnssFusions), "
      + "baro \(status.baroFusions), mag \(status.magFusions)")

// Reference measured in the same run: the covariance prediction written out by the derivation
// (sparse F, upper triangle, common subexpressions) against a plain dense F·P·Fᵀ of the same
// 21 states (F built with the same non-identity blocks), both on fixed-size inline storage.
let n = ErrorStateIndex.count
var covariance = ErrorStateCovariance()
for block in stride(from: 0, to: n, by: 3) { covariance.reset(block: block, variances: Vector3(0.01, 0.02, 0.03)) }
let rotation = Matrix3(EulerAngles(roll: 0.1, pitch: -0.05, yaw: 1.2).quaternion)
let deltaVelocity = Vector3(0.01, -0.02, -0.098), dt: Float = 0.01
var f = SquareMatrix24(), dense = SquareMatrix24(), product = SquareMatrix24()
for i in 0..<n { f[i, i] = 1 }
for r in 0..<3 {
    for c in 0..<3 {
        f[r, 9 + c] = -rotation[r, c] * dt          // attitude from gyro bias
        f[3 + r, 12 + c] = -rotation[r, c] * dt     // velocity from accelerometer bias
    }
    f[6 + r, 3 + r] = dt                            // position from velocity
}
let dvx = Matrix3(row0: Vector3(0, -deltaVelocity.z, deltaVelocity.y), row1: Vector3(deltaVelocity.z, 0, -deltaVelocity.x),
                  row2: Vector3(-deltaVelocity.y, deltaVelocity.x, 0))
for r in 0..<3 { for c in 0..<3 { f[3 + r, c] = -dvx[r, c] } }
for r in 0..<n { for c in 0..<n { dense[r, c] = covariance.p[r, c] } }

// Not inlined, so that callgrind counts each reference under its own name.
@inline(never) func denseFPFt() {
    for r in 0..<n {
        for c in 0..<n {
            var s: Float = 0
            for k in 0..<n { s += f[r, k] * dense[k, c] }
            product[r, c] = s
        }
    }
    for r in 0..<n {
        for c in 0..<n {
            var s: Float = 0
            for k in 0..<n { s += product[r, k] * f[c, k] }
            dense[r, c] = s
        }
    }
    // Keep the values bounded over many repetitions (the scale does not change the cost).
    for r in 0..<n { for c in 0..<n { dense[r, c] *= 0.999 } }
}

/// Median time of one call, over `batches` batches of `perBatch` calls.
func medianCall(batches: Int = 200, perBatch: Int = 200, _ body: () -> Void) -> Double {
    var times: [UInt64] = []
    times.reserveCapacity(batches)
    for _ in 0..<batches {
        let start = nowNanos()
        for _ in 0..<perBatch { body() }
        times.append(nowNanos() - start)
    }
    return median(times) / Double(perBatch)
}
let noise = config.processNoise
@inline(never) func generatedPrediction() { covariance.predict(r: rotation, dv: deltaVelocity, dt: dt, noise: noise) }
let generated = medianCall { generatedPrediction() }
let denseTime = medianCall { denseFPFt() }
print("reference, same run: generated covariance prediction \(micros(generated)), dense 21-state F·P·Fᵀ \(micros(denseTime)) "
      + "(\(Int((denseTime / generated).rounded()))× the generated one); checksum \(covariance.p[8, 8] + dense[8, 8])")
