// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Herelink Telemetry
///
/// MAVLink message `HERELINK_TELEM` (id 50003).
public struct HerelinkTelem: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50003 }
    @inlinable public static var name: StaticString { "HERELINK_TELEM" }
    @inlinable public static var crcExtra: UInt8 { 62 }
    @inlinable public static var minLength: Int { 19 }
    @inlinable public static var maxLength: Int { 19 }

    /// rssi
    public var rssi: UInt8
    /// snr
    public var snr: Int16
    /// rf_freq
    public var rfFreq: UInt32
    /// link_bw
    public var linkBw: UInt32
    /// link_rate
    public var linkRate: UInt32
    /// cpu_temp
    public var cpuTemp: Int16
    /// board_temp
    public var boardTemp: Int16

    public init(rssi: UInt8 = 0, snr: Int16 = 0, rfFreq: UInt32 = 0, linkBw: UInt32 = 0, linkRate: UInt32 = 0, cpuTemp: Int16 = 0, boardTemp: Int16 = 0) {
        self.rssi = rssi
        self.snr = snr
        self.rfFreq = rfFreq
        self.linkBw = linkBw
        self.linkRate = linkRate
        self.cpuTemp = cpuTemp
        self.boardTemp = boardTemp
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        rfFreq = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        linkBw = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        linkRate = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        snr = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        cpuTemp = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        boardTemp = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        rssi = _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: rfFreq, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: linkBw, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: linkRate, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: snr, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: cpuTemp, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: boardTemp, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: rssi, toByteOffset: 18, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("rssi", rssi)
        v.visit("snr", snr)
        v.visit("rf_freq", rfFreq)
        v.visit("link_bw", linkBw)
        v.visit("link_rate", linkRate)
        v.visit("cpu_temp", cpuTemp)
        v.visit("board_temp", boardTemp)
    }
}
