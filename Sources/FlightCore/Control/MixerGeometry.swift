import FlightMath

/// Which way a propeller turns, seen from above.
public enum RotorSpin: Sendable, Equatable {
    /// Counter-clockwise from above: its drag torque yaws the body clockwise (positive FRD yaw).
    case counterClockwise
    /// Clockwise from above: yaws the body counter-clockwise (negative FRD yaw).
    case clockwise

    /// +1 for counter-clockwise, −1 for clockwise: the sign of its yaw moment in FRD.
    @inlinable public var yawSign: Float { self == .counterClockwise ? 1 : -1 }
}

/// One rotor: where it sits and which way it spins.
public struct Rotor: Sendable, Equatable {
    /// Position of the rotor hub, metres, body FRD (x forward, y right); z is ignored.
    public var x: Float
    public var y: Float
    public var spin: RotorSpin

    public init(x: Float, y: Float, spin: RotorSpin) { self.x = x; self.y = y; self.spin = spin }

    /// A rotor at `armLength` metres from the centre, `bearingDegrees` clockwise from the nose.
    public init(armLength: Float, bearingDegrees: Float, spin: RotorSpin) {
        let a = Angles.radians(degrees: bearingDegrees)
        self.init(x: armLength * Math.cos(a), y: armLength * Math.sin(a), spin: spin)
    }
}

/// Standard multicopter layouts, numbered as the `CA_AIRFRAME` parameter (never renumber).
///
/// Motor order (1-based, as PX4; bearing clockwise from the nose, spin seen from above):
/// - quad X: 1 front-right 45° CCW, 2 rear-left 225° CCW, 3 front-left 315° CW, 4 rear-right 135° CW.
/// - quad +: 1 right 90° CCW, 2 left 270° CCW, 3 front 0° CW, 4 rear 180° CW.
/// - hexa X: 1 right 90° CW, 2 left 270° CCW, 3 front-left 330° CW, 4 rear-right 150° CCW,
///   5 front-right 30° CCW, 6 rear-left 210° CW.
/// - octo X: 1 22.5° CW, 2 202.5° CW, 3 67.5° CCW, 4 157.5° CCW, 5 337.5° CCW, 6 247.5° CCW,
///   7 292.5° CW, 8 112.5° CW.
public enum AirframeGeometry: Int32, Sendable, CaseIterable {
    case quadX = 0
    case quadPlus = 1
    case hexaX = 2
    case octoX = 3

    /// Number of motors.
    public var motorCount: Int {
        switch self {
        case .quadX, .quadPlus: 4
        case .hexaX: 6
        case .octoX: 8
        }
    }

    /// Bearing (degrees clockwise from the nose) and spin of motor `index` (0-based).
    public func layout(motor index: Int) -> (bearingDegrees: Float, spin: RotorSpin) {
        switch self {
        case .quadX:
            let table: [(Float, RotorSpin)] = [(45, .counterClockwise), (225, .counterClockwise),
                                               (315, .clockwise), (135, .clockwise)]
            return table[index]
        case .quadPlus:
            let table: [(Float, RotorSpin)] = [(90, .counterClockwise), (270, .counterClockwise),
                                               (0, .clockwise), (180, .clockwise)]
            return table[index]
        case .hexaX:
            let table: [(Float, RotorSpin)] = [(90, .clockwise), (270, .counterClockwise), (330, .clockwise),
                                               (150, .counterClockwise), (30, .counterClockwise), (210, .clockwise)]
            return table[index]
        case .octoX:
            let table: [(Float, RotorSpin)] = [(22.5, .clockwise), (202.5, .clockwise), (67.5, .counterClockwise),
                                               (157.5, .counterClockwise), (337.5, .counterClockwise),
                                               (247.5, .counterClockwise), (292.5, .clockwise), (112.5, .clockwise)]
            return table[index]
        }
    }

    /// Motor `index` (0-based) at `armLength` metres.
    public func rotor(_ index: Int, armLength: Float) -> Rotor {
        let l = layout(motor: index)
        return Rotor(armLength: armLength, bearingDegrees: l.bearingDegrees, spin: l.spin)
    }
}
