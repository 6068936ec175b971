import MAVLink

/// Composes a `STATUSTEXT` line (at most 50 ASCII bytes) from static words and numbers, without
/// allocating.
public struct StatusTextBuilder: Sendable {
    public private(set) var bytes = FixedArray<50, UInt8>(repeating: 0)
    public private(set) var count = 0

    public init() {}
    public init(_ text: StaticString) { append(text) }

    /// Appends static text (truncated at 50 bytes).
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { for b in $0 { appendByte(b) } }
    }

    /// Appends a decimal integer.
    public mutating func append(_ value: Int) {
        if value < 0 { appendByte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = InlineArray<20, UInt8>(repeating: 0)
        var n = 0
        repeat { digits[n] = UInt8(ascii: "0") + UInt8(magnitude % 10); magnitude /= 10; n += 1 } while magnitude > 0
        while n > 0 { n -= 1; appendByte(digits[n]) }
    }

    /// Appends raw ASCII bytes, e.g. a parameter name.
    public mutating func append(bytes source: FixedArray<16, UInt8>, count: Int) {
        for i in 0..<min(count, 16) { appendByte(source[i]) }
    }

    mutating func appendByte(_ b: UInt8) {
        guard count < 50 else { return }
        bytes.storage[count] = b
        count += 1
    }

    /// The `STATUSTEXT.text` field.
    public var fixedString: FixedString<50> {
        var s = FixedString<50>()
        s.bytes = bytes
        return s
    }
}
