import FlightMath

extension Estimator {
    /// The accelerometer consistency check, after every barometer and GNSS fusion.
    ///
    /// Barometric height and GNSS vertical velocity are independent of each other and of the IMU.
    /// When the GNSS climb rate is rejected by its gate and the barometer, beyond
    /// `config.badAccelerometerBaroRatio`, says the same (the vehicle is higher, or lower, than the
    /// prediction), it is the integrated specific force that is wrong: a bias the filter cannot
    /// follow, clipping, or a damaged sensor. After `config.badAccelerometerTime`
    /// of that, the filter declares the accelerometer bad (`EstimatorStatus.badVerticalAccelerometer`,
    /// held for `config.badAccelerometerProbation`), restarts its vertical solution from the
    /// measurements and widens the accelerometer bias uncertainty so the new bias is learnt.
    @usableFromInline mutating func checkVerticalConsistency() {
        let disagree = baroDisagreementUp != 0 && rejectedClimbRateUp != 0 && (baroDisagreementUp > 0) == (rejectedClimbRateUp > 0)
        if !disagree {
            verticalDisagreementSince = nil
        } else if let since = verticalDisagreementSince {
            if delayedTime.seconds(since: since) >= config.badAccelerometerTime { declareBadAccelerometer() }
        } else {
            verticalDisagreementSince = delayedTime
        }
        health.badVerticalAccelerometer = badAccelerometerDeclared.map {
            delayedTime.seconds(since: $0) < config.badAccelerometerProbation
        } ?? false
    }

    /// Restarts the vertical velocity from GNSS and the height from the barometer, and the
    /// accelerometer bias uncertainty from `config.badAccelerometerBiasStd`.
    @usableFromInline mutating func declareBadAccelerometer() {
        badAccelerometerDeclared = delayedTime
        verticalDisagreementSince = nil
        baroDisagreementUp = 0; rejectedClimbRateUp = 0
        health.badAccelerometerDeclarations += 1
        let i = ErrorStateIndex.self
        if let down = lastGnssVelocityDown { state.velocity.z = down }
        if let h = lastBaroHeight, let offset = baroOffset { state.position.z = offset - h }
        let vn = config.gnssVelocityNoise, v = covariance.variances(i.velocity), p = covariance.variances(i.position)
        covariance.reset(block: i.velocity, variances: Vector3(v.x, v.y, vn * vn))
        covariance.reset(block: i.position, variances: Vector3(p.x, p.y, config.baroNoise * config.baroNoise))
        let ab = covariance.variances(i.accelBias), std = config.badAccelerometerBiasStd
        covariance.reset(block: i.accelBias, variances: Vector3(ab.x, ab.y, std * std))
        resetOutput()
    }
}
