// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Raw ADC output.
///
/// MAVLink message `AP_ADC` (id 153).
public struct ApAdc: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 153 }
    @inlinable public static var name: StaticString { "AP_ADC" }
    @inlinable public static var crcExtra: UInt8 { 188 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// ADC output 1.
    public var adc1: UInt16
    /// ADC output 2.
    public var adc2: UInt16
    /// ADC output 3.
    public var adc3: UInt16
    /// ADC output 4.
    public var adc4: UInt16
    /// ADC output 5.
    public var adc5: UInt16
    /// ADC output 6.
    public var adc6: UInt16

    public init(adc1: UInt16 = 0, adc2: UInt16 = 0, adc3: UInt16 = 0, adc4: UInt16 = 0, adc5: UInt16 = 0, adc6: UInt16 = 0) {
        self.adc1 = adc1
        self.adc2 = adc2
        self.adc3 = adc3
        self.adc4 = adc4
        self.adc5 = adc5
        self.adc6 = adc6
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        adc1 = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        adc2 = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        adc3 = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        adc4 = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        adc5 = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        adc6 = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: adc1, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: adc2, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: adc3, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: adc4, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: adc5, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: adc6, toByteOffset: 10, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("adc1", adc1)
        v.visit("adc2", adc2)
        v.visit("adc3", adc3)
        v.visit("adc4", adc4)
        v.visit("adc5", adc5)
        v.visit("adc6", adc6)
    }
}
