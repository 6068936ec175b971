import FlightMath

/// The whole multicopter cascade, stepped once per IMU sample:
/// position → velocity → thrust vector → attitude → rate → mixer.
///
/// `ControlScheduler` decides which outer loops run on a tick; between their runs the inner loops
/// keep following the last outer setpoint. While disarmed the controllers are held reset and the
/// mixer spools down. Allocates nothing per step.
public struct MulticopterControl: Sendable {
    /// Decides which loops run on each IMU tick; holds timing statistics.
    public private(set) var scheduler: ControlScheduler
    /// The stages, exposed so their gains can be replaced and their state inspected.
    public var rateController: RateController
    public var attitudeController: AttitudeController
    public var positionController: PositionController
    public var velocityController: VelocityController
    public var manual: ManualControl
    /// Allocation, desaturation and spool state.
    public private(set) var mixer: Mixer
    /// Watches the mixer's shares for a stopped motor while `MixerSettings.handlesMotorFailure`.
    public private(set) var motorFailureDetector = MotorFailureDetector()
    /// A motor (0-based) found stopped and taken out of the allocation, not yet collected by
    /// `takeMotorFailure()`.
    var unreportedMotorFailure: Int?

    /// The latest setpoints of each stage (for telemetry and logs).
    public private(set) var attitudeSetpoint = AttitudeSetpoint(attitude: .identity, thrust: 0)
    public private(set) var rateSetpoint = RateSetpoint(rates: .zero, thrust: 0)
    public private(set) var torqueThrust = TorqueThrustSetpoint.zero
    var heldYaw: Float = .nan

    public init(gains: ControlGains) throws(MixerError) {
        scheduler = ControlScheduler(rates: gains.loopRates)
        rateController = RateController(gains: gains.rate)
        attitudeController = AttitudeController(gains: gains.attitude)
        positionController = PositionController(gains: gains.position)
        velocityController = VelocityController(gains: gains.position)
        manual = ManualControl(limits: gains.manual)
        mixer = try Mixer(settings: gains.mixer)
    }

    /// Replaces the gains after a parameter change, keeping integrators, hold points and spool
    /// state. Idle, spool times, thrust curve and airmode apply at once; loop rates, geometry, arm
    /// length and rotor constant are reboot-required parameters and are ignored here (build a new
    /// `MulticopterControl` for them).
    public mutating func updateGains(_ gains: ControlGains) {
        rateController.gains = gains.rate
        attitudeController.gains = gains.attitude
        positionController.gains = gains.position
        velocityController.gains = gains.position
        manual.limits = gains.manual
        mixer.updateMotorBehaviour(from: gains.mixer)
    }

    /// Clears the rate and velocity integrators (for example while the vehicle is landed).
    public mutating func resetIntegrators() {
        rateController.reset()
        velocityController.reset()
    }

    /// Timing statistics of the rate loop.
    public var timing: ControlTiming { scheduler.timing }

    /// Excludes (or, with nil, restores) a failed motor, 0-based.
    public mutating func setFailedMotor(_ motor: Int?) throws(MixerError) { try mixer.setFailedMotor(motor) }

    /// Passes the edge's measured execution time of the last step to the scheduler's statistics.
    public mutating func recordExecution(micros: UInt64) { scheduler.recordExecution(micros: micros) }

