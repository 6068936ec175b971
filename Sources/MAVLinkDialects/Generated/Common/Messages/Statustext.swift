// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status text message. These messages are printed in yellow in the COMM console of QGroundControl. WARNING: They consume quite some bandwidth, so use only for important status and error messages. If implemented wisely, these messages are buffered on the MCU and sent only at a limited rate (e.g. 10 Hz).
///
/// MAVLink message `STATUSTEXT` (id 253).
public struct Statustext: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 253 }
    @inlinable public static var name: StaticString { "STATUSTEXT" }
    @inlinable public static var crcExtra: UInt8 { 83 }
    @inlinable public static var minLength: Int { 51 }
    @inlinable public static var maxLength: Int { 54 }

    /// Severity of status. Relies on the definitions within RFC-5424.
    /// Values: `MAVSeverity`.
    public var severity: MAVSeverity
    /// Status text message, without null termination character. UTF-8 encoded.
    public var text: FixedString<50>
    /// Unique (opaque) identifier for this statustext message.  May be used to reassemble a logical long-statustext message from a sequence of chunks.  A value of zero indicates this is the only chunk in the sequence and the message can be emitted immediately.
    /// MAVLink 2 extension field.
    public var id: UInt16
    /// This chunk's sequence number; indexing is from zero.  Any null character in the text field is taken to mean this was the last chunk.
    /// MAVLink 2 extension field.
    public var chunkSeq: UInt8

    public init(severity: MAVSeverity = MAVSeverity(rawValue: 0), text: FixedString<50> = FixedString(), id: UInt16 = 0, chunkSeq: UInt8 = 0) {
        self.severity = severity
        self.text = text
        self.id = id
        self.chunkSeq = chunkSeq
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        severity = MAVSeverity(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        text = FixedString.load(from: _p, at: 1)
        id = _p.loadUnaligned(fromByteOffset: 51, as: UInt16.self)
        chunkSeq = _p.loadUnaligned(fromByteOffset: 53, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: severity.rawValue), toByteOffset: 0, as: UInt8.self)
        text.store(to: _p, at: 1)
        _p.storeBytes(of: id, toByteOffset: 51, as: UInt16.self)
        _p.storeBytes(of: chunkSeq, toByteOffset: 53, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("severity", UInt8(truncatingIfNeeded: severity.rawValue))
        v.visit("text", text)
        v.visit("id", id)
        v.visit("chunk_seq", chunkSeq)
    }
}
