import Testing
import FlightCore
import FlightMath

@Suite struct EstimatorTests {
    static let degree: Float = .pi / 180

    @Test func stationaryAlignmentConvergesToTrueRollPitchAndYaw() {
        let trajectory = TruthTrajectory(angularRate: 0, headingOffset: 1.2 - .pi / 2)
        var sensors = SensorModel()
        // Standing still, a hard-iron offset cannot be told from the earth field: assume a calibrated compass.
        sensors.hardIron = .zero
        let flight = SyntheticFlight(trajectory: trajectory, sensors: sensors, seed: 11)
        var estimator = flight.makeEstimator()
        var last: FlightStep?
        flight.run(&estimator, duration: 20) { step, _ in last = step }
        let step = try! #require(last)
        let truth = EulerAngles(step.truth.attitude), estimate = EulerAngles(step.navigation.attitude)
        #expect(abs(truth.roll - estimate.roll) < 0.3 * Self.degree)
        #expect(abs(truth.pitch - estimate.pitch) < 0.3 * Self.degree)
        #expect(abs(headingGap(truth.yaw, estimate.yaw)) < 1.5 * Self.degree)
        #expect(estimator.status.aligned && estimator.status.validity.contains(.attitude))
    }

    @Test func circularFlightPositionErrorIsBelowGnssNoise() {
        let flight = SyntheticFlight(trajectory: TruthTrajectory(), sensors: SensorModel(), seed: 7)
        var estimator = flight.makeEstimator()
        var estimateSq: Float = 0, gnssSq: Float = 0, velocitySq: Float = 0, n: Float = 0, gnssCount: Float = 0
        var tiltSq: Float = 0, yawSq: Float = 0, heightSq: Float = 0
        flight.run(&estimator, duration: 90) { step, _ in
            guard step.time > 20 else { return }
            let e = horizontalError(step)
            estimateSq += e * e; n += 1
            let dv = step.navigation.velocity - step.truth.velocity
            velocitySq += dv.x * dv.x + dv.y * dv.y
            if let g = step.gnssError { gnssSq += g * g; gnssCount += 1 }
            let truth = EulerAngles(step.truth.attitude), estimate = EulerAngles(step.navigation.attitude)
            tiltSq += max((truth.roll - estimate.roll) * (truth.roll - estimate.roll),
                          (truth.pitch - estimate.pitch) * (truth.pitch - estimate.pitch))
            let yaw = headingGap(truth.yaw, estimate.yaw)
            yawSq += yaw * yaw
            let dh = step.position.z - Float(step.truth.position.2)
            heightSq += dh * dh
        }
        let estimateRMS = (estimateSq / n).squareRoot(), gnssRMS = (gnssSq / gnssCount).squareRoot()
        let velocityRMS = (velocitySq / n).squareRoot()
        let tiltRMS = (tiltSq / n).squareRoot() / Self.degree, yawRMS = (yawSq / n).squareRoot() / Self.degree
        let heightRMS = (heightSq / n).squareRoot()
        print("circle: horizontal position RMS \(estimateRMS) m vs raw GNSS \(gnssRMS) m; velocity RMS \(velocityRMS) m/s; "
              + "worse of roll/pitch RMS \(tiltRMS)°, yaw RMS \(yawRMS)°, height RMS \(heightRMS) m")
        #expect(estimateRMS < 0.7 * gnssRMS)
        #expect(tiltRMS < 0.3 && yawRMS < 1.5)
        // The barometer reads 30 m off GNSS altitude: its offset must be learnt, not flown.
        #expect(heightRMS < 1.0)
        #expect(velocityRMS < 0.5 * Float(SensorModel().gnssVelocityNoise * 3.0.squareRoot()))
        #expect(estimator.status.validity == .all)
        #expect(estimator.status.badAccelerometerDeclarations == 0)
        #expect(estimator.status.healthy)
    }

