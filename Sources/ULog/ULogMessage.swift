/// One ULog message being built: its type byte and up to `capacity` payload bytes, in fixed
/// storage so building a data message allocates nothing.
///
/// Appends past the capacity are dropped and set `overflowed`; the encoder refuses such a message.
public struct ULogMessage: Sendable {
    /// Largest payload this buffer holds, bytes.
    public static let capacity = 2048
    /// The message type (`'D'`, `'F'`, `'I'`…).
    public var type: UInt8
    @usableFromInline var bytes: InlineArray<2048, UInt8>
    @usableFromInline var appended = 0
    @usableFromInline var didOverflow = false
    /// Payload bytes appended so far.
    public var count: Int { appended }
    /// True when an append did not fit.
    public var overflowed: Bool { didOverflow }

    /// An empty message of `type` (an ASCII letter: `UInt8(ascii: "D")`).
    public init(type: UInt8) {
        self.type = type
        bytes = InlineArray(repeating: 0)
    }

    /// Starts over with another type, keeping the storage.
    public mutating func reset(type: UInt8) { self.type = type; appended = 0; didOverflow = false }

    /// Appends one byte.
    @inlinable public mutating func append(byte: UInt8) {
        guard appended < Self.capacity else { didOverflow = true; return }
        bytes[appended] = byte
        appended += 1
    }

    /// Appends the little-endian bytes of an integer. Inlinable, so callers in other modules get
    /// it specialised for their type instead of a generic call per byte.
    @inlinable public mutating func append<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        for _ in 0..<MemoryLayout<T>.size {
            append(byte: UInt8(truncatingIfNeeded: v))
            v = v >> 8
        }
    }

    /// Appends a `float` (IEEE 754 single, little-endian).
    @inlinable public mutating func append(_ value: Float) { append(value.bitPattern) }
    /// Appends a `double` (IEEE 754 double, little-endian).
    @inlinable public mutating func append(_ value: Double) { append(value.bitPattern) }
    /// Appends a `bool` (one byte, 0 or 1).
    @inlinable public mutating func append(_ value: Bool) { append(byte: value ? 1 : 0) }

    /// Appends raw bytes (text, no terminator).
    public mutating func append<C: Collection>(contentsOf text: C) where C.Element == UInt8 {
        for b in text { append(byte: b) }
    }

    /// Appends the bytes of static text.
    public mutating func append(text: StaticString) {
        text.withUTF8Buffer { for b in $0 { append(byte: b) } }
    }

    /// Appends `value` in decimal ASCII.
    public mutating func append(decimal value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        var digits: InlineArray<20, UInt8> = InlineArray(repeating: 0)
        var n = value.magnitude, k = 0
        repeat { digits[k] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10; k += 1 } while n > 0
        while k > 0 { k -= 1; append(byte: digits[k]) }
    }

    /// Calls `body` with the payload bytes.
    /// Reads the storage in place (`span`): `withUnsafeBytes(of:)` copied all 2 KB per message.
    public func withPayload<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        bytes.span.extracting(0 ..< count).withUnsafeBytes { body($0) }
    }
}
