import FlightMath

/// Rotor speeds of up to eight motors, rad/s, in airframe motor order.
public struct RotorSpeeds: Equatable, Sendable {
    /// Speeds in rad/s; entries at `count` and beyond are 0.
    public var values: InlineArray<8, Float>
    /// Number of motors.
    public var count: Int

    public init(count: Int) { values = InlineArray(repeating: 0); self.count = count }

    /// Speed of motor `i` (0-based), rad/s.
    @inlinable public subscript(i: Int) -> Float {
        get { values[i] }
        set { values[i] = newValue }
    }

    public static func == (a: RotorSpeeds, b: RotorSpeeds) -> Bool {
        a.count == b.count && (0..<8).allSatisfy { a.values[$0] == b.values[$0] }
    }
}

/// The simulator's true state after a step: what sensors measure and tests grade against.
public struct Truth: Equatable, Sendable {
    /// Simulated time since start, µs.
    public var timeMicros: UInt64
    /// Centre-of-mass position, metres, NED from the scenario origin (ground level at origin).
    public var position: NEDOffset
    /// Velocity, m/s, NED.
    public var velocity: Vector3
    /// Acceleration (dv/dt), m/s², NED.
    public var acceleration: Vector3
    /// Specific force (what an ideal accelerometer reads: acceleration minus gravity), m/s², body FRD.
    public var specificForce: Vector3
    /// Attitude, body FRD → NED.
    public var attitude: Quaternion
    /// Angular rate at the end of the step, rad/s, body FRD.
    public var angularRate: Vector3
    /// The turn the body made over the step divided by its length, rad/s, body FRD: the mean rate,
    /// including the turns the landing gear forces on it when it levels the body on touching down.
    /// What a gyro integrates (`angularRate` alone misses those turns).
    public var turnRate: Vector3
    /// Air velocity at the vehicle (mean wind + turbulence + gusts), m/s, NED.
    public var wind: Vector3
    /// Rotor speeds, rad/s, motor order.
    public var rotorSpeeds: RotorSpeeds
    /// Battery terminal voltage, V.
    public var batteryVolts: Float
    /// Battery current, A (positive when discharging).
    public var batteryAmps: Float
    /// Battery state of charge, 0…1.
    public var batteryRemaining: Float
    /// Resting on the landing gear.
    public var landed: Bool
    /// Hit the ground too hard or tipped over; the vehicle no longer moves.
    public var crashed: Bool
}
