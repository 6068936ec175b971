import FlightMath

/// One filter interval of IMU data (one or more samples summed) kept for the delayed fusion
/// horizon, with the output predictor's state at its end.
public struct BufferedImu: Sendable {
    public var time: Tick
    /// Raw angular rate (rad/s) and specific force (m/s²) averaged over the interval, body FRD.
    public var gyro: Vector3, accel: Vector3
    /// Interval, seconds.
    public var dt: Float
    /// Output predictor attitude (body FRD → NED), velocity (m/s NED) and position (m NED) at `time`.
    public var attitude: Quaternion, velocity: Vector3, position: Vector3

    static let empty = BufferedImu(time: .zero, gyro: .zero, accel: .zero, dt: 0, attitude: .identity,
                                   velocity: .zero, position: .zero)
}

/// Swiftlet's navigation filter: a 21-state error-state extended Kalman filter.
///
/// States: attitude, NED velocity and position, gyro and accelerometer biases, earth and body
/// magnetic fields (`ErrorStateIndex`). It predicts with IMU data summed into filter intervals (`config.filterPeriod`, 100 Hz by default) and fuses GNSS position
/// and velocity, barometric height and the three-axis magnetometer by sequential scalar updates
/// with innovation gates.
///
/// Like PX4's EKF2, the filter runs on a *delayed fusion horizon*: IMU samples wait in a ring
/// buffer for `config.fusionHorizon` seconds so that every sensor sample, which is older than
/// its timestamp by its configured delay, is fused at the time it was measured. An output
/// predictor integrates the IMU at the present time and is pulled towards the delayed filter
/// state by a complementary correction, so `navigationState` is current.
///
/// Feed samples in time order: `predict(_:)` for every IMU sample, `fuse(_:)` for the others.
/// No call allocates memory.
public struct Estimator: Sendable {
    public var config: EstimatorConfig { didSet { refreshSnapshot() } }
    /// The filter state at the delayed horizon.
    public internal(set) var state = NominalState()
    /// The error-state covariance at the delayed horizon.
    public internal(set) var covariance = ErrorStateCovariance()
    @usableFromInline var imuBuffer = FixedRing<64, BufferedImu>(filler: .empty)
    @usableFromInline var gnssBuffer = FixedRing<4, GnssSample>(filler: GnssSample(
        time: .zero, latE7: 0, lonE7: 0, altitudeMeters: 0, velocityNED: .zero, fix: .noGps, satellites: 0,
        horizontalAccuracy: 0, verticalAccuracy: 0, speedAccuracy: 0))
    /// Barometer and magnetometer samples wait here until the delayed horizon reaches them, so each
    /// ring must hold a horizon's worth of samples: a full ring drops its oldest sample, and with
    /// fewer slots than samples per horizon every sample is dropped before it is due (8 slots lost
    /// every 100 Hz magnetometer sample behind the 0.11 s GNSS horizon). 32 slots: 0.3 s at 100 Hz.
    @usableFromInline var baroBuffer = FixedRing<32, BaroSample>(filler: BaroSample(time: .zero, pressurePa: 0, temperatureC: 0))
    @usableFromInline var magBuffer = FixedRing<32, MagSample>(filler: MagSample(time: .zero, fieldGauss: .zero))
    /// Output predictor state at the present time (biases copied from the filter).
    @usableFromInline var output = NominalState()
    @usableFromInline var lastImuTime: Tick?
    /// IMU data summed towards the next filter interval: Σ gyro·dt (rad), Σ accel·dt (m/s), Σ dt (s).
    @usableFromInline var pendingAngle = Vector3.zero, pendingVelocity = Vector3.zero
    @usableFromInline var pendingTime: Float = 0
    @usableFromInline var latestRate = Vector3.zero
    @usableFromInline var alignment = StationaryAlignment()
    @usableFromInline var yawAligner = GnssYawAligner()
    /// Time of the delayed horizon.
    public internal(set) var delayedTime = Tick.zero
    /// The NED origin, set at the first good GNSS fix.
    public internal(set) var localFrame: LocalTangentPlane?
    @usableFromInline var health = EstimatorStatus()
    @usableFromInline var gnssGoodCount = 0
    @usableFromInline var lastGnssFused: Tick?
    @usableFromInline var gnssRejectedSince: Tick?
    @usableFromInline var lastHeightFused: Tick?
    @usableFromInline var magRejectedSince: Tick?
    /// In-flight magnetometer heading alignment: the lowest height (largest NED down, metres) seen
    /// since the origin was set, and whether the one alignment after climbing away from it is done.
    @usableFromInline var lowestDown: Float?
    @usableFromInline var magAlignedInFlight = false
    @usableFromInline var lastFakeFusion = Tick.zero
    /// Barometric height minus the filter's height above the origin, metres (nil before the first sample).
    public internal(set) var baroOffset: Float?
    @usableFromInline var lastBaroHeight: Float?
    /// Accelerometer consistency: the latest barometer innovation beyond
    /// `config.badAccelerometerBaroRatio` and the latest rejected GNSS climb-rate innovation,
    /// upward (measured minus predicted height, m; climb rate, m/s; 0 otherwise), since when they
    /// disagree together, the latest GNSS vertical velocity (m/s down) and the last declaration.
    @usableFromInline var baroDisagreementUp: Float = 0, rejectedClimbRateUp: Float = 0
    @usableFromInline var verticalDisagreementSince: Tick?
    @usableFromInline var lastGnssVelocityDown: Float?
    @usableFromInline var badAccelerometerDeclared: Tick?

