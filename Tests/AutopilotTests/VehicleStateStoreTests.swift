import FlightCore
import Foundation
import MAVLink
import Testing
@testable import Autopilot

@Suite("Vehicle state store")
struct VehicleStateStoreTests {
    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)/0").path
    }

    static func defaults(_ vehicle: String = "quad450") throws -> ParameterTable {
        try DataFiles(root: SITLFixtures.repoRoot.path).airframeParameters(for: vehicle)
    }

    /// Runs `body` with a quad450 store in a fresh folder, removed afterwards.
    static func withStore(_ body: (VehicleStateStore) throws -> Void) throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(try VehicleStateStore(directory: dir, vehicle: "quad450", defaults: try defaults()))
    }

    /// `table` with `name` set to `value`, saved to `store`.
    static func save(_ name: String, _ value: ParameterValue, in table: inout ParameterTable, to store: VehicleStateStore) throws {
        try table.set(at: table.index(of: name)!, to: value)
        try store.saveParameters(table)
    }

    @Test func onlyChangedParametersAreSavedAndTheyComeBack() throws { try Self.withStore { store in
        #expect(try store.restoredParameters().report == nil, "nothing saved yet")
        var table = store.defaults
        try table.set(at: table.index(of: "MPC_XY_CRUISE")!, to: .float(7.25))
        try Self.save("NAV_DLL_ACT", .int32(2), in: &table, to: store)

        let text = try String(contentsOfFile: store.parametersPath, encoding: .utf8)
        #expect(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == 2)
        let reopened = try VehicleStateStore(directory: store.directory, vehicle: "quad450", defaults: try Self.defaults())
        let (restored, report) = try reopened.restoredParameters()
        #expect(report?.applied == 2)
        #expect(restored.value(of: "MPC_XY_CRUISE") == .float(7.25))
        #expect(restored.value(of: "NAV_DLL_ACT") == .int32(2))
        #expect(restored.values.indices.filter { restored.values[$0] != store.defaults.values[$0] }.count == 2)
    } }

    @Test func aWriteKilledBeforeItsRenameLeavesTheOldFileInEffect() throws { try Self.withStore { store in
        var table = store.defaults
        try Self.save("MPC_XY_CRUISE", .float(6.5), in: &table, to: store)
        // What a SIGKILL in the middle of the next save leaves: a half-written temporary file.
        let partial = "# Onboard parameters for Vehicle 1\n1\t1\tMPC_XY_CRUISE\t9"
        try partial.write(toFile: AtomicFile.temporaryPath(for: store.parametersPath), atomically: false, encoding: .utf8)

        #expect(try store.restoredParameters().table.value(of: "MPC_XY_CRUISE") == .float(6.5))
        try Self.save("MPC_XY_CRUISE", .float(8), in: &table, to: store)
        #expect(try store.restoredParameters().table.value(of: "MPC_XY_CRUISE") == .float(8))
        #expect(!FileManager.default.fileExists(atPath: AtomicFile.temporaryPath(for: store.parametersPath)),
                "the next save reuses and renames the temporary file")
    } }

    @Test func parameterFilesAreKeptPerVehicleModel() throws { try Self.withStore { quad in
        var table = quad.defaults
        try Self.save("MC_ROLL_P", .float(12), in: &table, to: quad)
        let hexa = try VehicleStateStore(directory: quad.directory, vehicle: "hexa550", defaults: try Self.defaults("hexa550"))
        #expect(try hexa.restoredParameters().report == nil, "a quad's gains never load into a hexacopter")
    } }

    @Test func signingKeyIsOwnerOnlyAndRemovable() throws { try Self.withStore { store in
        #expect(try store.signingKey() == nil)
        let key = try #require(SigningKey((0..<32).map { UInt8($0 * 7 & 0xFF) }))
        try store.saveSigningKey(key)
        #expect(try store.signingKey() == key)
        #expect(AtomicFile.permissions(of: store.signingKeyPath) == 0o600)
        #expect(AtomicFile.permissions(of: store.directory) == 0o700)
        try store.saveSigningKey(nil)
        #expect(try store.signingKey() == nil)
        #expect(!FileManager.default.fileExists(atPath: store.signingKeyPath))
    } }

    @Test func aTruncatedKeyFileIsAnErrorNotSilentlyUnsigned() throws { try Self.withStore { store in
        try AtomicFile.write([1, 2, 3], to: store.signingKeyPath, mode: 0o600)
        #expect(throws: StateFileError.self) { try store.signingKey() }
    } }

    @Test func saveScheduleGathersABurstIntoOneWritePerDelay() {
        var schedule = ParameterSaveSchedule(delay: .milliseconds(100))
        let t0 = ContinuousClock.now
        // (accepted-set counter, milliseconds after t0) → save now?
        let steps: [(UInt32, Int, Bool)] = [
            (0, 0, false),     // nothing accepted, nothing to save
            (1, 0, false),     // the first set starts the delay
            (5, 60, false),    // later sets join the pending save
            (5, 100, true),    // one write for all five
            (5, 300, false),   // nothing new
            (6, 310, false),
            (6, 410, true),
        ]
        var decisions: [Bool] = []
        for (sets, ms, _) in steps { decisions.append(schedule.shouldSave(acceptedSets: sets, now: t0 + .milliseconds(ms))) }
        #expect(decisions == steps.map { $0.2 })
        #expect(!schedule.hasUnsavedChanges)
    }
}
