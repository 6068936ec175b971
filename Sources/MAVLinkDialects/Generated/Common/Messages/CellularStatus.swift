// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Cellular network status as reported by a particular modem.
///
/// This is primarily intended for logging, but a GCS may choose to display link_tx_rate and link_rx_rate.
///
/// Note that a value of 0 in the id field indicates that the sender does not support reporting of multiple modems.
/// Message data should be from a single modem, but that is not guaranteed.
///
/// MAVLink message `CELLULAR_STATUS` (id 334).
public struct CellularStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 334 }
    @inlinable public static var name: StaticString { "CELLULAR_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 72 }
    @inlinable public static var minLength: Int { 10 }
    @inlinable public static var maxLength: Int { 53 }

    /// Cellular modem status
    /// Values: `CellularStatusFlag`.
    public var status: CellularStatusFlag
    /// Failure reason when status in in CELLULAR_STATUS_FLAG_FAILED
    /// Values: `CellularNetworkFailedReason`.
    public var failureReason: CellularNetworkFailedReason
    /// Cellular network radio type: gsm, cdma, lte...
    /// Values: `CellularNetworkRadioType`.
    public var type: CellularNetworkRadioType
    /// Signal quality in percent. If unknown, set to UINT8_MAX
    public var quality: UInt8
    /// Mobile country code. If unknown, set to UINT16_MAX
    public var mcc: UInt16
    /// Mobile network code. If unknown, set to UINT16_MAX
    public var mnc: UInt16
    /// Location area code. If unknown, set to 0
    public var lac: UInt16
    /// Cellular modem instance number. Indexed from 1.
    /// MAVLink 2 extension field.
    public var id: UInt8
    /// Download rate.
    /// Units: KiB/s.
    /// MAVLink 2 extension field.
    public var linkTxRate: UInt32
    /// Upload rate.
    /// Units: KiB/s.
    /// MAVLink 2 extension field.
    public var linkRxRate: UInt32
    /// ID of the currently connected cell tower. This must be NULL terminated if the length is less than 9 human-readable chars, and without the null termination (NULL) byte if the length is exactly 9 chars.
    /// MAVLink 2 extension field.
    public var cellTowerId: FixedString<9>
    /// LTE frequency band number.
    /// MAVLink 2 extension field.
    public var bandNumber: UInt8
    /// LTE radio frequency.
    /// Units: MHz.
    /// MAVLink 2 extension field.
    public var bandFrequency: Float
    /// The channel number (CN). Absolute radio-frequency (ARFCN) / E-UTRA (EARFCN) / UTRA (UARFCN) / New radio (NR_CH).
    /// MAVLink 2 extension field.
    public var channelNumber: UInt32
    /// On 3G is Received Signal Code Power (RSCP). On LTE is Reference Signal Received Power (RSRP). On 5G is New Radio Reference Signal Received Power (NR_RSRP).
    /// Units: dBm.
    /// MAVLink 2 extension field.
    public var rxLevel: Float
    /// Transmitter (modem) signal absolute power level.
    /// Units: dBm.
    /// MAVLink 2 extension field.
    public var txLevel: Float
    /// On 3G is Receiver Quality (RxQual). On LTE is Reference Signal Received Quality (RSRQ). On 5G is New Radio Reference Signal Received Quality (NR_RSRQ).
    /// Units: dBm.
    /// MAVLink 2 extension field.
    public var rxQuality: Float
    /// Signal to interference plus noise ratio (SINR).
    /// Units: dB.
    /// MAVLink 2 extension field.
    public var sinr: Float

    public init(status: CellularStatusFlag = CellularStatusFlag(rawValue: 0), failureReason: CellularNetworkFailedReason = CellularNetworkFailedReason(rawValue: 0), type: CellularNetworkRadioType = CellularNetworkRadioType(rawValue: 0), quality: UInt8 = 0, mcc: UInt16 = 0, mnc: UInt16 = 0, lac: UInt16 = 0, id: UInt8 = 0, linkTxRate: UInt32 = 0, linkRxRate: UInt32 = 0, cellTowerId: FixedString<9> = FixedString(), bandNumber: UInt8 = 0, bandFrequency: Float = 0, channelNumber: UInt32 = 0, rxLevel: Float = 0, txLevel: Float = 0, rxQuality: Float = 0, sinr: Float = 0) {
        self.status = status
        self.failureReason = failureReason
        self.type = type
        self.quality = quality
        self.mcc = mcc
        self.mnc = mnc
        self.lac = lac
        self.id = id
        self.linkTxRate = linkTxRate
        self.linkRxRate = linkRxRate
        self.cellTowerId = cellTowerId
        self.bandNumber = bandNumber
        self.bandFrequency = bandFrequency
        self.channelNumber = channelNumber
        self.rxLevel = rxLevel
        self.txLevel = txLevel
        self.rxQuality = rxQuality
        self.sinr = sinr
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        mcc = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        mnc = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        lac = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        status = CellularStatusFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
        failureReason = CellularNetworkFailedReason(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)))
        type = CellularNetworkRadioType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)))
        quality = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        id = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        linkTxRate = _p.loadUnaligned(fromByteOffset: 11, as: UInt32.self)
        linkRxRate = _p.loadUnaligned(fromByteOffset: 15, as: UInt32.self)
        cellTowerId = FixedString.load(from: _p, at: 19)
        bandNumber = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        bandFrequency = _p.loadUnaligned(fromByteOffset: 29, as: Float.self)
        channelNumber = _p.loadUnaligned(fromByteOffset: 33, as: UInt32.self)
        rxLevel = _p.loadUnaligned(fromByteOffset: 37, as: Float.self)
        txLevel = _p.loadUnaligned(fromByteOffset: 41, as: Float.self)
        rxQuality = _p.loadUnaligned(fromByteOffset: 45, as: Float.self)
        sinr = _p.loadUnaligned(fromByteOffset: 49, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: mcc, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: mnc, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: lac, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: failureReason.rawValue), toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: quality, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: id, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: linkTxRate, toByteOffset: 11, as: UInt32.self)
        _p.storeBytes(of: linkRxRate, toByteOffset: 15, as: UInt32.self)
        cellTowerId.store(to: _p, at: 19)
        _p.storeBytes(of: bandNumber, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: bandFrequency, toByteOffset: 29, as: Float.self)
        _p.storeBytes(of: channelNumber, toByteOffset: 33, as: UInt32.self)
        _p.storeBytes(of: rxLevel, toByteOffset: 37, as: Float.self)
        _p.storeBytes(of: txLevel, toByteOffset: 41, as: Float.self)
        _p.storeBytes(of: rxQuality, toByteOffset: 45, as: Float.self)
        _p.storeBytes(of: sinr, toByteOffset: 49, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("failure_reason", UInt8(truncatingIfNeeded: failureReason.rawValue))
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("quality", quality)
        v.visit("mcc", mcc)
        v.visit("mnc", mnc)
        v.visit("lac", lac)
        v.visit("id", id)
        v.visit("link_tx_rate", linkTxRate)
        v.visit("link_rx_rate", linkRxRate)
        v.visit("cell_tower_id", cellTowerId)
        v.visit("band_number", bandNumber)
        v.visit("band_frequency", bandFrequency)
        v.visit("channel_number", channelNumber)
        v.visit("rx_level", rxLevel)
        v.visit("tx_level", txLevel)
        v.visit("rx_quality", rxQuality)
        v.visit("sinr", sinr)
    }
}