    /// The estimate at the time of the latest IMU sample, for controllers and telemetry.
    ///
    /// Stored, refreshed by every change, rather than computed on reading: reading a computed
    /// property of a stored estimator from a mutating method copies the whole estimator (about
    /// 9 KB) first, which was half the cost of a control tick.
    public internal(set) var navigationState = NavigationState()
    /// Health: test ratios, uncertainties and why each part of the solution is or is not good.
    public internal(set) var status = EstimatorStatus()

    public init(config: EstimatorConfig = EstimatorConfig()) {
        self.config = config
        health.usingMagnetometer = config.magnetometerMode == .threeAxis
        refreshSnapshot()
    }

    /// Processes one IMU sample: output prediction now; once a filter interval (`config.filterPeriod`)
    /// is complete, filter prediction and fusion at the horizon.
    public mutating func predict(_ imu: ImuSample) {
        advance(imu)
        refreshSnapshot()
    }

    @usableFromInline mutating func advance(_ imu: ImuSample) {
        guard let last = lastImuTime else { lastImuTime = imu.time; return }
        guard imu.time > last else { return }
        let dt = min(0.05, max(1e-4, imu.time.seconds(since: last)))
        lastImuTime = imu.time
        latestRate = imu.gyro - state.gyroBias
        guard health.aligned else {
            alignment.add(accel: imu.accel, dt: dt)
            let magReady = config.magnetometerMode == .disabled || alignment.magCount > 0
            if alignment.duration >= config.alignmentDuration && magReady { align(at: imu.time) }
            return
        }
        output.gyroBias = state.gyroBias; output.accelBias = state.accelBias
        _ = output.integrate(gyro: imu.gyro, accel: imu.accel, dt: dt)
        pendingAngle += imu.gyro * dt; pendingVelocity += imu.accel * dt; pendingTime += dt
        guard pendingTime >= 0.9 * config.filterPeriod else { return }
        imuBuffer.push(BufferedImu(time: imu.time, gyro: pendingAngle / pendingTime, accel: pendingVelocity / pendingTime,
                                   dt: pendingTime, attitude: output.attitude, velocity: output.velocity,
                                   position: output.position))
        pendingAngle = .zero; pendingVelocity = .zero; pendingTime = 0
        let horizon = UInt64(max(0, config.fusionHorizon) * 1e6)
        while let oldest = imuBuffer.first, oldest.time.micros &+ horizon <= imu.time.micros {
            _ = imuBuffer.popFirst()
            stepDelayed(oldest)
        }
    }

    /// Queues a GNSS sample; it is fused once the horizon reaches its measurement time.
    public mutating func fuse(_ gnss: GnssSample) { if health.aligned { gnssBuffer.push(gnss) } }

    /// Queues a barometer sample.
    public mutating func fuse(_ baro: BaroSample) { if health.aligned { baroBuffer.push(baro) } }

    /// Queues a magnetometer sample (before alignment it feeds the initial heading).
    public mutating func fuse(_ mag: MagSample) {
        if health.aligned {
            if health.usingMagnetometer { magBuffer.push(mag) }
        } else if config.magnetometerMode == .threeAxis {
            alignment.add(mag: mag.fieldGauss)
        }
    }

    // MARK: Delayed horizon

    @usableFromInline mutating func stepDelayed(_ s: BufferedImu) {
        let dv = state.integrate(gyro: s.gyro, accel: s.accel, dt: s.dt)
        covariance.predict(r: Matrix3(state.attitude), dv: dv, dt: s.dt, noise: config.processNoise)
        if !health.headingAligned {
            // Until heading is known, velocity errors from a wrong heading would be learnt as
            // accelerometer bias: keep the bias states out of every update (as PX4 inhibits states).
            covariance.reset(block: ErrorStateIndex.accelBias, variances: covariance.variances(ErrorStateIndex.accelBias))
        }
        yawAligner.accumulate(deltaVelocity: dv, dt: s.dt)
        health.filterPredictions += 1
        delayedTime = s.time
        fuseDueSamples()
        correctOutput(against: s)
    }

