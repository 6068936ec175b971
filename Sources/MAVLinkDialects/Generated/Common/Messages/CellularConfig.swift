// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Configure cellular modems.
/// This message is re-emitted as an acknowledgement by the modem.
/// The message may also be explicitly requested using MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `CELLULAR_CONFIG` (id 336).
public struct CellularConfig: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 336 }
    @inlinable public static var name: StaticString { "CELLULAR_CONFIG" }
    @inlinable public static var crcExtra: UInt8 { 245 }
    @inlinable public static var minLength: Int { 84 }
    @inlinable public static var maxLength: Int { 84 }

    /// Enable/disable LTE. 0: setting unchanged, 1: disabled, 2: enabled. Current setting when sent back as a response.
    public var enableLte: UInt8
    /// Enable/disable PIN on the SIM card. 0: setting unchanged, 1: disabled, 2: enabled. Current setting when sent back as a response.
    public var enablePin: UInt8
    /// PIN sent to the SIM card. Blank when PIN is disabled. Empty when message is sent back as a response.
    public var pin: FixedString<16>
    /// New PIN when changing the PIN. Blank to leave it unchanged. Empty when message is sent back as a response.
    public var newPin: FixedString<16>
    /// Name of the cellular APN. Blank to leave it unchanged. Current APN when sent back as a response.
    public var apn: FixedString<32>
    /// Required PUK code in case the user failed to authenticate 3 times with the PIN. Empty when message is sent back as a response.
    public var puk: FixedString<16>
    /// Enable/disable roaming. 0: setting unchanged, 1: disabled, 2: enabled. Current setting when sent back as a response.
    public var roaming: UInt8
    /// Message acceptance response (sent back to GS).
    /// Values: `CellularConfigResponse`.
    public var response: CellularConfigResponse

    public init(enableLte: UInt8 = 0, enablePin: UInt8 = 0, pin: FixedString<16> = FixedString(), newPin: FixedString<16> = FixedString(), apn: FixedString<32> = FixedString(), puk: FixedString<16> = FixedString(), roaming: UInt8 = 0, response: CellularConfigResponse = CellularConfigResponse(rawValue: 0)) {
        self.enableLte = enableLte
        self.enablePin = enablePin
        self.pin = pin
        self.newPin = newPin
        self.apn = apn
        self.puk = puk
        self.roaming = roaming
        self.response = response
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        enableLte = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        enablePin = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        pin = FixedString.load(from: _p, at: 2)
        newPin = FixedString.load(from: _p, at: 18)
        apn = FixedString.load(from: _p, at: 34)
        puk = FixedString.load(from: _p, at: 66)
        roaming = _p.loadUnaligned(fromByteOffset: 82, as: UInt8.self)
        response = CellularConfigResponse(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 83, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: enableLte, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: enablePin, toByteOffset: 1, as: UInt8.self)
        pin.store(to: _p, at: 2)
        newPin.store(to: _p, at: 18)
        apn.store(to: _p, at: 34)
        puk.store(to: _p, at: 66)
        _p.storeBytes(of: roaming, toByteOffset: 82, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: response.rawValue), toByteOffset: 83, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("enable_lte", enableLte)
        v.visit("enable_pin", enablePin)
        v.visit("pin", pin)
        v.visit("new_pin", newPin)
        v.visit("apn", apn)
        v.visit("puk", puk)
        v.visit("roaming", roaming)
        v.visit("response", UInt8(truncatingIfNeeded: response.rawValue))
    }
}
