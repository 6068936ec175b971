import FlightCore
import MAVLinkDialects

/// `MANUAL_CONTROL` → the flight stack's `ManualInput`, as PX4 reads a joystick from QGroundControl
/// or MAVSDK's `ManualControl` plugin.
///
/// Axes are −1000…1000: `x` pitch stick (forward +), `y` roll stick (right +), `r` yaw stick
/// (clockwise +); `z` is the throttle stick 0…1000 with 500 at centre (hover/hold in the altitude
/// and position modes). An axis sent as `INT16_MAX` is "not present" (MAVLink spec) and reads as
/// centred. Buttons are not mapped to actions (mode switches come as commands).
public enum ManualControlConversion {
    /// The sticks in `message`, clamped to their ranges.
    public static func input(_ message: MAVLinkDialects.ManualControl) -> ManualInput {
        func axis(_ value: Int16, centre: Float = 0) -> Float {
            value == Int16.max ? centre : Float(value) / 1000
        }
        return ManualInput(roll: clamp(axis(message.y), -1, 1), pitch: clamp(axis(message.x), -1, 1),
                           yaw: clamp(axis(message.r), -1, 1), throttle: clamp(axis(message.z, centre: 0.5), 0, 1))
    }

    static func clamp(_ v: Float, _ lo: Float, _ hi: Float) -> Float { min(max(v, lo), hi) }
}

extension VehicleLink {
    /// `MANUAL_CONTROL` addressed to this vehicle (`target` 0 or its system id) → `vehicle.manualControl`.
    mutating func receiveManualControl<V: VehicleModel>(_ frame: MAVLinkFrame, at time: Tick, vehicle: inout V) {
        guard let m = frame.decode(as: MAVLinkDialects.ManualControl.self),
              m.target == 0 || m.target == config.systemID else { return }
        vehicle.manualControl(ManualControlConversion.input(m), at: time)
    }
}

extension VehicleModel {
    public mutating func manualControl(_ input: ManualInput, at time: Tick) {}
}

extension FlightStackVehicle {
    /// The sticks go to the flight stack: pilot modes fly them, and their absence in a pilot mode
    /// is the manual-control-loss failsafe (`COM_RC_LOSS_T`).
    public mutating func manualControl(_ input: ManualInput, at time: Tick) { stack.manualControl(input, at: time) }
}
