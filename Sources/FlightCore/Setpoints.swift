import FlightMath

/// What the estimator believes about the vehicle: the input of every controller and decision.
public struct NavigationState: Sendable {
    public var time: Tick
    /// Attitude, body FRD to NED.
    public var attitude: Quaternion
    /// Angular rate, rad/s, body FRD, gyro bias removed.
    public var angularRate: Vector3
    /// Velocity, m/s, NED.
    public var velocity: Vector3
    /// Position, metres, NED from the estimator's origin.
    public var position: Vector3
    /// The geodetic point the NED frame is anchored at (nil until GNSS has set it).
    public var origin: GeodeticPosition?
    /// Which parts of the estimate are good enough to fly on.
    public var validity: Validity

    public struct Validity: OptionSet, Sendable {
        public var rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let attitude = Validity(rawValue: 1 << 0)
        public static let horizontalVelocity = Validity(rawValue: 1 << 1)
        public static let verticalVelocity = Validity(rawValue: 1 << 2)
        public static let horizontalPosition = Validity(rawValue: 1 << 3)
        public static let height = Validity(rawValue: 1 << 4)
        public static let all: Validity = [.attitude, .horizontalVelocity, .verticalVelocity, .horizontalPosition, .height]
    }

    public init(time: Tick = .zero, attitude: Quaternion = .identity, angularRate: Vector3 = .zero,
                velocity: Vector3 = .zero, position: Vector3 = .zero, origin: GeodeticPosition? = nil,
                validity: Validity = []) {
        self.time = time; self.attitude = attitude; self.angularRate = angularRate
        self.velocity = velocity; self.position = position; self.origin = origin; self.validity = validity
    }
}

/// A position-loop target, PX4-style: any component may be NaN, meaning "not controlled here".
///
/// A finite position is tracked; otherwise a finite velocity; otherwise acceleration. Velocity and
/// acceleration given beside a position act as feed-forward.
public struct TrajectorySetpoint: Sendable {
    /// Metres, NED from the estimator's origin.
    public var position: Vector3
    /// m/s, NED.
    public var velocity: Vector3
    /// m/s², NED.
    public var acceleration: Vector3
    /// Heading, radians from north (NaN: keep the current heading).
    public var yaw: Float
    /// Heading rate, rad/s (NaN: none).
    public var yawRate: Float

    public init(position: Vector3 = .nan, velocity: Vector3 = .nan, acceleration: Vector3 = .nan,
                yaw: Float = .nan, yawRate: Float = .nan) {
        self.position = position; self.velocity = velocity; self.acceleration = acceleration
        self.yaw = yaw; self.yawRate = yawRate
    }
}

/// An attitude-loop target.
public struct AttitudeSetpoint: Sendable {
    /// Desired attitude, body FRD to NED.
    public var attitude: Quaternion
    /// Feed-forward heading rate, rad/s.
    public var yawRateFeedforward: Float
    /// Collective thrust, normalised 0...1 of the airframe's maximum.
    public var thrust: Float
    public init(attitude: Quaternion, yawRateFeedforward: Float = 0, thrust: Float) {
        self.attitude = attitude; self.yawRateFeedforward = yawRateFeedforward; self.thrust = thrust
    }
}

/// A rate-loop target.
public struct RateSetpoint: Sendable {
    /// Angular rate, rad/s, body FRD.
    public var rates: Vector3
    /// Collective thrust, normalised 0...1.
    public var thrust: Float
    public init(rates: Vector3, thrust: Float) { self.rates = rates; self.thrust = thrust }
}

/// Pilot stick input, normalised: roll, pitch, yaw in -1...1 (right, nose-up... as RC convention:
/// positive pitch stick is forward = nose down), throttle in 0...1.
public struct ManualInput: Sendable {
    public var roll: Float, pitch: Float, yaw: Float, throttle: Float
    public init(roll: Float = 0, pitch: Float = 0, yaw: Float = 0, throttle: Float = 0) {
        self.roll = roll; self.pitch = pitch; self.yaw = yaw; self.throttle = throttle
    }
}

/// Motor commands, normalised 0...1 (0 = stopped, idle is above 0 while armed).
public struct ActuatorOutputs: Sendable, Equatable {
    public static let capacity = 8
    /// Motor commands in the airframe's motor order; entries past `count` are 0.
    public var motors: (Float, Float, Float, Float, Float, Float, Float, Float)
    public var count: Int

    public init(count: Int) { motors = (0, 0, 0, 0, 0, 0, 0, 0); self.count = count }

    public subscript(i: Int) -> Float {
        get { withUnsafeBytes(of: motors) { $0.load(fromByteOffset: i * 4, as: Float.self) } }
        set {
            precondition(i >= 0 && i < Self.capacity)
            withUnsafeMutableBytes(of: &motors) { $0.storeBytes(of: newValue, toByteOffset: i * 4, as: Float.self) }
        }
    }

    public static func == (a: ActuatorOutputs, b: ActuatorOutputs) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }
}

extension Vector3 {
    /// All components NaN: "not set" in setpoints.
    public static let nan = Vector3(.nan, .nan, .nan)
    /// True when every component is finite.
    @inlinable public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }
}
