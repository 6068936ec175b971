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

// Buckets: IMU updates in which nothing was fused, or GNSS / baro / mag was fused.
var buckets = [(name: String, total: UInt64, count: Int, samples: [UInt64])](
    repeating: ("", 0, 0, []), count: 4)
buckets[0].name = "predict only"; buckets[1].name = "with GNSS (6 scalars)"
buckets[2].name = "with baro"; buckets[3].name = "with mag (3 axes + declination)"

let steps = Int(seconds * 250)
for step in 0..<steps {
    let t = Double(step) * 0.004
    let time = Tick(micros: UInt64(step) * 4000)
    // Slow circle after 5 s: 10 m/s on a 50 m radius.
    let moving = t > 5
    let phase = moving ? (t - 5) * 0.2 : 0
    let yaw = Float(phase + .pi / 2)
    let attitude = EulerAngles(roll: moving ? 0.2 : 0, pitch: 0, yaw: yaw).quaternion
    let gyro = Vector3(jitter.next(0.01), jitter.next(0.01), (moving ? 0.2 : 0) + jitter.next(0.01))
    let accel = attitude.inverseRotate(Vector3(0, 0, -9.80665)) + Vector3(jitter.next(0.1), jitter.next(0.1), jitter.next(0.1))
    let before = estimator.status
    if step % 50 == 0 {
        let ned = NEDOffset(north: 50 * (cos(phase) - 1), east: 50 * sin(phase), down: -20)
        let geo = plane.geodetic(of: ned)
        estimator.fuse(GnssSample(time: time, latE7: Int32(geo.latitude * 1e7), lonE7: Int32(geo.longitude * 1e7),
                                  altitudeMeters: geo.altitude,
                                  velocityNED: Vector3(Float(-10 * sin(phase)), Float(10 * cos(phase)), 0),
                                  fix: .fix3D, satellites: 12, horizontalAccuracy: 1, verticalAccuracy: 1.5,
                                  speedAccuracy: 0.2))
    }
    if step % 5 == 0 {
        estimator.fuse(BaroSample(time: time, pressurePa: StandardAtmosphere.pressure(altitude: 508 + jitter.next(0.3)),
                                  temperatureC: 15))
    }
    if step % 5 == 2 { estimator.fuse(MagSample(time: time, fieldGauss: attitude.inverseRotate(earthField))) }
    let start = nowNanos()
    estimator.predict(ImuSample(time: time, gyro: gyro, accel: accel))
    let elapsed = nowNanos() - start
    let after = estimator.status
    guard after.aligned && before.aligned else { continue }
    let bucket = after.gnssFusions != before.gnssFusions ? 1
        : (after.baroFusions != before.baroFusions && after.magFusions != before.magFusions ? -1
        : (after.baroFusions != before.baroFusions ? 2 : (after.magFusions != before.magFusions ? 3 : 0)))
    if bucket >= 0 { buckets[bucket].total += elapsed; buckets[bucket].count += 1; buckets[bucket].samples.append(elapsed) }
    else {
        // Baro and mag together: count towards neither (kept apart so each is measured alone).
    }
}

func median(_ v: [UInt64]) -> Double { v.isEmpty ? 0 : Double(v.sorted()[v.count / 2]) }
/// Microseconds with two decimals, from nanoseconds.
func micros(_ nanos: Double) -> String {
    let hundredths = Int((nanos / 10).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) µs"
}
let base = median(buckets[0].samples)
print("Estimator cost over \(Int(seconds)) s of 250 Hz IMU data (\(steps) updates)")
for b in buckets {
    let m = median(b.samples)
    let mean = b.count > 0 ? Double(b.total) / Double(b.count) : 0
    let name = b.name.padding(toLength: 34)
    var line = "\(name) median \(micros(m))  mean \(micros(mean))  (n = \(b.count))"
    if b.name != buckets[0].name { line += "   fusion alone ≈ \(micros(m - base))" }
    print(line)
}
let final = estimator.navigationState
print("final position \(final.position), validity \(final.validity.rawValue), status \(estimator.status.positionIssue)")
