import FlightMath

/// What the rate loop asks of the mixer: normalised body torque and collective thrust.
public struct TorqueThrustSetpoint: Sendable, Equatable {
    /// Roll, pitch, yaw torque, body FRD, normalised to the mixer's unit: 1 is the torque that
    /// drives the most-loaded motor through its full 0...1 range for roll/pitch (and for yaw).
    public var torque: Vector3
    /// Collective thrust, normalised 0...1 of the airframe's maximum.
    public var thrust: Float

    public init(torque: Vector3, thrust: Float) { self.torque = torque; self.thrust = thrust }

    public static let zero = TorqueThrustSetpoint(torque: .zero, thrust: 0)
}

/// Which way each torque axis is saturated at the motors, reported by the mixer for anti-windup.
///
/// `positive.contains(.roll)` means more positive roll torque cannot be delivered right now, so an
/// integrator must not grow in that direction.
public struct AxisSaturation: Sendable, Equatable {
    /// A set of control axes: roll, pitch, yaw (body FRD torques) and collective thrust.
    public struct Axes: OptionSet, Sendable {
        public var rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let roll = Axes(rawValue: 1 << 0)
        public static let pitch = Axes(rawValue: 1 << 1)
        public static let yaw = Axes(rawValue: 1 << 2)
        public static let thrust = Axes(rawValue: 1 << 3)

        /// The option for body axis `index` (0 roll, 1 pitch, 2 yaw, 3 thrust).
        @inlinable public static func axis(_ index: Int) -> Axes { Axes(rawValue: 1 << UInt8(index)) }
    }

    /// Axes that cannot take more positive demand.
    public var positive: Axes
    /// Axes that cannot take more negative demand.
    public var negative: Axes

    public init(positive: Axes = [], negative: Axes = []) { self.positive = positive; self.negative = negative }

    /// Nothing saturated.
    public static let none = AxisSaturation()
}
