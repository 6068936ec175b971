import FlightMath

/// Something that goes wrong during a flight, injected by a scenario at a given time.
public enum Fault: Equatable, Sendable {
    /// The receiver loses its fix for `seconds`.
    case gnssLoss(seconds: Float)
    /// The reported position jumps by `offsetNorth`/`offsetEast` metres for `seconds`.
    case gnssGlitch(offsetNorth: Float, offsetEast: Float, seconds: Float)
    /// Motor `motor` (0-based output index) stops for good.
    case motorFailure(motor: Int)
    /// Motor `motor` (0-based) keeps only `efficiency` (0…1) of its thrust and torque.
    case motorEfficiency(motor: Int, efficiency: Float)
    /// The ground-station link drops for `seconds` (the simulator only reports it; the edge
    /// that carries MAVLink drops the traffic).
    case linkLoss(seconds: Float)
    /// The pilot's manual control (RC receiver or MANUAL_CONTROL) goes silent for `seconds` (the
    /// simulator only reports it; whoever feeds the sticks stops).
    case manualControlLoss(seconds: Float)
    /// The battery loses `fraction` (0…1) of its remaining charge at once.
    case batteryDrop(fraction: Float)
    /// An extra magnetic field `field` (gauss, body FRD) for `seconds`.
    case magInterference(field: Vector3, seconds: Float)
    /// The accelerometer's bias jumps by `shift` (m/s², body FRD) for the rest of the flight: a
    /// damaged sensor. The estimator has to notice it from its innovations.
    case accelerometerBias(shift: Vector3)
    /// The gyro's bias jumps by `shift` (rad/s, body FRD) for the rest of the flight.
    case gyroBias(shift: Vector3)
}

/// A fault and when it happens.
public struct ScheduledFault: Equatable, Sendable {
    /// Simulated time of the fault, µs since start.
    public var timeMicros: UInt64
    /// What goes wrong.
    public var fault: Fault

    public init(timeMicros: UInt64, fault: Fault) { self.timeMicros = timeMicros; self.fault = fault }
}

/// Where and in what conditions a simulated flight happens, and what fails when; read from
/// `sim/scenarios/*.scenario`.
public struct Scenario: Equatable, Sendable {
    /// Scenario name (the file's `name`, or the file name).
    public var name: String
    /// Suggested vehicle (a file name in `sim/vehicles` without extension), if the scenario names one.
    public var vehicle: String?
    /// Take-off point: latitude/longitude degrees, ground altitude metres AMSL.
    public var origin: GeodeticPosition
    /// Initial heading, radians clockwise from north.
    public var heading: Float
    /// Date for the magnetic field, decimal year.
    public var decimalYear: Double
    /// Mean wind, turbulence and gusts.
    public var wind: WindSettings
    /// Faults in time order.
    public var faults: [ScheduledFault]

    public init(name: String, vehicle: String? = nil, origin: GeodeticPosition, heading: Float = 0,
                decimalYear: Double = 2026.0, wind: WindSettings = .calm, faults: [ScheduledFault] = []) {
        self.name = name; self.vehicle = vehicle; self.origin = origin; self.heading = heading
        self.decimalYear = decimalYear; self.wind = wind
        self.faults = faults.sorted { $0.timeMicros < $1.timeMicros }
    }
}
