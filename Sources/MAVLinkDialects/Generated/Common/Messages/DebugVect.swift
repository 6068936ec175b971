// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// To debug something using a named 3D vector.
///
/// MAVLink message `DEBUG_VECT` (id 250).
public struct DebugVect: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 250 }
    @inlinable public static var name: StaticString { "DEBUG_VECT" }
    @inlinable public static var crcExtra: UInt8 { 49 }
    @inlinable public static var minLength: Int { 30 }
    @inlinable public static var maxLength: Int { 30 }

    /// Name
    public var name: FixedString<10>
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// x
    public var x: Float
    /// y
    public var y: Float
    /// z
    public var z: Float

    public init(name: FixedString<10> = FixedString(), timeUsec: UInt64 = 0, x: Float = 0, y: Float = 0, z: Float = 0) {
        self.name = name
        self.timeUsec = timeUsec
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        x = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        name = FixedString.load(from: _p, at: 20)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: x, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 16, as: Float.self)
        name.store(to: _p, at: 20)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("name", name)
        v.visit("time_usec", timeUsec)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
    }
}
