// Generated from csAirLink.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// AIRLINK_AUTH_RESPONSE_TYPE
///
/// MAVLink enum `AIRLINK_AUTH_RESPONSE_TYPE`. Unknown values are kept, not rejected.
public struct AirlinkAuthResponseType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Login or password error
    public static let airlinkErrorLoginOrPass = AirlinkAuthResponseType(rawValue: 0)
    /// Auth successful
    public static let airlinkAuthOk = AirlinkAuthResponseType(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "AIRLINK_ERROR_LOGIN_OR_PASS"
        case 1: return "AIRLINK_AUTH_OK"
        default: return nil
        }
    }
}
