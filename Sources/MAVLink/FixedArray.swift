/// A fixed-length array field of a MAVLink message (for example `float[4]`), stored inline.
///
/// Inline storage keeps decoding free of heap allocation. The wire format is little-endian;
/// `load`/`store` copy the bytes straight through on little-endian hosts (x86-64, ARM).
public struct FixedArray<let count: Int, Element: BitwiseCopyable & Equatable & Sendable>: Equatable, Sendable {
    public var storage: InlineArray<count, Element>

    /// An array with every element equal to `value`.
    @inlinable public init(repeating value: Element) { storage = InlineArray(repeating: value) }

    /// An array from up to `count` leading elements of `elements`; missing elements are `fill`.
    @inlinable public init(_ elements: [Element], fill: Element) {
        storage = InlineArray(repeating: fill)
        for i in 0..<Swift.min(count, elements.count) { storage[i] = elements[i] }
    }

    @inlinable public subscript(i: Int) -> Element {
        get { storage[i] }
        set { storage[i] = newValue }
    }

    /// The elements as a Swift array (allocates; for tools and tests, not the flight path).
    public var elements: [Element] {
        var a: [Element] = []
        a.reserveCapacity(count)
        for i in 0..<count { a.append(storage[i]) }
        return a
    }

    @inlinable public static func == (a: Self, b: Self) -> Bool {
        for i in 0..<count where a.storage[i] != b.storage[i] { return false }
        return true
    }

    /// Reads `count` little-endian elements starting at byte `offset` of `payload`.
    @inlinable public static func load(from payload: UnsafeRawBufferPointer, at offset: Int) -> Self {
        precondition(offset >= 0 && offset + count * MemoryLayout<Element>.stride <= payload.count)
        #if _endian(big)
        fatalError("big-endian hosts are not supported")
        #else
        let base = payload.baseAddress! + offset
        return Self(storage: InlineArray { i in
            base.loadUnaligned(fromByteOffset: i * MemoryLayout<Element>.stride, as: Element.self)
        })
        #endif
    }

    @inlinable init(storage: InlineArray<count, Element>) { self.storage = storage }

    /// Writes the elements little-endian starting at byte `offset` of `payload`.
    @inlinable public func store(to payload: UnsafeMutableRawBufferPointer, at offset: Int) {
        var s = storage
        withUnsafeBytes(of: &s) { src in
            UnsafeMutableRawBufferPointer(rebasing: payload[offset..<(offset + src.count)]).copyMemory(from: src)
        }
    }
}

/// A `char[N]` field of a MAVLink message: up to N bytes of text, NUL-padded, stored inline.
///
/// MAVLink strings are NUL-terminated only when shorter than the field (a 16-byte parameter id
/// fills the field with no terminator); `string` handles both.
public struct FixedString<let count: Int>: Equatable, Sendable {
    public var bytes: FixedArray<count, UInt8>

    /// The empty string.
    @inlinable public init() { bytes = FixedArray(repeating: 0) }

    /// The first `count` bytes of the UTF-8 encoding of `text` (longer text is cut).
    public init(_ text: String) {
        bytes = FixedArray(repeating: 0)
        var i = 0
        for b in text.utf8 {
            if i == count { break }
            bytes[i] = b
            i += 1
        }
    }

    /// The text up to the first NUL (or all `count` bytes), decoded as UTF-8 (invalid bytes repaired).
    public var string: String {
        var n = 0
        while n < count && bytes[n] != 0 { n += 1 }
        var s = bytes.storage
        return withUnsafeBytes(of: &s) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<n]), as: UTF8.self) }
    }

    /// Number of bytes before the first NUL.
    @inlinable public var length: Int {
        var n = 0
        while n < count && bytes[n] != 0 { n += 1 }
        return n
    }

    @inlinable public static func load(from payload: UnsafeRawBufferPointer, at offset: Int) -> Self {
        var s = Self()
        s.bytes = FixedArray.load(from: payload, at: offset)
        return s
    }

    @inlinable public func store(to payload: UnsafeMutableRawBufferPointer, at offset: Int) {
        bytes.store(to: payload, at: offset)
    }
}
