import FlightMath

extension Estimator {
    /// Fuses the three components of a NED vector measurement at `firstState` (velocity or
    /// position), returning the largest horizontal and the vertical test ratio and whether the
    /// horizontal pair was accepted.
    @usableFromInline mutating func fuseNED(_ z: Vector3, predicted: Vector3, firstState: Int, variance: Vector3, gate: Float,
                                            correction: inout ErrorVector) -> (horizontal: Float, vertical: Float, accepted: Bool) {
        var horizontal: Float = 0, vertical: Float = 0, accepted = true
        for k in 0..<3 {
            var row = ObservationRow()
            row.append(firstState + k, 1)
            let r = covariance.fuse(row, innovation: z[k] - predicted[k], variance: variance[k], gate: gate,
                                    correction: &correction)
            if !r.accepted { health.rejectedMeasurements += 1 }
            if k < 2 { horizontal = max(horizontal, r.testRatio); accepted = accepted && r.accepted } else { vertical = r.testRatio }
        }
        return (horizontal, vertical, accepted)
    }

    @usableFromInline func gnssIsGood(_ g: GnssSample) -> Bool {
        g.fix.rawValue >= GnssFix.fix3D.rawValue && g.satellites >= config.gnssMinSatellites
            && g.horizontalAccuracy <= config.gnssMaxHorizontalAccuracy && g.verticalAccuracy <= config.gnssMaxVerticalAccuracy
    }

    /// GNSS position (through the local tangent plane) and velocity fusion at the horizon.
    @usableFromInline mutating func fuseGnss(_ g: GnssSample) {
        guard gnssIsGood(g) else { gnssGoodCount = 0; return }
        gnssGoodCount += 1
        let geodetic = GeodeticPosition(latitude: Double(g.latE7) * 1e-7, longitude: Double(g.lonE7) * 1e-7,
                                        altitude: g.altitudeMeters)
        guard let frame = localFrame else {
            if gnssGoodCount >= config.gnssGoodSamplesForOrigin {
                localFrame = LocalTangentPlane(origin: geodetic)
                health.originSet = true
                if config.declinationFromWorldMagneticModel { useDeclination(of: geodetic) }
                resetToGnss(position: .zero, velocity: g.velocityNED)
            }
            return
        }
        let ned = frame.ned(of: geodetic).vector
        if !health.usingMagnetometer { alignHeading(gnssVelocity: g.velocityNED, gnssPosition: ned) }
        let velNoise = max(config.gnssVelocityNoise, g.speedAccuracy)
        let hNoise = max(config.gnssPositionNoise, g.horizontalAccuracy)
        let vNoise = max(config.gnssPositionNoise * 1.5, g.verticalAccuracy)
        var dx = ErrorVector(repeating: 0)
        let climbRateUp = state.velocity.z - g.velocityNED.z
        let v = fuseNED(g.velocityNED, predicted: state.velocity, firstState: ErrorStateIndex.velocity,
                        variance: Vector3(velNoise * velNoise, velNoise * velNoise, velNoise * velNoise),
                        gate: config.gnssVelocityGate, correction: &dx)
        let p = fuseNED(ned, predicted: state.position, firstState: ErrorStateIndex.position,
                        variance: Vector3(hNoise * hNoise, hNoise * hNoise, vNoise * vNoise),
                        gate: config.gnssPositionGate, correction: &dx)
        state.inject(dx)
        lastGnssVelocityDown = g.velocityNED.z
        rejectedClimbRateUp = v.vertical > 1 ? climbRateUp : 0
        checkVerticalConsistency()
        health.testRatios.gnssVelocity = max(v.horizontal, v.vertical)
        health.testRatios.gnssHorizontalPosition = p.horizontal
        health.testRatios.gnssVerticalPosition = p.vertical
        if v.accepted && p.accepted {
            gnssRejectedSince = nil
            lastGnssFused = delayedTime
            if p.vertical <= 1 { lastHeightFused = delayedTime }
        } else if let since = gnssRejectedSince {
            if delayedTime.seconds(since: since) > config.gnssResetTimeout {
                resetToGnss(position: ned, velocity: g.velocityNED)
                health.gnssResets += 1
            }
        } else {
            gnssRejectedSince = delayedTime
        }
        // Let the barometer's offset follow GNSS height slowly (baro drift with weather and temperature).
        if let h = lastBaroHeight, let offset = baroOffset, p.vertical <= 1 {
            baroOffset = offset + 0.01 * ((h - offset) + ned.z)
        }
    }

