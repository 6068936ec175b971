/// An ArduPilot DataFlash (`.bin`) log, decoded: every message by its `FMT` definition.
///
/// The format is self-describing: each message is `0xA3 0x95`, a one-byte type, then the packed
/// little-endian fields. Type 128 (`FMT`) defines a type: its length (header included), a 4-char
/// name, a format string (one character per field) and comma-separated column names. Scaled
/// format characters are returned in their unit (`c`/`C`/`e`/`E` ÷ 100, `L` ÷ 10⁷ degrees), as
/// pymavlink's `DFReader` returns them.
///
/// Reading is strict: bytes that are not a message of a defined type, or a message cut off by
/// the end of the file, stop the read with a `ReplayLogError` naming the byte offset.
public struct DataFlashLog: Sendable {
    /// One message type's definition (from `FMT`).
    public struct Format: Sendable {
        public var type: UInt8
        public var length: Int
        public var name: String
        public var format: [UInt8]
        public var columns: [String]
    }

    /// The decoded messages of one type, column by column (times in `TimeUS` when it has one).
    public struct Messages: Sendable {
        public var columns: [String] = []
        public var values: [[Double]] = []
        /// Index of each message in the whole log, for ordering across types.
        public var sequence: [Int] = []
        public var count: Int { sequence.count }
        /// `count` NaNs, the value of every column the type lacks (made once, when the log is read).
        var missing: [Double] = []
        /// The column named `name`, one value per message; NaN in every row when the type has no
        /// such column, so any row below `count` can be read whatever the log's formats say.
        public subscript(_ name: String) -> [Double] {
            guard let i = columns.firstIndex(of: name), i < values.count, values[i].count == count else {
                return missing.count == count ? missing : [Double](repeating: .nan, count: count)
            }
            return values[i]
        }
        /// True when the type has a column named `name` with a value in every message.
        public func has(_ name: String) -> Bool {
            guard let i = columns.firstIndex(of: name) else { return false }
            return i < values.count && values[i].count == count
        }
    }

    public private(set) var formats: [UInt8: Format] = [:]
    /// Messages by type name.
    public private(set) var messages: [String: Messages] = [:]
    /// Messages read in all.
    public private(set) var messageCount = 0

    static let headByte0: UInt8 = 0xA3, headByte1: UInt8 = 0x95, formatType: UInt8 = 128

    /// Decodes a whole log; `file` names it in errors.
    public init(bytes: [UInt8], file: String) throws(ReplayLogError) {
        guard bytes.count >= 3, bytes[0] == Self.headByte0, bytes[1] == Self.headByte1 else {
            throw ReplayLogError(file: file, offset: 0, reason: "not an ArduPilot DataFlash log (no 0xA3 0x95 message header)")
        }
        formats[Self.formatType] = Format(type: Self.formatType, length: 89, name: "FMT", format: Array("BBnNZ".utf8),
                                          columns: ["Type", "Length", "Name", "Format", "Columns"])
        var at = 0
        while at < bytes.count {
            guard at + 3 <= bytes.count else {
                throw ReplayLogError(file: file, offset: at, reason: "truncated: a message header is cut off by the end of the file")
            }
            guard bytes[at] == Self.headByte0, bytes[at + 1] == Self.headByte1 else {
                throw ReplayLogError(file: file, offset: at, reason: "malformed: expected a message header (0xA3 0x95), found 0x\(Self.hex(bytes[at])) 0x\(Self.hex(bytes[at + 1]))")
            }
            let type = bytes[at + 2]
            guard let f = formats[type] else {
                throw ReplayLogError(file: file, offset: at, reason: "malformed: message type \(type) has no FMT definition")
            }
            guard at + f.length <= bytes.count else {
                throw ReplayLogError(file: file, offset: at, reason: "truncated: \(f.name) message needs \(f.length) bytes, \(bytes.count - at) left")
            }
            if type == Self.formatType {
                try defineFormat(bytes, at: at + 3, file: file, offset: at)
            } else {
                decode(f, bytes, at: at + 3)
            }
            messageCount += 1
            at += f.length
        }
        for name in messages.keys { messages[name]!.missing = [Double](repeating: .nan, count: messages[name]!.count) }
    }

