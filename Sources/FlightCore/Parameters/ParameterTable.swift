/// The vehicle's parameters: the fixed list of definitions and their current values.
///
/// Both arrays are built once at start-up and never resized, so reading and setting a value does
/// not allocate. Algorithms never read the table: a builder (e.g. `ControlGains(parameters:)`)
/// turns it into plain gain structs whenever a value changes. Lookup by name is a linear scan,
/// meant for the parameter protocol and configuration, not for control ticks.
public struct ParameterTable: Sendable {
    /// The definitions, in ground-station order; index i describes `values[i]`.
    public let definitions: [ParameterDefinition]
    /// Current values, always valid for their definitions.
    public private(set) var values: [ParameterValue]

    /// A table of `definitions` (by default every group in `ParameterCatalog.all`) at their defaults.
    public init(definitions: [ParameterDefinition] = ParameterCatalog.all) {
        self.definitions = definitions
        var v: [ParameterValue] = []
        v.reserveCapacity(definitions.count)
        for d in definitions { v.append(d.defaultValue) }
        values = v
    }

    /// Number of parameters (MAVLink `param_count`).
    public var count: Int { definitions.count }

    /// The index of the parameter named by the ASCII bytes `name`, or nil.
    public func index<C: Collection>(ofName name: C) -> Int? where C.Element == UInt8 {
        for i in 0..<definitions.count where definitions[i].matches(name) { return i }
        return nil
    }

    /// The index of the parameter called `name`, or nil.
    public func index(of name: String) -> Int? { index(ofName: name.utf8) }

    /// The current value of parameter `name`, or nil for an unknown name.
    public func value(of name: String) -> ParameterValue? { index(of: name).map { values[$0] } }

    /// Sets the parameter at `index` to `value` after checking its type and range.
    public mutating func set(at index: Int, to value: ParameterValue) throws(ParameterError) {
        guard index >= 0 && index < definitions.count else { throw .indexOutOfRange(index) }
        let d = definitions[index]
        guard value.type == d.type else { throw .wrongType(expected: d.type, got: value.type) }
        guard d.accepts(value) else { throw .outOfRange(value: value, minimum: d.minimum, maximum: d.maximum) }
        values[index] = value
    }

    /// Sets parameter `name` to `value`; throws for an unknown name, a wrong type or a value out of range.
    public mutating func set(_ name: String, to value: ParameterValue) throws(ParameterError) {
        guard let i = index(of: name) else { throw .unknownName }
        try set(at: i, to: value)
    }

    /// Restores every parameter to its default.
    public mutating func resetToDefaults() {
        for i in 0..<definitions.count { values[i] = definitions[i].defaultValue }
    }

    /// The `Float` value of `name`; the name must exist and be a float (a programming error otherwise).
    public func float(_ name: StaticString) -> Float {
        guard let i = staticIndex(name), case .float(let v) = values[i] else {
            preconditionFailure("missing float parameter")
        }
        return v
    }

    /// The `Int32` value of `name`; the name must exist and be an int32.
    public func int32(_ name: StaticString) -> Int32 {
        guard let i = staticIndex(name), case .int32(let v) = values[i] else {
            preconditionFailure("missing int32 parameter")
        }
        return v
    }

    func staticIndex(_ name: StaticString) -> Int? {
        name.withUTF8Buffer { index(ofName: $0) }
    }
}
