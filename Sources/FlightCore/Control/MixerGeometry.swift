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
    /// Propeller direction, seen from above.
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

    /// Bearing (degrees clockwise from the nose) and spin of motor `index` (0-based,
    /// `0..<motorCount`). Pure switch, no allocation, so a failure can be handled in flight.
    public func layout(motor index: Int) -> (bearingDegrees: Float, spin: RotorSpin) {
        let ccw = RotorSpin.counterClockwise, cw = RotorSpin.clockwise
        switch (self, index) {
        case (.quadX, 0): return (45, ccw)
        case (.quadX, 1): return (225, ccw)
        case (.quadX, 2): return (315, cw)
        case (.quadX, 3): return (135, cw)
        case (.quadPlus, 0): return (90, ccw)
        case (.quadPlus, 1): return (270, ccw)
        case (.quadPlus, 2): return (0, cw)
        case (.quadPlus, 3): return (180, cw)
        case (.hexaX, 0): return (90, cw)
        case (.hexaX, 1): return (270, ccw)
        case (.hexaX, 2): return (330, cw)
        case (.hexaX, 3): return (150, ccw)
        case (.hexaX, 4): return (30, ccw)
        case (.hexaX, 5): return (210, cw)
        case (.octoX, 0): return (22.5, cw)
        case (.octoX, 1): return (202.5, cw)
        case (.octoX, 2): return (67.5, ccw)
        case (.octoX, 3): return (157.5, ccw)
        case (.octoX, 4): return (337.5, ccw)
        case (.octoX, 5): return (247.5, ccw)
        case (.octoX, 6): return (292.5, cw)
        case (.octoX, 7): return (112.5, cw)
        default: preconditionFailure("motor index out of range for this geometry")
        }
    }

    /// Motor `index` (0-based) at `armLength` metres.
    public func rotor(_ index: Int, armLength: Float) -> Rotor {
        let l = layout(motor: index)
        return Rotor(armLength: armLength, bearingDegrees: l.bearingDegrees, spin: l.spin)
    }
}
