/// A titled set of parameters, one per file in this folder.
public struct ParameterGroup: Sendable {
    /// Heading used by ground stations and `docs/PARAMETERS.md`.
    public let title: StaticString
    /// The group's parameters in listing order.
    public let definitions: [ParameterDefinition]

    public init(title: StaticString, definitions: [ParameterDefinition]) {
        self.title = title; self.definitions = definitions
    }
}

/// Every parameter group of the vehicle, in the order ground stations list them.
///
/// To add a group: create `<Group>Parameters.swift` in this folder with
/// `extension ParameterCatalog { public static let myGroup: [ParameterDefinition] = [...] }`,
/// add one line to `groups`, then regenerate `docs/PARAMETERS.md`
/// (`SWIFTLET_WRITE_DOCS=1 swift test --filter ParameterDocumentation`; the test fails while the
/// document is stale).
public enum ParameterCatalog {
    /// The groups, in listing order.
    public static let groups: [ParameterGroup] = [
        ParameterGroup(title: "Rate control", definitions: rateControl),
        ParameterGroup(title: "Attitude control", definitions: attitudeControl),
        ParameterGroup(title: "Position control", definitions: positionControl),
        ParameterGroup(title: "Manual control", definitions: manualControl),
        ParameterGroup(title: "Mixer and motors", definitions: mixer),
        ParameterGroup(title: "Loop scheduling", definitions: scheduling),
        ParameterGroup(title: "Battery", definitions: battery),
        ParameterGroup(title: "Missions and return", definitions: navigation),
        ParameterGroup(title: "Failsafes", definitions: failsafes),
    ]

    /// Every definition of every group, in order.
    public static let all: [ParameterDefinition] = {
        var result: [ParameterDefinition] = []
        for g in groups { result.append(contentsOf: g.definitions) }
        return result
    }()
}
