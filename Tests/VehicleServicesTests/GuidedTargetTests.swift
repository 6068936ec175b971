import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Guided setpoints")
struct GuidedTargetTests {
    @Test func localVelocityTargetIgnoresMaskedPositionAndYaw() {
        var gcs = FakeGroundStation()
        // Mask: ignore x, y, z (1|2|4), accelerations (64|128|256), yaw (1024), yaw rate (2048).
        gcs.send(SetPositionTargetLocalNed(targetSystem: 1, targetComponent: 1, coordinateFrame: MAVFrame(rawValue: 1),
                                           typeMask: PositionTargetTypemask(rawValue: 1 | 2 | 4 | 64 | 128 | 256 | 1024 | 2048),
                                           x: 5, y: 6, z: -7, vx: 1, vy: -2, vz: 0.5, yaw: 1))
        let t = gcs.vehicle.guidedTargets.first
        #expect(t?.position.x.isNaN == true && t?.position.z.isNaN == true)
        #expect(t?.velocity == Vector3(1, -2, 0.5))
        #expect(t?.yaw.isNaN == true)
    }

    @Test func globalPositionTargetIsConvertedToLocalWithRelativeAltitudeAboveHome() {
        var gcs = FakeGroundStation()
        gcs.vehicle.telemetry.home = HomeLocation(global: GlobalPosition(latitudeDegrees: 47, longitudeDegrees: 8, altitudeMSL: 400),
                                                  localNED: .init(0, 0, 0))
        gcs.send(SetPositionTargetGlobalInt(targetSystem: 1, targetComponent: 1, coordinateFrame: MAVFrame(rawValue: 6),
                                            typeMask: PositionTargetTypemask(rawValue: 8 | 16 | 32 | 64 | 128 | 256 | 2048),
                                            latInt: 470_000_000, lonInt: 80_000_000, alt: 25, yaw: 0.5))
        let t = gcs.vehicle.guidedTargets.first
        // The fake converts altitude AMSL to z = -altitude.
        #expect(t?.position.z == -425)
        #expect(t?.velocity.x.isNaN == true)
        #expect(t?.yaw == 0.5)
    }

    @Test func attitudeTargetHonoursTheTypeMask() {
        var gcs = FakeGroundStation()
        let q = FixedArray<4, Float>([0.9961947, 0, -0.0871557, 0], fill: 0)
        // 1|2|4: body rates ignored; attitude and thrust given.
        gcs.send(SetAttitudeTarget(targetSystem: 1, targetComponent: 1, typeMask: AttitudeTargetTypemask(rawValue: 1 | 2 | 4), q: q,
                                   bodyRollRate: 1, bodyPitchRate: 2, bodyYawRate: 3, thrust: 0.6))
        // 128|64: attitude and thrust ignored; rates given.
        gcs.send(SetAttitudeTarget(targetSystem: 1, targetComponent: 1, typeMask: AttitudeTargetTypemask(rawValue: 128 | 64), q: q,
                                   bodyRollRate: 0.1, bodyPitchRate: 0.2, bodyYawRate: 0.3, thrust: 0.6))
        let t = gcs.vehicle.attitudeTargets
        #expect(t.count == 2)
        #expect(t.first?.attitude == Quaternion(w: 0.9961947, x: 0, y: -0.0871557, z: 0))
        #expect(t.first?.bodyRate.x.isNaN == true && t.first?.bodyRate.z.isNaN == true)
        #expect(t.first?.thrust == 0.6)
        #expect(t.last?.attitude == nil)
        #expect(t.last?.bodyRate == Vector3(0.1, 0.2, 0.3))
        #expect(t.last?.thrust.isNaN == true)
    }
}
