import FlightCore
import FlightMath
import MAVLinkDialects

/// A simulator's true state of the vehicle, as the edge hands it to the telemetry streams
/// (`SIM_STATE`, `HIL_STATE_QUATERNION`); a real vehicle has none.
public struct SimulatedTruth: Sendable, Equatable {
    /// Simulated time since start, µs.
    public var timeMicros: UInt64
    /// Body FRD → NED.
    public var attitude: Quaternion
    /// Angular rate, rad/s, body FRD.
    public var angularRate: Vector3
    /// Specific force (what an ideal accelerometer reads), m/s², body FRD.
    public var specificForce: Vector3
    /// Position (WGS-84 latitude/longitude in degrees, altitude metres AMSL).
    public var position: GlobalPosition
    /// Velocity, m/s, NED.
    public var velocityNED: Vector3

    public init(timeMicros: UInt64, attitude: Quaternion, angularRate: Vector3, specificForce: Vector3,
                position: GlobalPosition, velocityNED: Vector3) {
        self.timeMicros = timeMicros; self.attitude = attitude; self.angularRate = angularRate
        self.specificForce = specificForce; self.position = position; self.velocityNED = velocityNED
    }

    /// `SIM_STATE` as ArduPilot's SITL fills it: quaternion and Euler angles, accelerometer
    /// (specific force, m/s² body FRD), gyro (rad/s), latitude/longitude both in degrees (float,
    /// legacy) and degE7 (`lat_int`/`lon_int`), altitude m AMSL, velocity m/s NED. The standard
    /// deviations are 0: this is the truth, not an estimate.
    public var simState: SimState {
        let e = EulerAngles(attitude)
        return SimState(q1: attitude.w, q2: attitude.x, q3: attitude.y, q4: attitude.z,
                        roll: e.roll, pitch: e.pitch, yaw: e.yaw,
                        xacc: specificForce.x, yacc: specificForce.y, zacc: specificForce.z,
                        xgyro: angularRate.x, ygyro: angularRate.y, zgyro: angularRate.z,
                        lat: Float(position.latitudeDegrees), lon: Float(position.longitudeDegrees),
                        alt: Float(position.altitudeMSL), stdDevHorz: 0, stdDevVert: 0,
                        vn: velocityNED.x, ve: velocityNED.y, vd: velocityNED.z,
                        latInt: position.latE7, lonInt: position.lonE7)
    }

    /// `HIL_STATE_QUATERNION`: quaternion (w, x, y, z), rates rad/s, lat/lon degE7, altitude mm
    /// AMSL, velocity cm/s NED, acceleration in mG (specific force, body FRD); airspeeds 0 (no
    /// airspeed sensor is simulated).
    public var hilStateQuaternion: HilStateQuaternion {
        var q = FixedArray<4, Float>(repeating: 0)
        q[0] = attitude.w; q[1] = attitude.x; q[2] = attitude.y; q[3] = attitude.z
        return HilStateQuaternion(timeUsec: timeMicros, attitudeQuaternion: q,
                                  rollspeed: angularRate.x, pitchspeed: angularRate.y, yawspeed: angularRate.z,
                                  lat: position.latE7, lon: position.lonE7,
                                  alt: Int32(clamping: Int64((position.altitudeMSL * 1000).rounded())),
                                  vx: Self.int16(velocityNED.x * 100), vy: Self.int16(velocityNED.y * 100),
                                  vz: Self.int16(velocityNED.z * 100),
                                  xacc: Self.int16(specificForce.x / Self.milliG), yacc: Self.int16(specificForce.y / Self.milliG),
                                  zacc: Self.int16(specificForce.z / Self.milliG))
    }

    /// One mG in m/s² (standard gravity / 1000), the unit of `HIL_STATE_QUATERNION`'s accelerations.
    public static let milliG: Float = 9.80665 / 1000

    /// Rounds to the nearest Int16, saturating (NaN becomes 0).
    static func int16(_ v: Float) -> Int16 {
        guard v.isFinite else { return v.isNaN ? 0 : (v > 0 ? .max : .min) }
        return Int16(clamping: Int32(max(min(v.rounded(), 40_000), -40_000)))
    }
}
