import FlightMath

/// The simulated physical world of one multirotor: rigid body, rotors, battery, wind, ground.
///
/// `step` advances everything by a fixed `dt` (use 1 ms or less) and returns the truth. It does
/// not allocate, read clocks or print; every random draw comes from the world's own
/// `SplitMix64`, so two worlds built with the same seed produce bit-identical truth.
///
/// Frames: NED from `origin` (the ground under the vehicle at start is at down = 0), body FRD.
public struct World: Sendable {
    /// Air density the rotor and drag coefficients refer to (ISA sea level), kg/m³.
    public static let referenceDensity: Float = 1.225

    /// The vehicle being simulated.
    public let airframe: Airframe
    /// Geodetic position of the NED origin: the take-off point, on the ground.
    public let origin: GeodeticPosition
    /// Gravity at the origin, m/s² (WGS-84 normal gravity at its latitude and altitude).
    public let gravity: Float
    /// Change of gravity with height above the origin, (m/s²)/m (the free-air gradient, negative).
    public let gravityGradient: Float
    /// Air at the vehicle's altitude, refreshed whenever it has moved a metre vertically.
    public private(set) var air: AirProperties
    /// The local NED frame about `origin`, for converting truth positions to latitude/longitude.
    public let plane: LocalTangentPlane
    /// Mean wind, turbulence and gusts; its settings may be changed between steps.
    public var wind: WindModel
    /// Mass, inertia and kinematic state.
    public private(set) var body: RigidBody
    /// The pack: charge, terminal voltage, current.
    public private(set) var battery: Battery
    /// Current rotor speeds, rad/s, motor order.
    public private(set) var rotorSpeeds: RotorSpeeds
    /// Per-motor thrust efficiency, 0…1 (1 healthy; a damaged propeller less). A failed motor has 0.
    public var motorEfficiency: InlineArray<8, Float>
    /// Resting on the gear (true at start).
    public private(set) var landed = true
    /// Hit the ground too hard or tipped over; from then on the vehicle does not move.
    public private(set) var crashed = false
    /// Simulated time, µs since start.
    public private(set) var timeMicros: UInt64 = 0
    /// The velocity the gear took away in the latest step (a stop on touching down, static
    /// friction), m/s NED: an impulse outside the forces, which the accelerometer still feels.
    var contactVelocityChange = Vector3.zero
    var rng: SplitMix64

    let rotors: InlineArray<8, RotorSpec>
    let rotorCount: Int
    var densityRatio: Float
    var density: Float
    /// Altitude (m AMSL) at which `air` was last computed.
    var airAltitude: Double
    var lagFactors: InlineArray<8, Float>
    var lagStep: Float = -1
    let tipOverCosine: Float

