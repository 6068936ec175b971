/// Why a ULog file could not be read.
public struct ULogReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// A ULog file read back for plotting: every flat topic's samples as numbers, the logged strings
/// and the text information. Nested formats and appended data are skipped.
public struct ULogContents: Sendable {
    /// One topic's samples: `timestamp` (µs) and each field by name (array elements `q[0]`…), as `Double`.
    public struct Series: Sendable {
        public var timestamps: [UInt64] = []
        public var fields: [String: [Double]] = [:]
        /// The samples of `field` (empty when the topic has no such field).
        public subscript(_ field: String) -> [Double] { fields[field] ?? [] }
    }
    /// A logged string (`L`).
    public struct Logged: Sendable {
        /// Syslog level (0 emergency … 7 debug).
        public var level: Int
        public var timestamp: UInt64
        public var text: String
    }
    /// Topics by name (instance 0 only).
    public var topics: [String: Series] = [:]
    public var logged: [Logged] = []
    /// Text information (`I` messages with a `char[n]` value).
    public var info: [String: String] = [:]
    /// The header's start timestamp, µs.
    public var start: UInt64 = 0

    struct Field { var name: String; var type: String; var count: Int; var offset: Int }
    struct Format { var fields: [Field]; var size: Int }

    static let sizes: [String: Int] = ["int8_t": 1, "uint8_t": 1, "bool": 1, "char": 1, "int16_t": 2, "uint16_t": 2,
                                       "int32_t": 4, "uint32_t": 4, "float": 4, "int64_t": 8, "uint64_t": 8, "double": 8]

    /// Reads a whole ULog (version 1) file's bytes.
    public init(bytes: [UInt8]) throws(ULogReadError) {
        guard bytes.count >= 16, Array(bytes[0..<7]) == [0x55, 0x4C, 0x6F, 0x67, 0x01, 0x12, 0x35] else {
            throw ULogReadError(description: "not a ULog file (no ULog header)")
        }
        func u64(_ at: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) } }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        start = u64(8)
        var formats: [String: Format] = [:]
        var subscriptions: [Int: (name: String, format: Format)] = [:]
        var at = 16
        while at + 3 <= bytes.count {
            let size = u16(at), type = bytes[at + 2], body = at + 3
            guard body + size <= bytes.count else { break }   // a cut-off last message
            at = body + size
            switch type {
            case UInt8(ascii: "F"):
                let def = text(body ..< body + size)
                guard let colon = def.firstIndex(of: ":") else { continue }
                var fields: [Field] = [], offset = 0, flat = true
                for part in def[def.index(after: colon)...].split(separator: ";") {
                    let words = part.split(separator: " ")
                    guard words.count == 2 else { flat = false; break }
                    var type = String(words[0]), count = 1
                    if let open = type.firstIndex(of: "["), let n = Int(type[type.index(after: open)...].dropLast()) {
                        count = n; type = String(type[..<open])
                    }
                    guard let s = Self.sizes[type] else { flat = false; break }
                    fields.append(Field(name: String(words[1]), type: type, count: count, offset: offset))
                    offset += s * count
                }
                if flat { formats[String(def[..<colon])] = Format(fields: fields, size: offset) }
            case UInt8(ascii: "A"):
                guard size >= 3, bytes[body] == 0 else { continue }
                let name = text(body + 3 ..< body + size)
                if let f = formats[name] { subscriptions[u16(body + 1)] = (name, f); topics[name] = Series() }
            case UInt8(ascii: "D"):
                guard size >= 2, let sub = subscriptions[u16(body)], size - 2 >= sub.format.size else { continue }
                var series = topics[sub.name] ?? Series()
                let data = body + 2
                for f in sub.format.fields {
                    let s = Self.sizes[f.type] ?? 1
                    for k in 0..<f.count {
                        let v = Self.value(bytes, at: data + f.offset + k * s, type: f.type)
                        if f.name == "timestamp" { series.timestamps.append(u64(data + f.offset)) }
                        else { series.fields[f.count == 1 ? f.name : "\(f.name)[\(k)]", default: []].append(v) }
                    }
                }
                topics[sub.name] = series
            case UInt8(ascii: "L"):
                guard size >= 9 else { continue }
                logged.append(Logged(level: Int(bytes[body]) - 48, timestamp: u64(body + 1), text: text(body + 9 ..< body + size)))
            case UInt8(ascii: "I"):
                guard size >= 1, body + 1 + Int(bytes[body]) <= at else { continue }
                let key = text(body + 1 ..< body + 1 + Int(bytes[body]))
                if key.hasPrefix("char["), let space = key.firstIndex(of: " ") {
                    info[String(key[key.index(after: space)...])] = text(body + 1 + Int(bytes[body]) ..< at)
                }
            default: continue
            }
        }
    }

    static func value(_ b: [UInt8], at i: Int, type: String) -> Double {
        func raw(_ n: Int) -> UInt64 { (0..<n).reduce(UInt64(0)) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) } }
        switch type {
        case "float": return Double(Float(bitPattern: UInt32(raw(4))))
        case "double": return Double(bitPattern: raw(8))
        case "int8_t": return Double(Int8(bitPattern: b[i]))
        case "int16_t": return Double(Int16(bitPattern: UInt16(raw(2))))
        case "uint16_t": return Double(raw(2))
        case "int32_t": return Double(Int32(bitPattern: UInt32(raw(4))))
        case "uint32_t": return Double(raw(4))
        case "int64_t": return Double(Int64(bitPattern: raw(8)))
        case "uint64_t": return Double(raw(8))
        default: return Double(b[i])
        }
    }
}
