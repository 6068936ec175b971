import FlightCore
import FlightMath

/// Sensor input for a vehicle standing still and level, facing north, at a fixed site: what the
/// firmware feeds `FlightStack` until the hardware-in-the-loop link (next stage) supplies real
/// simulated data. Deterministic: a small xorshift jitter keeps the estimator's noise realistic.
struct SyntheticSensors {
    /// The site: latitude/longitude (degrees), altitude (m AMSL; the geoid is ignored here).
    let site = GeodeticPosition(latitude: 47.397742, longitude: 8.545594, altitude: 488)
    /// The Earth's field at the site, gauss, NED (equal to body FRD for a level vehicle facing north).
    let field: Vector3
    private var state: UInt32 = 0x2545_F491

    init() {
        let f = WorldMagneticModel.field(at: site, decimalYear: 2026.5)
        field = Vector3(Float(f.northNanotesla * 1e-5), Float(f.eastNanotesla * 1e-5), Float(f.downNanotesla * 1e-5))
    }

    /// Uniform pseudo-noise in ±amplitude.
    mutating func jitter(_ amplitude: Float) -> Float {
        state ^= state << 13; state ^= state >> 17; state ^= state << 5
        return (Float(state >> 8) / Float(1 << 24) * 2 - 1) * amplitude
    }

    /// Gyro (rad/s) and accelerometer (m/s², body FRD: gravity reads as −g on the z axis).
    mutating func imu(at time: Tick) -> ImuSample {
        ImuSample(time: time, gyro: Vector3(jitter(0.002), jitter(0.002), jitter(0.002)),
                  accel: Vector3(jitter(0.05), jitter(0.05), -9.80665 + jitter(0.05)))
    }

    /// A 3D fix at the site, standing still.
    mutating func gnss(at time: Tick) -> GnssSample {
        GnssSample(time: time, latE7: Int32(site.latitude * 1e7), lonE7: Int32(site.longitude * 1e7),
                   altitudeMeters: site.altitude, velocityNED: Vector3(jitter(0.02), jitter(0.02), jitter(0.02)),
                   fix: .fix3D, satellites: 14, horizontalAccuracy: 0.8, verticalAccuracy: 1.2, speedAccuracy: 0.15)
    }

    /// Static pressure at the site's altitude (ISA), Pa.
    mutating func baro(at time: Tick) -> BaroSample {
        BaroSample(time: time, pressurePa: StandardAtmosphere.pressure(altitude: Float(site.altitude) + jitter(0.1)),
                   temperatureC: 15)
    }

    mutating func mag(at time: Tick) -> MagSample {
        MagSample(time: time, fieldGauss: field + Vector3(jitter(0.002), jitter(0.002), jitter(0.002)))
    }

    /// A full 4S pack at rest.
    func battery(at time: Tick) -> BatterySample { BatterySample(time: time, volts: 16.4, amps: 0.4) }
}
