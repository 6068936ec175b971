// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Configure WiFi AP SSID, password, and mode. This message is re-emitted as an acknowledgement by the AP. The message may also be explicitly requested using MAV_CMD_REQUEST_MESSAGE
///
/// MAVLink message `WIFI_CONFIG_AP` (id 299).
public struct WifiConfigAp: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 299 }
    @inlinable public static var name: StaticString { "WIFI_CONFIG_AP" }
    @inlinable public static var crcExtra: UInt8 { 19 }
    @inlinable public static var minLength: Int { 96 }
    @inlinable public static var maxLength: Int { 98 }

    /// Name of Wi-Fi network (SSID). Blank to leave it unchanged when setting. Current SSID when sent back as a response.
    public var ssid: FixedString<32>
    /// Password. Blank for an open AP. MD5 hash when message is sent back as a response.
    public var password: FixedString<64>
    /// WiFi Mode.
    /// Values: `WifiConfigApMode`.
    /// MAVLink 2 extension field.
    public var mode: WifiConfigApMode
    /// Message acceptance response (sent back to GS).
    /// Values: `WifiConfigApResponse`.
    /// MAVLink 2 extension field.
    public var response: WifiConfigApResponse

    public init(ssid: FixedString<32> = FixedString(), password: FixedString<64> = FixedString(), mode: WifiConfigApMode = WifiConfigApMode(rawValue: 0), response: WifiConfigApResponse = WifiConfigApResponse(rawValue: 0)) {
        self.ssid = ssid
        self.password = password
        self.mode = mode
        self.response = response
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        ssid = FixedString.load(from: _p, at: 0)
        password = FixedString.load(from: _p, at: 32)
        mode = WifiConfigApMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 96, as: Int8.self)))
        response = WifiConfigApResponse(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 97, as: Int8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        ssid.store(to: _p, at: 0)
        password.store(to: _p, at: 32)
        _p.storeBytes(of: Int8(truncatingIfNeeded: mode.rawValue), toByteOffset: 96, as: Int8.self)
        _p.storeBytes(of: Int8(truncatingIfNeeded: response.rawValue), toByteOffset: 97, as: Int8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("ssid", ssid)
        v.visit("password", password)
        v.visit("mode", Int8(truncatingIfNeeded: mode.rawValue))
        v.visit("response", Int8(truncatingIfNeeded: response.rawValue))
    }
}
