import MAVLinkDialects

/// Renders a message's fields as the JSON object pymavlink's `to_dict()` gives, in the same key
/// order and number formatting, so `swiftlet log dump` output can be diffed with `mavlogdump.py`.
///
/// Integers print as numbers (enums by value), floats through `PythonNumberFormat`, `char[N]` as a
/// string cut at the first NUL with non-ASCII bytes replaced (pymavlink decodes ASCII with
/// `errors="replace"`), other arrays as lists.
public struct MessageJSON: MAVLinkFieldVisitor {
    public private(set) var text = "{"
    var first = true

    public init() {}

    /// The finished object.
    public var object: String { text + "}" }

    mutating func key(_ name: StaticString) {
        if !first { text += ", " }
        first = false
        text += "\"\(name)\": "
    }

    public mutating func visit<T: FixedWidthInteger>(_ name: StaticString, _ value: T) {
        key(name); text += String(value)
    }

    public mutating func visit(_ name: StaticString, _ value: Float) {
        key(name); text += PythonNumberFormat.format(Double(value))
    }

    public mutating func visit(_ name: StaticString, _ value: Double) {
        key(name); text += PythonNumberFormat.format(value)
    }

    public mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedString<N>) {
        key(name)
        var s = ""
        for i in 0..<value.length {
            let b = value.bytes[i]
            s.unicodeScalars.append(b < 0x80 ? Unicode.Scalar(b) : "\u{FFFD}")
        }
        text += PythonNumberFormat.quote(s)
    }

    public mutating func visit<let N: Int, T: FixedWidthInteger & BitwiseCopyable & Sendable>(_ name: StaticString, _ value: FixedArray<N, T>) {
        key(name)
        text += "[" + (0..<N).map { String(value[$0]) }.joined(separator: ", ") + "]"
    }

    public mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Float>) {
        key(name)
        text += "[" + (0..<N).map { PythonNumberFormat.format(Double(value[$0])) }.joined(separator: ", ") + "]"
    }

    public mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Double>) {
        key(name)
        text += "[" + (0..<N).map { PythonNumberFormat.format(value[$0]) }.joined(separator: ", ") + "]"
    }

    /// The `data` object of a decoded message.
    public static func data(_ message: ArduPilotMega.Message) -> String {
        var v = MessageJSON()
        message.visitFields(&v)
        return v.object
    }
}
