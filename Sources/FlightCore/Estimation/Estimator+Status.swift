import FlightMath

extension Estimator {
    /// Recomputes `status` and `navigationState` from the filter after a change.
    ///
    /// Mutating although it only reads: a mutating method reads the estimator in place, where a
    /// non-mutating one, called from the mutating methods that update the filter, is handed a
    /// copy of the whole estimator (about 9 KB) every time.
    @usableFromInline mutating func refreshSnapshot() {
        var s = health
        let i = ErrorStateIndex.self
        let att = covariance.variances(i.attitude), vel = covariance.variances(i.velocity)
        let pos = covariance.variances(i.position)
        s.tiltStd = max(att.x, att.y).squareRoot()
        s.headingStd = att.z.squareRoot()
        s.velocityStd = max(vel.x, vel.y).squareRoot()
        s.positionStd = max(pos.x, pos.y).squareRoot()
        if s.aligned {
            // Attitude is good when the tilt is: a multicopter can take off and hold attitude
            // without a heading (it is found from GNSS velocity in flight); horizontal velocity
            // and position report `.headingUnknown` until then.
            s.attitudeIssue = s.tiltStd > config.maxTiltStd ? .uncertaintyTooLarge : .none
            let sinceGnss = lastGnssFused.map { delayedTime.seconds(since: $0) } ?? .infinity
            let horizontalBase: SolutionIssue? =
                !s.originSet || sinceGnss > config.deadReckoningTimeout ? .noGnss
                : gnssRejectedSince != nil ? .gnssInconsistent
                : !s.headingAligned ? .headingUnknown : nil
            s.velocityIssue = horizontalBase ?? (s.velocityStd > config.maxVelocityStd ? .uncertaintyTooLarge : .none)
            s.positionIssue = horizontalBase ?? (s.positionStd > config.maxPositionStd ? .uncertaintyTooLarge : .none)
            let sinceHeight = lastHeightFused.map { delayedTime.seconds(since: $0) } ?? .infinity
            s.heightIssue = sinceHeight > 1 ? .noHeightSource : .none
        }
        status = s
        navigationState = NavigationState(time: lastImuTime ?? .zero, attitude: output.attitude, angularRate: latestRate,
                                          velocity: output.velocity, position: output.position, origin: localFrame?.origin,
                                          validity: s.validity)
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