    /// Takes the declination from the World Magnetic Model at `position` and turns heading and
    /// earth field by its difference from the one the alignment used.
    @usableFromInline mutating func useDeclination(of position: GeodeticPosition) {
        let declination = Float(WorldMagneticModel.field(at: position, decimalYear: config.magneticModelYear).declination)
        let change = declination - config.declination
        config.declination = declination
        guard health.usingMagnetometer else { return }
        let rotation = Quaternion(axis: Vector3(0, 0, 1), angle: change)
        state.attitude = (rotation * state.attitude).normalized
        state.earthField = rotation.rotate(state.earthField)
    }

    /// Resets velocity and position to GNSS, keeping their correlations out of the covariance.
    @usableFromInline mutating func resetToGnss(position: Vector3, velocity: Vector3) {
        let vn = config.gnssVelocityNoise, pn = config.gnssPositionNoise
        state.velocity = velocity; state.position = position
        covariance.reset(block: ErrorStateIndex.velocity, variances: Vector3(vn * vn, vn * vn, vn * vn))
        covariance.reset(block: ErrorStateIndex.position, variances: Vector3(pn * pn, pn * pn, pn * pn))
        if let h = lastBaroHeight { baroOffset = h + position.z }
        gnssRejectedSince = nil
        lastGnssFused = delayedTime
        resetOutput()
    }

    /// In-flight heading alignment from GNSS velocity (used while the magnetometer is off or bad).
    @usableFromInline mutating func alignHeading(gnssVelocity: Vector3, gnssPosition: Vector3) {
        yawAligner.add(gnssVelocity: gnssVelocity)
        guard yawAligner.isConfident() else { return }
        let error = yawAligner.yawError
        // Once aligned, the filter refines heading itself; the aligner only catches gross errors.
        let threshold: Float = health.headingAligned ? 0.35 : 0
        guard abs(error) > threshold else {
            health.headingAligned = true
            return
        }
        state.attitude = (Quaternion(axis: Vector3(0, 0, 1), angle: error) * state.attitude).normalized
        let tilt = covariance.variances(ErrorStateIndex.attitude)
        let headingStd: Float = 0.1
        covariance.reset(block: ErrorStateIndex.attitude, variances: Vector3(tilt.x, tilt.y, headingStd * headingStd))
        // Horizontal accelerometer bias learnt under the wrong heading is not to be trusted.
        state.accelBias = Vector3(0, 0, state.accelBias.z)
        let ab = covariance.variances(ErrorStateIndex.accelBias)
        covariance.reset(block: ErrorStateIndex.accelBias, variances: Vector3(0.04, 0.04, ab.z))
        yawAligner.restart()
        health.headingAligned = true
        health.yawResets += 1
        resetToGnss(position: gnssPosition, velocity: gnssVelocity)
    }

    /// Barometric height fusion: pressure altitude minus the offset measures height above the origin.
    @usableFromInline mutating func fuseBaro(_ b: BaroSample) {
        let h = StandardAtmosphere.altitude(pressurePa: b.pressurePa)
        lastBaroHeight = h
        guard let offset = baroOffset else { baroOffset = h + state.position.z; return }
        var row = ObservationRow()
        row.append(ErrorStateIndex.position + 2, -1)
        var dx = ErrorVector(repeating: 0)
        let innovation = (h - offset) + state.position.z
        let r = covariance.fuse(row, innovation: innovation, variance: config.baroNoise * config.baroNoise,
                                gate: config.baroGate, correction: &dx)
        health.testRatios.baroHeight = r.testRatio
        if r.accepted { state.inject(dx); lastHeightFused = delayedTime } else { health.rejectedMeasurements += 1 }
        baroDisagreementUp = r.testRatio > config.badAccelerometerBaroRatio ? innovation : 0
        checkVerticalConsistency()
    }

