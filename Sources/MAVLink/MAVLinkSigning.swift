/// A 32-byte MAVLink signing secret. Never logged: `description` hides it.
public struct SigningKey: Sendable, Equatable, CustomStringConvertible {
    public var bytes: FixedArray<32, UInt8>

    public init(bytes: FixedArray<32, UInt8>) { self.bytes = bytes }

    /// A key from exactly 32 bytes, or nil.
    public init?(_ array: [UInt8]) {
        guard array.count == 32 else { return nil }
        bytes = FixedArray(array, fill: 0)
    }

    public var description: String { "SigningKey(<hidden>)" }
}

/// Signing timestamps: 10 µs units since 2015-01-01T00:00:00Z.
public enum SigningTime {
    /// 2015-01-01T00:00:00Z as seconds since the Unix epoch.
    public static let epochOffsetSeconds: UInt64 = 1_420_070_400

    /// The signing timestamp for a Unix time in microseconds.
    @inlinable public static func timestamp(unixMicros: UInt64) -> UInt64 {
        let offset = epochOffsetSeconds * 1_000_000
        return unixMicros > offset ? (unixMicros - offset) / 10 : 0
    }

    /// One minute in signing-timestamp units.
    public static let oneMinute: UInt64 = 6_000_000
}

/// The 48-bit signature of a frame: SHA-256 over key, frame (marker to checksum), link id and
/// timestamp, first six bytes.
@inlinable func computeSignature(key: SigningKey, frame: MAVLinkFrame, linkID: UInt8, timestamp: UInt64) -> UInt64 {
    var sha = SHA256()
    var k = key.bytes.storage
    withUnsafeBytes(of: &k) { sha.update($0) }
    var buffer = InlineArray<280, UInt8>(repeating: 0)
    withUnsafeMutableBytes(of: &buffer) { b in
        var unsigned = frame
        unsigned.signature = nil
        let n = unsigned.serialize(into: b)
        b[n] = linkID
        for i in 0..<6 { b[n + 1 + i] = UInt8(truncatingIfNeeded: timestamp >> (8 * UInt64(i))) }
        sha.update(UnsafeRawBufferPointer(rebasing: b[0..<(n + 7)]))
    }
    var digest = InlineArray<32, UInt8>(repeating: 0)
    withUnsafeMutableBytes(of: &digest) { sha.finalize(into: $0) }
    var sig: UInt64 = 0
    for i in 0..<6 { sig |= UInt64(digest[i]) << (8 * UInt64(i)) }
    return sig
}

/// Signs outgoing MAVLink 2 frames for one link, keeping timestamps strictly increasing.
public struct MAVLinkSigner: Sendable {
    public var key: SigningKey
    public var linkID: UInt8
    /// The last timestamp used; persist it (at least once a minute) so a restart never reuses one.
    public private(set) var lastTimestamp: UInt64

    public init(key: SigningKey, linkID: UInt8, lastTimestamp: UInt64 = 0) {
        self.key = key; self.linkID = linkID; self.lastTimestamp = lastTimestamp
    }

    /// Adds a signature to `frame` (whose incompat flags and checksum must already be final).
    public mutating func sign(_ frame: inout MAVLinkFrame, unixMicros: UInt64) {
        let ts = Swift.max(lastTimestamp &+ 1, SigningTime.timestamp(unixMicros: unixMicros))
        lastTimestamp = ts
        let sig = computeSignature(key: key, frame: frame, linkID: linkID, timestamp: ts)
        frame.signature = MAVLinkSignature(linkID: linkID, timestamp: ts, signature: sig)
    }
}

/// Checks incoming frames' signatures as the MAVLink 2 signing spec asks.
///
/// Keeps the last timestamp of each (system, component, link) stream in a fixed table: a frame
/// must carry a newer timestamp than the last one of its stream (replay protection), and a new
/// stream more than one minute behind local time is refused. Counters say what was refused.
public struct SignatureVerifier: Sendable {
    public enum Verdict: Sendable, Equatable {
        case acceptedSigned
        case acceptedUnsigned
        case rejectedUnsigned
        case rejectedBadSignature
        case rejectedReplay
        case rejectedStale
    }

    public struct Counters: Sendable, Equatable {
        public var acceptedSigned = 0, acceptedUnsigned = 0
        public var rejectedUnsigned = 0, rejectedBadSignature = 0, rejectedReplay = 0, rejectedStale = 0
    }

    public var key: SigningKey
    /// Accept unsigned frames at all (for example during set-up).
    public var acceptUnsigned: Bool
    /// Message ids accepted unsigned even when `acceptUnsigned` is false (e.g. RADIO_STATUS = 109).
    public var unsignedAllowed: FixedArray<8, UInt32>
    public private(set) var counters = Counters()
    /// The newest timestamp known locally (from the clock or any accepted frame).
    public private(set) var localTimestamp: UInt64 = 0

    @usableFromInline struct Stream: Sendable {
        var key: UInt32 // sysid << 16 | compid << 8 | linkid
        var timestamp: UInt64
        var used: Bool
    }
    @usableFromInline var streams: InlineArray<32, Stream>

    public init(key: SigningKey, acceptUnsigned: Bool = false, unsignedAllowedIDs: [UInt32] = [109]) {
        self.key = key
        self.acceptUnsigned = acceptUnsigned
        self.unsignedAllowed = FixedArray(unsignedAllowedIDs, fill: UInt32.max)
        self.streams = InlineArray(repeating: Stream(key: 0, timestamp: 0, used: false))
    }

    /// Judges one received frame, given the current Unix time in microseconds.
    public mutating func verify(_ frame: MAVLinkFrame, unixMicros: UInt64) -> Verdict {
        localTimestamp = Swift.max(localTimestamp, SigningTime.timestamp(unixMicros: unixMicros))
        guard let s = frame.signature else {
            var allowed = acceptUnsigned
            for i in 0..<8 where unsignedAllowed[i] == frame.messageID { allowed = true }
            if allowed { counters.acceptedUnsigned += 1; return .acceptedUnsigned }
            counters.rejectedUnsigned += 1
            return .rejectedUnsigned
        }
        let streamKey = UInt32(frame.systemID) << 16 | UInt32(frame.componentID) << 8 | UInt32(s.linkID)
        var slot = -1
        for i in 0..<32 where streams[i].used && streams[i].key == streamKey { slot = i; break }
        if slot >= 0 {
            if s.timestamp <= streams[slot].timestamp { counters.rejectedReplay += 1; return .rejectedReplay }
        } else if s.timestamp &+ SigningTime.oneMinute < localTimestamp {
            counters.rejectedStale += 1
            return .rejectedStale
        }
        guard computeSignature(key: key, frame: frame, linkID: s.linkID, timestamp: s.timestamp) == s.signature else {
            counters.rejectedBadSignature += 1
            return .rejectedBadSignature
        }
        if slot < 0 {
            // Reuse a free slot, else the stream with the oldest timestamp.
            slot = 0
            for i in 0..<32 {
                if !streams[i].used { slot = i; break }
                if streams[i].timestamp < streams[slot].timestamp { slot = i }
            }
        }
        streams[slot] = Stream(key: streamKey, timestamp: s.timestamp, used: true)
        localTimestamp = Swift.max(localTimestamp, s.timestamp)
        counters.acceptedSigned += 1
        return .acceptedSigned
    }
}
