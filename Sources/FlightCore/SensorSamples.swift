import FlightMath

/// One inertial measurement, already calibrated and rotated into the body frame.
public struct ImuSample: Sendable {
    public var time: Tick
    /// Angular rate, rad/s, body FRD.
    public var gyro: Vector3
    /// Specific force, m/s², body FRD (reads about (0, 0, -9.81) at rest, level).
    public var accel: Vector3
    public init(time: Tick, gyro: Vector3, accel: Vector3) { self.time = time; self.gyro = gyro; self.accel = accel }
}

/// GNSS fix quality, numbered as MAVLink's `GPS_FIX_TYPE`.
public enum GnssFix: UInt8, Sendable {
    case noGps = 0, noFix = 1, fix2D = 2, fix3D = 3, dgps = 4, rtkFloat = 5, rtkFixed = 6
}

/// One GNSS receiver solution.
public struct GnssSample: Sendable {
    public var time: Tick
    /// Latitude, degrees × 1e7 (WGS-84).
    public var latE7: Int32
    /// Longitude, degrees × 1e7 (WGS-84).
    public var lonE7: Int32
    /// Altitude above mean sea level, metres.
    public var altitudeMeters: Double
    /// Velocity, m/s, NED.
    public var velocityNED: Vector3
    public var fix: GnssFix
    public var satellites: UInt8
    /// Horizontal and vertical position accuracy (1σ), metres.
    public var horizontalAccuracy: Float
    public var verticalAccuracy: Float
    /// Speed accuracy (1σ), m/s.
    public var speedAccuracy: Float

    public init(time: Tick, latE7: Int32, lonE7: Int32, altitudeMeters: Double, velocityNED: Vector3,
                fix: GnssFix, satellites: UInt8, horizontalAccuracy: Float, verticalAccuracy: Float,
                speedAccuracy: Float) {
        self.time = time; self.latE7 = latE7; self.lonE7 = lonE7; self.altitudeMeters = altitudeMeters
        self.velocityNED = velocityNED; self.fix = fix; self.satellites = satellites
        self.horizontalAccuracy = horizontalAccuracy; self.verticalAccuracy = verticalAccuracy
        self.speedAccuracy = speedAccuracy
    }
}

/// One barometer reading.
public struct BaroSample: Sendable {
    public var time: Tick
    /// Static pressure, pascals.
    public var pressurePa: Float
    /// Sensor temperature, °C.
    public var temperatureC: Float
    public init(time: Tick, pressurePa: Float, temperatureC: Float) {
        self.time = time; self.pressurePa = pressurePa; self.temperatureC = temperatureC
    }
}

/// One magnetometer reading.
public struct MagSample: Sendable {
    public var time: Tick
    /// Magnetic field, gauss, body FRD.
    public var fieldGauss: Vector3
    public init(time: Tick, fieldGauss: Vector3) { self.time = time; self.fieldGauss = fieldGauss }
}

/// One battery monitor reading.
public struct BatterySample: Sendable {
    public var time: Tick
    /// Pack voltage, volts.
    public var volts: Float
    /// Current drawn, amperes (positive when discharging).
    public var amps: Float
    public init(time: Tick, volts: Float, amps: Float) { self.time = time; self.volts = volts; self.amps = amps }
}
