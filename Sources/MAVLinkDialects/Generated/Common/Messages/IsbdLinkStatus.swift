// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of the Iridium SBD link.
///
/// MAVLink message `ISBD_LINK_STATUS` (id 335).
public struct IsbdLinkStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 335 }
    @inlinable public static var name: StaticString { "ISBD_LINK_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 225 }
    @inlinable public static var minLength: Int { 24 }
    @inlinable public static var maxLength: Int { 24 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timestamp: UInt64
    /// Timestamp of the last successful sbd session. The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var lastHeartbeat: UInt64
    /// Number of failed SBD sessions.
    public var failedSessions: UInt16
    /// Number of successful SBD sessions.
    public var successfulSessions: UInt16
    /// Signal quality equal to the number of bars displayed on the ISU signal strength indicator. Range is 0 to 5, where 0 indicates no signal and 5 indicates maximum signal strength.
    public var signalQuality: UInt8
    /// 1: Ring call pending, 0: No call pending.
    public var ringPending: UInt8
    /// 1: Transmission session pending, 0: No transmission session pending.
    public var txSessionPending: UInt8
    /// 1: Receiving session pending, 0: No receiving session pending.
    public var rxSessionPending: UInt8

    public init(timestamp: UInt64 = 0, lastHeartbeat: UInt64 = 0, failedSessions: UInt16 = 0, successfulSessions: UInt16 = 0, signalQuality: UInt8 = 0, ringPending: UInt8 = 0, txSessionPending: UInt8 = 0, rxSessionPending: UInt8 = 0) {
        self.timestamp = timestamp
        self.lastHeartbeat = lastHeartbeat
        self.failedSessions = failedSessions
        self.successfulSessions = successfulSessions
        self.signalQuality = signalQuality
        self.ringPending = ringPending
        self.txSessionPending = txSessionPending
        self.rxSessionPending = rxSessionPending
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lastHeartbeat = _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        failedSessions = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        successfulSessions = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        signalQuality = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        ringPending = _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)
        txSessionPending = _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)
        rxSessionPending = _p.loadUnaligned(fromByteOffset: 23, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timestamp, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lastHeartbeat, toByteOffset: 8, as: UInt64.self)
        _p.storeBytes(of: failedSessions, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: successfulSessions, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: signalQuality, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: ringPending, toByteOffset: 21, as: UInt8.self)
        _p.storeBytes(of: txSessionPending, toByteOffset: 22, as: UInt8.self)
        _p.storeBytes(of: rxSessionPending, toByteOffset: 23, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("timestamp", timestamp)
        v.visit("last_heartbeat", lastHeartbeat)
        v.visit("failed_sessions", failedSessions)
        v.visit("successful_sessions", successfulSessions)
        v.visit("signal_quality", signalQuality)
        v.visit("ring_pending", ringPending)
        v.visit("tx_session_pending", txSessionPending)
        v.visit("rx_session_pending", rxSessionPending)
    }
}
