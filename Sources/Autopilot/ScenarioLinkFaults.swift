import MAVLink
import MAVLinkDialects

/// What a scenario's communication faults let through from the ground side to the vehicle
/// services: nothing during a `link_loss`, and no `MANUAL_CONTROL` during an `rc_loss` (the
/// pilot's sticks fall silent while the rest of the link carries on).
enum ScenarioLinkFaults {
    /// Whether `frame`, arriving now, reaches the vehicle services while the scenario's link is
    /// lost (`linkLost`) or only its manual control (`manualControlLost`). Takes the simulator's
    /// two flags rather than the simulator, which the loop would have to copy for the closure.
    static func delivers(_ frame: MAVLinkFrame, linkLost: Bool, manualControlLost: Bool) -> Bool {
        if linkLost { return false }
        return !(manualControlLost && frame.messageID == MAVLinkDialects.ManualControl.id)
    }
}
