import FlightCore
import FlightMath
import VehicleServices

/// A scripted vehicle: records every request, answers with configurable outcomes, validates
/// plans with the real `MissionPlan.validate()` and keeps a real `ParameterTable`.
struct FakeVehicle: VehicleModel {
    var telemetry = VehicleTelemetry()
    var files = MemoryFiles()
    var parameters = ParameterTable()
    var plans: [MissionPlan] = [MissionPlan(), MissionPlan(), MissionPlan()]

    var armOutcome: CommandOutcome = .accepted
    var armCalls: [(force: Bool, time: Tick)] = []
    var disarmCalls: [Bool] = []
    var modeRequests: [FlightMode] = []
    var takeoffAltitudes: [Float] = []
    var missionStarts: [Int?] = []
    var guidedTargets: [GuidedTarget] = []
    var linkEvents: [Bool] = []
    var rebootRequests: [Bool] = []
    /// What `progress(ofCommand:)` answers for a command left in progress.
    var commandProgress: CommandOutcome = .inProgress(progress: 0)

    mutating func arm(force: Bool, at time: Tick) -> CommandOutcome {
        armCalls.append((force, time))
        if armOutcome == .accepted { telemetry.armed = true }
        return armOutcome
    }
    mutating func disarm(force: Bool, at time: Tick) -> CommandOutcome {
        disarmCalls.append(force)
        if telemetry.landedState == .inAir && !force { return .denied(reason: "Disarm refused: in air") }
        telemetry.armed = false
        return .accepted
    }
    mutating func setMode(_ mode: FlightMode, at time: Tick) -> CommandOutcome {
        modeRequests.append(mode); telemetry.mode = mode; return .accepted
    }
    mutating func takeoff(altitude: Float, at time: Tick) -> CommandOutcome {
        takeoffAltitudes.append(altitude); telemetry.mode = .takeoff; return .inProgress(progress: 0)
    }
    mutating func startMission(firstItem: Int?, at time: Tick) -> CommandOutcome {
        missionStarts.append(firstItem)
        guard !plans[0].isEmpty else { return .denied(reason: "No mission") }
        telemetry.mode = .mission
        return .accepted
    }
    mutating func reposition(_ request: RepositionRequest, at time: Tick) -> CommandOutcome { .accepted }
    mutating func changeSpeed(_ kind: SpeedKind, metresPerSecond: Float, at time: Tick) -> CommandOutcome { .accepted }
    mutating func setHome(_ position: GlobalPosition?, at time: Tick) -> CommandOutcome { .accepted }
    mutating func rebootRequested(shutdown: Bool, at time: Tick) -> CommandOutcome { rebootRequests.append(shutdown); return .accepted }
    func progress(ofCommand command: UInt32) -> CommandOutcome { commandProgress }
    mutating func setGuidedTarget(_ target: GuidedTarget, at time: Tick) -> Bool { guidedTargets.append(target); return true }
    var attitudeTargets: [AttitudeTarget] = []
    mutating func setAttitudeTarget(_ target: AttitudeTarget, at time: Tick) -> Bool { attitudeTargets.append(target); return true }
    func localPosition(of position: GlobalPosition) -> Vector3? { Vector3(0, 0, Float(-position.altitudeMSL)) }
    func plan(_ kind: PlanKind) -> MissionPlan { plans[Int(kind.rawValue)] }
    mutating func installPlan(_ plan: MissionPlan, kind: PlanKind, at time: Tick) throws(MissionRejection) {
        if kind == .mission { try plan.validate() }
        plans[Int(kind.rawValue)] = plan
    }
    mutating func setCurrentMissionItem(_ index: Int, at time: Tick) -> Bool {
        guard index >= 0 && index < plans[0].count else { return false }
        telemetry.mission.currentItem = index
        return true
    }
    mutating func setParameter(at index: Int, to value: ParameterValue, at time: Tick) throws(ParameterError) {
        let before = parameters.values[index]
        try parameters.set(at: index, to: value)
        if parameters.values[index] != before { telemetry.parameterChanges.record(index: index) }
    }
    mutating func groundStationLink(connected: Bool, at time: Tick) { linkEvents.append(connected) }
}
