/// Every parameter group of the vehicle, in the order ground stations list them.
///
/// To add a group: create `<Group>Parameters.swift` in this folder with
/// `extension ParameterCatalog { public static let myGroup: [ParameterDefinition] = [...] }`
/// and append it to `all`. Then regenerate `docs/PARAMETERS.md`
/// (`SWIFTLET_WRITE_DOCS=1 swift test --filter ParameterDocumentation`).
public enum ParameterCatalog {
    public static let all: [ParameterDefinition] =
        rateControl + attitudeControl + positionControl + manualControl + mixer + scheduling
}