    /// Measurement time of a sample stamped `t` from a sensor with `delay` seconds.
    @inlinable func measurementTime(_ t: Tick, delay: Float) -> UInt64 {
        let d = UInt64(max(0, delay) * 1e6)
        return t.micros > d ? t.micros - d : 0
    }

    @usableFromInline mutating func fuseDueSamples() {
        let now = delayedTime.micros
        while let m = magBuffer.first, measurementTime(m.time, delay: config.magDelay) <= now {
            _ = magBuffer.popFirst(); fuseMagnetometer(m.fieldGauss); health.magFusions += 1
        }
        while let b = baroBuffer.first, measurementTime(b.time, delay: config.baroDelay) <= now {
            _ = baroBuffer.popFirst(); fuseBaro(b); health.baroFusions += 1
        }
        while let g = gnssBuffer.first, measurementTime(g.time, delay: config.gnssDelay) <= now {
            _ = gnssBuffer.popFirst(); fuseGnss(g); health.gnssFusions += 1
        }
        if localFrame == nil && delayedTime.seconds(since: lastFakeFusion) >= 0.2 {
            lastFakeFusion = delayedTime
            fuseStationaryPosition()
        }
    }

    /// Pulls the output predictor towards the delayed filter: the difference between the filter
    /// and the output state stored for the same instant is fed back with time constant
    /// `config.outputTimeConstant` (also to the buffered output states, so each error is fed back once).
    @usableFromInline mutating func correctOutput(against s: BufferedImu) {
        let gain = min(1, s.dt / max(s.dt, config.outputTimeConstant))
        let attitudeError = (state.attitude * s.attitude.conjugate).rotationVector
        let rotation = Quaternion(rotationVector: attitudeError * gain)
        output.attitude = (rotation * output.attitude).normalized
        let dv = (state.velocity - s.velocity) * gain, dp = (state.position - s.position) * gain
        output.velocity += dv; output.position += dp
        for i in 0..<imuBuffer.count {
            imuBuffer[i].attitude = rotation * imuBuffer[i].attitude
            imuBuffer[i].velocity += dv; imuBuffer[i].position += dp
        }
    }

    /// After a filter reset: rebuilds the output states by integrating the buffered IMU data
    /// forward from the delayed filter state.
    @usableFromInline mutating func resetOutput() {
        output = state
        for i in 0..<imuBuffer.count {
            let s = imuBuffer[i]
            _ = output.integrate(gyro: s.gyro, accel: s.accel, dt: s.dt)
            imuBuffer[i].attitude = output.attitude; imuBuffer[i].velocity = output.velocity
            imuBuffer[i].position = output.position
        }
    }

    // MARK: Alignment

    @usableFromInline mutating func align(at time: Tick) {
        state = NominalState()
        state.attitude = alignment.attitude(declination: config.declination)
        let useMag = config.magnetometerMode == .threeAxis
        if let m = alignment.meanMag, useMag {
            state.earthField = state.attitude.rotate(m)
        }
        let i = ErrorStateIndex.self
        let tilt: Float = 0.05, yaw: Float = useMag ? 0.1 : 0.5
        covariance = ErrorStateCovariance()
        covariance.reset(block: i.attitude, variances: Vector3(tilt * tilt, tilt * tilt, yaw * yaw))
        covariance.reset(block: i.velocity, variances: Vector3(0.25, 0.25, 0.25))
        covariance.reset(block: i.position, variances: Vector3(0.25, 0.25, 0.25))
        let gb: Float = 0.01, ab: Float = 0.2, ef: Float = 0.02, bf: Float = 0.05
        covariance.reset(block: i.gyroBias, variances: Vector3(gb * gb, gb * gb, gb * gb))
        covariance.reset(block: i.accelBias, variances: Vector3(ab * ab, ab * ab, ab * ab))
        covariance.reset(block: i.earthField, variances: Vector3(ef * ef, ef * ef, ef * ef))
        covariance.reset(block: i.bodyField, variances: Vector3(bf * bf, bf * bf, bf * bf))
        health.aligned = true
        lowestDown = nil; magAlignedInFlight = false
        health.headingAligned = useMag
        delayedTime = time; lastFakeFusion = time
        output = state
        imuBuffer.removeAll()
        pendingAngle = .zero; pendingVelocity = .zero; pendingTime = 0
    }
}
