// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Vibration levels and accelerometer clipping
///
/// MAVLink message `VIBRATION` (id 241).
public struct Vibration: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 241 }
    @inlinable public static var name: StaticString { "VIBRATION" }
    @inlinable public static var crcExtra: UInt8 { 90 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 32 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Vibration levels on X-axis
    public var vibrationX: Float
    /// Vibration levels on Y-axis
    public var vibrationY: Float
    /// Vibration levels on Z-axis
    public var vibrationZ: Float
    /// first accelerometer clipping count
    public var clipping0: UInt32
    /// second accelerometer clipping count
    public var clipping1: UInt32
    /// third accelerometer clipping count
    public var clipping2: UInt32

    public init(timeUsec: UInt64 = 0, vibrationX: Float = 0, vibrationY: Float = 0, vibrationZ: Float = 0, clipping0: UInt32 = 0, clipping1: UInt32 = 0, clipping2: UInt32 = 0) {
        self.timeUsec = timeUsec
        self.vibrationX = vibrationX
        self.vibrationY = vibrationY
        self.vibrationZ = vibrationZ
        self.clipping0 = clipping0
        self.clipping1 = clipping1
        self.clipping2 = clipping2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        vibrationX = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        vibrationY = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        vibrationZ = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        clipping0 = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        clipping1 = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        clipping2 = _p.loadUnaligned(fromByteOffset: 28, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: vibrationX, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: vibrationY, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: vibrationZ, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: clipping0, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: clipping1, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: clipping2, toByteOffset: 28, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("vibration_x", vibrationX)
        v.visit("vibration_y", vibrationY)
        v.visit("vibration_z", vibrationZ)
        v.visit("clipping_0", clipping0)
        v.visit("clipping_1", clipping1)
        v.visit("clipping_2", clipping2)
    }
}
