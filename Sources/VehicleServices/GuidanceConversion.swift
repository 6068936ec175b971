import FlightCore
import FlightMath
import MAVLinkDialects

/// Translation of guided-control messages (`SET_POSITION_TARGET_*`, `SET_ATTITUDE_TARGET`) into
/// the core's targets; fields the sender marks as ignored (type mask bits) become NaN.
enum GuidanceConversion {
    // POSITION_TARGET_TYPEMASK: 1,2,4 x/y/z ignored; 8,16,32 vx/vy/vz; 1024 yaw.
    static func target(_ m: SetPositionTargetLocalNed) -> GuidedTarget {
        let mask = m.typeMask.rawValue
        func pick(_ v: Float, _ bit: UInt32) -> Float { mask & bit != 0 ? .nan : v }
        return GuidedTarget(position: Vector3(pick(m.x, 1), pick(m.y, 2), pick(m.z, 4)),
                            velocity: Vector3(pick(m.vx, 8), pick(m.vy, 16), pick(m.vz, 32)),
                            yaw: pick(m.yaw, 1024))
    }

    /// Global targets: relative-altitude frames (6, 3) are above home, others AMSL.
    static func target(_ m: SetPositionTargetGlobalInt, telemetry: VehicleTelemetry,
                       local: (GlobalPosition) -> Vector3?) -> GuidedTarget? {
        let mask = m.typeMask.rawValue
        func pick(_ v: Float, _ bit: UInt32) -> Float { mask & bit != 0 ? .nan : v }
        var position = Vector3.nan
        if mask & 7 != 7 {
            let frame = m.coordinateFrame.rawValue
            let relative = frame == 6 || frame == 3
            let base = relative ? (telemetry.home?.global.altitudeMSL ?? telemetry.global.altitudeMSL) : 0
            guard let p = local(GlobalPosition(latitudeDegrees: Double(m.latInt) * 1e-7, longitudeDegrees: Double(m.lonInt) * 1e-7,
                                               altitudeMSL: base + Double(m.alt))) else { return nil }
            position = Vector3(pick(p.x, 1), pick(p.y, 2), pick(p.z, 4))
        }
        return GuidedTarget(position: position, velocity: Vector3(pick(m.vx, 8), pick(m.vy, 16), pick(m.vz, 32)),
                            yaw: pick(m.yaw, 1024))
    }

    // ATTITUDE_TARGET_TYPEMASK: 1,2,4 body rates ignored; 64 thrust; 128 attitude.
    static func target(_ m: SetAttitudeTarget) -> AttitudeTarget {
        let mask = m.typeMask.rawValue
        let q: Quaternion? = mask & 128 != 0 ? nil : Quaternion(w: m.q[0], x: m.q[1], y: m.q[2], z: m.q[3])
        func pick(_ v: Float, _ bit: UInt32) -> Float { mask & bit != 0 ? .nan : v }
        return AttitudeTarget(attitude: q, bodyRate: Vector3(pick(m.bodyRollRate, 1), pick(m.bodyPitchRate, 2), pick(m.bodyYawRate, 4)),
                              thrust: pick(m.thrust, 64))
    }
}
