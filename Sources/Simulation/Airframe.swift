import FlightMath

/// Everything the physics needs to know about one vehicle, as read from `sim/vehicles/*.vehicle`.
public struct Airframe: Equatable, Sendable {
    /// Short name, e.g. "quad450".
    public var name: String
    /// Take-off mass including battery, kg.
    public var mass: Float
    /// Principal moments of inertia about body x, y, z (FRD), kg·m².
    public var inertia: Vector3
    /// Motors in output order (index 0 is motor 1); at most eight.
    public var rotors: [RotorSpec]
    /// Body drag areas C_d·A along body x, y, z, m²: force = −½ ρ C_d A |v| v per axis (air-relative).
    public var bodyDragArea: Vector3
    /// Rotor (induced/blade-flapping) drag: each rotor adds −c ω v_inplane, N per (rad/s · m/s),
    /// v_inplane being its hub's airspeed in the rotor plane (the body's, plus ω × r from rotation).
    public var rotorDragCoefficient: Float
    /// Height of the centre of mass above the landing-gear feet, m.
    public var gearHeight: Float
    /// Coulomb friction coefficient of the gear on the ground.
    public var groundFriction: Float
    /// Vertical touchdown speed above which the vehicle is considered crashed, m/s.
    public var crashSpeed: Float
    /// Tilt from level while touching the ground beyond which the vehicle tips over, rad.
    public var tipOverAngle: Float
    /// The battery pack it flies with.
    public var battery: BatterySpec
    /// Accelerometer vibration amplitude at full rotor speed, m/s² (scales with ω²).
    public var vibrationAccel: Float
    /// Gyroscope vibration amplitude at full rotor speed, rad/s (scales with ω²).
    public var vibrationGyro: Float
    /// Battery voltage at which the rotors reach `maxSpeed`, V; the speed then scales with the
    /// terminal voltage (an open-loop ESC). nil: speed independent of voltage.
    public var referenceVoltage: Float?

    public init(name: String, mass: Float, inertia: Vector3, rotors: [RotorSpec], bodyDragArea: Vector3,
                rotorDragCoefficient: Float, gearHeight: Float, groundFriction: Float, crashSpeed: Float,
                tipOverAngle: Float, battery: BatterySpec, vibrationAccel: Float, vibrationGyro: Float,
                referenceVoltage: Float? = nil) {
        self.name = name; self.mass = mass; self.inertia = inertia; self.rotors = rotors
        self.bodyDragArea = bodyDragArea; self.rotorDragCoefficient = rotorDragCoefficient
        self.gearHeight = gearHeight; self.groundFriction = groundFriction; self.crashSpeed = crashSpeed
        self.tipOverAngle = tipOverAngle; self.battery = battery
        self.vibrationAccel = vibrationAccel; self.vibrationGyro = vibrationGyro
        self.referenceVoltage = referenceVoltage
    }

    /// Rotor-speed factor at battery terminal voltage `volts` (1 without a reference voltage).
    public func speedScale(volts: Float) -> Float {
        guard let reference = referenceVoltage, reference > 0 else { return 1 }
        return volts / reference
    }

    /// The throttle (0…1, all motors equal) at which the steady rotors carry the weight,
    /// for gravity `gravity` m/s², air density `density` kg/m³ (coefficients are at 1.225) and
    /// battery terminal voltage `volts` (ignored without a `referenceVoltage`).
    public func hoverThrottle(gravity: Float, density: Float = World.referenceDensity, volts: Float? = nil) -> Float? {
        guard let first = rotors.first else { return nil }
        let scale = volts.map { speedScale(volts: $0) } ?? 1
        let perRotor = mass * gravity / Float(rotors.count) * (World.referenceDensity / density) / (scale * scale)
        return first.throttle(forThrust: perRotor)
    }
}
