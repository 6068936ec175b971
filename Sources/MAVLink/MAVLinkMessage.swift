/// A MAVLink message type (generated from the XML definitions into `MAVLinkDialects`).
///
/// Payload buffers are in wire order (fields sorted by size, extensions last) and little-endian.
public protocol MAVLinkMessage: Sendable, Equatable {
    /// The message id (24-bit in MAVLink 2; below 256 for messages that MAVLink 1 can carry).
    static var id: UInt32 { get }
    /// The message name as in the XML, for example `HEARTBEAT`.
    static var name: StaticString { get }
    /// The seed byte folded into every frame's checksum; it changes when the layout does.
    static var crcExtra: UInt8 { get }
    /// Payload length of the base fields (what MAVLink 1 sends), bytes.
    static var minLength: Int { get }
    /// Payload length with extension fields, bytes.
    static var maxLength: Int { get }

    /// Decodes from a payload of at least `maxLength` bytes (zero-extended past what was received).
    init(payload: UnsafeRawBufferPointer)
    /// Encodes into a payload of at least `maxLength` bytes, writing every field.
    func encode(into payload: UnsafeMutableRawBufferPointer)
}

/// What a parser, encoder or router needs to know about a message id, without its type.
public struct MessageInfo: Sendable {
    public var id: UInt32
    public var crcExtra: UInt8
    /// Base payload length and length with extensions, bytes.
    public var minLength: UInt8
    public var maxLength: UInt8
    /// Byte offset of the `target_system` / `target_component` field in the payload, or -1.
    public var targetSystemOffset: Int16
    public var targetComponentOffset: Int16
    public var name: StaticString

    @inlinable public init(id: UInt32, crcExtra: UInt8, minLength: UInt8, maxLength: UInt8,
                           targetSystemOffset: Int16, targetComponentOffset: Int16, name: StaticString) {
        self.id = id; self.crcExtra = crcExtra; self.minLength = minLength; self.maxLength = maxLength
        self.targetSystemOffset = targetSystemOffset; self.targetComponentOffset = targetComponentOffset
        self.name = name
    }
}

/// A set of message definitions (a dialect such as `common` or `ardupilotmega`).
///
/// Parsers and encoders are generic over the dialect, so lookups are static calls, not existentials.
public protocol MAVLinkDialect {
    /// The definitions known for `id`, or nil for a message this dialect does not define.
    static func messageInfo(id: UInt32) -> MessageInfo?
    /// The CRC_EXTRA seed byte for `id` (0...255), or -1 for a message this dialect does not define.
    ///
    /// The parser asks this once per frame; generated dialects answer from a constant table,
    /// which is much cheaper than building a whole `MessageInfo`.
    static func crcExtra(id: UInt32) -> Int
}

extension MAVLinkDialect {
    /// The CRC_EXTRA for `id` taken from `messageInfo(id:)`, or -1 when the id is unknown.
    @inlinable public static func crcExtra(id: UInt32) -> Int {
        guard let info = messageInfo(id: id) else { return -1 }
        return Int(info.crcExtra)
    }
}
