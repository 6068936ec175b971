import FlightCore
import Foundation
import Testing
import VehicleServices
@testable import Autopilot

/// The plans a vehicle keeps in its state folder (`plans.dat`): bit-exact round trip, all or
/// nothing at start-up, bad files kept aside, stray temporary files removed.
@Suite("Plan store")
struct PlanStoreTests {
    /// A fresh quad450 flight stack as the vehicle the services talk to.
    static func vehicle(_ store: VehicleStateStore) throws -> FlightStackVehicle<NoFiles> {
        FlightStackVehicle(stack: try FlightStack(parameters: store.defaults))
    }

    /// The bundled fenced survey with a NaN yaw and an odd float in the mission, as uploaded.
    static func plans() throws -> StoredPlans {
        let bundled = try BundledPlan("cmac-fenced.plan")
        var mission = MissionPlan()
        for i in 0..<bundled.mission.count { try mission.append(bundled.mission[i]) }
        var odd = bundled.mission[bundled.mission.count - 1]
        odd.param4 = Float(nan: 0x1234, signaling: false)
        odd.altitude = Float(bitPattern: 0x4120_0001)
        try mission.append(odd)
        return StoredPlans(mission: mission, fence: bundled.fence, rally: bundled.rally)
    }

    static func withStore(_ body: (VehicleStateStore) throws -> Void) throws {
        try VehicleStateStoreTests.withStore(body)
    }

    /// Installs what the store holds into a new vehicle; returns the outcome and the vehicle's plans.
    static func restart(_ store: VehicleStateStore) throws -> (PlanRestore, StoredPlans) {
        let reopened = try VehicleStateStore(directory: store.directory, vehicle: "quad450", defaults: store.defaults)
        var vehicle = try vehicle(reopened)
        let outcome = reopened.restorePlans(into: &vehicle)
        return (outcome, StoredPlans(of: vehicle))
    }

    static func isEmpty(_ plans: StoredPlans) -> Bool { PlanKind.allCases.allSatisfy { plans[$0].isEmpty } }

    @Test func plansComeBackBitForBitWithTheSameOpaqueIDs() throws { try Self.withStore { store in
        let saved = try Self.plans()
        #expect(!saved.fence.isEmpty && !saved.rally.isEmpty)
        try store.savePlans(saved)
        let (outcome, restored) = try Self.restart(store)
        guard case .restored(let m, let f, let r) = outcome else { Issue.record("\(outcome)"); return }
        #expect((m, f, r) == (saved.mission.count, saved.fence.count, saved.rally.count))
        #expect(PlanFile.bytes(of: restored) == PlanFile.bytes(of: saved), "every field, bit for bit (NaN payload included)")
        for kind in PlanKind.allCases {
            #expect(PlanIdentity.opaqueID(of: restored[kind]) == PlanIdentity.opaqueID(of: saved[kind]))
            #expect(PlanIdentity.opaqueID(of: restored[kind]) != 0)
        }
        #expect(restored.mission[saved.mission.count - 1].param4.bitPattern == Float(nan: 0x1234, signaling: false).bitPattern)
    } }

    @Test func noFileMeansNoPlansAndNoComplaint() throws { try Self.withStore { store in
        let (outcome, restored) = try Self.restart(store)
        guard case .nothingSaved = outcome else { Issue.record("\(outcome)"); return }
        #expect(Self.isEmpty(restored))
        #expect(!FileManager.default.fileExists(atPath: store.plansPath + ".bad"))
    } }

    @Test func aClearedPlanStaysCleared() throws { try Self.withStore { store in
        try store.savePlans(try Self.plans())
        var cleared = try Self.plans()
        cleared.mission = MissionPlan()
        try store.savePlans(cleared)
        var (outcome, restored) = try Self.restart(store)
        #expect(restored.mission.isEmpty && restored.fence.count == cleared.fence.count, "\(outcome)")
        try store.savePlans(StoredPlans())
        (outcome, restored) = try Self.restart(store)
        guard case .restored(0, 0, 0) = outcome else { Issue.record("\(outcome)"); return }
        #expect(Self.isEmpty(restored))
    } }

