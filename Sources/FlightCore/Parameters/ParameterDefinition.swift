/// How a parameter's value is typed on the wire, numbered as MAVLink's `MAV_PARAM_TYPE`.
public enum ParameterType: UInt8, Sendable, Equatable {
    case int32 = 6
    case float = 9
}

/// A typed parameter value.
public enum ParameterValue: Sendable, Equatable {
    case int32(Int32)
    case float(Float)

    /// The wire type of this value.
    public var type: ParameterType {
        switch self {
        case .int32: .int32
        case .float: .float
        }
    }

    /// The value as a `Float` (what MAVLink's `param_value` field carries, C-cast encoding).
    public var floatValue: Float {
        switch self {
        case .int32(let v): Float(v)
        case .float(let v): v
        }
    }
}

/// One tunable: its name, type, default, bounds, unit and meaning.
///
/// Names follow PX4's where a PX4 parameter means the same thing; they are at most 16 ASCII
/// characters (the MAVLink `param_id` length).
public struct ParameterDefinition: Sendable {
    /// MAVLink `param_id`: up to 16 ASCII characters.
    public let name: StaticString
    /// Value at first boot and after a reset; its case fixes the parameter's type.
    public let defaultValue: ParameterValue
    /// Inclusive bounds, same type as `defaultValue`.
    public let minimum: ParameterValue
    public let maximum: ParameterValue
    /// Unit symbol ("rad/s", "m", "deg", "Hz", "" for dimensionless).
    public let unit: StaticString
    /// One-sentence meaning, for the generated documentation and ground stations.
    public let description: StaticString
    /// True when a change only takes effect after a reboot.
    public let rebootRequired: Bool

    /// The parameter's wire type.
    public var type: ParameterType { defaultValue.type }

    /// A `Float` parameter.
    public static func float(_ name: StaticString, _ defaultValue: Float, min: Float, max: Float,
                             unit: StaticString, _ description: StaticString,
                             rebootRequired: Bool = false) -> ParameterDefinition {
        ParameterDefinition(name: name, defaultValue: .float(defaultValue), minimum: .float(min),
                            maximum: .float(max), unit: unit, description: description,
                            rebootRequired: rebootRequired)
    }

    /// An `Int32` parameter (also used for enumerations and booleans).
    public static func int32(_ name: StaticString, _ defaultValue: Int32, min: Int32, max: Int32,
                             unit: StaticString, _ description: StaticString,
                             rebootRequired: Bool = false) -> ParameterDefinition {
        ParameterDefinition(name: name, defaultValue: .int32(defaultValue), minimum: .int32(min),
                            maximum: .int32(max), unit: unit, description: description,
                            rebootRequired: rebootRequired)
    }

    /// True when `name` (ASCII bytes, without padding) equals this parameter's name.
    public func matches<C: Collection>(_ name: C) -> Bool where C.Element == UInt8 {
        self.name.withUTF8Buffer { own in
            guard own.count == name.count else { return false }
            var i = own.startIndex
            for byte in name {
                if own[i] != byte { return false }
                i += 1
            }
            return true
        }
    }

    /// True when `value` has this parameter's type and lies within its bounds.
    public func accepts(_ value: ParameterValue) -> Bool {
        switch (value, minimum, maximum) {
        case let (.int32(v), .int32(lo), .int32(hi)): lo <= v && v <= hi
        case let (.float(v), .float(lo), .float(hi)): v.isFinite && lo <= v && v <= hi
        default: false
        }
    }
}
