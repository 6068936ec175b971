import FlightCore
import MAVLink
import VehicleServices

/// What a simulated vehicle keeps across restarts, in its own folder (like PX4 SITL's per-instance
/// working directory): the parameters a ground station changed and the MAVLink signing key.
///
/// - `parameters-<vehicle>.params`: QGroundControl `.params` text (`ParameterFile`) holding only
///   the values that differ from the vehicle model's defaults, so a later change of the defaults
///   reaches every parameter nobody set; one file per vehicle model, so a quad's gains never load
///   into a hexacopter.
/// - `signing.key`: the 32 raw key bytes, permission bits 0600. Never a parameter, never printed.
///
/// Every write goes through `AtomicFile` (temporary file, fsync, rename, fsync of the folder): a
/// kill at any instant leaves the old file or the new one, whole.
public struct VehicleStateStore: Sendable {
    /// The instance's folder (created 0700 if missing).
    public let directory: String
    /// The parameter file of this vehicle model.
    public let parametersPath: String
    /// The signing key file.
    public let signingKeyPath: String
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
        self.defaults = defaults
        try AtomicFile.createFolder(directory, mode: 0o700)
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
}