    /// Three-axis magnetometer fusion (field = Rᵀ·earth + body) followed by a declination constraint
    /// on the earth field, which stops the earth-field states from absorbing heading error.
    @usableFromInline mutating func fuseMagnetometer(_ m: Vector3) {
        if health.originSet && !magAlignedInFlight {
            let down = max(lowestDown ?? state.position.z, state.position.z)
            lowestDown = down
            if state.position.z < down - config.magInFlightAlignmentHeight {
                alignHeadingInFlight(magnetometer: m)
                return
            }
        }
        let r = Matrix3(state.attitude), rt = r.transposed
        let predicted = rt * state.earthField + state.bodyField
        let hTheta = rt * Matrix3.skew(state.earthField)
        var dx = ErrorVector(repeating: 0)
        var worst: Float = 0
        var accepted = true
        let variance = config.magNoise * config.magNoise
        for k in 0..<3 {
            var row = ObservationRow()
            row.append(block: ErrorStateIndex.attitude, k == 0 ? hTheta.row0 : (k == 1 ? hTheta.row1 : hTheta.row2))
            row.append(block: ErrorStateIndex.earthField, k == 0 ? rt.row0 : (k == 1 ? rt.row1 : rt.row2))
            row.append(ErrorStateIndex.bodyField + k, 1)
            let result = covariance.fuse(row, innovation: m[k] - predicted[k], variance: variance, gate: config.magGate,
                                         correction: &dx)
            worst = max(worst, result.testRatio)
            accepted = accepted && result.accepted
        }
        // Declination: atan2(east, north) of the earth field.
        let e = state.earthField
        let h2 = e.x * e.x + e.y * e.y
        if h2 > 1e-6 {
            var row = ObservationRow()
            row.append(ErrorStateIndex.earthField, -e.y / h2)
            row.append(ErrorStateIndex.earthField + 1, e.x / h2)
            var innovation = config.declination - Math.atan2(e.y, e.x)
            if innovation > .pi { innovation -= 2 * .pi } else if innovation < -.pi { innovation += 2 * .pi }
            _ = covariance.fuse(row, innovation: innovation, variance: 0.02 * 0.02, gate: 100, correction: &dx)
        }
        state.inject(dx)
        health.testRatios.magnetometer = worst
        if accepted {
            magRejectedSince = nil
        } else {
            health.rejectedMeasurements += 1
            if let since = magRejectedSince {
                if delayedTime.seconds(since: since) > config.magFailTimeout {
                    // The magnetometer is bad: distrust the heading it gave and let GNSS velocity find it.
                    health.usingMagnetometer = false
                    health.headingAligned = false
                    yawAligner.restart()
                    let tilt = covariance.variances(ErrorStateIndex.attitude)
                    covariance.reset(block: ErrorStateIndex.attitude, variances: Vector3(tilt.x, tilt.y, 0.25))
                }
            } else {
                magRejectedSince = delayedTime
            }
        }
    }

    /// Once in flight, clear of the ground: heading and earth field from the magnetometer sample
    /// `m` (gauss, body FRD) less the learnt body field, keeping roll and pitch, as the stationary
    /// alignment does on the ground.
    @usableFromInline mutating func alignHeadingInFlight(magnetometer m: Vector3) {
        magAlignedInFlight = true
        let field = Matrix3(state.attitude) * (m - state.bodyField)
        guard field.x * field.x + field.y * field.y > 1e-6 else { return }
        var error = config.declination - Math.atan2(field.y, field.x)
        if error > .pi { error -= 2 * .pi } else if error < -.pi { error += 2 * .pi }
        let rotation = Quaternion(axis: Vector3(0, 0, 1), angle: error)
        state.attitude = (rotation * state.attitude).normalized
        state.earthField = rotation.rotate(field)
        let tilt = covariance.variances(ErrorStateIndex.attitude)
        let headingStd: Float = 0.1, fieldStd: Float = 0.02
        covariance.reset(block: ErrorStateIndex.attitude, variances: Vector3(tilt.x, tilt.y, headingStd * headingStd))
        covariance.reset(block: ErrorStateIndex.earthField, variances: Vector3(fieldStd * fieldStd, fieldStd * fieldStd, fieldStd * fieldStd))
        magRejectedSince = nil
        if abs(error) > 0.01 { health.yawResets += 1 }
        resetOutput()
    }

    /// Without GNSS, holds the horizontal position at the alignment point (the origin) (0.5 m noise) so that the
    /// velocity and tilt stay observable on the ground, as PX4 does with "fake position" fusion.
    @usableFromInline mutating func fuseStationaryPosition() {
        var dx = ErrorVector(repeating: 0)
        for k in 0..<2 {
            var row = ObservationRow()
            row.append(ErrorStateIndex.position + k, 1)
            _ = covariance.fuse(row, innovation: -state.position[k], variance: 0.25, gate: 100, correction: &dx)
        }
        state.inject(dx)
    }
}
