// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status generated in each node in the communication chain and injected into MAVLink stream.
///
/// MAVLink message `LINK_NODE_STATUS` (id 8).
public struct LinkNodeStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 8 }
    @inlinable public static var name: StaticString { "LINK_NODE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 117 }
    @inlinable public static var minLength: Int { 36 }
    @inlinable public static var maxLength: Int { 36 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timestamp: UInt64
    /// Remaining free transmit buffer space
    /// Units: %.
    public var txBuf: UInt8
    /// Remaining free receive buffer space
    /// Units: %.
    public var rxBuf: UInt8
    /// Transmit rate
    /// Units: bytes/s.
    public var txRate: UInt32
    /// Receive rate
    /// Units: bytes/s.
    public var rxRate: UInt32
    /// Number of bytes that could not be parsed correctly.
    /// Units: bytes.
    public var rxParseErr: UInt16
    /// Transmit buffer overflows. This number wraps around as it reaches UINT16_MAX
    /// Units: bytes.
    public var txOverflows: UInt16
    /// Receive buffer overflows. This number wraps around as it reaches UINT16_MAX
    /// Units: bytes.
    public var rxOverflows: UInt16
    /// Messages sent
    public var messagesSent: UInt32
    /// Messages received (estimated from counting seq)
    public var messagesReceived: UInt32
    /// Messages lost (estimated from counting seq)
    public var messagesLost: UInt32

    public init(timestamp: UInt64 = 0, txBuf: UInt8 = 0, rxBuf: UInt8 = 0, txRate: UInt32 = 0, rxRate: UInt32 = 0, rxParseErr: UInt16 = 0, txOverflows: UInt16 = 0, rxOverflows: UInt16 = 0, messagesSent: UInt32 = 0, messagesReceived: UInt32 = 0, messagesLost: UInt32 = 0) {
        self.timestamp = timestamp
        self.txBuf = txBuf
        self.rxBuf = rxBuf
        self.txRate = txRate
        self.rxRate = rxRate
        self.rxParseErr = rxParseErr
        self.txOverflows = txOverflows
        self.rxOverflows = rxOverflows
        self.messagesSent = messagesSent
        self.messagesReceived = messagesReceived
        self.messagesLost = messagesLost
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        txRate = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        rxRate = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        messagesSent = _p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        messagesReceived = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        messagesLost = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        rxParseErr = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        txOverflows = _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)
        rxOverflows = _p.loadUnaligned(fromByteOffset: 32, as: UInt16.self)
        txBuf = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
        rxBuf = _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timestamp, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: txRate, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: rxRate, toByteOffset: 12, as: UInt32.self)
        _p.storeBytes(of: messagesSent, toByteOffset: 16, as: UInt32.self)
        _p.storeBytes(of: messagesReceived, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: messagesLost, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: rxParseErr, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: txOverflows, toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: rxOverflows, toByteOffset: 32, as: UInt16.self)
        _p.storeBytes(of: txBuf, toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: rxBuf, toByteOffset: 35, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("timestamp", timestamp)
        v.visit("tx_buf", txBuf)
        v.visit("rx_buf", rxBuf)
        v.visit("tx_rate", txRate)
        v.visit("rx_rate", rxRate)
        v.visit("rx_parse_err", rxParseErr)
        v.visit("tx_overflows", txOverflows)
        v.visit("rx_overflows", rxOverflows)
        v.visit("messages_sent", messagesSent)
        v.visit("messages_received", messagesReceived)
        v.visit("messages_lost", messagesLost)
    }
}
