// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Large debug/prototyping array. The message uses the maximum available payload for data. The array_id and name fields are used to discriminate between messages in code and in user interfaces (respectively). Do not use in production code.
///
/// MAVLink message `DEBUG_FLOAT_ARRAY` (id 350).
public struct DebugFloatArray: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 350 }
    @inlinable public static var name: StaticString { "DEBUG_FLOAT_ARRAY" }
    @inlinable public static var crcExtra: UInt8 { 232 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 252 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Name, for human-friendly display in a Ground Control Station
    public var name: FixedString<10>
    /// Unique ID used to discriminate between arrays
    public var arrayId: UInt16
    /// data
    /// MAVLink 2 extension field.
    public var data: FixedArray<58, Float>

    public init(timeUsec: UInt64 = 0, name: FixedString<10> = FixedString(), arrayId: UInt16 = 0, data: FixedArray<58, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.name = name
        self.arrayId = arrayId
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        arrayId = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        name = FixedString.load(from: _p, at: 10)
        data = FixedArray.load(from: _p, at: 20)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: arrayId, toByteOffset: 8, as: UInt16.self)
        name.store(to: _p, at: 10)
        data.store(to: _p, at: 20)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("name", name)
        v.visit("array_id", arrayId)
        v.visit("data", data)
    }
}
