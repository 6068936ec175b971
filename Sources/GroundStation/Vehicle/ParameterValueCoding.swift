import MAVLinkDialects

/// How an autopilot packs integer parameters into `PARAM_VALUE.param_value` (a float).
public enum ParameterEncoding: Sendable, Equatable {
    /// The integer converted to a float (ArduPilot, Swiftlet: `MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_C_CAST`).
    case cCast
    /// The integer's bytes copied into the float's (PX4: `MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_BYTEWISE`).
    case bytewise

    /// The encoding an `AUTOPILOT_VERSION` declares, else the family's convention.
    public init(capabilities: UInt64?, family: AutopilotFamily?) {
        if let c = capabilities, c & 4096 != 0 { self = .bytewise; return }
        if let c = capabilities, c & 131_072 != 0 { self = .cCast; return }
        self = family == .px4 ? .bytewise : .cCast
    }
}

/// One parameter as a ground station holds it: the value as a `Double` (exact for every
/// `MAV_PARAM_TYPE` up to 32 bits) and its type.
public struct ParameterEntry: Equatable, Sendable {
    public var name: String
    public var value: Double
    /// `MAV_PARAM_TYPE` (1 UINT8 … 6 INT32, 9 REAL32).
    public var type: UInt8
    /// The vehicle's index, -1 when unknown (from a file).
    public var index: Int

    public init(name: String, value: Double, type: UInt8, index: Int = -1) {
        self.name = name; self.value = value; self.type = type; self.index = index
    }

    public var isInteger: Bool { type >= 1 && type <= 8 }

    /// The value as text: integers without a decimal point, floats in the shortest form that reads
    /// back to the same 32-bit float.
    public var valueText: String { Self.text(value, type: type) }

    /// `value` as text for a parameter of `type`.
    public static func text(_ value: Double, type: UInt8) -> String {
        if type >= 1 && type <= 8 { return String(Int64(value)) }
        return "\(Float(value))"
    }

    /// True when `other` is the same value once stored with this entry's type.
    public func sameValue(_ other: Double) -> Bool {
        isInteger ? Int64(exactly: other.rounded()) == Int64(value) && other == other.rounded() : Float(other) == Float(value)
    }

    /// `MAV_PARAM_TYPE` names for files and reports.
    public static func typeName(_ t: UInt8) -> String {
        let names = [1: "UINT8", 2: "INT8", 3: "UINT16", 4: "INT16", 5: "UINT32", 6: "INT32", 7: "UINT64", 8: "INT64", 9: "REAL32", 10: "REAL64"]
        return names[Int(t)] ?? "TYPE\(t)"
    }

    /// The type named `name` (as `typeName` spells it), or nil.
    public static func type(named name: String) -> UInt8? {
        (1...10).first { typeName(UInt8($0)) == name.uppercased() }.map(UInt8.init)
    }
}

extension ParameterEncoding {
    /// The value a `PARAM_VALUE` float carries, for type `type`.
    public func decode(_ wire: Float, type: UInt8) -> Double {
        guard type >= 1 && type <= 8, self == .bytewise else { return Double(wire) }
        let bits = wire.bitPattern
        switch type {
        case 1: return Double(UInt8(truncatingIfNeeded: bits))
        case 2: return Double(Int8(truncatingIfNeeded: bits))
        case 3: return Double(UInt16(truncatingIfNeeded: bits))
        case 4: return Double(Int16(truncatingIfNeeded: bits))
        case 5: return Double(bits)
        default: return Double(Int32(bitPattern: bits))
        }
    }

    /// The `PARAM_SET` float for `value` of type `type`.
    public func encode(_ value: Double, type: UInt8) -> Float {
        guard type >= 1 && type <= 8, self == .bytewise else { return Float(value) }
        let v = Int64(value.rounded())
        switch type {
        case 1, 3, 5: return Float(bitPattern: UInt32(truncatingIfNeeded: v))
        case 2: return Float(bitPattern: UInt32(UInt8(bitPattern: Int8(truncatingIfNeeded: v))))
        case 4: return Float(bitPattern: UInt32(UInt16(bitPattern: Int16(truncatingIfNeeded: v))))
        default: return Float(bitPattern: UInt32(bitPattern: Int32(truncatingIfNeeded: v)))
        }
    }
}
