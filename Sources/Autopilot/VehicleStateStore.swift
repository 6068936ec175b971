#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FlightCore
import MAVLink
import VehicleServices

/// What a simulated vehicle keeps across restarts, in its own folder (like PX4 SITL's per-instance
/// working directory): the parameters a ground station changed, the MAVLink signing key, and the
/// mission, fence and rally plans.
///
/// - `parameters-<vehicle>.params`: QGroundControl `.params` text (`ParameterFile`) holding only
///   the values that differ from the vehicle model's defaults, so a later change of the defaults
///   reaches every parameter nobody set; one file per vehicle model, so a quad's gains never load
///   into a hexacopter.
/// - `signing.key`: the 32 raw key bytes, permission bits 0600. Never a parameter, never printed.
/// - `plans.dat`: the installed mission, fence and rally (`PlanFile`: versioned, checksummed,
///   bit-exact), written whenever a plan is installed or cleared. A file that cannot be used at
///   start-up (damaged, truncated, another format version, refused by the vehicle) is renamed to
///   `plans.dat.bad` (`.bad-2`, `-3`… when that exists), never half-loaded: the vehicle starts with
///   no plans. The current mission item is not kept: a restarted vehicle starts its mission from
///   item 0, as ArduPilot does after a reboot (PX4 keeps it in dataman; resuming mid-mission after
///   a restart on the ground could skip the takeoff item).
///
/// Every write goes through `AtomicFile` (temporary file, fsync, rename, fsync of the folder): a
/// kill at any instant leaves the old file or the new one, whole. Opening the store removes the
/// temporary files such a kill leaves behind.
public struct VehicleStateStore: Sendable {
    /// The instance's folder (created 0700 if missing).
    public let directory: String
    /// The parameter file of this vehicle model.
    public let parametersPath: String
    /// The signing key file.
    public let signingKeyPath: String
    /// The saved mission, fence and rally plans.
    public let plansPath: String
    /// The vehicle model's parameter table before any saved value: what is not saved is this.
    public let defaults: ParameterTable

    /// Opens (creating if needed) the state folder of one vehicle instance.
    ///
    /// - Parameters:
    ///   - directory: the instance's folder.
    ///   - vehicle: the vehicle model name (`quad450`…), part of the parameter file name.
    ///   - defaults: the model's parameters as they are without saved state.
    public init(directory: String, vehicle: String, defaults: ParameterTable) throws(StateFileError) {
        self.directory = directory
        parametersPath = directory + "/parameters-\(vehicle).params"
        signingKeyPath = directory + "/signing.key"
        plansPath = directory + "/plans.dat"
        self.defaults = defaults
        try AtomicFile.createFolder(directory, mode: 0o700)
        // Leftovers of a write killed before its rename: never in effect, so never worth keeping.
        for path in [parametersPath, signingKeyPath, plansPath] { try AtomicFile.remove(AtomicFile.temporaryPath(for: path)) }
    }

    /// The defaults with every saved value applied; nil report when nothing was saved yet.
    /// Rows the table does not know or refuses are skipped and listed in the report.
    public func restoredParameters() throws(StateFileError) -> (table: ParameterTable, report: ParameterFile.Report?) {
        var table = defaults
        guard let bytes = try AtomicFile.read(parametersPath) else { return (table, nil) }
        let report = ParameterFile.restore(String(decoding: bytes, as: UTF8.self), into: &table)
        return (table, report)
    }

    /// Saves the values of `table` that differ from `defaults` (an empty list when none do).
    public func saveParameters(_ table: ParameterTable, systemID: UInt8 = 1) throws(StateFileError) {
        let text = ParameterFile.text(of: table, differingFrom: defaults, systemID: systemID)
        try AtomicFile.write(Array(text.utf8), to: parametersPath)
    }

    /// The saved signing key, nil when none is saved.
    public func signingKey() throws(StateFileError) -> SigningKey? {
        guard let bytes = try AtomicFile.read(signingKeyPath) else { return nil }
        guard let key = SigningKey(bytes) else {
            throw StateFileError(path: signingKeyPath, operation: "read the signing key",
                                 reason: "\(bytes.count) bytes instead of 32 (delete the file to turn signing off)")
        }
        return key
    }

