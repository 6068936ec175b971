// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Read registers reply.
///
/// MAVLink message `DEVICE_OP_READ_REPLY` (id 11001).
public struct DeviceOpReadReply: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11001 }
    @inlinable public static var name: StaticString { "DEVICE_OP_READ_REPLY" }
    @inlinable public static var crcExtra: UInt8 { 15 }
    @inlinable public static var minLength: Int { 135 }
    @inlinable public static var maxLength: Int { 136 }

    /// Request ID - copied from request.
    public var requestId: UInt32
    /// 0 for success, anything else is failure code.
    public var result: UInt8
    /// Starting register.
    public var regstart: UInt8
    /// Count of bytes read.
    public var count: UInt8
    /// Reply data.
    public var data: FixedArray<128, UInt8>
    /// Bank number.
    /// MAVLink 2 extension field.
    public var bank: UInt8

    public init(requestId: UInt32 = 0, result: UInt8 = 0, regstart: UInt8 = 0, count: UInt8 = 0, data: FixedArray<128, UInt8> = FixedArray(repeating: 0), bank: UInt8 = 0) {
        self.requestId = requestId
        self.result = result
        self.regstart = regstart
        self.count = count
        self.data = data
        self.bank = bank
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        result = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        regstart = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        count = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 7)
        bank = _p.loadUnaligned(fromByteOffset: 135, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: result, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: regstart, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 6, as: UInt8.self)
        data.store(to: _p, at: 7)
        _p.storeBytes(of: bank, toByteOffset: 135, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("request_id", requestId)
        v.visit("result", result)
        v.visit("regstart", regstart)
        v.visit("count", count)
        v.visit("data", data)
        v.visit("bank", bank)
    }
}
