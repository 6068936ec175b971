import MAVLink
import MAVLinkDialects
import Simulation

/// What a scenario's communication faults let through from the ground side to the vehicle
/// services: nothing during a `link_loss`, and no `MANUAL_CONTROL` during an `rc_loss` (the
/// pilot's sticks fall silent while the rest of the link carries on).
enum ScenarioLinkFaults {
    /// Whether `frame`, arriving now, reaches the vehicle services of `simulator`'s vehicle.
    static func delivers(_ frame: MAVLinkFrame, simulator: Simulator) -> Bool {
        if simulator.isLinkLost { return false }
        return !(simulator.isManualControlLost && frame.messageID == MAVLinkDialects.ManualControl.id)
    }
}
