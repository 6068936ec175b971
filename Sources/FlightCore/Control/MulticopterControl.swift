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
    public mutating func step(time: Tick, state: NavigationState, target: ControlTarget, armed: Bool) -> ActuatorOutputs {
        let loops = scheduler.next(time)
        guard armed else {
            rateController.reset(); velocityController.reset(); manual.reset(); heldYaw = .nan
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
                runPosition(state: state, setpoint: sp, dt: dt)
            }
            if let dt = loops.attitudeDt { runAttitude(state: state, dt: dt) }
        case .trajectory(let sp):
            if let dt = loops.positionDt { runPosition(state: state, setpoint: sp, dt: dt) }
            if let dt = loops.attitudeDt { runAttitude(state: state, dt: dt) }
        }

        let torque = rateController.update(rate: state.angularRate, setpoint: rateSetpoint.rates,
                                           dt: loops.rateDt, saturation: mixer.saturation)
        torqueThrust = TorqueThrustSetpoint(torque: torque, thrust: rateSetpoint.thrust)
        return mixer.mix(torqueThrust, armed: true, dt: loops.rateDt)
    }

    mutating func runAttitude(state: NavigationState, dt: Float) {
        let rates = attitudeController.update(attitude: state.attitude, setpoint: attitudeSetpoint)
        rateSetpoint = RateSetpoint(rates: rates, thrust: attitudeSetpoint.thrust)
    }

    mutating func runPosition(state: NavigationState, setpoint: TrajectorySetpoint, dt: Float) {
        let velocityTarget = positionController.update(position: state.position, target: setpoint.position,
                                                       velocityFeedforward: setpoint.velocity)
        let acceleration = velocityController.update(velocity: state.velocity, target: velocityTarget,
                                                     accelerationFeedforward: setpoint.acceleration, dt: dt)
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
