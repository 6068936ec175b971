import FlightCore

/// A rigid-body rotational model of a multicopter for closed-loop controller tests: rotor thrust
/// proportional to the motor command through a first-order lag, torques from the rotor geometry,
/// Euler's equations for the body rates, quaternion kinematics. No translation, no noise.
struct RotationalModel {
    /// Principal moments of inertia, kg·m², body FRD.
    var inertia: Vector3
    /// Thrust of one rotor at command 1, newtons.
    var maxRotorThrust: Float
    /// Motor time constant, seconds.
    var motorTimeConstant: Float
    var settings: MixerSettings

    var attitude = Quaternion.identity
    /// Body rates, rad/s, FRD.
    var rate = Vector3.zero
    var rotorThrust: [Float]

    init(inertia: Vector3, maxRotorThrust: Float, motorTimeConstant: Float, settings: MixerSettings, initialCommand: Float) {
        self.inertia = inertia; self.maxRotorThrust = maxRotorThrust
        self.motorTimeConstant = motorTimeConstant; self.settings = settings
        rotorThrust = Array(repeating: initialCommand * maxRotorThrust, count: settings.geometry.motorCount)
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
            rotorThrust[i] += (outputs[i] * maxRotorThrust - rotorThrust[i]) * (dt / motorTimeConstant)
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
