import FlightMath

extension Estimator {
    /// The estimate at the time of the latest IMU sample, for controllers and telemetry.
    public var navigationState: NavigationState {
        NavigationState(time: lastImuTime ?? .zero, attitude: output.attitude, angularRate: latestRate,
                        velocity: output.velocity, position: output.position, origin: localFrame?.origin,
                        validity: status.validity)
    }

    /// Health: test ratios, uncertainties and why each part of the solution is or is not good.
    public var status: EstimatorStatus {
        var s = health
        let i = ErrorStateIndex.self
        let att = covariance.variances(i.attitude), vel = covariance.variances(i.velocity)
        let pos = covariance.variances(i.position)
        s.tiltStd = max(att.x, att.y).squareRoot()
        s.headingStd = att.z.squareRoot()
        s.velocityStd = max(vel.x, vel.y).squareRoot()
        s.positionStd = max(pos.x, pos.y).squareRoot()
        guard s.aligned else { return s }
        // Attitude is good when the tilt is: a multicopter can take off and hold attitude without
        // a heading (it is found from GNSS velocity in flight); horizontal velocity and position
        // report `.headingUnknown` until then.
        s.attitudeIssue = s.tiltStd > config.maxTiltStd ? .uncertaintyTooLarge : .none
        let sinceGnss = lastGnssFused.map { delayedTime.seconds(since: $0) } ?? .infinity
        func horizontalIssue(std: Float, limit: Float) -> SolutionIssue {
            if !s.originSet || sinceGnss > config.deadReckoningTimeout { return .noGnss }
            if gnssRejectedSince != nil { return .gnssInconsistent }
            if !s.headingAligned { return .headingUnknown }
            return std > limit ? .uncertaintyTooLarge : .none
        }
        s.velocityIssue = horizontalIssue(std: s.velocityStd, limit: config.maxVelocityStd)
        s.positionIssue = horizontalIssue(std: s.positionStd, limit: config.maxPositionStd)
        let sinceHeight = lastHeightFused.map { delayedTime.seconds(since: $0) } ?? .infinity
        s.heightIssue = sinceHeight > 1 ? .noHeightSource : .none
        return s
    }
}

extension EstimatorStatus {
    /// The parts of the solution that are good enough to fly on.
    public var validity: NavigationState.Validity {
        var v: NavigationState.Validity = []
        if attitudeIssue == .none { v.insert(.attitude) }
        if velocityIssue == .none { v.insert(.horizontalVelocity) }
        if positionIssue == .none { v.insert(.horizontalPosition) }
        if heightIssue == .none { v.insert([.height, .verticalVelocity]) }
        return v
    }
}
