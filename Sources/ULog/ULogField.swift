/// A ULog field type, spelled as the format definitions (`F` messages) spell it.
public enum ULogFieldType: UInt8, Sendable, Equatable {
    case int8, uint8, int16, uint16, int32, uint32, int64, uint64, float, double, bool, char

    /// Bytes one value occupies in a data message (fields are packed, little-endian).
    public var size: Int {
        switch self {
        case .int8, .uint8, .bool, .char: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .float: 4
        case .int64, .uint64, .double: 8
        }
    }

    /// The C type name a format definition uses (`uint64_t`, `float`…).
    public var name: StaticString {
        switch self {
        case .int8: "int8_t"
        case .uint8: "uint8_t"
        case .int16: "int16_t"
        case .uint16: "uint16_t"
        case .int32: "int32_t"
        case .uint32: "uint32_t"
        case .int64: "int64_t"
        case .uint64: "uint64_t"
        case .float: "float"
        case .double: "double"
        case .bool: "bool"
        case .char: "char"
        }
    }
}

/// One field of a logged message format: `type[count] name`, or `type name` when `count` is 1.
///
/// PX4 convention: the first field of every logged message is `uint64_t timestamp`
/// (microseconds since boot).
public struct ULogField: Sendable {
    public var type: ULogFieldType
    public var name: StaticString
    /// Array length; 1 for a scalar.
    public var count: Int

    public init(_ type: ULogFieldType, _ name: StaticString, count: Int = 1) {
        self.type = type; self.name = name; self.count = count
    }

    /// Bytes the field occupies in a data message.
    public var size: Int { type.size * count }

    /// The `uint64_t timestamp` field every logged message starts with.
    public static let timestamp = ULogField(.uint64, "timestamp")
}

/// How important a logged string is (`L` messages); numbered as syslog and PX4 number them,
/// written as the ASCII digit `'0' + level`.
public enum ULogLevel: UInt8, Sendable, Equatable {
    case emergency = 0, alert, critical, error, warning, notice, info, debug
}