    /// Saves `key` readable by the owner only (0600), or deletes the key file when nil.
    public func saveSigningKey(_ key: SigningKey?) throws(StateFileError) {
        guard let key else { try AtomicFile.remove(signingKeyPath); return }
        var bytes: [UInt8] = []
        for i in 0..<32 { bytes.append(key.bytes[i]) }
        try AtomicFile.write(bytes, to: signingKeyPath, mode: 0o600)
    }

    /// Saves the vehicle's three plans (replacing the file whole).
    public func savePlans(_ plans: StoredPlans) throws(StateFileError) {
        try AtomicFile.write(PlanFile.bytes(of: plans), to: plansPath)
    }

    /// The saved plans: nil when none are saved, `.failure` naming the problem when the file is
    /// unusable (damaged, truncated, another version); throws when it cannot be read at all.
    public func savedPlans() throws(StateFileError) -> Result<StoredPlans, PlanFileError>? {
        guard let bytes = try AtomicFile.read(plansPath) else { return nil }
        do throws(PlanFileError) { return .success(try PlanFile.plans(from: bytes)) } catch { return .failure(error) }
    }

    /// Installs the saved plans into `vehicle`, all three or none: a file it cannot use is set
    /// aside (renamed `.bad`) and the vehicle keeps no plans.
    public func restorePlans<F>(into vehicle: inout FlightStackVehicle<F>) -> PlanRestore {
        let saved: Result<StoredPlans, PlanFileError>?
        do throws(StateFileError) { saved = try savedPlans() } catch { return .unreadable(error) }
        guard let saved else { return .nothingSaved }
        let problem: String
        switch saved {
        case .success(let plans):
            // The fence first: the mission is checked against it.
            var failure: (PlanKind, MissionRejection)? = nil
            for kind in [PlanKind.fence, .rally, .mission] where failure == nil {
                do throws(MissionRejection) { try vehicle.installPlan(plans[kind], kind: kind, at: Tick(micros: 0)) } catch {
                    failure = (kind, error)
                }
            }
            guard let (kind, rejection) = failure else {
                return .restored(mission: plans.mission.count, fence: plans.fence.count, rally: plans.rally.count)
            }
            for kind in PlanKind.allCases { try? vehicle.installPlan(MissionPlan(), kind: kind, at: Tick(micros: 0)) }
            problem = "the vehicle refuses the saved \(kind) (item \(rejection.sequence): \(MissionServer.reason(rejection.result)))"
        case .failure(let error):
            problem = error.reason
        }
        return setAside(because: problem)
    }

    /// Renames the unusable plan file to a free `.bad` name so the evidence stays.
    func setAside(because problem: String) -> PlanRestore {
        var target = plansPath + ".bad"
        var n = 2
        while access(target, F_OK) == 0 { target = plansPath + ".bad-\(n)"; n += 1 }
        guard rename(plansPath, target) == 0 else {
            return .unusable(problem: problem, keptAt: nil, error: StateFileError(plansPath, "rename to \(target)"))
        }
        do throws(StateFileError) { try AtomicFile.syncFolder(of: plansPath) } catch {
            return .unusable(problem: problem, keptAt: target, error: error)
        }
        return .unusable(problem: problem, keptAt: target, error: nil)
    }
}

/// What `VehicleStateStore.restorePlans` did, for the start-up line.
public enum PlanRestore: Sendable, CustomStringConvertible {
    /// No plan file: a first start, or nothing was ever uploaded.
    case nothingSaved
    /// The saved plans are installed (item counts).
    case restored(mission: Int, fence: Int, rally: Int)
    /// The file exists but cannot be read (permissions, I/O): started without plans, file untouched.
    case unreadable(StateFileError)
    /// The file is damaged, of another version or refused: started without plans; the file was
    /// moved to `keptAt` (nil when even that failed, `error` says why).
    case unusable(problem: String, keptAt: String?, error: StateFileError?)

    public var description: String {
        switch self {
        case .nothingSaved: "no saved plans"
        case .restored(let m, let f, let r): "saved plans restored (mission \(m), fence \(f), rally \(r) items)"
        case .unreadable(let e): "saved plans not restored, starting without plans: \(e)"
        case .unusable(let problem, let keptAt, let error):
            "saved plans not restored, starting without plans: \(problem); "
                + (keptAt.map { "the file was moved to \($0)" } ?? "the file could not be moved aside: \(error.map { "\($0)" } ?? "")")
        }
    }
}