    @Test func fiftyMetreGnssGlitchIsRejectedByTheGate() {
        var sensors = SensorModel()
        sensors.glitch = (start: 40, end: 43, north: 50)
        let flight = SyntheticFlight(trajectory: TruthTrajectory(), sensors: sensors, seed: 3)
        var estimator = flight.makeEstimator()
        var worstDuringGlitch: Float = 0, maxRatio: Float = 0
        flight.run(&estimator, duration: 50) { step, current in
            guard step.time >= 40, step.time < 45 else { return }
            worstDuringGlitch = max(worstDuringGlitch, horizontalError(step))
            maxRatio = max(maxRatio, current.status.testRatios.gnssHorizontalPosition)
        }
        print("glitch: worst horizontal error \(worstDuringGlitch) m, max test ratio \(maxRatio)")
        #expect(worstDuringGlitch < 1.0 + 2 * Float(sensors.gnssPositionNoise) / 3)
        #expect(maxRatio > 1)
        #expect(estimator.status.gnssResets == 0)
        // A horizontal glitch is GNSS's fault, not the accelerometer's.
        #expect(estimator.status.badAccelerometerDeclarations == 0)
    }

    @Test func covarianceStaysSymmetricAndPositiveDefiniteOverALongFlight() {
        let flight = SyntheticFlight(trajectory: TruthTrajectory(angularRate: 0.3), sensors: SensorModel(), seed: 5)
        var estimator = flight.makeEstimator()
        var checks = 0, failures = 0
        var worstAsymmetry: Float = 0
        var index = 0
        flight.run(&estimator, duration: 300) { _, current in
            index += 1
            guard index % 250 == 0, current.status.aligned else { return }
            checks += 1
            worstAsymmetry = max(worstAsymmetry, current.covariance.p.asymmetry(count: ErrorStateIndex.count))
            if !current.covariance.p.isPositiveDefinite(count: ErrorStateIndex.count) { failures += 1 }
        }
        #expect(checks > 250)
        #expect(failures == 0)
        #expect(worstAsymmetry == 0)
    }

    @Test func ninetyDegreeHeadingErrorConvergesFromGnssVelocityInTurningFlight() {
        var sensors = SensorModel()
        sensors.useMagnetometer = false
        // Without a magnetometer the filter starts at heading 0; the vehicle actually faces east.
        let flight = SyntheticFlight(trajectory: TruthTrajectory(holdTime: 5, rampTime: 3, rateVariation: 0.5), sensors: sensors, seed: 9)
        var estimator = flight.makeEstimator()
        var errorAtFifteenSeconds: Float = .infinity, initialError: Float = 0
        flight.run(&estimator, duration: 5 + 15) { step, _ in
            let gap = abs(headingGap(EulerAngles(step.truth.attitude).yaw, EulerAngles(step.navigation.attitude).yaw))
            if step.time < 4 { initialError = gap }
            errorAtFifteenSeconds = gap
        }
        print("heading: initial error \(initialError / Self.degree)°, after 15 s of flight \(errorAtFifteenSeconds / Self.degree)°")
        #expect(initialError > 80 * Self.degree)
        #expect(errorAtFifteenSeconds < 3 * Self.degree)
        #expect(estimator.status.headingAligned && estimator.status.yawResets >= 1)
    }

    @Test func gyroBiasIsLearned() {
        var sensors = SensorModel()
        sensors.gyroBias = Vector3(0.01, -0.008, 0.006)
        let flight = SyntheticFlight(trajectory: TruthTrajectory(), sensors: sensors, seed: 21)
        var estimator = flight.makeEstimator()
        flight.run(&estimator, duration: 120) { _, _ in }
        let learned = estimator.state.gyroBias
        print("gyro bias: learned \(learned) vs true \(sensors.gyroBias)")
        #expect((learned - sensors.gyroBias).length < 0.2 * sensors.gyroBias.length)
    }

    @Test func statusExplainsMissingGnss() {
        var sensors = SensorModel()
        sensors.gnssOutage = (start: 0, end: 100)
        let flight = SyntheticFlight(trajectory: TruthTrajectory(angularRate: 0), sensors: sensors, seed: 2)
        var estimator = flight.makeEstimator()
        flight.run(&estimator, duration: 10) { _, _ in }
        let status = estimator.status
        #expect(status.positionIssue == .noGnss && status.velocityIssue == .noGnss)
        #expect(status.attitudeIssue == .none && status.heightIssue == .none)
        #expect(!status.validity.contains(.horizontalPosition))
    }

