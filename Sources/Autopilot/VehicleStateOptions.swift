import FlightCore
import MAVLink
import VehicleServices

/// Options of a runtime whose parameters and signing key a `VehicleStateStore` keeps across
/// restarts (`SITLOptions`, `HILAutopilotOptions`).
public protocol VehicleStateOptions {
    /// The parameters the flight stack starts with.
    var parameters: ParameterTable { get set }
    /// Signing key installed on every link at start (nil: signing off).
    var signingKey: SigningKey? { get set }
    /// Where accepted parameter sets and the signing key are saved (nil: nowhere).
    var stateStore: VehicleStateStore? { get set }
}

extension VehicleStateOptions {
    /// Starts from what `store` kept: its saved parameters over `store.defaults` and its signing
    /// key; from then on the runtime saves into it. Returns what the parameter restore did (nil
    /// when nothing was saved yet).
    public mutating func restoreState(from store: VehicleStateStore) throws(StateFileError) -> ParameterFile.Report? {
        let restored = try store.restoredParameters()
        parameters = restored.table
        signingKey = try store.signingKey()
        stateStore = store
        return restored.report
    }
}
