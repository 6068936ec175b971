import FlightMath

/// Satellite fix quality, numbered as MAVLink's GPS_FIX_TYPE.
public enum GnssFixType: UInt8, Sendable {
    case noGps = 0, noFix = 1, fix2D = 2, fix3D = 3, dgps = 4, rtkFloat = 5, rtkFixed = 6
}

/// One inertial output: the average over the output interval.
public struct ImuReading: Equatable, Sendable {
    /// Time of the end of the averaging interval, µs since simulation start.
    public var timeMicros: UInt64
    /// Angular rate, rad/s, body FRD.
    public var gyro: Vector3
    /// Specific force, m/s², body FRD (reads −g on z when level at rest).
    public var accel: Vector3
}

/// One satellite-receiver message (position and velocity of the measurement epoch, delivered late).
public struct GnssReading: Equatable, Sendable {
    /// Arrival time, µs since simulation start.
    public var timeMicros: UInt64
    /// Measurement epoch (arrival minus latency), µs.
    public var epochMicros: UInt64
    /// Latitude, degrees (WGS-84).
    public var latitude: Double
    /// Longitude, degrees (WGS-84).
    public var longitude: Double
    /// Altitude, metres above mean sea level.
    public var altitudeMeters: Double
    /// Velocity, m/s, NED.
    public var velocityNED: Vector3
    /// Fix quality.
    public var fix: GnssFixType
    /// Satellites used in the solution.
    public var satellites: UInt8
    /// Reported horizontal position accuracy (1σ), m.
    public var horizontalAccuracy: Float
    /// Reported vertical position accuracy (1σ), m.
    public var verticalAccuracy: Float
    /// Reported speed accuracy (1σ), m/s.
    public var speedAccuracy: Float
}

/// One barometer output.
public struct BaroReading: Equatable, Sendable {
    /// Sample time, µs since simulation start.
    public var timeMicros: UInt64
    /// Static pressure, Pa.
    public var pressurePascals: Float
    /// Sensor temperature, °C.
    public var temperatureCelsius: Float
}

/// One magnetometer output.
public struct MagReading: Equatable, Sendable {
    /// Sample time, µs since simulation start.
    public var timeMicros: UInt64
    /// Magnetic field, gauss, body FRD.
    public var fieldGauss: Vector3
}

/// One power-module output.
public struct BatteryReading: Equatable, Sendable {
    /// Sample time, µs since simulation start.
    public var timeMicros: UInt64
    /// Terminal voltage, V.
    public var volts: Float
    /// Current out of the pack, A.
    public var amps: Float
    /// Remaining charge 0…1 (what a coulomb-counting monitor would estimate; here the truth).
    public var remaining: Float
}

/// The sensor outputs that became due during one physics step; nil where nothing is due.
public struct SensorBatch: Equatable, Sendable {
    /// IMU average since the previous output (400 Hz by default).
    public var imu: ImuReading?
    /// A GNSS message whose latency has just elapsed (10 Hz by default).
    public var gnss: GnssReading?
    /// Barometer (50 Hz by default).
    public var baro: BaroReading?
    /// Magnetometer (100 Hz by default).
    public var mag: MagReading?
    /// Power module (20 Hz by default).
    public var battery: BatteryReading?

    public init(imu: ImuReading? = nil, gnss: GnssReading? = nil, baro: BaroReading? = nil,
                mag: MagReading? = nil, battery: BatteryReading? = nil) {
        self.imu = imu; self.gnss = gnss; self.baro = baro; self.mag = mag; self.battery = battery
    }
}
