import Autopilot
import FlightCore
import FlightMath
import GroundStation
import Simulation

/// A bundled plan file (`Missions/*.plan`) as the flight core takes it: mission, fence and rally
/// as `MissionPlan`s, the way the vehicle services build them from a `MISSION_ITEM_INT` upload.
struct BundledPlan {
    var mission: MissionPlan
    var fence: MissionPlan
    var rally: MissionPlan
    /// The plan's home (degrees, metres AMSL), where `swiftlet fly` places the simulated vehicle.
    var home: GeodeticPosition?

    init(_ name: String) throws {
        let plan = try PlanFiles.load(SITLFixtures.repoRoot.appendingPathComponent("Missions/\(name)").path)
        mission = try Self.corePlan(plan.protocolItems(.mission))
        fence = try Self.corePlan(plan.protocolItems(.fence))
        rally = try Self.corePlan(plan.protocolItems(.rally))
        home = plan.home.map { GeodeticPosition(latitude: $0.latitude, longitude: $0.longitude, altitude: $0.altitudeMSL) }
    }

    static func corePlan(_ items: [PlanItem]) throws -> MissionPlan {
        var plan = MissionPlan(capacity: max(1, items.count))
        for i in items {
            try plan.append(MissionItem(command: i.command, frame: i.frame, param1: i.param1, param2: i.param2,
                                        param3: i.param3, param4: i.param4, latE7: i.x, lonE7: i.y, altitude: i.z,
                                        autocontinue: i.autocontinue))
        }
        return plan
    }

    /// Uploads mission, fence and rally to `vehicle`'s flight stack, in the order `swiftlet fly` does.
    func upload(to vehicle: inout SITLVehicle) throws {
        try vehicle.stack.uploadMission(mission)
        if !fence.isEmpty { try vehicle.stack.uploadFence(fence) }
        if !rally.isEmpty { try vehicle.stack.uploadRally(rally) }
    }
}
