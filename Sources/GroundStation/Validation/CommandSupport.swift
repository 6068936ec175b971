import FlightCore

/// Which mission commands each autopilot flies, for `PlanValidator`.
///
/// Swiftlet's answer comes from the flight core itself (`MissionCommand`, `MissionPlan.validate()`).
/// The PX4 (navigator mission feasibility, v1.14-era) and ArduPilot Copter (4.x `AP_Mission`
/// handlers) tables list the `MAV_CMD` numbers those firmwares accept in a mission; an item outside
/// the table is dropped or refused by the vehicle.
public enum CommandSupport {
    static let px4: Set<UInt16> = [16, 17, 18, 19, 20, 21, 22, 31, 84, 85, 93, 177, 178, 179, 183, 189, 195, 196, 197,
                                   201, 203, 204, 205, 206, 214, 530, 1000, 2000, 2001, 2500, 2501, 3000]
    static let ardupilot: Set<UInt16> = [16, 17, 18, 19, 20, 21, 22, 30, 31, 82, 83, 92, 93, 94, 112, 113, 114, 115,
                                         177, 178, 179, 181, 182, 183, 184, 189, 191, 195, 197, 201, 202, 203, 205,
                                         206, 211, 212, 214, 215, 222, 223, 1000, 2000, 2001, 42600]

    /// True when `family` flies `command` in a mission.
    public static func supports(_ family: AutopilotFamily, command: UInt16) -> Bool {
        switch family {
        case .swiftlet: MissionCommand(rawValue: command)?.belongsInMission ?? false
        case .px4: px4.contains(command)
        case .ardupilot: ardupilot.contains(command)
        }
    }

    /// Swiftlet's own verdict on a mission: the flight core's upload check, with the offending
    /// plan index and `MAV_MISSION_RESULT`; nil when it would be accepted.
    public static func swiftletRejection(_ items: [PlanItem]) -> MissionRejection? {
        var plan = MissionPlan(capacity: max(items.count, 1))
        for item in items {
            do throws(MissionRejection) {
                try plan.append(MissionItem(command: item.command, frame: item.frame, param1: item.param1,
                                            param2: item.param2, param3: item.param3, param4: item.param4,
                                            latE7: item.x, lonE7: item.y, altitude: item.z, autocontinue: item.autocontinue))
            } catch { return error }
        }
        do throws(MissionRejection) { try plan.validate() } catch { return error }
        return nil
    }
}
