// Generated from csAirLink.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Authorization package
///
/// MAVLink message `AIRLINK_AUTH` (id 52000).
public struct AirlinkAuth: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 52000 }
    @inlinable public static var name: StaticString { "AIRLINK_AUTH" }
    @inlinable public static var crcExtra: UInt8 { 13 }
    @inlinable public static var minLength: Int { 100 }
    @inlinable public static var maxLength: Int { 100 }

    /// Login
    public var login: FixedString<50>
    /// Password
    public var password: FixedString<50>

    public init(login: FixedString<50> = FixedString(), password: FixedString<50> = FixedString()) {
        self.login = login
        self.password = password
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        login = FixedString.load(from: _p, at: 0)
        password = FixedString.load(from: _p, at: 50)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        login.store(to: _p, at: 0)
        password.store(to: _p, at: 50)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("login", login)
        v.visit("password", password)
    }
}