    /// Runs the loops due at IMU time `time` with the current estimate `state`, following `target`.
    ///
    /// `groundContact` (armed and still landed before take-off, or the land detector's touchdown
    /// during a landing): the position loops ask for no
    /// horizontal acceleration, so the attitude setpoint is level, and the horizontal velocity and
    /// roll and pitch rate integrators are held at zero, as PX4 does: on the ground the gear stops
    /// the body from tilting, and anything that integrated the remaining error (the tilt that held
    /// the vehicle against the wind a moment before) would only push it over or along the ground.
    public mutating func step(time: Tick, state: NavigationState, target: ControlTarget, armed: Bool,
                              groundContact: Bool = false) -> ActuatorOutputs {
        let loops = scheduler.next(time)
        guard armed else {
            rateController.reset(); velocityController.reset(); manual.reset(); heldYaw = .nan
            // A motor taken out stays out until reboot; otherwise each flight starts unsuspected.
            if mixer.failedMotor == nil { motorFailureDetector.reset() }
            torqueThrust = .zero
            return mixer.mix(.zero, armed: false, dt: loops.rateDt)
        }

        switch target {
        case .rates(let sp):
            rateSetpoint = sp
        case .attitude(let sp):
            attitudeSetpoint = sp
            if let dt = loops.attitudeDt { runAttitude(state: state, dt: dt) }
        case .manual(let input, .stabilized):
            if let dt = loops.attitudeDt {
                attitudeSetpoint = manual.stabilized(input, attitude: state.attitude, dt: dt)
                runAttitude(state: state, dt: dt)
            }
        case .manual(let input, let mode):
            if let dt = loops.positionDt {
                let sp = mode == .altitude ? manual.altitude(input, state: state, dt: dt)
                                           : manual.position(input, state: state, dt: dt)
                runPosition(state: state, setpoint: sp, dt: dt, groundContact: groundContact)
            }
            if let dt = loops.attitudeDt { runAttitude(state: state, dt: dt) }
        case .trajectory(let sp):
            if let dt = loops.positionDt { runPosition(state: state, setpoint: sp, dt: dt, groundContact: groundContact) }
            if let dt = loops.attitudeDt { runAttitude(state: state, dt: dt) }
        }

        if groundContact { rateController.resetIntegral(axis: 0); rateController.resetIntegral(axis: 1) }
        let torque = rateController.update(rate: state.angularRate, setpoint: rateSetpoint.rates,
                                           dt: loops.rateDt, saturation: mixer.saturation)
        if groundContact { rateController.resetIntegral(axis: 0); rateController.resetIntegral(axis: 1) }
        torqueThrust = TorqueThrustSetpoint(torque: torque, thrust: rateSetpoint.thrust)
        let outputs = mixer.mix(torqueThrust, armed: true, dt: loops.rateDt)
        if mixer.settings.handlesMotorFailure && mixer.failedMotor == nil && mixer.spool >= 1 {
            watchForMotorFailure(dt: loops.rateDt)
        }
        return outputs
    }

    /// The motor (0-based) taken out of the allocation since the last call, if any: once per
    /// failure, for the stack to report.
    public mutating func takeMotorFailure() -> Int? {
        defer { unreportedMotorFailure = nil }
        return unreportedMotorFailure
    }

    /// Feeds the detector; on a verdict, reallocates without the motor and clears the rate
    /// integrators, which held the torque the healthy allocation was missing (with the motor out
    /// of the allocation that compensation would now act as a disturbance).
    mutating func watchForMotorFailure(dt: Float) {
        let shares = mixer.shares
        guard let motor = motorFailureDetector.update(shares: shares.span, count: mixer.allocation.count, dt: dt) else { return }
        // The remaining motors cannot control the vehicle without it (a quad): keep the allocation.
        do { try mixer.setFailedMotor(motor) } catch { return }
        for axis in 0..<3 { rateController.resetIntegral(axis: axis) }
        unreportedMotorFailure = motor
    }

    mutating func runAttitude(state: NavigationState, dt: Float) {
        let rates = attitudeController.update(attitude: state.attitude, setpoint: attitudeSetpoint)
        rateSetpoint = RateSetpoint(rates: rates, thrust: attitudeSetpoint.thrust)
    }

    mutating func runPosition(state: NavigationState, setpoint: TrajectorySetpoint, dt: Float, groundContact: Bool = false) {
        let velocityTarget = positionController.update(position: state.position, target: setpoint.position,
                                                       velocityFeedforward: setpoint.velocity)
        var acceleration = velocityController.update(velocity: state.velocity, target: velocityTarget,
                                                     accelerationFeedforward: setpoint.acceleration, dt: dt)
        if groundContact {
            velocityController.resetHorizontalIntegral()
            acceleration.x = 0; acceleration.y = 0
        }
        if setpoint.yaw.isFinite {
            heldYaw = setpoint.yaw
        } else if !heldYaw.isFinite {
            heldYaw = QuaternionGeometry.yaw(state.attitude)
        }
        attitudeSetpoint = ThrustVectorAttitude.attitude(
            acceleration: acceleration, yaw: heldYaw,
            yawRateFeedforward: setpoint.yawRate.isFinite ? setpoint.yawRate : 0, gains: positionController.gains)
    }
}
