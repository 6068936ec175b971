/// The typed model of MAVLink XML definitions that the Swift emitter works from.

/// A primitive MAVLink wire type.
public enum PrimitiveType: String, Sendable, CaseIterable {
    case char, int8 = "int8_t", uint8 = "uint8_t", int16 = "int16_t", uint16 = "uint16_t"
    case int32 = "int32_t", uint32 = "uint32_t", int64 = "int64_t", uint64 = "uint64_t"
    case float, double
    /// HEARTBEAT's `mavlink_version` field: a uint8_t the encoder fills in.
    case uint8MAVLinkVersion = "uint8_t_mavlink_version"

    /// Size on the wire, bytes.
    public var size: Int {
        switch self {
        case .char, .int8, .uint8, .uint8MAVLinkVersion: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float: return 4
        case .int64, .uint64, .double: return 8
        }
    }

    /// The type name used in the CRC_EXTRA seed.
    public var crcName: String { self == .uint8MAVLinkVersion ? "uint8_t" : rawValue }

    /// The Swift type of one element.
    public var swiftName: String {
        switch self {
        case .char, .uint8, .uint8MAVLinkVersion: return "UInt8"
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .uint16: return "UInt16"
        case .int32: return "Int32"
        case .uint32: return "UInt32"
        case .int64: return "Int64"
        case .uint64: return "UInt64"
        case .float: return "Float"
        case .double: return "Double"
        }
    }

    public var isInteger: Bool { self != .float && self != .double }
}

/// One field of a message.
public struct FieldDefinition: Sendable, Equatable {
    public var name: String
    public var type: PrimitiveType
    /// Element count for array fields (`float[4]`), nil for scalars.
    public var arrayLength: Int?
    /// The enum (by XML name) whose values this field holds.
    public var enumName: String?
    public var units: String?
    public var description: String
    /// True for fields after `<extensions/>`: MAVLink 2 only, not in CRC_EXTRA.
    public var isExtension: Bool
    /// Whether the XML says the field is a bitmask (`display="bitmask"`).
    public var displayBitmask: Bool
    /// Offset in the payload, bytes (set when the message is laid out).
    public var offset: Int = 0

    /// Total size on the wire, bytes.
    public var wireSize: Int { type.size * (arrayLength ?? 1) }
    /// `char[N]` is a string, not an array of bytes.
    public var isString: Bool { type == .char && arrayLength != nil }
}

/// One message definition.
public struct MessageDefinition: Sendable, Equatable {
    public var id: UInt32
    public var name: String
    public var description: String
    /// Fields in XML order (base fields, then extensions).
    public var fields: [FieldDefinition]
    /// The XML file that defines it.
    public var sourceFile: String
    public var deprecated: Bool = false

    /// Fields in wire order: base fields sorted by element size, largest first (stable), then
    /// extension fields in XML order; offsets assigned.
    public var wireFields: [FieldDefinition] {
        let base = fields.enumerated().filter { !$0.element.isExtension }
            .sorted { a, b in
                let (sa, sb) = (a.element.type.size, b.element.type.size)
                return sa != sb ? sa > sb : a.offset < b.offset
            }.map(\.element)
        var ordered = base + fields.filter(\.isExtension)
        var offset = 0
        for i in ordered.indices {
            ordered[i].offset = offset
            offset += ordered[i].wireSize
        }
        return ordered
    }

    /// Payload length of the base fields, bytes.
    public var minLength: Int { fields.filter { !$0.isExtension }.reduce(0) { $0 + $1.wireSize } }
    /// Payload length with extensions, bytes.
    public var maxLength: Int { fields.reduce(0) { $0 + $1.wireSize } }

    /// CRC_EXTRA: the X.25 CRC of the name and base fields (type, name, array length), folded to a byte.
    public var crcExtra: UInt8 {
        var crc = HostCRC()
        crc.add(name + " ")
        for f in wireFields where !f.isExtension {
            crc.add(f.type.crcName + " ")
            crc.add(f.name + " ")
            if let n = f.arrayLength { crc.add(byte: UInt8(n)) }
        }
        return UInt8((crc.value & 0xFF) ^ (crc.value >> 8))
    }
}

/// One named value of an enum.
public struct EnumEntry: Sendable, Equatable {
    public var name: String
    public var value: UInt64
    public var description: String
    public var deprecated: Bool = false
}

/// One enum definition (possibly extended by several files).
public struct EnumDefinition: Sendable, Equatable {
    public var name: String
    public var description: String
    public var isBitmask: Bool
    public var entries: [EnumEntry]
    public var sourceFile: String
}

/// One parsed XML file.
public struct DefinitionFile: Sendable {
    /// File name, for example `common.xml`.
    public var fileName: String
    public var includes: [String]
    public var version: Int?
    public var dialect: Int?
    public var enums: [EnumDefinition]
    public var messages: [MessageDefinition]
}

/// The X.25 CRC used for CRC_EXTRA, computed on the host.
struct HostCRC {
    var value: UInt16 = 0xFFFF
    mutating func add(byte: UInt8) {
        var tmp = byte ^ UInt8(truncatingIfNeeded: value)
        tmp ^= tmp << 4
        let t = UInt16(tmp)
        value = (value >> 8) ^ (t << 8) ^ (t << 3) ^ (t >> 4)
    }
    mutating func add(_ s: String) { for b in s.utf8 { add(byte: b) } }
}
