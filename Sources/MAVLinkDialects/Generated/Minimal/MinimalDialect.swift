// Generated from minimal.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The `minimal` dialect: 1 messages.
public enum Minimal: MAVLinkDialect {
    /// Definitions for `id`, or nil for a message this dialect does not define.
    @inlinable public static func messageInfo(id: UInt32) -> MessageInfo? {
        switch id {
        case 0: return MessageInfo(id: 0, crcExtra: 50, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "HEARTBEAT")
        default: return nil
        }
    }

    /// The CRC_EXTRA for `id`, or -1 for a message this dialect does not define.
    /// (A switch over constants: the compiler turns it into look-up tables. Always inlined:
    /// the parser asks once per frame, and a call costs as much as the look-up.)
    @inlinable @inline(__always) public static func crcExtra(id: UInt32) -> Int {
        switch id {
        case 0: return 50
        default: return -1
        }
    }

    /// Every message of the dialect, one case each.
    public enum Message: Sendable, Equatable {
        case heartbeat(Heartbeat)

        /// Decodes a frame, or nil for a message id this dialect does not define.
        public init?(frame: MAVLinkFrame) {
            var payload = frame.payload
            let decoded: Message? = withUnsafeBytes(of: &payload) { p in
                switch frame.messageID {
                case 0: return .heartbeat(Heartbeat(payload: p))
                default: return nil
                }
            }
            guard let decoded else { return nil }
            self = decoded
        }

        /// Decodes a borrowed frame view, or nil for a message id this dialect does not define.
        ///
        /// Inlined into the caller so the message is built in place: the enum is as large as
        /// the largest message, and copying it per frame would cost more than decoding.
        @inlinable @inline(__always)
        public init?(view: MAVLinkFrameView) {
            switch view.messageID {
            case 0: self = .heartbeat(view.decodeUnchecked(Heartbeat.self))
            default: return nil
            }
        }

        /// The message id.
        public var id: UInt32 {
            switch self {
            case .heartbeat: return 0
            }
        }

        /// The XML name of the message.
        public var name: StaticString {
            switch self {
            case .heartbeat: return "HEARTBEAT"
            }
        }

        /// Visits the message's fields in XML order.
        public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
            switch self {
            case .heartbeat(let m): m.visitFields(&v)
            }
        }

        /// Encodes the message as a frame with `encoder`'s numbering and signing.
        public func frame(with encoder: inout MAVLinkEncoder, unixMicros: UInt64 = 0) throws(MAVLinkError) -> MAVLinkFrame {
            switch self {
            case .heartbeat(let m): return try encoder.frame(m, unixMicros: unixMicros)
            }
        }
    }
}
