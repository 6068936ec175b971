// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Emergency status encoding
///
/// MAVLink enum `UAVIONIX_ADSB_EMERGENCY_STATUS`. Unknown values are kept, not rejected.
public struct UavionixAdsbEmergencyStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_NO_EMERGENCY
    public static let uavionixAdsbOutNoEmergency = UavionixAdsbEmergencyStatus(rawValue: 0)
    /// UAVIONIX_ADSB_OUT_GENERAL_EMERGENCY
    public static let uavionixAdsbOutGeneralEmergency = UavionixAdsbEmergencyStatus(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_LIFEGUARD_EMERGENCY
    public static let uavionixAdsbOutLifeguardEmergency = UavionixAdsbEmergencyStatus(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_MINIMUM_FUEL_EMERGENCY
    public static let uavionixAdsbOutMinimumFuelEmergency = UavionixAdsbEmergencyStatus(rawValue: 3)
    /// UAVIONIX_ADSB_OUT_NO_COMM_EMERGENCY
    public static let uavionixAdsbOutNoCommEmergency = UavionixAdsbEmergencyStatus(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_UNLAWFUL_INTERFERANCE_EMERGENCY
    public static let uavionixAdsbOutUnlawfulInterferanceEmergency = UavionixAdsbEmergencyStatus(rawValue: 5)
    /// UAVIONIX_ADSB_OUT_DOWNED_AIRCRAFT_EMERGENCY
    public static let uavionixAdsbOutDownedAircraftEmergency = UavionixAdsbEmergencyStatus(rawValue: 6)
    /// UAVIONIX_ADSB_OUT_RESERVED
    public static let uavionixAdsbOutReserved = UavionixAdsbEmergencyStatus(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVIONIX_ADSB_OUT_NO_EMERGENCY"
        case 1: return "UAVIONIX_ADSB_OUT_GENERAL_EMERGENCY"
        case 2: return "UAVIONIX_ADSB_OUT_LIFEGUARD_EMERGENCY"
        case 3: return "UAVIONIX_ADSB_OUT_MINIMUM_FUEL_EMERGENCY"
        case 4: return "UAVIONIX_ADSB_OUT_NO_COMM_EMERGENCY"
        case 5: return "UAVIONIX_ADSB_OUT_UNLAWFUL_INTERFERANCE_EMERGENCY"
        case 6: return "UAVIONIX_ADSB_OUT_DOWNED_AIRCRAFT_EMERGENCY"
        case 7: return "UAVIONIX_ADSB_OUT_RESERVED"
        default: return nil
        }
    }
}

/// Definitions for aircraft size
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE`. Unknown values are kept, not rejected.
public struct UavionixAdsbOutCfgAircraftSize: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_NO_DATA
    public static let noData = UavionixAdsbOutCfgAircraftSize(rawValue: 0)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L15M_W23M
    public static let l15mW23m = UavionixAdsbOutCfgAircraftSize(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L25M_W28P5M
    public static let l25mW28p5m = UavionixAdsbOutCfgAircraftSize(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L25_34M
    public static let l2534m = UavionixAdsbOutCfgAircraftSize(rawValue: 3)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L35_33M
    public static let l3533m = UavionixAdsbOutCfgAircraftSize(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L35_38M
    public static let l3538m = UavionixAdsbOutCfgAircraftSize(rawValue: 5)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L45_39P5M
    public static let l4539p5m = UavionixAdsbOutCfgAircraftSize(rawValue: 6)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L45_45M
    public static let l4545m = UavionixAdsbOutCfgAircraftSize(rawValue: 7)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L55_45M
    public static let l5545m = UavionixAdsbOutCfgAircraftSize(rawValue: 8)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L55_52M
    public static let l5552m = UavionixAdsbOutCfgAircraftSize(rawValue: 9)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L65_59P5M
    public static let l6559p5m = UavionixAdsbOutCfgAircraftSize(rawValue: 10)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L65_67M
    public static let l6567m = UavionixAdsbOutCfgAircraftSize(rawValue: 11)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L75_W72P5M
    public static let l75W72p5m = UavionixAdsbOutCfgAircraftSize(rawValue: 12)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L75_W80M
    public static let l75W80m = UavionixAdsbOutCfgAircraftSize(rawValue: 13)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L85_W80M
    public static let l85W80m = UavionixAdsbOutCfgAircraftSize(rawValue: 14)
    /// UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L85_W90M
    public static let l85W90m = UavionixAdsbOutCfgAircraftSize(rawValue: 15)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_NO_DATA"
        case 1: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L15M_W23M"
        case 2: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L25M_W28P5M"
        case 3: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L25_34M"
        case 4: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L35_33M"
        case 5: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L35_38M"
        case 6: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L45_39P5M"
        case 7: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L45_45M"
        case 8: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L55_45M"
        case 9: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L55_52M"
        case 10: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L65_59P5M"
        case 11: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L65_67M"
        case 12: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L75_W72P5M"
        case 13: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L75_W80M"
        case 14: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L85_W80M"
        case 15: return "UAVIONIX_ADSB_OUT_CFG_AIRCRAFT_SIZE_L85_W90M"
        default: return nil
        }
    }
}

/// GPS lataral offset encoding
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT`. Unknown values are kept, not rejected.
public struct UavionixAdsbOutCfgGpsOffsetLat: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_NO_DATA
    public static let noData = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 0)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_2M
    public static let left2m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_4M
    public static let left4m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_6M
    public static let left6m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 3)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_0M
    public static let right0m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_2M
    public static let right2m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 5)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_4M
    public static let right4m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 6)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_6M
    public static let right6m = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_NO_DATA"
        case 1: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_2M"
        case 2: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_4M"
        case 3: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_LEFT_6M"
        case 4: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_0M"
        case 5: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_2M"
        case 6: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_4M"
        case 7: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LAT_RIGHT_6M"
        default: return nil
        }
    }
}

