import MAVLink

/// Why `VehicleLink` dropped a received frame before any service saw it (MAVLink 2 signing).
public enum FrameRefusal: UInt8, Sendable, Equatable, CaseIterable {
    /// Unsigned while a signing key is installed (and not a message allowed unsigned).
    case unsigned
    /// Signed, but the signature does not match the key (wrong key or altered bytes).
    case badSignature
    /// Signed correctly, but its timestamp is not newer than the last one of its stream.
    case replay
    /// Signed for a new stream with a timestamp more than one minute behind the vehicle's time.
    case stale

    /// The refusal for a signature verdict; nil for the verdicts that accept.
    public init?(_ verdict: SignatureVerifier.Verdict) {
        switch verdict {
        case .acceptedSigned, .acceptedUnsigned: return nil
        case .rejectedUnsigned: self = .unsigned
        case .rejectedBadSignature: self = .badSignature
        case .rejectedReplay: self = .replay
        case .rejectedStale: self = .stale
        }
    }

    /// A short lowercase name for logs and status texts ("unsigned", "bad signature", "replay", "stale").
    public var name: StaticString {
        switch self {
        case .unsigned: return "unsigned"
        case .badSignature: return "bad signature"
        case .replay: return "replay"
        case .stale: return "stale"
        }
    }
}

/// Running counts of refused frames by reason, since the link was created (installing another
/// key does not reset them).
public struct RefusedFrameCounts: Sendable, Equatable {
    public var unsigned = 0
    public var badSignature = 0
    public var replay = 0
    public var stale = 0

    public init() {}

    /// All refused frames.
    public var total: Int { unsigned + badSignature + replay + stale }

    /// The count for one reason.
    public subscript(reason: FrameRefusal) -> Int {
        get {
            switch reason {
            case .unsigned: return unsigned
            case .badSignature: return badSignature
            case .replay: return replay
            case .stale: return stale
            }
        }
        set {
            switch reason {
            case .unsigned: unsigned = newValue
            case .badSignature: badSignature = newValue
            case .replay: replay = newValue
            case .stale: stale = newValue
            }
        }
    }
}
