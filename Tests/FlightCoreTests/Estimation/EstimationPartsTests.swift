import Testing
import FlightCore
import FlightMath

@Suite struct EstimationPartsTests {
    @Test func standardAtmosphereGivesKnownPressureAltitudes() {
        // ISA: 89 874.6 Pa at 1000 m, 54 019.9 Pa at 5000 m.
        #expect(abs(StandardAtmosphere.altitude(pressurePa: 101_325)) < 0.01)
        #expect(abs(StandardAtmosphere.altitude(pressurePa: 89_874.6) - 1000) < 0.5)
        #expect(abs(StandardAtmosphere.altitude(pressurePa: 54_019.9) - 5000) < 2)
        #expect(abs(StandardAtmosphere.altitude(pressurePa: StandardAtmosphere.pressure(altitude: 488)) - 488) < 0.05)
    }

    @Test func yawAlignerRecoversAKnownHeadingError() {
        var aligner = GnssYawAligner()
        let error: Float = 1.2
        let rotation = Quaternion(axis: Vector3(0, 0, 1), angle: -error)
        var velocity = Vector3.zero
        aligner.add(gnssVelocity: velocity)
        // Circle at 10 m/s: the IMU sees each velocity change rotated by the heading error.
        for k in 1...40 {
            let angle = Float(k) * 0.2
            let next = Vector3(10 * Math.cos(angle), 10 * Math.sin(angle), 0)
            aligner.accumulate(deltaVelocity: rotation.rotate(next - velocity), dt: 1)
            aligner.add(gnssVelocity: next)
            velocity = next
        }
        #expect(aligner.isConfident())
        #expect(abs(aligner.yawError - error) < 1e-3)
    }

    @Test func yawAlignerStaysUnconfidentInSteadyStraightFlight() {
        var aligner = GnssYawAligner()
        for _ in 0..<30 {
            aligner.accumulate(deltaVelocity: Vector3(0.01, 0, 0), dt: 1)
            aligner.add(gnssVelocity: Vector3(10, 0, 0))
        }
        #expect(!aligner.isConfident())
    }

    @Test func ringDropsOldestWhenFull() {
        var ring = FixedRing<4, Int>(filler: 0)
        for i in 1...6 { ring.push(i) }
        #expect(ring.isFull && ring.count == 4 && ring.first == 3)
        #expect(ring.popFirst() == 3 && ring[0] == 4 && ring[2] == 6)
    }

    @Test func stationaryAlignmentReadsTiltAndHeading() {
        let truth = EulerAngles(roll: 0.2, pitch: -0.1, yaw: 2.5)
        let declination: Float = 0.1
        let field = Vector3(0.2 * Math.cos(declination), 0.2 * Math.sin(declination), 0.45)
        var alignment = StationaryAlignment()
        for _ in 0..<100 { alignment.add(accel: truth.quaternion.inverseRotate(Vector3(0, 0, -9.80665)), dt: 0.004) }
        alignment.add(mag: truth.quaternion.inverseRotate(field))
        let estimate = EulerAngles(alignment.attitude(declination: declination))
        #expect(abs(estimate.roll - truth.roll) < 1e-4 && abs(estimate.pitch - truth.pitch) < 1e-4)
        #expect(abs(estimate.yaw - truth.yaw) < 1e-4)
    }
}