/// GPS longitudinal offset encoding
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LON`. Unknown values are kept, not rejected.
public struct UavionixAdsbOutCfgGpsOffsetLon: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LON_NO_DATA
    public static let noData = UavionixAdsbOutCfgGpsOffsetLon(rawValue: 0)
    /// UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LON_APPLIED_BY_SENSOR
    public static let appliedBySensor = UavionixAdsbOutCfgGpsOffsetLon(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LON_NO_DATA"
        case 1: return "UAVIONIX_ADSB_OUT_CFG_GPS_OFFSET_LON_APPLIED_BY_SENSOR"
        default: return nil
        }
    }
}

/// State flags for ADS-B transponder dynamic report
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_CONTROL_STATE` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbOutControlState: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_EXTERNAL_BARO_CROSSCHECKED
    public static let externalBaroCrosschecked = UavionixAdsbOutControlState(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_ON_GROUND
    public static let onGround = UavionixAdsbOutControlState(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_IDENT_BUTTON_ACTIVE
    public static let identButtonActive = UavionixAdsbOutControlState(rawValue: 8)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_MODE_A_ENABLED
    public static let modeAEnabled = UavionixAdsbOutControlState(rawValue: 16)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_MODE_C_ENABLED
    public static let modeCEnabled = UavionixAdsbOutControlState(rawValue: 32)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_MODE_S_ENABLED
    public static let modeSEnabled = UavionixAdsbOutControlState(rawValue: 64)
    /// UAVIONIX_ADSB_OUT_CONTROL_STATE_1090ES_TX_ENABLED
    public static let _1090esTxEnabled = UavionixAdsbOutControlState(rawValue: 128)
}

/// Status for ADS-B transponder dynamic input
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX`. Unknown values are kept, not rejected.
public struct UavionixAdsbOutDynamicGpsFix: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_NONE_0
    public static let none0 = UavionixAdsbOutDynamicGpsFix(rawValue: 0)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_NONE_1
    public static let none1 = UavionixAdsbOutDynamicGpsFix(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_2D
    public static let _2d = UavionixAdsbOutDynamicGpsFix(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_3D
    public static let _3d = UavionixAdsbOutDynamicGpsFix(rawValue: 3)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_DGPS
    public static let dgps = UavionixAdsbOutDynamicGpsFix(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_RTK
    public static let rtk = UavionixAdsbOutDynamicGpsFix(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_NONE_0"
        case 1: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_NONE_1"
        case 2: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_2D"
        case 3: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_3D"
        case 4: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_DGPS"
        case 5: return "UAVIONIX_ADSB_OUT_DYNAMIC_GPS_FIX_RTK"
        default: return nil
        }
    }
}

/// State flags for ADS-B transponder dynamic report
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_DYNAMIC_STATE` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbOutDynamicState: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_DYNAMIC_STATE_INTENT_CHANGE
    public static let intentChange = UavionixAdsbOutDynamicState(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_STATE_AUTOPILOT_ENABLED
    public static let autopilotEnabled = UavionixAdsbOutDynamicState(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_STATE_NICBARO_CROSSCHECKED
    public static let nicbaroCrosschecked = UavionixAdsbOutDynamicState(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_STATE_ON_GROUND
    public static let onGround = UavionixAdsbOutDynamicState(rawValue: 8)
    /// UAVIONIX_ADSB_OUT_DYNAMIC_STATE_IDENT
    public static let ident = UavionixAdsbOutDynamicState(rawValue: 16)
}

/// Transceiver RF control flags for ADS-B transponder dynamic reports
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_RF_SELECT` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbOutRfSelect: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_RF_SELECT_RX_ENABLED
    public static let rxEnabled = UavionixAdsbOutRfSelect(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_RF_SELECT_TX_ENABLED
    public static let txEnabled = UavionixAdsbOutRfSelect(rawValue: 2)
}

/// State flags for ADS-B transponder fault report
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_STATUS_FAULT` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbOutStatusFault: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_STATUS_FAULT_STATUS_MESSAGE_UNAVAIL
    public static let statusMessageUnavail = UavionixAdsbOutStatusFault(rawValue: 8)
    /// UAVIONIX_ADSB_OUT_STATUS_FAULT_GPS_NO_POS
    public static let gpsNoPos = UavionixAdsbOutStatusFault(rawValue: 16)
    /// UAVIONIX_ADSB_OUT_STATUS_FAULT_GPS_UNAVAIL
    public static let gpsUnavail = UavionixAdsbOutStatusFault(rawValue: 32)
    /// UAVIONIX_ADSB_OUT_STATUS_FAULT_TX_SYSTEM_FAIL
    public static let txSystemFail = UavionixAdsbOutStatusFault(rawValue: 64)
    /// UAVIONIX_ADSB_OUT_STATUS_FAULT_MAINT_REQ
    public static let maintReq = UavionixAdsbOutStatusFault(rawValue: 128)
}

/// State flags for ADS-B transponder status report
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_STATUS_NIC_NACP`. Unknown values are kept, not rejected.
public struct UavionixAdsbOutStatusNicNacp: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_NIC_CR_20_NM
    public static let uavionixAdsbNicCr20Nm = UavionixAdsbOutStatusNicNacp(rawValue: 1)
    /// UAVIONIX_ADSB_NIC_CR_8_NM
    public static let uavionixAdsbNicCr8Nm = UavionixAdsbOutStatusNicNacp(rawValue: 2)
    /// UAVIONIX_ADSB_NIC_CR_4_NM
    public static let uavionixAdsbNicCr4Nm = UavionixAdsbOutStatusNicNacp(rawValue: 3)
    /// UAVIONIX_ADSB_NIC_CR_2_NM
    public static let uavionixAdsbNicCr2Nm = UavionixAdsbOutStatusNicNacp(rawValue: 4)
    /// UAVIONIX_ADSB_NIC_CR_1_NM
    public static let uavionixAdsbNicCr1Nm = UavionixAdsbOutStatusNicNacp(rawValue: 5)
    /// UAVIONIX_ADSB_NIC_CR_0_3_NM
    public static let uavionixAdsbNicCr03Nm = UavionixAdsbOutStatusNicNacp(rawValue: 6)
    /// UAVIONIX_ADSB_NIC_CR_0_2_NM
    public static let uavionixAdsbNicCr02Nm = UavionixAdsbOutStatusNicNacp(rawValue: 7)
    /// UAVIONIX_ADSB_NIC_CR_0_1_NM
    public static let uavionixAdsbNicCr01Nm = UavionixAdsbOutStatusNicNacp(rawValue: 8)
    /// UAVIONIX_ADSB_NIC_CR_75_M
    public static let uavionixAdsbNicCr75M = UavionixAdsbOutStatusNicNacp(rawValue: 9)
    /// UAVIONIX_ADSB_NIC_CR_25_M
    public static let uavionixAdsbNicCr25M = UavionixAdsbOutStatusNicNacp(rawValue: 10)
    /// UAVIONIX_ADSB_NIC_CR_7_5_M
    public static let uavionixAdsbNicCr75M_11 = UavionixAdsbOutStatusNicNacp(rawValue: 11)
    /// UAVIONIX_ADSB_NACP_EPU_10_NM
    public static let uavionixAdsbNacpEpu10Nm = UavionixAdsbOutStatusNicNacp(rawValue: 16)
    /// UAVIONIX_ADSB_NACP_EPU_4_NM
    public static let uavionixAdsbNacpEpu4Nm = UavionixAdsbOutStatusNicNacp(rawValue: 32)
    /// UAVIONIX_ADSB_NACP_EPU_2_NM
    public static let uavionixAdsbNacpEpu2Nm = UavionixAdsbOutStatusNicNacp(rawValue: 48)
    /// UAVIONIX_ADSB_NACP_EPU_1_NM
    public static let uavionixAdsbNacpEpu1Nm = UavionixAdsbOutStatusNicNacp(rawValue: 64)
    /// UAVIONIX_ADSB_NACP_EPU_0_5_NM
    public static let uavionixAdsbNacpEpu05Nm = UavionixAdsbOutStatusNicNacp(rawValue: 80)
    /// UAVIONIX_ADSB_NACP_EPU_0_3_NM
    public static let uavionixAdsbNacpEpu03Nm = UavionixAdsbOutStatusNicNacp(rawValue: 96)
    /// UAVIONIX_ADSB_NACP_EPU_0_1_NM
    public static let uavionixAdsbNacpEpu01Nm = UavionixAdsbOutStatusNicNacp(rawValue: 112)
    /// UAVIONIX_ADSB_NACP_EPU_0_05_NM
    public static let uavionixAdsbNacpEpu005Nm = UavionixAdsbOutStatusNicNacp(rawValue: 128)
    /// UAVIONIX_ADSB_NACP_EPU_30_M
    public static let uavionixAdsbNacpEpu30M = UavionixAdsbOutStatusNicNacp(rawValue: 144)
    /// UAVIONIX_ADSB_NACP_EPU_10_M
    public static let uavionixAdsbNacpEpu10M = UavionixAdsbOutStatusNicNacp(rawValue: 160)
    /// UAVIONIX_ADSB_NACP_EPU_3_M
    public static let uavionixAdsbNacpEpu3M = UavionixAdsbOutStatusNicNacp(rawValue: 176)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "UAVIONIX_ADSB_NIC_CR_20_NM"
        case 2: return "UAVIONIX_ADSB_NIC_CR_8_NM"
        case 3: return "UAVIONIX_ADSB_NIC_CR_4_NM"
        case 4: return "UAVIONIX_ADSB_NIC_CR_2_NM"
        case 5: return "UAVIONIX_ADSB_NIC_CR_1_NM"
        case 6: return "UAVIONIX_ADSB_NIC_CR_0_3_NM"
        case 7: return "UAVIONIX_ADSB_NIC_CR_0_2_NM"
        case 8: return "UAVIONIX_ADSB_NIC_CR_0_1_NM"
        case 9: return "UAVIONIX_ADSB_NIC_CR_75_M"
        case 10: return "UAVIONIX_ADSB_NIC_CR_25_M"
        case 11: return "UAVIONIX_ADSB_NIC_CR_7_5_M"
        case 16: return "UAVIONIX_ADSB_NACP_EPU_10_NM"
        case 32: return "UAVIONIX_ADSB_NACP_EPU_4_NM"
        case 48: return "UAVIONIX_ADSB_NACP_EPU_2_NM"
        case 64: return "UAVIONIX_ADSB_NACP_EPU_1_NM"
        case 80: return "UAVIONIX_ADSB_NACP_EPU_0_5_NM"
        case 96: return "UAVIONIX_ADSB_NACP_EPU_0_3_NM"
        case 112: return "UAVIONIX_ADSB_NACP_EPU_0_1_NM"
        case 128: return "UAVIONIX_ADSB_NACP_EPU_0_05_NM"
        case 144: return "UAVIONIX_ADSB_NACP_EPU_30_M"
        case 160: return "UAVIONIX_ADSB_NACP_EPU_10_M"
        case 176: return "UAVIONIX_ADSB_NACP_EPU_3_M"
        default: return nil
        }
    }
}

/// State flags for ADS-B transponder status report
///
/// MAVLink enum `UAVIONIX_ADSB_OUT_STATUS_STATE` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbOutStatusState: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_OUT_STATUS_STATE_ON_GROUND
    public static let onGround = UavionixAdsbOutStatusState(rawValue: 1)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_INTERROGATED_SINCE_LAST
    public static let interrogatedSinceLast = UavionixAdsbOutStatusState(rawValue: 2)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_XBIT_ENABLED
    public static let xbitEnabled = UavionixAdsbOutStatusState(rawValue: 4)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_IDENT_ACTIVE
    public static let identActive = UavionixAdsbOutStatusState(rawValue: 8)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_MODE_A_ENABLED
    public static let modeAEnabled = UavionixAdsbOutStatusState(rawValue: 16)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_MODE_C_ENABLED
    public static let modeCEnabled = UavionixAdsbOutStatusState(rawValue: 32)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_MODE_S_ENABLED
    public static let modeSEnabled = UavionixAdsbOutStatusState(rawValue: 64)
    /// UAVIONIX_ADSB_OUT_STATUS_STATE_1090ES_TX_ENABLED
    public static let _1090esTxEnabled = UavionixAdsbOutStatusState(rawValue: 128)
}

/// Status flags for ADS-B transponder dynamic output
///
/// MAVLink enum `UAVIONIX_ADSB_RF_HEALTH` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbRfHealth: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_RF_HEALTH_OK
    public static let ok = UavionixAdsbRfHealth(rawValue: 1)
    /// UAVIONIX_ADSB_RF_HEALTH_FAIL_TX
    public static let failTx = UavionixAdsbRfHealth(rawValue: 2)
    /// UAVIONIX_ADSB_RF_HEALTH_FAIL_RX
    public static let failRx = UavionixAdsbRfHealth(rawValue: 16)
}

/// State flags for X-Bit and reserved fields.
///
/// MAVLink enum `UAVIONIX_ADSB_XBIT` (bitmask). Unknown values are kept, not rejected.
public struct UavionixAdsbXbit: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAVIONIX_ADSB_XBIT_ENABLED
    public static let enabled = UavionixAdsbXbit(rawValue: 128)
}