    mutating func defineFormat(_ b: [UInt8], at p: Int, file: String, offset: Int) throws(ReplayLogError) {
        let type = b[p], length = Int(b[p + 1])
        let name = Self.text(b[(p + 2)..<(p + 6)])
        let format = Array(b[(p + 6)..<(p + 22)].prefix { $0 != 0 })
        let columns = Self.text(b[(p + 22)..<(p + 86)]).split(separator: ",").map(String.init)
        var size = 3
        for c in format {
            guard let s = Self.size(of: c) else {
                throw ReplayLogError(file: file, offset: offset, reason: "malformed: FMT of \(name) has unknown format character '\(Character(Unicode.Scalar(c)))'")
            }
            size += s
        }
        guard size == length, columns.count == format.count, type != Self.formatType else {
            throw ReplayLogError(file: file, offset: offset, reason: "malformed: FMT of \(name) is inconsistent (length \(length), fields \(size), \(format.count) format characters, \(columns.count) columns)")
        }
        if let known = messages[name], known.columns != columns {
            // A later FMT may give a name other columns only before any message of it was logged.
            guard known.count == 0 else {
                throw ReplayLogError(file: file, offset: offset, reason: "malformed: FMT redefines \(name) with other columns after \(known.count) of its messages")
            }
            messages[name] = nil
        }
        formats[type] = Format(type: type, length: length, name: name, format: format, columns: columns)
        if messages[name] == nil {
            messages[name] = Messages(columns: columns, values: [[Double]](repeating: [], count: columns.count), sequence: [])
        }
    }

    mutating func decode(_ f: Format, _ b: [UInt8], at start: Int) {
        guard var m = messages[f.name], m.values.count == f.format.count else { return }
        messages[f.name] = nil   // keep the arrays uniquely referenced while appending
        var p = start
        for (i, c) in f.format.enumerated() {
            m.values[i].append(Self.value(c, b, at: p))
            p += Self.size(of: c) ?? 0
        }
        m.sequence.append(messageCount)
        messages[f.name] = m
    }

    /// Bytes of one field of format character `c` (nil: not a DataFlash format character).
    static func size(of c: UInt8) -> Int? {
        switch Character(Unicode.Scalar(c)) {
        case "b", "B", "M": 1
        case "h", "H", "c", "C": 2
        case "i", "I", "f", "e", "E", "L", "n": 4
        case "d", "q", "Q": 8
        case "N": 16
        case "Z", "a": 64
        default: nil
        }
    }

    static func value(_ c: UInt8, _ b: [UInt8], at i: Int) -> Double {
        func raw(_ n: Int) -> UInt64 { (0..<n).reduce(UInt64(0)) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) } }
        switch Character(Unicode.Scalar(c)) {
        case "b": return Double(Int8(bitPattern: b[i]))
        case "B", "M": return Double(b[i])
        case "h": return Double(Int16(bitPattern: UInt16(raw(2))))
        case "H": return Double(raw(2))
        case "c": return Double(Int16(bitPattern: UInt16(raw(2)))) / 100
        case "C": return Double(raw(2)) / 100
        case "i": return Double(Int32(bitPattern: UInt32(raw(4))))
        case "I": return Double(raw(4))
        case "e": return Double(Int32(bitPattern: UInt32(raw(4)))) / 100
        case "E": return Double(raw(4)) / 100
        case "L": return Double(Int32(bitPattern: UInt32(raw(4)))) / 1e7
        case "f": return Double(Float(bitPattern: UInt32(raw(4))))
        case "d": return Double(bitPattern: raw(8))
        case "q": return Double(Int64(bitPattern: raw(8)))
        case "Q": return Double(raw(8))
        default: return .nan   // text and arrays are not numbers
        }
    }

    static func text(_ s: ArraySlice<UInt8>) -> String { String(decoding: s.prefix { $0 != 0 }, as: UTF8.self) }
    static func hex(_ b: UInt8) -> String { (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true) }
}
