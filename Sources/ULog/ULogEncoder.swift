/// Why the encoder refused a message; the log stays well-formed (nothing was written).
public enum ULogError: Error, Sendable, Equatable {
    /// The message did not fit the builder's fixed storage or ULog's 16-bit size field.
    case tooLong
    /// A data message's payload does not match its format's size (the fields written differ
    /// from the fields declared).
    case sizeMismatch(expected: Int, actual: Int)
}

/// A defined message format (`F`): its name and the bytes one data message of it carries.
public struct ULogFormat: Sendable {
    public let name: StaticString
    /// Payload bytes of one data message (the fields, packed), without the message id.
    public let size: Int
}

/// A subscription (`A`): the id data messages of a format are written under.
public struct ULogSubscription: Sendable {
    public let id: UInt16
    public let format: ULogFormat
}

/// Encodes PX4's ULog (version 1) into any `ULogSink`, without I/O and without allocating per
/// data message.
///
/// A log is: `begin` (file header and flag bits), the definitions (`format`, `info`,
/// `parameter`), then any mix of `subscribe`, `data` and `log` messages. Timestamps are
/// microseconds since boot; the caller keeps them monotonic per subscription.
///
/// Implementation notes: every message is a 3-byte header (`uint16` payload size, `uint8` type)
/// and its payload, little-endian, fields packed in declaration order (ULog needs no padding).
public struct ULogEncoder: Sendable {
    /// The first 7 bytes of every ULog file (`"ULog"` then `01 12 35`).
    public static let magic: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x55, 0x4C, 0x6F, 0x67, 0x01, 0x12, 0x35)
    /// The file format version this encoder writes.
    public static let version: UInt8 = 1
    /// Subscriptions made so far; the next gets this id.
    public private(set) var subscriptions: UInt16 = 0
    var scratch = ULogMessage(type: 0)

    public init() {}

    /// Writes the file header (magic, version, `timestampMicros` of the log start) and the flag
    /// bits message (no compatible or incompatible flags, no appended data).
    public mutating func begin<S: ULogSink>(timestampMicros: UInt64, into sink: inout S) {
        var header: (UInt64, UInt64) = (0, timestampMicros.littleEndian)
        withUnsafeMutableBytes(of: &header) { raw in
            let m = Self.magic
            raw[0] = m.0; raw[1] = m.1; raw[2] = m.2; raw[3] = m.3; raw[4] = m.4; raw[5] = m.5; raw[6] = m.6
            raw[7] = Self.version
            sink.write(UnsafeRawBufferPointer(raw))
        }
        scratch.reset(type: UInt8(ascii: "B"))
        for _ in 0..<16 { scratch.append(byte: 0) }               // compat_flags, incompat_flags
        for _ in 0..<3 { scratch.append(UInt64(0)) }              // appended_offsets
        try? emit(scratch, into: &sink)
    }

    /// Defines a message format (`F`): `name:type field;type[n] field;…`. Define a format once,
    /// before its first subscription. Formats may also be nested types, but this encoder writes
    /// only flat ones.
    public mutating func format<S: ULogSink>(_ name: StaticString, fields: [ULogField], into sink: inout S) throws(ULogError) -> ULogFormat {
        scratch.reset(type: UInt8(ascii: "F"))
        scratch.append(text: name)
        scratch.append(byte: UInt8(ascii: ":"))
        var size = 0
        for f in fields {
            scratch.append(text: f.type.name)
            if f.count != 1 {
                scratch.append(byte: UInt8(ascii: "["))
                scratch.append(decimal: f.count)
                scratch.append(byte: UInt8(ascii: "]"))
            }
            scratch.append(byte: UInt8(ascii: " "))
            scratch.append(text: f.name)
            scratch.append(byte: UInt8(ascii: ";"))
            size += f.size
        }
        try emit(scratch, into: &sink)
        return ULogFormat(name: name, size: size)
    }

    /// An information message (`I`) with a text value: key `char[len] key`.
    public mutating func info<S: ULogSink, C: Collection>(_ key: StaticString, text: C, into sink: inout S) throws(ULogError) where C.Element == UInt8 {
        scratch.reset(type: UInt8(ascii: "I"))
        keyed(prefix: "char[", count: text.count, key: key)
        scratch.append(contentsOf: text)
        try emit(scratch, into: &sink)
    }

    /// An information message (`I`) with an `int32_t` value (e.g. `time_ref_utc`, seconds).
    public mutating func info<S: ULogSink>(_ key: StaticString, int32 value: Int32, into sink: inout S) throws(ULogError) {
        scratch.reset(type: UInt8(ascii: "I"))
        keyed(prefix: "int32_t", count: nil, key: key)
        scratch.append(value)
        try emit(scratch, into: &sink)
    }

    /// An information message (`I`) with a `uint64_t` value.
    public mutating func info<S: ULogSink>(_ key: StaticString, uint64 value: UInt64, into sink: inout S) throws(ULogError) {
        scratch.reset(type: UInt8(ascii: "I"))
        keyed(prefix: "uint64_t", count: nil, key: key)
        scratch.append(value)
        try emit(scratch, into: &sink)
    }

    /// A parameter (`P`) with a `float` value; `name` is the parameter's ASCII name.
    public mutating func parameter<S: ULogSink, C: Collection>(_ name: C, float value: Float, into sink: inout S) throws(ULogError) where C.Element == UInt8 {
        scratch.reset(type: UInt8(ascii: "P"))
        parameterKey("float ", name)
        scratch.append(value)
        try emit(scratch, into: &sink)
    }

    /// A parameter (`P`) with an `int32_t` value.
    public mutating func parameter<S: ULogSink, C: Collection>(_ name: C, int32 value: Int32, into sink: inout S) throws(ULogError) where C.Element == UInt8 {
        scratch.reset(type: UInt8(ascii: "P"))
        parameterKey("int32_t ", name)
        scratch.append(value)
        try emit(scratch, into: &sink)
    }

    /// Subscribes to a format (`A`), instance `multiID` (0 for the first instance of a topic);
    /// data messages of it are written under the returned id.
    public mutating func subscribe<S: ULogSink>(_ format: ULogFormat, multiID: UInt8 = 0, into sink: inout S) throws(ULogError) -> ULogSubscription {
        let id = subscriptions
        scratch.reset(type: UInt8(ascii: "A"))
        scratch.append(byte: multiID)
        scratch.append(id)
        scratch.append(text: format.name)
        try emit(scratch, into: &sink)
        subscriptions += 1
        return ULogSubscription(id: id, format: format)
    }

    /// Prepares `message` as a data message (`D`) of `subscription`: append the fields, in the
    /// format's order (`timestamp` first), then pass it to `data(_:of:into:)`.
    public static func startData(_ message: inout ULogMessage, of subscription: ULogSubscription) {
        message.reset(type: UInt8(ascii: "D"))
        message.append(subscription.id)
    }

    /// Writes a data message built with `startData`; refuses one whose size differs from the format's.
    public static func data<S: ULogSink>(_ message: ULogMessage, of subscription: ULogSubscription, into sink: inout S) throws(ULogError) {
        guard !message.overflowed else { throw .tooLong }
        guard message.count == 2 + subscription.format.size else {
            throw .sizeMismatch(expected: subscription.format.size, actual: message.count - 2)
        }
        try emit(message, into: &sink)
    }

    /// A logged string (`L`): `level`, `timestampMicros` since boot, text (not NUL-terminated).
    public mutating func log<S: ULogSink, C: Collection>(_ level: ULogLevel, timestampMicros: UInt64, _ text: C, into sink: inout S) throws(ULogError) where C.Element == UInt8 {
        scratch.reset(type: UInt8(ascii: "L"))
        scratch.append(byte: UInt8(ascii: "0") + level.rawValue)
        scratch.append(timestampMicros)
        scratch.append(contentsOf: text)
        try emit(scratch, into: &sink)
    }

    /// Writes any finished message: header (`uint16` payload size, `uint8` type), then payload.
    public static func emit<S: ULogSink>(_ message: ULogMessage, into sink: inout S) throws(ULogError) {
        guard !message.overflowed, message.count <= Int(UInt16.max) else { throw .tooLong }
        var header: (UInt8, UInt8, UInt8) = (UInt8(truncatingIfNeeded: message.count), UInt8(truncatingIfNeeded: message.count >> 8), message.type)
        withUnsafeBytes(of: &header) { sink.write($0) }
        message.withPayload { sink.write($0) }
    }

    func emit<S: ULogSink>(_ message: ULogMessage, into sink: inout S) throws(ULogError) {
        try Self.emit(message, into: &sink)
    }

    /// `uint8 key_len, key` where key is `prefix[count] name` or `prefix name`.
    mutating func keyed(prefix: StaticString, count: Int?, key: StaticString) {
        var k = ULogMessage(type: 0)
        k.append(text: prefix)
        if let count { k.append(decimal: count); k.append(byte: UInt8(ascii: "]")) }
        k.append(byte: UInt8(ascii: " "))
        k.append(text: key)
        scratch.append(byte: UInt8(truncatingIfNeeded: k.count))
        k.withPayload { for b in $0 { scratch.append(byte: b) } }
    }

    mutating func parameterKey<C: Collection>(_ type: StaticString, _ name: C) where C.Element == UInt8 {
        var length = type.utf8CodeUnitCount
        for _ in name { length += 1 }
        scratch.append(byte: UInt8(truncatingIfNeeded: length))
        scratch.append(text: type)
        scratch.append(contentsOf: name)
    }
}