    /// A world with `airframe` resting on the ground at `origin`, heading `yawRadians`.
    public init(airframe: Airframe, origin: GeodeticPosition, wind: WindSettings = .calm,
                yawRadians: Float = 0, seed: UInt64) {
        self.airframe = airframe
        self.origin = origin
        plane = LocalTangentPlane(origin: origin)
        gravity = Float(NormalGravity.magnitude(latitudeDegrees: origin.latitude, heightMeters: origin.altitude))
        gravityGradient = Float(NormalGravity.magnitude(latitudeDegrees: origin.latitude, heightMeters: origin.altitude + 1000)
            - NormalGravity.magnitude(latitudeDegrees: origin.latitude, heightMeters: origin.altitude)) / 1000
        airAltitude = origin.altitude
        air = StandardAtmosphere.air(altitudeMeters: origin.altitude)
        density = Float(air.densityKilogramsPerCubicMeter)
        densityRatio = density / World.referenceDensity
        self.wind = WindModel(settings: wind)
        let start = RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -Double(airframe.gearHeight)),
                                   attitude: Quaternion(axis: Vector3(0, 0, 1), angle: yawRadians))
        body = RigidBody(mass: airframe.mass, inertia: airframe.inertia, state: start)
        battery = Battery(spec: airframe.battery)
        rotorCount = min(airframe.rotors.count, 8)
        let placeholder = airframe.rotors.first
            ?? RotorSpec(position: .zero, spin: .clockwise, thrustCoefficient: 0, torqueCoefficient: 0,
                         maxSpeed: 0, timeConstant: 1, thrustCurveFactor: 0)
        var specs = InlineArray<8, RotorSpec>(repeating: placeholder)
        for i in 0..<rotorCount { specs[i] = airframe.rotors[i] }
        rotors = specs
        rotorSpeeds = RotorSpeeds(count: rotorCount)
        motorEfficiency = InlineArray(repeating: 1)
        lagFactors = InlineArray(repeating: 0)
        tipOverCosine = Math.cos(airframe.tipOverAngle)
        rng = SplitMix64(seed: seed)
    }

    /// Latitude/longitude (degrees) and altitude (m AMSL, the origin's datum) of a truth position.
    /// Costs an ECEF round trip: call it at telemetry rate, not per physics step.
    public func geodetic(of position: NEDOffset) -> GeodeticPosition { plane.geodetic(of: position) }

    /// Rigid-body state (position, velocity, attitude, rate).
    public var state: RigidBodyState { body.state }

    /// Places the vehicle at `state` (for tests and for starting in the air); clears landed/crashed.
    public mutating func reset(to state: RigidBodyState, rotorSpeed: Float = 0) {
        body.state = state
        for i in 0..<rotorCount { rotorSpeeds[i] = rotorSpeed }
        updateAir(altitude: origin.altitude - state.position.down)
        landed = false
        crashed = false
    }

    /// Stops motor `index` (0-based) for good.
    public mutating func failMotor(_ index: Int) {
        if index >= 0 && index < 8 { motorEfficiency[index] = 0 }
    }

    /// Puts in a fully charged pack of the same kind (an operator's battery swap).
    public mutating func replaceBattery() {
        battery = Battery(spec: battery.spec)
    }

    /// Removes `fraction` of the battery's remaining charge at once.
    public mutating func dropBattery(fractionOfRemaining fraction: Float) {
        battery.drop(fractionOfRemaining: fraction)
    }

    /// Advances the world by `dt` seconds with `motorCommands` (0…1 per motor) and returns the truth.
    public mutating func step(motorCommands: MotorCommands, dt: Float) -> Truth {
        if dt != lagStep { updateLagFactors(dt: dt) }
        let speedScale = airframe.speedScale(volts: battery.volts)
        let s = body.state
        let altitude = origin.altitude - s.position.down
        if abs(altitude - airAltitude) > 1 { updateAir(altitude: altitude) }
        let q = s.attitude
        let airVelocity = wind.step(dt: dt, heightAboveGround: Float(-s.position.down),
                                    vehicleVelocityNED: s.velocity, rng: &rng)
        let relativeAir = q.inverseRotate(s.velocity - airVelocity)

        var force = Vector3.zero, torque = Vector3.zero
        var shaftPower: Float = 0
        let dragC = airframe.rotorDragCoefficient
        for i in 0..<rotorCount {
            let spec = rotors[i]
            let efficiency = motorEfficiency[i]
            let target = (crashed || efficiency == 0) ? 0 : spec.commandedSpeed(throttle: motorCommands[i]) * speedScale
            var w = rotorSpeeds[i]
            w += (target - w) * lagFactors[i]
            rotorSpeeds[i] = w
            let w2 = w * w * densityRatio
            // In-plane drag acts on the hub's own airspeed, which the body's rotation adds to:
            // yawing moves every hub sideways, so this drag also damps yaw.
            let hubAir = relativeAir + s.angularRate.cross(spec.position)
            let rotorForce = Vector3(-dragC * w * hubAir.x, -dragC * w * hubAir.y,
                                     -spec.thrustCoefficient * w2 * efficiency)
            force += rotorForce
            let dragTorque = spec.spin.yawTorqueSign * spec.torqueCoefficient * w2 * efficiency
            torque += spec.position.cross(rotorForce) + Vector3(0, 0, dragTorque)
            shaftPower += spec.torqueCoefficient * w2 * w
        }
        let area = airframe.bodyDragArea
        let halfRho = 0.5 * density
        force -= Vector3(area.x * abs(relativeAir.x) * relativeAir.x,
                         area.y * abs(relativeAir.y) * relativeAir.y,
                         area.z * abs(relativeAir.z) * relativeAir.z) * halfRho

        let gravityNED = Vector3(0, 0, gravityHere)
        var acceleration = q.rotate(force) * (1 / airframe.mass) + gravityNED
        battery.step(shaftPowerWatts: shaftPower, dt: dt)

        var gearTurn = Vector3.zero
        contactVelocityChange = .zero
        if crashed {
            acceleration = .zero
            torque = .zero
            body.state.velocity = .zero
            body.state.angularRate = .zero
        } else {
            gearTurn = supportOnGround(acceleration: &acceleration, torque: &torque, dt: dt)
        }
        let startRate = body.state.angularRate
        if !crashed {
            body.step(acceleration: acceleration, torque: torque, dt: dt)
            resolvePenetration()
        }
        // The body turned by the mean of its start and end rates (`RigidBody.step`) and by whatever
        // the gear turned it: a gyro integrates both.
        let turnRate = (startRate + body.state.angularRate) * 0.5 + gearTurn * (1 / dt)
        // The gear's stops are velocity changes outside `acceleration` (an impulse over the step):
        // an accelerometer feels them, so the specific force carries them too.
        let felt = acceleration + contactVelocityChange * (1 / dt)
        timeMicros &+= UInt64((dt * 1_000_000).rounded())
        return Truth(timeMicros: timeMicros, position: body.state.position, velocity: body.state.velocity,
                     acceleration: acceleration,
                     specificForce: body.state.attitude.inverseRotate(felt - gravityNED),
                     attitude: body.state.attitude, angularRate: body.state.angularRate, turnRate: turnRate, wind: airVelocity,
                     rotorSpeeds: rotorSpeeds, batteryVolts: battery.volts, batteryAmps: battery.amps,
                     batteryRemaining: battery.stateOfCharge, landed: landed, crashed: crashed)
    }

    /// Gravity at the vehicle's present height, m/s².
    public var gravityHere: Float { gravity - gravityGradient * Float(body.state.position.down) }

    mutating func updateAir(altitude: Double) {
        air = StandardAtmosphere.air(altitudeMeters: altitude)
        airAltitude = altitude
        density = Float(air.densityKilogramsPerCubicMeter)
        densityRatio = density / World.referenceDensity
    }

    /// The throttle at which this world's vehicle hovers now: its gravity and air density, and
    /// the battery voltage sagged under the hover load (iterated to a fixed point).
    public func predictedHoverThrottle() -> Float? {
        var volts = battery.openCircuitVolts
        var throttle: Float?
        let spec = battery.spec
        for _ in 0..<6 {
            throttle = airframe.hoverThrottle(gravity: gravityHere, density: density, volts: volts)
            guard let u = throttle, let rotor = airframe.rotors.first else { return nil }
            let w = rotor.commandedSpeed(throttle: u) * airframe.speedScale(volts: volts)
            let shaft = Float(airframe.rotors.count) * rotor.torqueCoefficient * w * w * w * densityRatio
            let e = battery.openCircuitVolts
            let power = shaft / spec.powertrainEfficiency + spec.idleCurrentAmps * e
            let disc = e * e - 4 * spec.internalResistanceOhms * power
            volts = disc > 0 ? 0.5 * (e + disc.squareRoot()) : 0.5 * e
        }
        return throttle
    }

    mutating func updateLagFactors(dt: Float) {
        for i in 0..<rotorCount { lagFactors[i] = 1 - Math.exp(-dt / max(rotors[i].timeConstant, 1e-4)) }
        lagStep = dt
    }

    /// Height of the centre of mass above the gear feet when resting: down of the resting CG.
    var restingDown: Double { -Double(airframe.gearHeight) }

    /// Ground reaction while the gear touches and the net force presses it down: no vertical
    /// motion, Coulomb friction on the horizontal, the gear holds the body level (yaw kept).
    /// Returns the turn the gear gave the body to level it (rotation vector, rad, body FRD).
    mutating func supportOnGround(acceleration: inout Vector3, torque: inout Vector3, dt: Float) -> Vector3 {
        let s = body.state
        guard s.position.down >= restingDown - 1e-4, acceleration.z > 0 else {
            landed = false
            return .zero
        }
        if s.attitude.rotate(Vector3(0, 0, 1)).z < tipOverCosine {
            crash()
            return .zero
        }
        let pressing = acceleration.z
        acceleration.z = 0
        contactVelocityChange.z -= body.state.velocity.z
        body.state.velocity.z = 0
        body.state.position.down = restingDown
        // Coulomb friction, never reversing the sliding direction.
        let maxFriction = airframe.groundFriction * pressing
        let slide = Vector3(s.velocity.x, s.velocity.y, 0)
        let push = Vector3(acceleration.x, acceleration.y, 0)
        let speed = slide.length
        if speed < 1e-3 {
            if push.length <= maxFriction {
                acceleration.x = 0; acceleration.y = 0
                contactVelocityChange.x -= body.state.velocity.x; contactVelocityChange.y -= body.state.velocity.y
                body.state.velocity.x = 0; body.state.velocity.y = 0
            } else {
                let f = push.normalized * maxFriction
                acceleration.x -= f.x; acceleration.y -= f.y
            }
        } else {
            let decel = min(maxFriction, speed / dt)
            let f = slide * (decel / speed)
            acceleration.x -= f.x; acceleration.y -= f.y
        }
        // The gear holds the body level; only the heading stays.
        let forward = s.attitude.rotate(Vector3(1, 0, 0))
        let level = Quaternion(axis: Vector3(0, 0, 1), angle: Math.atan2(forward.y, forward.x))
        body.state.attitude = level
        body.state.angularRate = .zero
        torque = .zero
        landed = speed < 0.05
        return (s.attitude.conjugate * level).canonical.rotationVector
    }

    /// After integrating: no sinking below the gear; a hard touchdown or a tilted one is a crash.
    mutating func resolvePenetration() {
        guard body.state.position.down > restingDown else { return }
        let impact = body.state.velocity.z
        let tiltCosine = body.state.attitude.rotate(Vector3(0, 0, 1)).z
        body.state.position.down = restingDown
        if impact > 0 { body.state.velocity.z = 0; contactVelocityChange.z -= impact }
        if impact > airframe.crashSpeed || tiltCosine < tipOverCosine { crash() }
    }

    mutating func crash() {
        crashed = true
        landed = false
        body.state.velocity = .zero
        body.state.angularRate = .zero
        body.state.position.down = restingDown
    }
}
