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
}