    /// Damaged, truncated, another version, trailing junk: each refused whole, moved to a free `.bad` name.
    @Test func anUnusableFileIsSetAsideWholeAndTheVehicleStartsWithoutPlans() throws { try Self.withStore { store in
        let good = PlanFile.bytes(of: try Self.plans())
        var flipped = good; flipped[good.count / 2] ^= 0x10
        var future = good; future[4] = 2
        let cases: [(String, [UInt8], String)] = [
            ("flipped bit", flipped, "checksum mismatch"),
            ("truncated", Array(good[0..<(good.count - 100)]), "checksum mismatch"),
            ("cut to the header", Array(good[0..<6]), "too short"),
            ("another version", future, "format version 2, this build reads version 1"),
            ("not a plan file", Array("QGC WPL 110\n".utf8), "no SWPL header"),
            ("empty", [], "too short"),
        ]
        for (n, (name, bytes, reason)) in cases.enumerated() {
            try Data(bytes).write(to: URL(fileURLWithPath: store.plansPath))
            let (outcome, restored) = try Self.restart(store)
            guard case .unusable(let problem, let keptAt, nil) = outcome else { Issue.record("\(name): \(outcome)"); continue }
            #expect(problem.contains(reason), "\(name): \(problem)")
            let bad = store.plansPath + (n == 0 ? ".bad" : ".bad-\(n + 1)")
            #expect(keptAt == bad, "\(name)")
            #expect(FileManager.default.contents(atPath: bad) == Data(bytes), "\(name): the evidence is kept as it was")
            #expect(!FileManager.default.fileExists(atPath: store.plansPath))
            #expect(Self.isEmpty(restored), "\(name): nothing half-loaded")
            #expect("\(outcome)".contains("starting without plans"))
        }
    } }

    @Test func aPlanTheVehicleRefusesAtStartUpIsNotHalfInstalled() throws { try Self.withStore { store in
        var plans = try Self.plans()
        var bad = plans.mission[1]
        bad.latE7 = 950_000_000  // 95° north: the fence and rally before it would install, the mission not
        var mission = MissionPlan()
        try mission.append(plans.mission[0]); try mission.append(bad)
        plans.mission = mission
        try store.savePlans(plans)
        let (outcome, restored) = try Self.restart(store)
        guard case .unusable(let problem, .some, nil) = outcome else { Issue.record("\(outcome)"); return }
        #expect(problem.contains("refuses the saved mission (item 1"), "\(problem)")
        #expect(Self.isEmpty(restored), "the fence and rally installed before the mission are taken out again")
    } }

    /// What a kill in the middle of a save leaves: the temporary file, never renamed. It is not in
    /// effect and opening the store removes it.
    @Test func aHalfWrittenTemporaryFileNeverReplacesTheGoodOne() throws { try Self.withStore { store in
        let saved = try Self.plans()
        try store.savePlans(saved)
        let temporary = AtomicFile.temporaryPath(for: store.plansPath)
        let partial = Array(PlanFile.bytes(of: StoredPlans(mission: saved.fence))[0..<40])
        try Data(partial).write(to: URL(fileURLWithPath: temporary))
        let (outcome, restored) = try Self.restart(store)
        guard case .restored = outcome else { Issue.record("\(outcome)"); return }
        #expect(PlanFile.bytes(of: restored) == PlanFile.bytes(of: saved))
        #expect(!FileManager.default.fileExists(atPath: temporary), "the leftover is removed at start-up")
    } }

    /// The edge saves when `planRevision` moves: on every accepted install or clear, never on a refusal.
    @Test func planRevisionMovesOnAcceptedInstallsOnly() throws { try Self.withStore { store in
        var vehicle = try Self.vehicle(store)
        let plans = try Self.plans()
        let start = vehicle.planRevision
        try vehicle.installPlan(plans.mission, kind: .mission, at: Tick(micros: 0))
        #expect(vehicle.planRevision == start &+ 1)
        var bad = MissionPlan()
        var item = plans.mission[0]
        item.latE7 = 950_000_000
        try bad.append(item)
        #expect(throws: MissionRejection.self) { try vehicle.installPlan(bad, kind: .mission, at: Tick(micros: 0)) }
        #expect(vehicle.planRevision == start &+ 1, "a refused plan changes nothing, so nothing is written")
        try vehicle.installPlan(MissionPlan(), kind: .mission, at: Tick(micros: 0))
        #expect(vehicle.planRevision == start &+ 2, "a clear is saved too")
    } }
}
