import FlightCore

/// A rigid-body rotational model of a multicopter for closed-loop controller tests: rotor thrust
/// `maxRotorThrust · ((1 − f)·c + f·c²)` of the command `c` above idle (f = `thrustCurve`),
/// reached through a first-order lag, torques from the rotor geometry,
/// Euler's equations for the body rates, quaternion kinematics. No translation, no noise.
struct RotationalModel {
    /// Principal moments of inertia, kg·m², body FRD.
    var inertia: Vector3
    /// Thrust of one rotor at command 1, newtons.
    var maxRotorThrust: Float
    /// Motor time constant, seconds.
    var motorTimeConstant: Float
    var settings: MixerSettings
    /// The rotor's true thrust-curve factor (0 linear, 1 quadratic above idle).
    var thrustCurve: Float = 0

    var attitude = Quaternion.identity
    /// Body rates, rad/s, FRD.
    var rate = Vector3.zero
    var rotorThrust: [Float]

    init(inertia: Vector3, maxRotorThrust: Float, motorTimeConstant: Float, settings: MixerSettings,
         thrustCurve: Float = 0, initialThrust: Float) {
        self.inertia = inertia; self.maxRotorThrust = maxRotorThrust
        self.motorTimeConstant = motorTimeConstant; self.settings = settings; self.thrustCurve = thrustCurve
        rotorThrust = Array(repeating: initialThrust, count: settings.geometry.motorCount)
    }

    /// Steady thrust of one rotor at output `output` (0...1, idle included), newtons.
    func thrust(output: Float) -> Float {
        let c = max(0, (output - settings.idle) / (1 - settings.idle))
        return maxRotorThrust * ((1 - thrustCurve) * c + thrustCurve * c * c)
    }

    /// Body torque (N·m, FRD) from the current rotor thrusts.
    var torque: Vector3 {
        var t = Vector3.zero
        for i in 0..<rotorThrust.count {
            let r = settings.geometry.rotor(i, armLength: settings.armLength)
            let f = rotorThrust[i]
            t += Vector3(-r.y * f, r.x * f, settings.yawMomentRatio * r.spin.yawSign * f)
        }
        return t
    }

    mutating func step(_ outputs: ActuatorOutputs, dt: Float) {
        for i in 0..<rotorThrust.count {
            rotorThrust[i] += (thrust(output: outputs[i]) - rotorThrust[i]) * (dt / motorTimeConstant)
        }
        let iw = rate.scaled(by: inertia)
        let accel = (torque - rate.cross(iw)).scaled(by: Vector3(1 / inertia.x, 1 / inertia.y, 1 / inertia.z))
        rate += accel * dt
        attitude = (attitude * Quaternion(rotationVector: rate * dt)).normalized
    }

    /// Roll angle, radians (Z-Y-X Euler).
    var roll: Float {
        let q = attitude
        return Math.atan2(2 * (q.w * q.x + q.y * q.z), 1 - 2 * (q.x * q.x + q.y * q.y))
    }
}
