// Generated from standard.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The `standard` dialect: 3 messages.
public enum Standard: MAVLinkDialect {
    /// Definitions for `id`, or nil for a message this dialect does not define.
    @inlinable public static func messageInfo(id: UInt32) -> MessageInfo? {
        switch id {
        case 0: return MessageInfo(id: 0, crcExtra: 50, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "HEARTBEAT")
        case 33: return MessageInfo(id: 33, crcExtra: 104, minLength: 28, maxLength: 28, targetSystemOffset: -1, targetComponentOffset: -1, name: "GLOBAL_POSITION_INT")
        case 148: return MessageInfo(id: 148, crcExtra: 178, minLength: 60, maxLength: 78, targetSystemOffset: -1, targetComponentOffset: -1, name: "AUTOPILOT_VERSION")
        default: return nil
        }
    }

    /// The CRC_EXTRA for `id`, or -1 for a message this dialect does not define.
    /// (A switch over constants: the compiler turns it into look-up tables. Always inlined:
    /// the parser asks once per frame, and a call costs as much as the look-up.)
    @inlinable @inline(__always) public static func crcExtra(id: UInt32) -> Int {
        switch id {
        case 0: return 50
        case 33: return 104
        case 148: return 178
        default: return -1
        }
    }

    /// Every message of the dialect, one case each.
    public enum Message: Sendable, Equatable {
        case heartbeat(Heartbeat)
        case globalPositionInt(GlobalPositionInt)
        case autopilotVersion(AutopilotVersion)

        /// Decodes a frame, or nil for a message id this dialect does not define.
        public init?(frame: MAVLinkFrame) {
            var payload = frame.payload
            let decoded: Message? = withUnsafeBytes(of: &payload) { p in
                switch frame.messageID {
                case 0: return .heartbeat(Heartbeat(payload: p))
                case 33: return .globalPositionInt(GlobalPositionInt(payload: p))
                case 148: return .autopilotVersion(AutopilotVersion(payload: p))
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
            case 33: self = .globalPositionInt(view.decodeUnchecked(GlobalPositionInt.self))
            case 148: self = .autopilotVersion(view.decodeUnchecked(AutopilotVersion.self))
            default: return nil
            }
        }

        /// The message id.
        public var id: UInt32 {
            switch self {
            case .heartbeat: return 0
            case .globalPositionInt: return 33
            case .autopilotVersion: return 148
            }
        }

        /// The XML name of the message.
        public var name: StaticString {
            switch self {
            case .heartbeat: return "HEARTBEAT"
            case .globalPositionInt: return "GLOBAL_POSITION_INT"
            case .autopilotVersion: return "AUTOPILOT_VERSION"
            }
        }

        /// Visits the message's fields in XML order.
        public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
            switch self {
            case .heartbeat(let m): m.visitFields(&v)
            case .globalPositionInt(let m): m.visitFields(&v)
            case .autopilotVersion(let m): m.visitFields(&v)
            }
        }

        /// Encodes the message as a frame with `encoder`'s numbering and signing.
        public func frame(with encoder: inout MAVLinkEncoder, unixMicros: UInt64 = 0) throws(MAVLinkError) -> MAVLinkFrame {
            switch self {
            case .heartbeat(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .globalPositionInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .autopilotVersion(let m): return try encoder.frame(m, unixMicros: unixMicros)
            }
        }
    }
}