    @Test func tenSecondGnssLossInCruiseStaysWithinFiveMetresAndRecovers() {
        var sensors = SensorModel()
        sensors.gnssOutage = (start: 40, end: 50)
        let flight = SyntheticFlight(trajectory: TruthTrajectory(), sensors: sensors, seed: 13)
        var estimator = flight.makeEstimator()
        var worstDuringOutage: Float = 0, worstAfterRecovery: Float = 0
        var positionValidAtEnd = false
        flight.run(&estimator, duration: 60) { step, current in
            if step.time >= 40 && step.time < 50 { worstDuringOutage = max(worstDuringOutage, horizontalError(step)) }
            if step.time >= 55 { worstAfterRecovery = max(worstAfterRecovery, horizontalError(step)) }
            positionValidAtEnd = current.status.validity.contains(.horizontalPosition)
        }
        print("GNSS loss: worst error during 10 s outage \(worstDuringOutage) m, worst 5 s after return \(worstAfterRecovery) m")
        #expect(worstDuringOutage < 5)
        #expect(worstAfterRecovery < 1.5)
        #expect(positionValidAtEnd)
    }

    @Test func delayedHorizonCompensatesGnssLatency() {
        var sensors = SensorModel()
        sensors.gnssDelay = 0.2
        sensors.gnssPositionNoise = 0.3
        sensors.gnssVelocityNoise = 0.05
        let flight = SyntheticFlight(trajectory: TruthTrajectory(angularRate: 0.3), sensors: sensors, seed: 17)
        func velocityRMS(_ estimator: inout Estimator) -> Float {
            var sum: Float = 0, n: Float = 0
            flight.run(&estimator, duration: 60) { step, _ in
                guard step.time > 20 else { return }
                let dv = step.navigation.velocity - step.truth.velocity
                sum += dv.x * dv.x + dv.y * dv.y; n += 1
            }
            return (sum / n).squareRoot()
        }
        var matched = flight.makeEstimator()
        var ignoringDelay = flight.makeEstimator()
        ignoringDelay.config.gnssDelay = 0
        let matchedRMS = velocityRMS(&matched), ignoringRMS = velocityRMS(&ignoringDelay)
        print("GNSS latency 0.2 s: velocity RMS \(matchedRMS) m/s with the delay modelled, \(ignoringRMS) m/s without")
        #expect(matchedRMS < 0.5 * ignoringRMS)
    }

    @Test func compassMountedNinetyDegreesOffIsDeclaredBadAndHeadingComesFromGnss() {
        var sensors = SensorModel()
        sensors.magMountingYaw = .pi / 2
        let flight = SyntheticFlight(trajectory: TruthTrajectory(holdTime: 5, rampTime: 3, rateVariation: 0.5),
                                     sensors: sensors, seed: 19)
        var estimator = flight.makeEstimator()
        var initialError: Float = 0, worstLate: Float = 0
        flight.run(&estimator, duration: 50) { step, _ in
            let gap = abs(headingGap(EulerAngles(step.truth.attitude).yaw, EulerAngles(step.navigation.attitude).yaw))
            if step.time < 4 { initialError = gap }
            if step.time >= 40 { worstLate = max(worstLate, gap) }
        }
        print("bad compass: heading error \(initialError / Self.degree)° at alignment, worst \(worstLate / Self.degree)° in 40–50 s")
        #expect(initialError > 80 * Self.degree)
        #expect(!estimator.status.usingMagnetometer && estimator.status.yawResets >= 1)
        #expect(worstLate < 5 * Self.degree)
    }

    @Test func withoutCompassAttitudeIsGoodButHorizontalSolutionWaitsForHeading() {
        var sensors = SensorModel()
        sensors.useMagnetometer = false
        let flight = SyntheticFlight(trajectory: TruthTrajectory(angularRate: 0), sensors: sensors, seed: 23)
        var estimator = flight.makeEstimator()
        flight.run(&estimator, duration: 10) { _, _ in }
        let status = estimator.status
        #expect(status.validity.contains(.attitude) && status.validity.contains(.height))
        #expect(!status.headingAligned)
        #expect(status.velocityIssue == .headingUnknown && status.positionIssue == .headingUnknown)
    }
}
