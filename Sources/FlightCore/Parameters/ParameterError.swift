/// Why a parameter could not be set.
public enum ParameterError: Error, Equatable {
    /// No parameter has this name.
    case unknownName
    /// The value's type differs from the parameter's.
    case wrongType(expected: ParameterType, got: ParameterType)
    /// The value lies outside `minimum...maximum` (or is not finite).
    case outOfRange(value: ParameterValue, minimum: ParameterValue, maximum: ParameterValue)
    /// No parameter has this index.
    case indexOutOfRange(Int)
}

#if !hasFeature(Embedded)
extension ParameterValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .int32(let v): "\(v)"
        case .float(let v): "\(v)"
        }
    }
}

extension ParameterError: CustomStringConvertible {
    /// A sentence for a ground station or log, with the limits when the value was out of range.
    public var description: String {
        switch self {
        case .unknownName: "unknown parameter name"
        case let .wrongType(expected, got): "wrong type: expected \(expected), got \(got)"
        case let .outOfRange(value, minimum, maximum): "value \(value) is outside the range \(minimum) to \(maximum)"
        case let .indexOutOfRange(i): "no parameter at index \(i)"
        }
    }
}
#endif
