// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Actuator configuration, used to change a setting on an actuator. Component information metadata can be used to know which outputs support which commands.
///
/// MAVLink enum `ACTUATOR_CONFIGURATION`. Unknown values are kept, not rejected.
public struct ActuatorConfiguration: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Do nothing.
    public static let none = ActuatorConfiguration(rawValue: 0)
    /// Command the actuator to beep now.
    public static let beep = ActuatorConfiguration(rawValue: 1)
    /// Permanently set the actuator (ESC) to 3D mode (reversible thrust).
    public static let _3dModeOn = ActuatorConfiguration(rawValue: 2)
    /// Permanently set the actuator (ESC) to non 3D mode (non-reversible thrust).
    public static let _3dModeOff = ActuatorConfiguration(rawValue: 3)
    /// Permanently set the actuator (ESC) to spin direction 1 (which can be clockwise or counter-clockwise).
    public static let spinDirection1 = ActuatorConfiguration(rawValue: 4)
    /// Permanently set the actuator (ESC) to spin direction 2 (opposite of direction 1).
    public static let spinDirection2 = ActuatorConfiguration(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ACTUATOR_CONFIGURATION_NONE"
        case 1: return "ACTUATOR_CONFIGURATION_BEEP"
        case 2: return "ACTUATOR_CONFIGURATION_3D_MODE_ON"
        case 3: return "ACTUATOR_CONFIGURATION_3D_MODE_OFF"
        case 4: return "ACTUATOR_CONFIGURATION_SPIN_DIRECTION1"
        case 5: return "ACTUATOR_CONFIGURATION_SPIN_DIRECTION2"
        default: return nil
        }
    }
}

/// Actuator output function. Values greater or equal to 1000 are autopilot-specific.
///
/// MAVLink enum `ACTUATOR_OUTPUT_FUNCTION`. Unknown values are kept, not rejected.
public struct ActuatorOutputFunction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No function (disabled).
    public static let none = ActuatorOutputFunction(rawValue: 0)
    /// Motor 1
    public static let motor1 = ActuatorOutputFunction(rawValue: 1)
    /// Motor 2
    public static let motor2 = ActuatorOutputFunction(rawValue: 2)
    /// Motor 3
    public static let motor3 = ActuatorOutputFunction(rawValue: 3)
    /// Motor 4
    public static let motor4 = ActuatorOutputFunction(rawValue: 4)
    /// Motor 5
    public static let motor5 = ActuatorOutputFunction(rawValue: 5)
    /// Motor 6
    public static let motor6 = ActuatorOutputFunction(rawValue: 6)
    /// Motor 7
    public static let motor7 = ActuatorOutputFunction(rawValue: 7)
    /// Motor 8
    public static let motor8 = ActuatorOutputFunction(rawValue: 8)
    /// Motor 9
    public static let motor9 = ActuatorOutputFunction(rawValue: 9)
    /// Motor 10
    public static let motor10 = ActuatorOutputFunction(rawValue: 10)
    /// Motor 11
    public static let motor11 = ActuatorOutputFunction(rawValue: 11)
    /// Motor 12
    public static let motor12 = ActuatorOutputFunction(rawValue: 12)
    /// Motor 13
    public static let motor13 = ActuatorOutputFunction(rawValue: 13)
    /// Motor 14
    public static let motor14 = ActuatorOutputFunction(rawValue: 14)
    /// Motor 15
    public static let motor15 = ActuatorOutputFunction(rawValue: 15)
    /// Motor 16
    public static let motor16 = ActuatorOutputFunction(rawValue: 16)
    /// Servo 1
    public static let servo1 = ActuatorOutputFunction(rawValue: 33)
    /// Servo 2
    public static let servo2 = ActuatorOutputFunction(rawValue: 34)
    /// Servo 3
    public static let servo3 = ActuatorOutputFunction(rawValue: 35)
    /// Servo 4
    public static let servo4 = ActuatorOutputFunction(rawValue: 36)
    /// Servo 5
    public static let servo5 = ActuatorOutputFunction(rawValue: 37)
    /// Servo 6
    public static let servo6 = ActuatorOutputFunction(rawValue: 38)
    /// Servo 7
    public static let servo7 = ActuatorOutputFunction(rawValue: 39)
    /// Servo 8
    public static let servo8 = ActuatorOutputFunction(rawValue: 40)
    /// Servo 9
    public static let servo9 = ActuatorOutputFunction(rawValue: 41)
    /// Servo 10
    public static let servo10 = ActuatorOutputFunction(rawValue: 42)
    /// Servo 11
    public static let servo11 = ActuatorOutputFunction(rawValue: 43)
    /// Servo 12
    public static let servo12 = ActuatorOutputFunction(rawValue: 44)
    /// Servo 13
    public static let servo13 = ActuatorOutputFunction(rawValue: 45)
    /// Servo 14
    public static let servo14 = ActuatorOutputFunction(rawValue: 46)
    /// Servo 15
    public static let servo15 = ActuatorOutputFunction(rawValue: 47)
    /// Servo 16
    public static let servo16 = ActuatorOutputFunction(rawValue: 48)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ACTUATOR_OUTPUT_FUNCTION_NONE"
        case 1: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR1"
        case 2: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR2"
        case 3: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR3"
        case 4: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR4"
        case 5: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR5"
        case 6: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR6"
        case 7: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR7"
        case 8: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR8"
        case 9: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR9"
        case 10: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR10"
        case 11: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR11"
        case 12: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR12"
        case 13: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR13"
        case 14: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR14"
        case 15: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR15"
        case 16: return "ACTUATOR_OUTPUT_FUNCTION_MOTOR16"
        case 33: return "ACTUATOR_OUTPUT_FUNCTION_SERVO1"
        case 34: return "ACTUATOR_OUTPUT_FUNCTION_SERVO2"
        case 35: return "ACTUATOR_OUTPUT_FUNCTION_SERVO3"
        case 36: return "ACTUATOR_OUTPUT_FUNCTION_SERVO4"
        case 37: return "ACTUATOR_OUTPUT_FUNCTION_SERVO5"
        case 38: return "ACTUATOR_OUTPUT_FUNCTION_SERVO6"
        case 39: return "ACTUATOR_OUTPUT_FUNCTION_SERVO7"
        case 40: return "ACTUATOR_OUTPUT_FUNCTION_SERVO8"
        case 41: return "ACTUATOR_OUTPUT_FUNCTION_SERVO9"
        case 42: return "ACTUATOR_OUTPUT_FUNCTION_SERVO10"
        case 43: return "ACTUATOR_OUTPUT_FUNCTION_SERVO11"
        case 44: return "ACTUATOR_OUTPUT_FUNCTION_SERVO12"
        case 45: return "ACTUATOR_OUTPUT_FUNCTION_SERVO13"
        case 46: return "ACTUATOR_OUTPUT_FUNCTION_SERVO14"
        case 47: return "ACTUATOR_OUTPUT_FUNCTION_SERVO15"
        case 48: return "ACTUATOR_OUTPUT_FUNCTION_SERVO16"
        default: return nil
        }
    }
}

/// Enumeration of the ADSB altimeter types
///
/// MAVLink enum `ADSB_ALTITUDE_TYPE`. Unknown values are kept, not rejected.
public struct AdsbAltitudeType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Altitude reported from a Baro source using QNH reference
    public static let pressureQnh = AdsbAltitudeType(rawValue: 0)
    /// Altitude reported from a GNSS source
    public static let geometric = AdsbAltitudeType(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ADSB_ALTITUDE_TYPE_PRESSURE_QNH"
        case 1: return "ADSB_ALTITUDE_TYPE_GEOMETRIC"
        default: return nil
        }
    }
}

/// ADSB classification for the type of vehicle emitting the transponder signal
///
/// MAVLink enum `ADSB_EMITTER_TYPE`. Unknown values are kept, not rejected.
public struct AdsbEmitterType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ADSB_EMITTER_TYPE_NO_INFO
    public static let noInfo = AdsbEmitterType(rawValue: 0)
    /// ADSB_EMITTER_TYPE_LIGHT
    public static let light = AdsbEmitterType(rawValue: 1)
    /// ADSB_EMITTER_TYPE_SMALL
    public static let small = AdsbEmitterType(rawValue: 2)
    /// ADSB_EMITTER_TYPE_LARGE
    public static let large = AdsbEmitterType(rawValue: 3)
    /// ADSB_EMITTER_TYPE_HIGH_VORTEX_LARGE
    public static let highVortexLarge = AdsbEmitterType(rawValue: 4)
    /// ADSB_EMITTER_TYPE_HEAVY
    public static let heavy = AdsbEmitterType(rawValue: 5)
    /// ADSB_EMITTER_TYPE_HIGHLY_MANUV
    public static let highlyManuv = AdsbEmitterType(rawValue: 6)
    /// ADSB_EMITTER_TYPE_ROTOCRAFT
    public static let rotocraft = AdsbEmitterType(rawValue: 7)
    /// ADSB_EMITTER_TYPE_UNASSIGNED
    public static let unassigned = AdsbEmitterType(rawValue: 8)
    /// ADSB_EMITTER_TYPE_GLIDER
    public static let glider = AdsbEmitterType(rawValue: 9)
    /// ADSB_EMITTER_TYPE_LIGHTER_AIR
    public static let lighterAir = AdsbEmitterType(rawValue: 10)
    /// ADSB_EMITTER_TYPE_PARACHUTE
    public static let parachute = AdsbEmitterType(rawValue: 11)
    /// ADSB_EMITTER_TYPE_ULTRA_LIGHT
    public static let ultraLight = AdsbEmitterType(rawValue: 12)
    /// ADSB_EMITTER_TYPE_UNASSIGNED2
    public static let unassigned2 = AdsbEmitterType(rawValue: 13)
    /// ADSB_EMITTER_TYPE_UAV
    public static let uav = AdsbEmitterType(rawValue: 14)
    /// ADSB_EMITTER_TYPE_SPACE
    public static let space = AdsbEmitterType(rawValue: 15)
    /// ADSB_EMITTER_TYPE_UNASSGINED3
    public static let unassgined3 = AdsbEmitterType(rawValue: 16)
    /// ADSB_EMITTER_TYPE_EMERGENCY_SURFACE
    public static let emergencySurface = AdsbEmitterType(rawValue: 17)
    /// ADSB_EMITTER_TYPE_SERVICE_SURFACE
    public static let serviceSurface = AdsbEmitterType(rawValue: 18)
    /// ADSB_EMITTER_TYPE_POINT_OBSTACLE
    public static let pointObstacle = AdsbEmitterType(rawValue: 19)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ADSB_EMITTER_TYPE_NO_INFO"
        case 1: return "ADSB_EMITTER_TYPE_LIGHT"
        case 2: return "ADSB_EMITTER_TYPE_SMALL"
        case 3: return "ADSB_EMITTER_TYPE_LARGE"
        case 4: return "ADSB_EMITTER_TYPE_HIGH_VORTEX_LARGE"
        case 5: return "ADSB_EMITTER_TYPE_HEAVY"
        case 6: return "ADSB_EMITTER_TYPE_HIGHLY_MANUV"
        case 7: return "ADSB_EMITTER_TYPE_ROTOCRAFT"
        case 8: return "ADSB_EMITTER_TYPE_UNASSIGNED"
        case 9: return "ADSB_EMITTER_TYPE_GLIDER"
        case 10: return "ADSB_EMITTER_TYPE_LIGHTER_AIR"
        case 11: return "ADSB_EMITTER_TYPE_PARACHUTE"
        case 12: return "ADSB_EMITTER_TYPE_ULTRA_LIGHT"
        case 13: return "ADSB_EMITTER_TYPE_UNASSIGNED2"
        case 14: return "ADSB_EMITTER_TYPE_UAV"
        case 15: return "ADSB_EMITTER_TYPE_SPACE"
        case 16: return "ADSB_EMITTER_TYPE_UNASSGINED3"
        case 17: return "ADSB_EMITTER_TYPE_EMERGENCY_SURFACE"
        case 18: return "ADSB_EMITTER_TYPE_SERVICE_SURFACE"
        case 19: return "ADSB_EMITTER_TYPE_POINT_OBSTACLE"
        default: return nil
        }
    }
}

/// These flags indicate status such as data validity of each data source. Set = data valid
///
/// MAVLink enum `ADSB_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct AdsbFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ADSB_FLAGS_VALID_COORDS
    public static let validCoords = AdsbFlags(rawValue: 1)
    /// ADSB_FLAGS_VALID_ALTITUDE
    public static let validAltitude = AdsbFlags(rawValue: 2)
    /// ADSB_FLAGS_VALID_HEADING
    public static let validHeading = AdsbFlags(rawValue: 4)
    /// ADSB_FLAGS_VALID_VELOCITY
    public static let validVelocity = AdsbFlags(rawValue: 8)
    /// ADSB_FLAGS_VALID_CALLSIGN
    public static let validCallsign = AdsbFlags(rawValue: 16)
    /// ADSB_FLAGS_VALID_SQUAWK
    public static let validSquawk = AdsbFlags(rawValue: 32)
    /// ADSB_FLAGS_SIMULATED
    public static let simulated = AdsbFlags(rawValue: 64)
    /// ADSB_FLAGS_VERTICAL_VELOCITY_VALID
    public static let verticalVelocityValid = AdsbFlags(rawValue: 128)
    /// ADSB_FLAGS_BARO_VALID
    public static let baroValid = AdsbFlags(rawValue: 256)
    /// ADSB_FLAGS_SOURCE_UAT
    public static let sourceUat = AdsbFlags(rawValue: 32768)
}

/// Airspeed sensor flags
///
/// MAVLink enum `AIRSPEED_SENSOR_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct AirspeedSensorFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Airspeed sensor is unhealthy
    public static let airspeedSensorUnhealthy = AirspeedSensorFlags(rawValue: 1)
    /// True if the data from this sensor is being actively used by the flight controller for guidance, navigation or control.
    public static let airspeedSensorUsing = AirspeedSensorFlags(rawValue: 2)
}

/// These flags are used in the AIS_VESSEL.fields bitmask to indicate validity of data in the other message fields. When set, the data is valid.
///
/// MAVLink enum `AIS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct AisFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 1 = High (Position accuracy less than or equal to 10m), 0 = Low (position accuracy greater than 10m).
    public static let positionAccuracy = AisFlags(rawValue: 1)
    /// The COG field contains valid data
    public static let validCog = AisFlags(rawValue: 2)
    /// The velocity field contains valid data
    public static let validVelocity = AisFlags(rawValue: 4)
    /// 1 = Velocity over 52.5765m/s (102.2 knots)
    public static let highVelocity = AisFlags(rawValue: 8)
    /// The turn_rate field contains valid data
    public static let validTurnRate = AisFlags(rawValue: 16)
    /// Only the sign of the returned turn_rate value is valid. The actual turn rate is either greater than 5deg/30s or less than -5deg/30s.
    public static let turnRateSignOnly = AisFlags(rawValue: 32)
    /// AIS_FLAGS_VALID_DIMENSIONS
    public static let validDimensions = AisFlags(rawValue: 64)
    /// Distance to bow is greater than or equal to 511m
    public static let largeBowDimension = AisFlags(rawValue: 128)
    /// Distance to stern is greater than or equal to 511m
    public static let largeSternDimension = AisFlags(rawValue: 256)
    /// Distance to port side is greater than or equal to 63m
    public static let largePortDimension = AisFlags(rawValue: 512)
    /// Distance to starboard side is greater than or equal to 63m
    public static let largeStarboardDimension = AisFlags(rawValue: 1024)
    /// The callsign field contains valid data
    public static let validCallsign = AisFlags(rawValue: 2048)
    /// The name field contains valid data
    public static let validName = AisFlags(rawValue: 4096)
}

/// Navigational status of AIS vessel, enum duplicated from AIS standard, https://gpsd.gitlab.io/gpsd/AIVDM.html
///
/// MAVLink enum `AIS_NAV_STATUS`. Unknown values are kept, not rejected.
public struct AisNavStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Under way using engine.
    public static let underWay = AisNavStatus(rawValue: 0)
    /// AIS_NAV_STATUS_ANCHORED
    public static let anchored = AisNavStatus(rawValue: 1)
    /// AIS_NAV_STATUS_UN_COMMANDED
    public static let unCommanded = AisNavStatus(rawValue: 2)
    /// AIS_NAV_STATUS_RESTRICTED_MANOEUVERABILITY
    public static let restrictedManoeuverability = AisNavStatus(rawValue: 3)
    /// AIS_NAV_STATUS_DRAUGHT_CONSTRAINED
    public static let draughtConstrained = AisNavStatus(rawValue: 4)
    /// AIS_NAV_STATUS_MOORED
    public static let moored = AisNavStatus(rawValue: 5)
    /// AIS_NAV_STATUS_AGROUND
    public static let aground = AisNavStatus(rawValue: 6)
    /// AIS_NAV_STATUS_FISHING
    public static let fishing = AisNavStatus(rawValue: 7)
    /// AIS_NAV_STATUS_SAILING
    public static let sailing = AisNavStatus(rawValue: 8)
    /// AIS_NAV_STATUS_RESERVED_HSC
    public static let reservedHsc = AisNavStatus(rawValue: 9)
    /// AIS_NAV_STATUS_RESERVED_WIG
    public static let reservedWig = AisNavStatus(rawValue: 10)
    /// AIS_NAV_STATUS_RESERVED_1
    public static let reserved1 = AisNavStatus(rawValue: 11)
    /// AIS_NAV_STATUS_RESERVED_2
    public static let reserved2 = AisNavStatus(rawValue: 12)
    /// AIS_NAV_STATUS_RESERVED_3
    public static let reserved3 = AisNavStatus(rawValue: 13)
    /// Search And Rescue Transponder.
    public static let aisSart = AisNavStatus(rawValue: 14)
    /// Not available (default).
    public static let unknown = AisNavStatus(rawValue: 15)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "AIS_NAV_STATUS_UNDER_WAY"
        case 1: return "AIS_NAV_STATUS_ANCHORED"
        case 2: return "AIS_NAV_STATUS_UN_COMMANDED"
        case 3: return "AIS_NAV_STATUS_RESTRICTED_MANOEUVERABILITY"
        case 4: return "AIS_NAV_STATUS_DRAUGHT_CONSTRAINED"
        case 5: return "AIS_NAV_STATUS_MOORED"
        case 6: return "AIS_NAV_STATUS_AGROUND"
        case 7: return "AIS_NAV_STATUS_FISHING"
        case 8: return "AIS_NAV_STATUS_SAILING"
        case 9: return "AIS_NAV_STATUS_RESERVED_HSC"
        case 10: return "AIS_NAV_STATUS_RESERVED_WIG"
        case 11: return "AIS_NAV_STATUS_RESERVED_1"
        case 12: return "AIS_NAV_STATUS_RESERVED_2"
        case 13: return "AIS_NAV_STATUS_RESERVED_3"
        case 14: return "AIS_NAV_STATUS_AIS_SART"
        case 15: return "AIS_NAV_STATUS_UNKNOWN"
        default: return nil
        }
    }
}

/// Type of AIS vessel, enum duplicated from AIS standard, https://gpsd.gitlab.io/gpsd/AIVDM.html
///
/// MAVLink enum `AIS_TYPE`. Unknown values are kept, not rejected.
public struct AisType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not available (default).
    public static let unknown = AisType(rawValue: 0)
    /// AIS_TYPE_RESERVED_1
    public static let reserved1 = AisType(rawValue: 1)
    /// AIS_TYPE_RESERVED_2
    public static let reserved2 = AisType(rawValue: 2)
    /// AIS_TYPE_RESERVED_3
    public static let reserved3 = AisType(rawValue: 3)
    /// AIS_TYPE_RESERVED_4
    public static let reserved4 = AisType(rawValue: 4)
    /// AIS_TYPE_RESERVED_5
    public static let reserved5 = AisType(rawValue: 5)
    /// AIS_TYPE_RESERVED_6
    public static let reserved6 = AisType(rawValue: 6)
    /// AIS_TYPE_RESERVED_7
    public static let reserved7 = AisType(rawValue: 7)
    /// AIS_TYPE_RESERVED_8
    public static let reserved8 = AisType(rawValue: 8)
    /// AIS_TYPE_RESERVED_9
    public static let reserved9 = AisType(rawValue: 9)
    /// AIS_TYPE_RESERVED_10
    public static let reserved10 = AisType(rawValue: 10)
    /// AIS_TYPE_RESERVED_11
    public static let reserved11 = AisType(rawValue: 11)
    /// AIS_TYPE_RESERVED_12
    public static let reserved12 = AisType(rawValue: 12)
    /// AIS_TYPE_RESERVED_13
    public static let reserved13 = AisType(rawValue: 13)
    /// AIS_TYPE_RESERVED_14
    public static let reserved14 = AisType(rawValue: 14)
    /// AIS_TYPE_RESERVED_15
    public static let reserved15 = AisType(rawValue: 15)
    /// AIS_TYPE_RESERVED_16
    public static let reserved16 = AisType(rawValue: 16)
    /// AIS_TYPE_RESERVED_17
    public static let reserved17 = AisType(rawValue: 17)
    /// AIS_TYPE_RESERVED_18
    public static let reserved18 = AisType(rawValue: 18)
    /// AIS_TYPE_RESERVED_19
    public static let reserved19 = AisType(rawValue: 19)
    /// Wing In Ground effect.
    public static let wig = AisType(rawValue: 20)
    /// AIS_TYPE_WIG_HAZARDOUS_A
    public static let wigHazardousA = AisType(rawValue: 21)
    /// AIS_TYPE_WIG_HAZARDOUS_B
    public static let wigHazardousB = AisType(rawValue: 22)
    /// AIS_TYPE_WIG_HAZARDOUS_C
    public static let wigHazardousC = AisType(rawValue: 23)
    /// AIS_TYPE_WIG_HAZARDOUS_D
    public static let wigHazardousD = AisType(rawValue: 24)
    /// AIS_TYPE_WIG_RESERVED_1
    public static let wigReserved1 = AisType(rawValue: 25)
    /// AIS_TYPE_WIG_RESERVED_2
    public static let wigReserved2 = AisType(rawValue: 26)
    /// AIS_TYPE_WIG_RESERVED_3
    public static let wigReserved3 = AisType(rawValue: 27)
    /// AIS_TYPE_WIG_RESERVED_4
    public static let wigReserved4 = AisType(rawValue: 28)
    /// AIS_TYPE_WIG_RESERVED_5
    public static let wigReserved5 = AisType(rawValue: 29)
    /// AIS_TYPE_FISHING
    public static let fishing = AisType(rawValue: 30)
    /// AIS_TYPE_TOWING
    public static let towing = AisType(rawValue: 31)
    /// Towing: length exceeds 200m or breadth exceeds 25m.
    public static let towingLarge = AisType(rawValue: 32)
    /// Dredging or other underwater ops.
    public static let dredging = AisType(rawValue: 33)
    /// AIS_TYPE_DIVING
    public static let diving = AisType(rawValue: 34)
    /// AIS_TYPE_MILITARY
    public static let military = AisType(rawValue: 35)
    /// AIS_TYPE_SAILING
    public static let sailing = AisType(rawValue: 36)
    /// AIS_TYPE_PLEASURE
    public static let pleasure = AisType(rawValue: 37)
    /// AIS_TYPE_RESERVED_20
    public static let reserved20 = AisType(rawValue: 38)
    /// AIS_TYPE_RESERVED_21
    public static let reserved21 = AisType(rawValue: 39)
    /// High Speed Craft.
    public static let hsc = AisType(rawValue: 40)
    /// AIS_TYPE_HSC_HAZARDOUS_A
    public static let hscHazardousA = AisType(rawValue: 41)
    /// AIS_TYPE_HSC_HAZARDOUS_B
    public static let hscHazardousB = AisType(rawValue: 42)
    /// AIS_TYPE_HSC_HAZARDOUS_C
    public static let hscHazardousC = AisType(rawValue: 43)
    /// AIS_TYPE_HSC_HAZARDOUS_D
    public static let hscHazardousD = AisType(rawValue: 44)
    /// AIS_TYPE_HSC_RESERVED_1
    public static let hscReserved1 = AisType(rawValue: 45)
    /// AIS_TYPE_HSC_RESERVED_2
    public static let hscReserved2 = AisType(rawValue: 46)
    /// AIS_TYPE_HSC_RESERVED_3
    public static let hscReserved3 = AisType(rawValue: 47)
    /// AIS_TYPE_HSC_RESERVED_4
    public static let hscReserved4 = AisType(rawValue: 48)
    /// AIS_TYPE_HSC_UNKNOWN
    public static let hscUnknown = AisType(rawValue: 49)
    /// AIS_TYPE_PILOT
    public static let pilot = AisType(rawValue: 50)
    /// Search And Rescue vessel.
    public static let sar = AisType(rawValue: 51)
    /// AIS_TYPE_TUG
    public static let tug = AisType(rawValue: 52)
    /// AIS_TYPE_PORT_TENDER
    public static let portTender = AisType(rawValue: 53)
    /// Anti-pollution equipment.
    public static let antiPollution = AisType(rawValue: 54)
    /// AIS_TYPE_LAW_ENFORCEMENT
    public static let lawEnforcement = AisType(rawValue: 55)
    /// AIS_TYPE_SPARE_LOCAL_1
    public static let spareLocal1 = AisType(rawValue: 56)
    /// AIS_TYPE_SPARE_LOCAL_2
    public static let spareLocal2 = AisType(rawValue: 57)
    /// AIS_TYPE_MEDICAL_TRANSPORT
    public static let medicalTransport = AisType(rawValue: 58)
    /// Noncombatant ship according to RR Resolution No. 18.
    public static let nonecombatant = AisType(rawValue: 59)
    /// AIS_TYPE_PASSENGER
    public static let passenger = AisType(rawValue: 60)
    /// AIS_TYPE_PASSENGER_HAZARDOUS_A
    public static let passengerHazardousA = AisType(rawValue: 61)
    /// AIS_TYPE_PASSENGER_HAZARDOUS_B
    public static let passengerHazardousB = AisType(rawValue: 62)
    /// AIS_TYPE_PASSENGER_HAZARDOUS_C
    public static let passengerHazardousC = AisType(rawValue: 63)
    /// AIS_TYPE_PASSENGER_HAZARDOUS_D
    public static let passengerHazardousD = AisType(rawValue: 64)
    /// AIS_TYPE_PASSENGER_RESERVED_1
    public static let passengerReserved1 = AisType(rawValue: 65)
    /// AIS_TYPE_PASSENGER_RESERVED_2
    public static let passengerReserved2 = AisType(rawValue: 66)
    /// AIS_TYPE_PASSENGER_RESERVED_3
    public static let passengerReserved3 = AisType(rawValue: 67)
    /// AIS_TYPE_PASSENGER_RESERVED_4
    public static let passengerReserved4 = AisType(rawValue: 68)
    /// AIS_TYPE_PASSENGER_UNKNOWN
    public static let passengerUnknown = AisType(rawValue: 69)
    /// AIS_TYPE_CARGO
    public static let cargo = AisType(rawValue: 70)
    /// AIS_TYPE_CARGO_HAZARDOUS_A
    public static let cargoHazardousA = AisType(rawValue: 71)
    /// AIS_TYPE_CARGO_HAZARDOUS_B
    public static let cargoHazardousB = AisType(rawValue: 72)
    /// AIS_TYPE_CARGO_HAZARDOUS_C
    public static let cargoHazardousC = AisType(rawValue: 73)
    /// AIS_TYPE_CARGO_HAZARDOUS_D
    public static let cargoHazardousD = AisType(rawValue: 74)
    /// AIS_TYPE_CARGO_RESERVED_1
    public static let cargoReserved1 = AisType(rawValue: 75)
    /// AIS_TYPE_CARGO_RESERVED_2
    public static let cargoReserved2 = AisType(rawValue: 76)
    /// AIS_TYPE_CARGO_RESERVED_3
    public static let cargoReserved3 = AisType(rawValue: 77)
    /// AIS_TYPE_CARGO_RESERVED_4
    public static let cargoReserved4 = AisType(rawValue: 78)
    /// AIS_TYPE_CARGO_UNKNOWN
    public static let cargoUnknown = AisType(rawValue: 79)
    /// AIS_TYPE_TANKER
    public static let tanker = AisType(rawValue: 80)
    /// AIS_TYPE_TANKER_HAZARDOUS_A
    public static let tankerHazardousA = AisType(rawValue: 81)
    /// AIS_TYPE_TANKER_HAZARDOUS_B
    public static let tankerHazardousB = AisType(rawValue: 82)
    /// AIS_TYPE_TANKER_HAZARDOUS_C
    public static let tankerHazardousC = AisType(rawValue: 83)
    /// AIS_TYPE_TANKER_HAZARDOUS_D
    public static let tankerHazardousD = AisType(rawValue: 84)
    /// AIS_TYPE_TANKER_RESERVED_1
    public static let tankerReserved1 = AisType(rawValue: 85)
    /// AIS_TYPE_TANKER_RESERVED_2
    public static let tankerReserved2 = AisType(rawValue: 86)
    /// AIS_TYPE_TANKER_RESERVED_3
    public static let tankerReserved3 = AisType(rawValue: 87)
    /// AIS_TYPE_TANKER_RESERVED_4
    public static let tankerReserved4 = AisType(rawValue: 88)
    /// AIS_TYPE_TANKER_UNKNOWN
    public static let tankerUnknown = AisType(rawValue: 89)
    /// AIS_TYPE_OTHER
    public static let other = AisType(rawValue: 90)
    /// AIS_TYPE_OTHER_HAZARDOUS_A
    public static let otherHazardousA = AisType(rawValue: 91)
    /// AIS_TYPE_OTHER_HAZARDOUS_B
    public static let otherHazardousB = AisType(rawValue: 92)
    /// AIS_TYPE_OTHER_HAZARDOUS_C
    public static let otherHazardousC = AisType(rawValue: 93)
    /// AIS_TYPE_OTHER_HAZARDOUS_D
    public static let otherHazardousD = AisType(rawValue: 94)
    /// AIS_TYPE_OTHER_RESERVED_1
    public static let otherReserved1 = AisType(rawValue: 95)
    /// AIS_TYPE_OTHER_RESERVED_2
    public static let otherReserved2 = AisType(rawValue: 96)
    /// AIS_TYPE_OTHER_RESERVED_3
    public static let otherReserved3 = AisType(rawValue: 97)
    /// AIS_TYPE_OTHER_RESERVED_4
    public static let otherReserved4 = AisType(rawValue: 98)
    /// AIS_TYPE_OTHER_UNKNOWN
    public static let otherUnknown = AisType(rawValue: 99)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "AIS_TYPE_UNKNOWN"
        case 1: return "AIS_TYPE_RESERVED_1"
        case 2: return "AIS_TYPE_RESERVED_2"
        case 3: return "AIS_TYPE_RESERVED_3"
        case 4: return "AIS_TYPE_RESERVED_4"
        case 5: return "AIS_TYPE_RESERVED_5"
        case 6: return "AIS_TYPE_RESERVED_6"
        case 7: return "AIS_TYPE_RESERVED_7"
        case 8: return "AIS_TYPE_RESERVED_8"
        case 9: return "AIS_TYPE_RESERVED_9"
        case 10: return "AIS_TYPE_RESERVED_10"
        case 11: return "AIS_TYPE_RESERVED_11"
        case 12: return "AIS_TYPE_RESERVED_12"
        case 13: return "AIS_TYPE_RESERVED_13"
        case 14: return "AIS_TYPE_RESERVED_14"
        case 15: return "AIS_TYPE_RESERVED_15"
        case 16: return "AIS_TYPE_RESERVED_16"
        case 17: return "AIS_TYPE_RESERVED_17"
        case 18: return "AIS_TYPE_RESERVED_18"
        case 19: return "AIS_TYPE_RESERVED_19"
        case 20: return "AIS_TYPE_WIG"
        case 21: return "AIS_TYPE_WIG_HAZARDOUS_A"
        case 22: return "AIS_TYPE_WIG_HAZARDOUS_B"
        case 23: return "AIS_TYPE_WIG_HAZARDOUS_C"
        case 24: return "AIS_TYPE_WIG_HAZARDOUS_D"
        case 25: return "AIS_TYPE_WIG_RESERVED_1"
        case 26: return "AIS_TYPE_WIG_RESERVED_2"
        case 27: return "AIS_TYPE_WIG_RESERVED_3"
        case 28: return "AIS_TYPE_WIG_RESERVED_4"
        case 29: return "AIS_TYPE_WIG_RESERVED_5"
        case 30: return "AIS_TYPE_FISHING"
        case 31: return "AIS_TYPE_TOWING"
        case 32: return "AIS_TYPE_TOWING_LARGE"
        case 33: return "AIS_TYPE_DREDGING"
        case 34: return "AIS_TYPE_DIVING"
        case 35: return "AIS_TYPE_MILITARY"
        case 36: return "AIS_TYPE_SAILING"
        case 37: return "AIS_TYPE_PLEASURE"
        case 38: return "AIS_TYPE_RESERVED_20"
        case 39: return "AIS_TYPE_RESERVED_21"
        case 40: return "AIS_TYPE_HSC"
        case 41: return "AIS_TYPE_HSC_HAZARDOUS_A"
        case 42: return "AIS_TYPE_HSC_HAZARDOUS_B"
        case 43: return "AIS_TYPE_HSC_HAZARDOUS_C"
        case 44: return "AIS_TYPE_HSC_HAZARDOUS_D"
        case 45: return "AIS_TYPE_HSC_RESERVED_1"
        case 46: return "AIS_TYPE_HSC_RESERVED_2"
        case 47: return "AIS_TYPE_HSC_RESERVED_3"
        case 48: return "AIS_TYPE_HSC_RESERVED_4"
        case 49: return "AIS_TYPE_HSC_UNKNOWN"
        case 50: return "AIS_TYPE_PILOT"
        case 51: return "AIS_TYPE_SAR"
        case 52: return "AIS_TYPE_TUG"
        case 53: return "AIS_TYPE_PORT_TENDER"
        case 54: return "AIS_TYPE_ANTI_POLLUTION"
        case 55: return "AIS_TYPE_LAW_ENFORCEMENT"
        case 56: return "AIS_TYPE_SPARE_LOCAL_1"
        case 57: return "AIS_TYPE_SPARE_LOCAL_2"
        case 58: return "AIS_TYPE_MEDICAL_TRANSPORT"
        case 59: return "AIS_TYPE_NONECOMBATANT"
        case 60: return "AIS_TYPE_PASSENGER"
        case 61: return "AIS_TYPE_PASSENGER_HAZARDOUS_A"
        case 62: return "AIS_TYPE_PASSENGER_HAZARDOUS_B"
        case 63: return "AIS_TYPE_PASSENGER_HAZARDOUS_C"
        case 64: return "AIS_TYPE_PASSENGER_HAZARDOUS_D"
        case 65: return "AIS_TYPE_PASSENGER_RESERVED_1"
        case 66: return "AIS_TYPE_PASSENGER_RESERVED_2"
        case 67: return "AIS_TYPE_PASSENGER_RESERVED_3"
        case 68: return "AIS_TYPE_PASSENGER_RESERVED_4"
        case 69: return "AIS_TYPE_PASSENGER_UNKNOWN"
        case 70: return "AIS_TYPE_CARGO"
        case 71: return "AIS_TYPE_CARGO_HAZARDOUS_A"
        case 72: return "AIS_TYPE_CARGO_HAZARDOUS_B"
        case 73: return "AIS_TYPE_CARGO_HAZARDOUS_C"
        case 74: return "AIS_TYPE_CARGO_HAZARDOUS_D"
        case 75: return "AIS_TYPE_CARGO_RESERVED_1"
        case 76: return "AIS_TYPE_CARGO_RESERVED_2"
        case 77: return "AIS_TYPE_CARGO_RESERVED_3"
        case 78: return "AIS_TYPE_CARGO_RESERVED_4"
        case 79: return "AIS_TYPE_CARGO_UNKNOWN"
        case 80: return "AIS_TYPE_TANKER"
        case 81: return "AIS_TYPE_TANKER_HAZARDOUS_A"
        case 82: return "AIS_TYPE_TANKER_HAZARDOUS_B"
        case 83: return "AIS_TYPE_TANKER_HAZARDOUS_C"
        case 84: return "AIS_TYPE_TANKER_HAZARDOUS_D"
        case 85: return "AIS_TYPE_TANKER_RESERVED_1"
        case 86: return "AIS_TYPE_TANKER_RESERVED_2"
        case 87: return "AIS_TYPE_TANKER_RESERVED_3"
        case 88: return "AIS_TYPE_TANKER_RESERVED_4"
        case 89: return "AIS_TYPE_TANKER_UNKNOWN"
        case 90: return "AIS_TYPE_OTHER"
        case 91: return "AIS_TYPE_OTHER_HAZARDOUS_A"
        case 92: return "AIS_TYPE_OTHER_HAZARDOUS_B"
        case 93: return "AIS_TYPE_OTHER_HAZARDOUS_C"
        case 94: return "AIS_TYPE_OTHER_HAZARDOUS_D"
        case 95: return "AIS_TYPE_OTHER_RESERVED_1"
        case 96: return "AIS_TYPE_OTHER_RESERVED_2"
        case 97: return "AIS_TYPE_OTHER_RESERVED_3"
        case 98: return "AIS_TYPE_OTHER_RESERVED_4"
        case 99: return "AIS_TYPE_OTHER_UNKNOWN"
        default: return nil
        }
    }
}

/// Bitmap to indicate which dimensions should be ignored by the vehicle: a value of 0b00000000 indicates that none of the setpoint dimensions should be ignored.
///
/// MAVLink enum `ATTITUDE_TARGET_TYPEMASK` (bitmask). Unknown values are kept, not rejected.
public struct AttitudeTargetTypemask: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Ignore body roll rate
    public static let bodyRollRateIgnore = AttitudeTargetTypemask(rawValue: 1)
    /// Ignore body pitch rate
    public static let bodyPitchRateIgnore = AttitudeTargetTypemask(rawValue: 2)
    /// Ignore body yaw rate
    public static let bodyYawRateIgnore = AttitudeTargetTypemask(rawValue: 4)
    /// Use 3D body thrust setpoint instead of throttle
    public static let thrustBodySet = AttitudeTargetTypemask(rawValue: 32)
    /// Ignore throttle
    public static let throttleIgnore = AttitudeTargetTypemask(rawValue: 64)
    /// Ignore attitude
    public static let attitudeIgnore = AttitudeTargetTypemask(rawValue: 128)
}

/// Axes that will be autotuned by MAV_CMD_DO_AUTOTUNE_ENABLE.
/// Note that at least one flag must be set in MAV_CMD_DO_AUTOTUNE_ENABLE.param2: if none are set, the flight stack will tune its default set of axes.
///
/// MAVLink enum `AUTOTUNE_AXIS` (bitmask). Unknown values are kept, not rejected.
public struct AutotuneAxis: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Autotune roll axis.
    public static let roll = AutotuneAxis(rawValue: 1)
    /// Autotune pitch axis.
    public static let pitch = AutotuneAxis(rawValue: 2)
    /// Autotune yaw axis.
    public static let yaw = AutotuneAxis(rawValue: 4)
}

/// Camera capability flags (Bitmap)
///
/// MAVLink enum `CAMERA_CAP_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct CameraCapFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Camera is able to record video
    public static let captureVideo = CameraCapFlags(rawValue: 1)
    /// Camera is able to capture images
    public static let captureImage = CameraCapFlags(rawValue: 2)
    /// Camera has separate Video and Image/Photo modes (MAV_CMD_SET_CAMERA_MODE)
    public static let hasModes = CameraCapFlags(rawValue: 4)
    /// Camera can capture images while in video mode
    public static let canCaptureImageInVideoMode = CameraCapFlags(rawValue: 8)
    /// Camera can capture videos while in Photo/Image mode
    public static let canCaptureVideoInImageMode = CameraCapFlags(rawValue: 16)
    /// Camera has image survey mode (MAV_CMD_SET_CAMERA_MODE)
    public static let hasImageSurveyMode = CameraCapFlags(rawValue: 32)
    /// Camera has basic zoom control (MAV_CMD_SET_CAMERA_ZOOM)
    public static let hasBasicZoom = CameraCapFlags(rawValue: 64)
    /// Camera has basic focus control (MAV_CMD_SET_CAMERA_FOCUS)
    public static let hasBasicFocus = CameraCapFlags(rawValue: 128)
    /// Camera has video streaming capabilities (request VIDEO_STREAM_INFORMATION with MAV_CMD_REQUEST_MESSAGE for video streaming info)
    public static let hasVideoStream = CameraCapFlags(rawValue: 256)
    /// Camera supports tracking of a point on the camera view.
    public static let hasTrackingPoint = CameraCapFlags(rawValue: 512)
    /// Camera supports tracking of a selection rectangle on the camera view.
    public static let hasTrackingRectangle = CameraCapFlags(rawValue: 1024)
    /// Camera supports tracking geo status (CAMERA_TRACKING_GEO_STATUS).
    public static let hasTrackingGeoStatus = CameraCapFlags(rawValue: 2048)
    /// Camera supports absolute thermal range (request CAMERA_THERMAL_RANGE with MAV_CMD_REQUEST_MESSAGE).
    public static let hasThermalRange = CameraCapFlags(rawValue: 4096)
    /// Camera supports Moving Target Indicators (MTI) on the camera view (using MAV_CMD_CAMERA_START_MTI).
    public static let hasMti = CameraCapFlags(rawValue: 8192)
}

/// Camera Modes.
///
/// MAVLink enum `CAMERA_MODE`. Unknown values are kept, not rejected.
public struct CameraMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Camera is in image/photo capture mode.
    public static let image = CameraMode(rawValue: 0)
    /// Camera is in video capture mode.
    public static let video = CameraMode(rawValue: 1)
    /// Camera is in image survey capture mode. It allows for camera controller to do specific settings for surveys.
    public static let imageSurvey = CameraMode(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAMERA_MODE_IMAGE"
        case 1: return "CAMERA_MODE_VIDEO"
        case 2: return "CAMERA_MODE_IMAGE_SURVEY"
        default: return nil
        }
    }
}

/// Camera sources for MAV_CMD_SET_CAMERA_SOURCE
///
/// MAVLink enum `CAMERA_SOURCE`. Unknown values are kept, not rejected.
public struct CameraSource: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Default camera source.
    public static let `default` = CameraSource(rawValue: 0)
    /// RGB camera source.
    public static let rgb = CameraSource(rawValue: 1)
    /// IR camera source.
    public static let ir = CameraSource(rawValue: 2)
    /// NDVI camera source.
    public static let ndvi = CameraSource(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAMERA_SOURCE_DEFAULT"
        case 1: return "CAMERA_SOURCE_RGB"
        case 2: return "CAMERA_SOURCE_IR"
        case 3: return "CAMERA_SOURCE_NDVI"
        default: return nil
        }
    }
}

/// Camera tracking modes
///
/// MAVLink enum `CAMERA_TRACKING_MODE`. Unknown values are kept, not rejected.
public struct CameraTrackingMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not tracking
    public static let none = CameraTrackingMode(rawValue: 0)
    /// Target is a point
    public static let point = CameraTrackingMode(rawValue: 1)
    /// Target is a rectangle
    public static let rectangle = CameraTrackingMode(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAMERA_TRACKING_MODE_NONE"
        case 1: return "CAMERA_TRACKING_MODE_POINT"
        case 2: return "CAMERA_TRACKING_MODE_RECTANGLE"
        default: return nil
        }
    }
}

/// Camera tracking status flags
///
/// MAVLink enum `CAMERA_TRACKING_STATUS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct CameraTrackingStatusFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Camera is not tracking
    public static let idle: CameraTrackingStatusFlags = []
    /// Camera is tracking
    public static let active = CameraTrackingStatusFlags(rawValue: 1)
    /// Camera tracking in error state
    public static let error = CameraTrackingStatusFlags(rawValue: 2)
    /// Camera Moving Target Indicators (MTI) are active
    public static let mti = CameraTrackingStatusFlags(rawValue: 4)
    /// Camera tracking target is obscured and is being predicted
    public static let coasting = CameraTrackingStatusFlags(rawValue: 8)
}

/// Camera tracking target data (shows where tracked target is within image)
///
/// MAVLink enum `CAMERA_TRACKING_TARGET_DATA` (bitmask). Unknown values are kept, not rejected.
public struct CameraTrackingTargetData: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Target data embedded in image data (proprietary)
    public static let embedded = CameraTrackingTargetData(rawValue: 1)
    /// Target data rendered in image
    public static let rendered = CameraTrackingTargetData(rawValue: 2)
    /// Target data within status message (Point or Rectangle)
    public static let inStatus = CameraTrackingTargetData(rawValue: 4)
}

/// Zoom types for MAV_CMD_SET_CAMERA_ZOOM
///
/// MAVLink enum `CAMERA_ZOOM_TYPE`. Unknown values are kept, not rejected.
public struct CameraZoomType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Zoom one step increment (-1 for wide, 1 for tele)
    public static let zoomTypeStep = CameraZoomType(rawValue: 0)
    /// Continuous normalized zoom in/out rate until stopped. Range -1..1, negative: wide, positive: narrow/tele, 0 to stop zooming. Other values should be clipped to the range.
    public static let zoomTypeContinuous = CameraZoomType(rawValue: 1)
    /// Zoom value as proportion of full camera range (a percentage value between 0.0 and 100.0)
    public static let zoomTypeRange = CameraZoomType(rawValue: 2)
    /// Zoom value/variable focal length in millimetres. Note that there is no message to get the valid zoom range of the camera, so this can type can only be used for cameras where the zoom range is known (implying that this cannot reliably be used in a GCS for an arbitrary camera)
    public static let zoomTypeFocalLength = CameraZoomType(rawValue: 3)
    /// Zoom value as horizontal field of view in degrees.
    public static let zoomTypeHorizontalFov = CameraZoomType(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ZOOM_TYPE_STEP"
        case 1: return "ZOOM_TYPE_CONTINUOUS"
        case 2: return "ZOOM_TYPE_RANGE"
        case 3: return "ZOOM_TYPE_FOCAL_LENGTH"
        case 4: return "ZOOM_TYPE_HORIZONTAL_FOV"
        default: return nil
        }
    }
}

/// CAN_FILTER_OP
///
/// MAVLink enum `CAN_FILTER_OP`. Unknown values are kept, not rejected.
public struct CanFilterOp: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// CAN_FILTER_REPLACE
    public static let canFilterReplace = CanFilterOp(rawValue: 0)
    /// CAN_FILTER_ADD
    public static let canFilterAdd = CanFilterOp(rawValue: 1)
    /// CAN_FILTER_REMOVE
    public static let canFilterRemove = CanFilterOp(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAN_FILTER_REPLACE"
        case 1: return "CAN_FILTER_ADD"
        case 2: return "CAN_FILTER_REMOVE"
        default: return nil
        }
    }
}

/// Possible responses from a CELLULAR_CONFIG message.
///
/// MAVLink enum `CELLULAR_CONFIG_RESPONSE`. Unknown values are kept, not rejected.
public struct CellularConfigResponse: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Changes accepted.
    public static let accepted = CellularConfigResponse(rawValue: 0)
    /// Invalid APN.
    public static let apnError = CellularConfigResponse(rawValue: 1)
    /// Invalid PIN.
    public static let pinError = CellularConfigResponse(rawValue: 2)
    /// Changes rejected.
    public static let rejected = CellularConfigResponse(rawValue: 3)
    /// PUK is required to unblock SIM card.
    public static let cellularConfigBlockedPukRequired = CellularConfigResponse(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CELLULAR_CONFIG_RESPONSE_ACCEPTED"
        case 1: return "CELLULAR_CONFIG_RESPONSE_APN_ERROR"
        case 2: return "CELLULAR_CONFIG_RESPONSE_PIN_ERROR"
        case 3: return "CELLULAR_CONFIG_RESPONSE_REJECTED"
        case 4: return "CELLULAR_CONFIG_BLOCKED_PUK_REQUIRED"
        default: return nil
        }
    }
}

/// These flags are used to diagnose the failure state of CELLULAR_STATUS
///
/// MAVLink enum `CELLULAR_NETWORK_FAILED_REASON`. Unknown values are kept, not rejected.
public struct CellularNetworkFailedReason: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No error
    public static let none = CellularNetworkFailedReason(rawValue: 0)
    /// Error state is unknown
    public static let unknown = CellularNetworkFailedReason(rawValue: 1)
    /// SIM is required for the modem but missing
    public static let simMissing = CellularNetworkFailedReason(rawValue: 2)
    /// SIM is available, but not usable for connection
    public static let simError = CellularNetworkFailedReason(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CELLULAR_NETWORK_FAILED_REASON_NONE"
        case 1: return "CELLULAR_NETWORK_FAILED_REASON_UNKNOWN"
        case 2: return "CELLULAR_NETWORK_FAILED_REASON_SIM_MISSING"
        case 3: return "CELLULAR_NETWORK_FAILED_REASON_SIM_ERROR"
        default: return nil
        }
    }
}

/// Cellular network radio type
///
/// MAVLink enum `CELLULAR_NETWORK_RADIO_TYPE`. Unknown values are kept, not rejected.
public struct CellularNetworkRadioType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// CELLULAR_NETWORK_RADIO_TYPE_NONE
    public static let none = CellularNetworkRadioType(rawValue: 0)
    /// CELLULAR_NETWORK_RADIO_TYPE_GSM
    public static let gsm = CellularNetworkRadioType(rawValue: 1)
    /// CELLULAR_NETWORK_RADIO_TYPE_CDMA
    public static let cdma = CellularNetworkRadioType(rawValue: 2)
    /// CELLULAR_NETWORK_RADIO_TYPE_WCDMA
    public static let wcdma = CellularNetworkRadioType(rawValue: 3)
    /// CELLULAR_NETWORK_RADIO_TYPE_LTE
    public static let lte = CellularNetworkRadioType(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CELLULAR_NETWORK_RADIO_TYPE_NONE"
        case 1: return "CELLULAR_NETWORK_RADIO_TYPE_GSM"
        case 2: return "CELLULAR_NETWORK_RADIO_TYPE_CDMA"
        case 3: return "CELLULAR_NETWORK_RADIO_TYPE_WCDMA"
        case 4: return "CELLULAR_NETWORK_RADIO_TYPE_LTE"
        default: return nil
        }
    }
}

/// These flags encode the cellular network status
///
/// MAVLink enum `CELLULAR_STATUS_FLAG`. Unknown values are kept, not rejected.
public struct CellularStatusFlag: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// State unknown or not reportable.
    public static let unknown = CellularStatusFlag(rawValue: 0)
    /// Modem is unusable
    public static let failed = CellularStatusFlag(rawValue: 1)
    /// Modem is being initialized
    public static let initializing = CellularStatusFlag(rawValue: 2)
    /// Modem is locked
    public static let locked = CellularStatusFlag(rawValue: 3)
    /// Modem is not enabled and is powered down
    public static let disabled = CellularStatusFlag(rawValue: 4)
    /// Modem is currently transitioning to the CELLULAR_STATUS_FLAG_DISABLED state
    public static let disabling = CellularStatusFlag(rawValue: 5)
    /// Modem is currently transitioning to the CELLULAR_STATUS_FLAG_ENABLED state
    public static let enabling = CellularStatusFlag(rawValue: 6)
    /// Modem is enabled and powered on but not registered with a network provider and not available for data connections
    public static let enabled = CellularStatusFlag(rawValue: 7)
    /// Modem is searching for a network provider to register
    public static let searching = CellularStatusFlag(rawValue: 8)
    /// Modem is registered with a network provider, and data connections and messaging may be available for use
    public static let registered = CellularStatusFlag(rawValue: 9)
    /// Modem is disconnecting and deactivating the last active packet data bearer. This state will not be entered if more than one packet data bearer is active and one of the active bearers is deactivated
    public static let disconnecting = CellularStatusFlag(rawValue: 10)
    /// Modem is activating and connecting the first packet data bearer. Subsequent bearer activations when another bearer is already active do not cause this state to be entered
    public static let connecting = CellularStatusFlag(rawValue: 11)
    /// One or more packet data bearers is active and connected
    public static let connected = CellularStatusFlag(rawValue: 12)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CELLULAR_STATUS_FLAG_UNKNOWN"
        case 1: return "CELLULAR_STATUS_FLAG_FAILED"
        case 2: return "CELLULAR_STATUS_FLAG_INITIALIZING"
        case 3: return "CELLULAR_STATUS_FLAG_LOCKED"
        case 4: return "CELLULAR_STATUS_FLAG_DISABLED"
        case 5: return "CELLULAR_STATUS_FLAG_DISABLING"
        case 6: return "CELLULAR_STATUS_FLAG_ENABLING"
        case 7: return "CELLULAR_STATUS_FLAG_ENABLED"
        case 8: return "CELLULAR_STATUS_FLAG_SEARCHING"
        case 9: return "CELLULAR_STATUS_FLAG_REGISTERED"
        case 10: return "CELLULAR_STATUS_FLAG_DISCONNECTING"
        case 11: return "CELLULAR_STATUS_FLAG_CONNECTING"
        case 12: return "CELLULAR_STATUS_FLAG_CONNECTED"
        default: return nil
        }
    }
}

/// Flags used to report computer status.
///
/// MAVLink enum `COMPUTER_STATUS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct ComputerStatusFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Indicates if the system is experiencing voltage outside of acceptable range.
    public static let underVoltage = ComputerStatusFlags(rawValue: 1)
    /// Indicates if CPU throttling is active.
    public static let cpuThrottle = ComputerStatusFlags(rawValue: 2)
    /// Indicates if thermal throttling is active.
    public static let thermalThrottle = ComputerStatusFlags(rawValue: 4)
    /// Indicates if main disk is full.
    public static let diskFull = ComputerStatusFlags(rawValue: 8)
}

/// Supported component metadata types. These are used in the "general" metadata file returned by COMPONENT_METADATA to provide information about supported metadata types. The types are not used directly in MAVLink messages.
///
/// MAVLink enum `COMP_METADATA_TYPE`. Unknown values are kept, not rejected.
public struct CompMetadataType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// General information about the component. General metadata includes information about other metadata types supported by the component. Files of this type must be supported, and must be downloadable from vehicle using a MAVLink FTP URI.
    public static let general = CompMetadataType(rawValue: 0)
    /// Parameter meta data.
    public static let parameter = CompMetadataType(rawValue: 1)
    /// Meta data that specifies which commands and command parameters the vehicle supports. (WIP)
    public static let commands = CompMetadataType(rawValue: 2)
    /// Meta data that specifies external non-MAVLink peripherals.
    public static let peripherals = CompMetadataType(rawValue: 3)
    /// Meta data for the events interface.
    public static let events = CompMetadataType(rawValue: 4)
    /// Meta data for actuator configuration (motors, servos and vehicle geometry) and testing.
    public static let actuators = CompMetadataType(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "COMP_METADATA_TYPE_GENERAL"
        case 1: return "COMP_METADATA_TYPE_PARAMETER"
        case 2: return "COMP_METADATA_TYPE_COMMANDS"
        case 3: return "COMP_METADATA_TYPE_PERIPHERALS"
        case 4: return "COMP_METADATA_TYPE_EVENTS"
        case 5: return "COMP_METADATA_TYPE_ACTUATORS"
        default: return nil
        }
    }
}

/// Engine control options
///
/// MAVLink enum `ENGINE_CONTROL_OPTIONS` (bitmask). Unknown values are kept, not rejected.
public struct EngineControlOptions: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Allow starting the engine while disarmed (without changing the vehicle's armed state). This effectively arms just the ICE, without arming the vehicle to start other motors or propellers.
    public static let allowStartWhileDisarmed = EngineControlOptions(rawValue: 1)
}

/// Indicates the ESC connection type.
///
/// MAVLink enum `ESC_CONNECTION_TYPE`. Unknown values are kept, not rejected.
public struct EscConnectionType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Traditional PPM ESC.
    public static let ppm = EscConnectionType(rawValue: 0)
    /// Serial Bus connected ESC.
    public static let serial = EscConnectionType(rawValue: 1)
    /// One Shot PPM ESC.
    public static let oneshot = EscConnectionType(rawValue: 2)
    /// I2C ESC.
    public static let i2c = EscConnectionType(rawValue: 3)
    /// CAN-Bus ESC.
    public static let can = EscConnectionType(rawValue: 4)
    /// DShot ESC.
    public static let dshot = EscConnectionType(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ESC_CONNECTION_TYPE_PPM"
        case 1: return "ESC_CONNECTION_TYPE_SERIAL"
        case 2: return "ESC_CONNECTION_TYPE_ONESHOT"
        case 3: return "ESC_CONNECTION_TYPE_I2C"
        case 4: return "ESC_CONNECTION_TYPE_CAN"
        case 5: return "ESC_CONNECTION_TYPE_DSHOT"
        default: return nil
        }
    }
}

/// Flags to report ESC failures.
///
/// MAVLink enum `ESC_FAILURE_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct EscFailureFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Over current failure.
    public static let escFailureOverCurrent = EscFailureFlags(rawValue: 1)
    /// Over voltage failure.
    public static let escFailureOverVoltage = EscFailureFlags(rawValue: 2)
    /// Over temperature failure.
    public static let escFailureOverTemperature = EscFailureFlags(rawValue: 4)
    /// Over RPM failure.
    public static let escFailureOverRpm = EscFailureFlags(rawValue: 8)
    /// Inconsistent command failure i.e. out of bounds.
    public static let escFailureInconsistentCmd = EscFailureFlags(rawValue: 16)
    /// Motor stuck failure.
    public static let escFailureMotorStuck = EscFailureFlags(rawValue: 32)
    /// Generic ESC failure.
    public static let escFailureGeneric = EscFailureFlags(rawValue: 64)
}

/// Flags in ESTIMATOR_STATUS message
///
/// MAVLink enum `ESTIMATOR_STATUS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct EstimatorStatusFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// True if the attitude estimate is good
    public static let estimatorAttitude = EstimatorStatusFlags(rawValue: 1)
    /// True if the horizontal velocity estimate is good
    public static let estimatorVelocityHoriz = EstimatorStatusFlags(rawValue: 2)
    /// True if the  vertical velocity estimate is good
    public static let estimatorVelocityVert = EstimatorStatusFlags(rawValue: 4)
    /// True if the horizontal position (relative) estimate is good
    public static let estimatorPosHorizRel = EstimatorStatusFlags(rawValue: 8)
    /// True if the horizontal position (absolute) estimate is good
    public static let estimatorPosHorizAbs = EstimatorStatusFlags(rawValue: 16)
    /// True if the vertical position (absolute) estimate is good
    public static let estimatorPosVertAbs = EstimatorStatusFlags(rawValue: 32)
    /// True if the vertical position (above ground) estimate is good
    public static let estimatorPosVertAgl = EstimatorStatusFlags(rawValue: 64)
    /// True if the EKF is in a constant position mode and is not using external measurements (eg GPS or optical flow)
    public static let estimatorConstPosMode = EstimatorStatusFlags(rawValue: 128)
    /// True if the EKF has sufficient data to enter a mode that will provide a (relative) position estimate
    public static let estimatorPredPosHorizRel = EstimatorStatusFlags(rawValue: 256)
    /// True if the EKF has sufficient data to enter a mode that will provide a (absolute) position estimate
    public static let estimatorPredPosHorizAbs = EstimatorStatusFlags(rawValue: 512)
    /// True if the EKF has detected a GPS glitch
    public static let estimatorGpsGlitch = EstimatorStatusFlags(rawValue: 1024)
    /// True if the EKF has detected bad accelerometer data
    public static let estimatorAccelError = EstimatorStatusFlags(rawValue: 2048)
}

/// List of possible failure type to inject.
///
/// MAVLink enum `FAILURE_TYPE`. Unknown values are kept, not rejected.
public struct FailureType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No failure injected, used to reset a previous failure.
    public static let ok = FailureType(rawValue: 0)
    /// Sets unit off, so completely non-responsive.
    public static let off = FailureType(rawValue: 1)
    /// Unit is stuck e.g. keeps reporting the same value.
    public static let stuck = FailureType(rawValue: 2)
    /// Unit is reporting complete garbage.
    public static let garbage = FailureType(rawValue: 3)
    /// Unit is consistently wrong.
    public static let wrong = FailureType(rawValue: 4)
    /// Unit is slow, so e.g. reporting at slower than expected rate.
    public static let slow = FailureType(rawValue: 5)
    /// Data of unit is delayed in time.
    public static let delayed = FailureType(rawValue: 6)
    /// Unit is sometimes working, sometimes not.
    public static let intermittent = FailureType(rawValue: 7)
    /// Unit is publishing plausible values but drifting away from true values.
    public static let drift = FailureType(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FAILURE_TYPE_OK"
        case 1: return "FAILURE_TYPE_OFF"
        case 2: return "FAILURE_TYPE_STUCK"
        case 3: return "FAILURE_TYPE_GARBAGE"
        case 4: return "FAILURE_TYPE_WRONG"
        case 5: return "FAILURE_TYPE_SLOW"
        case 6: return "FAILURE_TYPE_DELAYED"
        case 7: return "FAILURE_TYPE_INTERMITTENT"
        case 8: return "FAILURE_TYPE_DRIFT"
        default: return nil
        }
    }
}

/// List of possible units where failures can be injected.
///
/// MAVLink enum `FAILURE_UNIT`. Unknown values are kept, not rejected.
public struct FailureUnit: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// FAILURE_UNIT_SENSOR_GYRO
    public static let sensorGyro = FailureUnit(rawValue: 0)
    /// FAILURE_UNIT_SENSOR_ACCEL
    public static let sensorAccel = FailureUnit(rawValue: 1)
    /// FAILURE_UNIT_SENSOR_MAG
    public static let sensorMag = FailureUnit(rawValue: 2)
    /// FAILURE_UNIT_SENSOR_BARO
    public static let sensorBaro = FailureUnit(rawValue: 3)
    /// FAILURE_UNIT_SENSOR_GPS
    public static let sensorGps = FailureUnit(rawValue: 4)
    /// FAILURE_UNIT_SENSOR_OPTICAL_FLOW
    public static let sensorOpticalFlow = FailureUnit(rawValue: 5)
    /// FAILURE_UNIT_SENSOR_VIO
    public static let sensorVio = FailureUnit(rawValue: 6)
    /// FAILURE_UNIT_SENSOR_DISTANCE_SENSOR
    public static let sensorDistanceSensor = FailureUnit(rawValue: 7)
    /// FAILURE_UNIT_SENSOR_AIRSPEED
    public static let sensorAirspeed = FailureUnit(rawValue: 8)
    /// FAILURE_UNIT_SYSTEM_BATTERY
    public static let systemBattery = FailureUnit(rawValue: 100)
    /// Interrupts the commanded output to the motor.
    public static let systemMotor = FailureUnit(rawValue: 101)
    /// FAILURE_UNIT_SYSTEM_SERVO
    public static let systemServo = FailureUnit(rawValue: 102)
    /// FAILURE_UNIT_SYSTEM_AVOIDANCE
    public static let systemAvoidance = FailureUnit(rawValue: 103)
    /// FAILURE_UNIT_SYSTEM_RC_SIGNAL
    public static let systemRcSignal = FailureUnit(rawValue: 104)
    /// FAILURE_UNIT_SYSTEM_MAVLINK_SIGNAL
    public static let systemMavlinkSignal = FailureUnit(rawValue: 105)
    /// Interrupts the telemetry reported by the ESC.
    public static let systemEsc = FailureUnit(rawValue: 106)
    /// Traffic avoidance system like ADS-B or FLARM.
    public static let systemTrafficAvoidance = FailureUnit(rawValue: 107)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FAILURE_UNIT_SENSOR_GYRO"
        case 1: return "FAILURE_UNIT_SENSOR_ACCEL"
        case 2: return "FAILURE_UNIT_SENSOR_MAG"
        case 3: return "FAILURE_UNIT_SENSOR_BARO"
        case 4: return "FAILURE_UNIT_SENSOR_GPS"
        case 5: return "FAILURE_UNIT_SENSOR_OPTICAL_FLOW"
        case 6: return "FAILURE_UNIT_SENSOR_VIO"
        case 7: return "FAILURE_UNIT_SENSOR_DISTANCE_SENSOR"
        case 8: return "FAILURE_UNIT_SENSOR_AIRSPEED"
        case 100: return "FAILURE_UNIT_SYSTEM_BATTERY"
        case 101: return "FAILURE_UNIT_SYSTEM_MOTOR"
        case 102: return "FAILURE_UNIT_SYSTEM_SERVO"
        case 103: return "FAILURE_UNIT_SYSTEM_AVOIDANCE"
        case 104: return "FAILURE_UNIT_SYSTEM_RC_SIGNAL"
        case 105: return "FAILURE_UNIT_SYSTEM_MAVLINK_SIGNAL"
        case 106: return "FAILURE_UNIT_SYSTEM_ESC"
        case 107: return "FAILURE_UNIT_SYSTEM_TRAFFIC_AVOIDANCE"
        default: return nil
        }
    }
}

/// FENCE_BREACH
///
/// MAVLink enum `FENCE_BREACH`. Unknown values are kept, not rejected.
public struct FenceBreach: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No last fence breach
    public static let none = FenceBreach(rawValue: 0)
    /// Breached minimum altitude
    public static let minalt = FenceBreach(rawValue: 1)
    /// Breached maximum altitude
    public static let maxalt = FenceBreach(rawValue: 2)
    /// Breached fence boundary
    public static let boundary = FenceBreach(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FENCE_BREACH_NONE"
        case 1: return "FENCE_BREACH_MINALT"
        case 2: return "FENCE_BREACH_MAXALT"
        case 3: return "FENCE_BREACH_BOUNDARY"
        default: return nil
        }
    }
}

/// Actions being taken to mitigate/prevent fence breach
///
/// MAVLink enum `FENCE_MITIGATE`. Unknown values are kept, not rejected.
public struct FenceMitigate: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unknown
    public static let unknown = FenceMitigate(rawValue: 0)
    /// No actions being taken
    public static let none = FenceMitigate(rawValue: 1)
    /// Velocity limiting active to prevent breach
    public static let velLimit = FenceMitigate(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FENCE_MITIGATE_UNKNOWN"
        case 1: return "FENCE_MITIGATE_NONE"
        case 2: return "FENCE_MITIGATE_VEL_LIMIT"
        default: return nil
        }
    }
}

/// Fence types to enable or disable when using MAV_CMD_DO_FENCE_ENABLE.
/// Note that at least one of these flags must be set in MAV_CMD_DO_FENCE_ENABLE.param2.
/// If none are set, the flight stack will ignore the field and enable/disable its default set of fences (usually all of them).
///
/// MAVLink enum `FENCE_TYPE` (bitmask). Unknown values are kept, not rejected.
public struct FenceType: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Maximum altitude fence
    public static let altMax = FenceType(rawValue: 1)
    /// Circle fence
    public static let circle = FenceType(rawValue: 2)
    /// Polygon fence
    public static let polygon = FenceType(rawValue: 4)
    /// Minimum altitude fence
    public static let altMin = FenceType(rawValue: 8)
}

/// Gimbal device (low level) capability flags (bitmap).
///
/// MAVLink enum `GIMBAL_DEVICE_CAP_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GimbalDeviceCapFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Gimbal device supports a retracted position.
    public static let hasRetract = GimbalDeviceCapFlags(rawValue: 1)
    /// Gimbal device supports a horizontal, forward looking position, stabilized.
    public static let hasNeutral = GimbalDeviceCapFlags(rawValue: 2)
    /// Gimbal device supports rotating around roll axis.
    public static let hasRollAxis = GimbalDeviceCapFlags(rawValue: 4)
    /// Gimbal device supports to follow a roll angle relative to the vehicle.
    public static let hasRollFollow = GimbalDeviceCapFlags(rawValue: 8)
    /// Gimbal device supports locking to a roll angle (generally that's the default with roll stabilized).
    public static let hasRollLock = GimbalDeviceCapFlags(rawValue: 16)
    /// Gimbal device supports rotating around pitch axis.
    public static let hasPitchAxis = GimbalDeviceCapFlags(rawValue: 32)
    /// Gimbal device supports to follow a pitch angle relative to the vehicle.
    public static let hasPitchFollow = GimbalDeviceCapFlags(rawValue: 64)
    /// Gimbal device supports locking to a pitch angle (generally that's the default with pitch stabilized).
    public static let hasPitchLock = GimbalDeviceCapFlags(rawValue: 128)
    /// Gimbal device supports rotating around yaw axis.
    public static let hasYawAxis = GimbalDeviceCapFlags(rawValue: 256)
    /// Gimbal device supports to follow a yaw angle relative to the vehicle (generally that's the default).
    public static let hasYawFollow = GimbalDeviceCapFlags(rawValue: 512)
    /// Gimbal device supports locking to an absolute heading, i.e., yaw angle relative to North (earth frame, often this is an option available).
    public static let hasYawLock = GimbalDeviceCapFlags(rawValue: 1024)
    /// Gimbal device supports yawing/panning infinitely (e.g. using slip disk).
    public static let supportsInfiniteYaw = GimbalDeviceCapFlags(rawValue: 2048)
    /// Gimbal device supports yaw angles and angular velocities relative to North (earth frame). This usually requires support by an autopilot via AUTOPILOT_STATE_FOR_GIMBAL_DEVICE. Support can go on and off during runtime, which is reported by the flag GIMBAL_DEVICE_FLAGS_CAN_ACCEPT_YAW_IN_EARTH_FRAME.
    public static let supportsYawInEarthFrame = GimbalDeviceCapFlags(rawValue: 4096)
    /// Gimbal device supports radio control inputs as an alternative input for controlling the gimbal orientation.
    public static let hasRcInputs = GimbalDeviceCapFlags(rawValue: 8192)
    /// Gimbal device supports to point to a local position.
    public static let canPointLocationLocal = GimbalDeviceCapFlags(rawValue: 65536)
    /// Gimbal device supports to point to a global latitude, longitude, altitude position.
    public static let canPointLocationGlobal = GimbalDeviceCapFlags(rawValue: 131072)
}

/// Gimbal device (low level) error flags (bitmap, 0 means no error)
///
/// MAVLink enum `GIMBAL_DEVICE_ERROR_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GimbalDeviceErrorFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Gimbal device is limited by hardware roll limit.
    public static let atRollLimit = GimbalDeviceErrorFlags(rawValue: 1)
    /// Gimbal device is limited by hardware pitch limit.
    public static let atPitchLimit = GimbalDeviceErrorFlags(rawValue: 2)
    /// Gimbal device is limited by hardware yaw limit.
    public static let atYawLimit = GimbalDeviceErrorFlags(rawValue: 4)
    /// There is an error with the gimbal encoders.
    public static let encoderError = GimbalDeviceErrorFlags(rawValue: 8)
    /// There is an error with the gimbal power source.
    public static let powerError = GimbalDeviceErrorFlags(rawValue: 16)
    /// There is an error with the gimbal motors.
    public static let motorError = GimbalDeviceErrorFlags(rawValue: 32)
    /// There is an error with the gimbal's software.
    public static let softwareError = GimbalDeviceErrorFlags(rawValue: 64)
    /// There is an error with the gimbal's communication.
    public static let commsError = GimbalDeviceErrorFlags(rawValue: 128)
    /// Gimbal device is currently calibrating.
    public static let calibrationRunning = GimbalDeviceErrorFlags(rawValue: 256)
    /// Gimbal device is not assigned to a gimbal manager.
    public static let noManager = GimbalDeviceErrorFlags(rawValue: 512)
}

/// Flags for gimbal device (lower level) operation.
///
/// MAVLink enum `GIMBAL_DEVICE_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GimbalDeviceFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Set to retracted safe position (no stabilization), takes precedence over all other flags.
    public static let retract = GimbalDeviceFlags(rawValue: 1)
    /// Set to neutral/default position, taking precedence over all other flags except RETRACT. Neutral is commonly forward-facing and horizontal (roll=pitch=yaw=0) but may be any orientation.
    public static let neutral = GimbalDeviceFlags(rawValue: 2)
    /// Lock roll angle to absolute angle relative to horizon (not relative to vehicle). This is generally the default with a stabilizing gimbal.
    public static let rollLock = GimbalDeviceFlags(rawValue: 4)
    /// Lock pitch angle to absolute angle relative to horizon (not relative to vehicle). This is generally the default with a stabilizing gimbal.
    public static let pitchLock = GimbalDeviceFlags(rawValue: 8)
    /// Lock yaw angle to absolute angle relative to North (not relative to vehicle). If this flag is set, the yaw angle and z component of angular velocity are relative to North (earth frame, x-axis pointing North), else they are relative to the vehicle heading (vehicle frame, earth frame rotated so that the x-axis is pointing forward).
    public static let yawLock = GimbalDeviceFlags(rawValue: 16)
    /// Yaw angle and z component of angular velocity are relative to the vehicle heading (vehicle frame, earth frame rotated such that the x-axis is pointing forward).
    public static let yawInVehicleFrame = GimbalDeviceFlags(rawValue: 32)
    /// Yaw angle and z component of angular velocity are relative to North (earth frame, x-axis is pointing North).
    public static let yawInEarthFrame = GimbalDeviceFlags(rawValue: 64)
    /// Gimbal device can accept yaw angle inputs relative to North (earth frame). This flag is only for reporting (attempts to set this flag are ignored).
    public static let acceptsYawInEarthFrame = GimbalDeviceFlags(rawValue: 128)
    /// The gimbal orientation is set exclusively by the RC signals feed to the gimbal's radio control inputs. MAVLink messages for setting the gimbal orientation (GIMBAL_DEVICE_SET_ATTITUDE) are ignored.
    public static let rcExclusive = GimbalDeviceFlags(rawValue: 256)
    /// The gimbal orientation is determined by combining/mixing the RC signals feed to the gimbal's radio control inputs and the MAVLink messages for setting the gimbal orientation (GIMBAL_DEVICE_SET_ATTITUDE). How these two controls are combined or mixed is not defined by the protocol but is up to the implementation.
    public static let rcMixed = GimbalDeviceFlags(rawValue: 512)
}

/// Gimbal manager high level capability flags (bitmap). The flags are identical to the GIMBAL_DEVICE_CAP_FLAGS. However, the gimbal manager does not need to copy the flags from the gimbal but can also enhance the capabilities and thus add flags.
///
/// MAVLink enum `GIMBAL_MANAGER_CAP_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GimbalManagerCapFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_RETRACT.
    public static let hasRetract = GimbalManagerCapFlags(rawValue: 1)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_NEUTRAL.
    public static let hasNeutral = GimbalManagerCapFlags(rawValue: 2)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_ROLL_AXIS.
    public static let hasRollAxis = GimbalManagerCapFlags(rawValue: 4)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_ROLL_FOLLOW.
    public static let hasRollFollow = GimbalManagerCapFlags(rawValue: 8)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_ROLL_LOCK.
    public static let hasRollLock = GimbalManagerCapFlags(rawValue: 16)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_PITCH_AXIS.
    public static let hasPitchAxis = GimbalManagerCapFlags(rawValue: 32)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_PITCH_FOLLOW.
    public static let hasPitchFollow = GimbalManagerCapFlags(rawValue: 64)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_PITCH_LOCK.
    public static let hasPitchLock = GimbalManagerCapFlags(rawValue: 128)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_YAW_AXIS.
    public static let hasYawAxis = GimbalManagerCapFlags(rawValue: 256)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_YAW_FOLLOW.
    public static let hasYawFollow = GimbalManagerCapFlags(rawValue: 512)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_YAW_LOCK.
    public static let hasYawLock = GimbalManagerCapFlags(rawValue: 1024)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_SUPPORTS_INFINITE_YAW.
    public static let supportsInfiniteYaw = GimbalManagerCapFlags(rawValue: 2048)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_SUPPORTS_YAW_IN_EARTH_FRAME.
    public static let supportsYawInEarthFrame = GimbalManagerCapFlags(rawValue: 4096)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_HAS_RC_INPUTS.
    public static let hasRcInputs = GimbalManagerCapFlags(rawValue: 8192)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_CAN_POINT_LOCATION_LOCAL.
    public static let canPointLocationLocal = GimbalManagerCapFlags(rawValue: 65536)
    /// Based on GIMBAL_DEVICE_CAP_FLAGS_CAN_POINT_LOCATION_GLOBAL.
    public static let canPointLocationGlobal = GimbalManagerCapFlags(rawValue: 131072)
}

/// Flags for high level gimbal manager operation The first 16 bits are identical to the GIMBAL_DEVICE_FLAGS.
///
/// MAVLink enum `GIMBAL_MANAGER_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GimbalManagerFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Based on GIMBAL_DEVICE_FLAGS_RETRACT.
    public static let retract = GimbalManagerFlags(rawValue: 1)
    /// Based on GIMBAL_DEVICE_FLAGS_NEUTRAL.
    public static let neutral = GimbalManagerFlags(rawValue: 2)
    /// Based on GIMBAL_DEVICE_FLAGS_ROLL_LOCK.
    public static let rollLock = GimbalManagerFlags(rawValue: 4)
    /// Based on GIMBAL_DEVICE_FLAGS_PITCH_LOCK.
    public static let pitchLock = GimbalManagerFlags(rawValue: 8)
    /// Based on GIMBAL_DEVICE_FLAGS_YAW_LOCK.
    public static let yawLock = GimbalManagerFlags(rawValue: 16)
    /// Based on GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME.
    public static let yawInVehicleFrame = GimbalManagerFlags(rawValue: 32)
    /// Based on GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME.
    public static let yawInEarthFrame = GimbalManagerFlags(rawValue: 64)
    /// Based on GIMBAL_DEVICE_FLAGS_ACCEPTS_YAW_IN_EARTH_FRAME.
    public static let acceptsYawInEarthFrame = GimbalManagerFlags(rawValue: 128)
    /// Based on GIMBAL_DEVICE_FLAGS_RC_EXCLUSIVE.
    public static let rcExclusive = GimbalManagerFlags(rawValue: 256)
    /// Based on GIMBAL_DEVICE_FLAGS_RC_MIXED.
    public static let rcMixed = GimbalManagerFlags(rawValue: 512)
}

/// Status flags for GLOBAL_POSITION
///
/// MAVLink enum `GLOBAL_POSITION_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GlobalPositionFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unhealthy sensor/estimator.
    public static let globalPositionUnhealthy = GlobalPositionFlags(rawValue: 1)
    /// True if the data originates from or is consumed by the primary estimator.
    public static let globalPositionPrimary = GlobalPositionFlags(rawValue: 2)
}

/// Source for GLOBAL_POSITION measurement or estimate.
///
/// MAVLink enum `GLOBAL_POSITION_SRC`. Unknown values are kept, not rejected.
public struct GlobalPositionSrc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Source is unknown or not one of the listed types.
    public static let unknown = GlobalPositionSrc(rawValue: 0)
    /// Global Navigation Satellite System (e.g.: GPS, Galileo, Glonass, BeiDou).
    public static let gnss = GlobalPositionSrc(rawValue: 1)
    /// Vision system (e.g.: map matching).
    public static let vision = GlobalPositionSrc(rawValue: 2)
    /// A pseudo-satellite system using transceiver beacons to perform GNSS-like positioning.
    public static let pseudolites = GlobalPositionSrc(rawValue: 3)
    /// Terrain referenced navigation.
    public static let terrain = GlobalPositionSrc(rawValue: 4)
    /// Magnetic positioning.
    public static let magnetic = GlobalPositionSrc(rawValue: 5)
    /// Estimated position based on various sensors (eg. a Kalman Filter).
    public static let estimator = GlobalPositionSrc(rawValue: 6)
    /// Low Earth Orbit satellite-based positioning (e.g.: Starlink, Xona PULSAR).
    public static let leo = GlobalPositionSrc(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GLOBAL_POSITION_SRC_UNKNOWN"
        case 1: return "GLOBAL_POSITION_SRC_GNSS"
        case 2: return "GLOBAL_POSITION_SRC_VISION"
        case 3: return "GLOBAL_POSITION_SRC_PSEUDOLITES"
        case 4: return "GLOBAL_POSITION_SRC_TERRAIN"
        case 5: return "GLOBAL_POSITION_SRC_MAGNETIC"
        case 6: return "GLOBAL_POSITION_SRC_ESTIMATOR"
        case 7: return "GLOBAL_POSITION_SRC_LEO"
        default: return nil
        }
    }
}

/// Type of GPS fix
///
/// MAVLink enum `GPS_FIX_TYPE`. Unknown values are kept, not rejected.
public struct GpsFixType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No GPS connected
    public static let noGps = GpsFixType(rawValue: 0)
    /// No position information, GPS is connected
    public static let noFix = GpsFixType(rawValue: 1)
    /// 2D position
    public static let _2dFix = GpsFixType(rawValue: 2)
    /// 3D position
    public static let _3dFix = GpsFixType(rawValue: 3)
    /// DGPS/SBAS aided 3D position
    public static let dgps = GpsFixType(rawValue: 4)
    /// RTK float, 3D position
    public static let rtkFloat = GpsFixType(rawValue: 5)
    /// RTK Fixed, 3D position
    public static let rtkFixed = GpsFixType(rawValue: 6)
    /// Static fixed, typically used for base stations
    public static let `static` = GpsFixType(rawValue: 7)
    /// PPP, 3D position.
    public static let ppp = GpsFixType(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GPS_FIX_TYPE_NO_GPS"
        case 1: return "GPS_FIX_TYPE_NO_FIX"
        case 2: return "GPS_FIX_TYPE_2D_FIX"
        case 3: return "GPS_FIX_TYPE_3D_FIX"
        case 4: return "GPS_FIX_TYPE_DGPS"
        case 5: return "GPS_FIX_TYPE_RTK_FLOAT"
        case 6: return "GPS_FIX_TYPE_RTK_FIXED"
        case 7: return "GPS_FIX_TYPE_STATIC"
        case 8: return "GPS_FIX_TYPE_PPP"
        default: return nil
        }
    }
}

/// GPS_INPUT_IGNORE_FLAGS
///
/// MAVLink enum `GPS_INPUT_IGNORE_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GpsInputIgnoreFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ignore altitude field
    public static let gpsInputIgnoreFlagAlt = GpsInputIgnoreFlags(rawValue: 1)
    /// ignore hdop field
    public static let gpsInputIgnoreFlagHdop = GpsInputIgnoreFlags(rawValue: 2)
    /// ignore vdop field
    public static let gpsInputIgnoreFlagVdop = GpsInputIgnoreFlags(rawValue: 4)
    /// ignore horizontal velocity field (vn and ve)
    public static let gpsInputIgnoreFlagVelHoriz = GpsInputIgnoreFlags(rawValue: 8)
    /// ignore vertical velocity field (vd)
    public static let gpsInputIgnoreFlagVelVert = GpsInputIgnoreFlags(rawValue: 16)
    /// ignore speed accuracy field
    public static let gpsInputIgnoreFlagSpeedAccuracy = GpsInputIgnoreFlags(rawValue: 32)
    /// ignore horizontal accuracy field
    public static let gpsInputIgnoreFlagHorizontalAccuracy = GpsInputIgnoreFlags(rawValue: 64)
    /// ignore vertical accuracy field
    public static let gpsInputIgnoreFlagVerticalAccuracy = GpsInputIgnoreFlags(rawValue: 128)
}

/// Gripper actions.
///
/// MAVLink enum `GRIPPER_ACTIONS`. Unknown values are kept, not rejected.
public struct GripperActions: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Gripper release cargo.
    public static let gripperActionRelease = GripperActions(rawValue: 0)
    /// Gripper grab onto cargo.
    public static let gripperActionGrab = GripperActions(rawValue: 1)
    /// Gripper hold current grip state/position.
    public static let gripperActionHold = GripperActions(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GRIPPER_ACTION_RELEASE"
        case 1: return "GRIPPER_ACTION_GRAB"
        case 2: return "GRIPPER_ACTION_HOLD"
        default: return nil
        }
    }
}

/// Heading setpoint types used in MAV_CMD_GUIDED_CHANGE_HEADING
///
/// MAVLink enum `HEADING_TYPE`. Unknown values are kept, not rejected.
public struct HeadingType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Course over ground.
    public static let courseOverGround = HeadingType(rawValue: 0)
    /// Raw vehicle heading.
    public static let heading = HeadingType(rawValue: 1)
    /// Default heading.
    public static let `default` = HeadingType(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "HEADING_TYPE_COURSE_OVER_GROUND"
        case 1: return "HEADING_TYPE_HEADING"
        case 2: return "HEADING_TYPE_DEFAULT"
        default: return nil
        }
    }
}

/// Flags in the HIGHRES_IMU message indicate which fields have updated since the last message
///
/// MAVLink enum `HIGHRES_IMU_UPDATED_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct HighresImuUpdatedFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The value in the xacc field has been updated
    public static let highresImuUpdatedXacc = HighresImuUpdatedFlags(rawValue: 1)
    /// The value in the yacc field has been updated
    public static let highresImuUpdatedYacc = HighresImuUpdatedFlags(rawValue: 2)
    /// The value in the zacc field has been updated since
    public static let highresImuUpdatedZacc = HighresImuUpdatedFlags(rawValue: 4)
    /// The value in the xgyro field has been updated
    public static let highresImuUpdatedXgyro = HighresImuUpdatedFlags(rawValue: 8)
    /// The value in the ygyro field has been updated
    public static let highresImuUpdatedYgyro = HighresImuUpdatedFlags(rawValue: 16)
    /// The value in the zgyro field has been updated
    public static let highresImuUpdatedZgyro = HighresImuUpdatedFlags(rawValue: 32)
    /// The value in the xmag field has been updated
    public static let highresImuUpdatedXmag = HighresImuUpdatedFlags(rawValue: 64)
    /// The value in the ymag field has been updated
    public static let highresImuUpdatedYmag = HighresImuUpdatedFlags(rawValue: 128)
    /// The value in the zmag field has been updated
    public static let highresImuUpdatedZmag = HighresImuUpdatedFlags(rawValue: 256)
    /// The value in the abs_pressure field has been updated
    public static let highresImuUpdatedAbsPressure = HighresImuUpdatedFlags(rawValue: 512)
    /// The value in the diff_pressure field has been updated
    public static let highresImuUpdatedDiffPressure = HighresImuUpdatedFlags(rawValue: 1024)
    /// The value in the pressure_alt field has been updated
    public static let highresImuUpdatedPressureAlt = HighresImuUpdatedFlags(rawValue: 2048)
    /// The value in the temperature field has been updated
    public static let highresImuUpdatedTemperature = HighresImuUpdatedFlags(rawValue: 4096)
}

/// Flags used in HIL_ACTUATOR_CONTROLS message.
///
/// MAVLink enum `HIL_ACTUATOR_CONTROLS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct HilActuatorControlsFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Simulation is using lockstep
    public static let lockstep = HilActuatorControlsFlags(rawValue: 1)
}

/// Flags in the HIL_SENSOR message indicate which fields have updated since the last message
///
/// MAVLink enum `HIL_SENSOR_UPDATED_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct HilSensorUpdatedFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The value in the xacc field has been updated
    public static let hilSensorUpdatedXacc = HilSensorUpdatedFlags(rawValue: 1)
    /// The value in the yacc field has been updated
    public static let hilSensorUpdatedYacc = HilSensorUpdatedFlags(rawValue: 2)
    /// The value in the zacc field has been updated
    public static let hilSensorUpdatedZacc = HilSensorUpdatedFlags(rawValue: 4)
    /// The value in the xgyro field has been updated
    public static let hilSensorUpdatedXgyro = HilSensorUpdatedFlags(rawValue: 8)
    /// The value in the ygyro field has been updated
    public static let hilSensorUpdatedYgyro = HilSensorUpdatedFlags(rawValue: 16)
    /// The value in the zgyro field has been updated
    public static let hilSensorUpdatedZgyro = HilSensorUpdatedFlags(rawValue: 32)
    /// The value in the xmag field has been updated
    public static let hilSensorUpdatedXmag = HilSensorUpdatedFlags(rawValue: 64)
    /// The value in the ymag field has been updated
    public static let hilSensorUpdatedYmag = HilSensorUpdatedFlags(rawValue: 128)
    /// The value in the zmag field has been updated
    public static let hilSensorUpdatedZmag = HilSensorUpdatedFlags(rawValue: 256)
    /// The value in the abs_pressure field has been updated
    public static let hilSensorUpdatedAbsPressure = HilSensorUpdatedFlags(rawValue: 512)
    /// The value in the diff_pressure field has been updated
    public static let hilSensorUpdatedDiffPressure = HilSensorUpdatedFlags(rawValue: 1024)
    /// The value in the pressure_alt field has been updated
    public static let hilSensorUpdatedPressureAlt = HilSensorUpdatedFlags(rawValue: 2048)
    /// The value in the temperature field has been updated
    public static let hilSensorUpdatedTemperature = HilSensorUpdatedFlags(rawValue: 4096)
    /// Full reset of attitude/position/velocities/etc was performed in sim (Bit 31).
    public static let hilSensorUpdatedReset = HilSensorUpdatedFlags(rawValue: 2147483648)
}

/// Flags to report failure cases over the high latency telemetry.
///
/// MAVLink enum `HL_FAILURE_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct HlFailureFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// GPS failure.
    public static let gps = HlFailureFlag(rawValue: 1)
    /// Differential pressure sensor failure.
    public static let differentialPressure = HlFailureFlag(rawValue: 2)
    /// Absolute pressure sensor failure.
    public static let absolutePressure = HlFailureFlag(rawValue: 4)
    /// Accelerometer sensor failure.
    public static let _3dAccel = HlFailureFlag(rawValue: 8)
    /// Gyroscope sensor failure.
    public static let _3dGyro = HlFailureFlag(rawValue: 16)
    /// Magnetometer sensor failure.
    public static let _3dMag = HlFailureFlag(rawValue: 32)
    /// Terrain subsystem failure.
    public static let terrain = HlFailureFlag(rawValue: 64)
    /// Battery failure/critical low battery.
    public static let battery = HlFailureFlag(rawValue: 128)
    /// RC receiver failure/no RC connection.
    public static let rcReceiver = HlFailureFlag(rawValue: 256)
    /// Offboard link failure.
    public static let offboardLink = HlFailureFlag(rawValue: 512)
    /// Engine failure.
    public static let engine = HlFailureFlag(rawValue: 1024)
    /// Geofence violation.
    public static let geofence = HlFailureFlag(rawValue: 2048)
    /// Estimator failure, for example measurement rejection or large variances.
    public static let estimator = HlFailureFlag(rawValue: 4096)
    /// Mission failure.
    public static let mission = HlFailureFlag(rawValue: 8192)
}

/// Illuminator module error flags (bitmap, 0 means no error)
///
/// MAVLink enum `ILLUMINATOR_ERROR_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct IlluminatorErrorFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Illuminator thermal throttling error.
    public static let thermalThrottling = IlluminatorErrorFlags(rawValue: 1)
    /// Illuminator over temperature shutdown error.
    public static let overTemperatureShutdown = IlluminatorErrorFlags(rawValue: 2)
    /// Illuminator thermistor failure.
    public static let thermistorFailure = IlluminatorErrorFlags(rawValue: 4)
}

/// Modes of illuminator
///
/// MAVLink enum `ILLUMINATOR_MODE`. Unknown values are kept, not rejected.
public struct IlluminatorMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Illuminator mode is not specified/unknown
    public static let unknown = IlluminatorMode(rawValue: 0)
    /// Illuminator behavior is controlled by MAV_CMD_DO_ILLUMINATOR_CONFIGURE settings
    public static let internalControl = IlluminatorMode(rawValue: 1)
    /// Illuminator behavior is controlled by external factors: e.g. an external hardware signal
    public static let externalSync = IlluminatorMode(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ILLUMINATOR_MODE_UNKNOWN"
        case 1: return "ILLUMINATOR_MODE_INTERNAL_CONTROL"
        case 2: return "ILLUMINATOR_MODE_EXTERNAL_SYNC"
        default: return nil
        }
    }
}

/// Type of landing target
///
/// MAVLink enum `LANDING_TARGET_TYPE`. Unknown values are kept, not rejected.
public struct LandingTargetType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Landing target signaled by light beacon (ex: IR-LOCK)
    public static let lightBeacon = LandingTargetType(rawValue: 0)
    /// Landing target signaled by radio beacon (ex: ILS, NDB)
    public static let radioBeacon = LandingTargetType(rawValue: 1)
    /// Landing target represented by a fiducial marker (ex: ARTag)
    public static let visionFiducial = LandingTargetType(rawValue: 2)
    /// Landing target represented by a pre-defined visual shape/feature (ex: X-marker, H-marker, square)
    public static let visionOther = LandingTargetType(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "LANDING_TARGET_TYPE_LIGHT_BEACON"
        case 1: return "LANDING_TARGET_TYPE_RADIO_BEACON"
        case 2: return "LANDING_TARGET_TYPE_VISION_FIDUCIAL"
        case 3: return "LANDING_TARGET_TYPE_VISION_OTHER"
        default: return nil
        }
    }
}

/// MAG_CAL_STATUS
///
/// MAVLink enum `MAG_CAL_STATUS`. Unknown values are kept, not rejected.
public struct MagCalStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MAG_CAL_NOT_STARTED
    public static let magCalNotStarted = MagCalStatus(rawValue: 0)
    /// MAG_CAL_WAITING_TO_START
    public static let magCalWaitingToStart = MagCalStatus(rawValue: 1)
    /// MAG_CAL_RUNNING_STEP_ONE
    public static let magCalRunningStepOne = MagCalStatus(rawValue: 2)
    /// MAG_CAL_RUNNING_STEP_TWO
    public static let magCalRunningStepTwo = MagCalStatus(rawValue: 3)
    /// MAG_CAL_SUCCESS
    public static let magCalSuccess = MagCalStatus(rawValue: 4)
    /// MAG_CAL_FAILED
    public static let magCalFailed = MagCalStatus(rawValue: 5)
    /// Compass calibration failed: the vehicle orientation is outside the required tolerance.
    public static let magCalFailedOrientation = MagCalStatus(rawValue: 6)
    /// Compass calibration failed: the radius of the fitted sphere is unrealistically small or large.
    public static let magCalFailedRadius = MagCalStatus(rawValue: 7)
    /// Compass calibration failed: offset magnitude too large.
    public static let magCalFailedOffsets = MagCalStatus(rawValue: 8)
    /// Compass calibration failed: diagonal or off-diagonal scaling values out of valid range.
    public static let magCalFailedDiagScaling = MagCalStatus(rawValue: 9)
    /// Compass calibration failed: fitness (RMS residual) exceeds tolerance.
    public static let magCalFailedResidualsHigh = MagCalStatus(rawValue: 10)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAG_CAL_NOT_STARTED"
        case 1: return "MAG_CAL_WAITING_TO_START"
        case 2: return "MAG_CAL_RUNNING_STEP_ONE"
        case 3: return "MAG_CAL_RUNNING_STEP_TWO"
        case 4: return "MAG_CAL_SUCCESS"
        case 5: return "MAG_CAL_FAILED"
        case 6: return "MAG_CAL_FAILED_ORIENTATION"
        case 7: return "MAG_CAL_FAILED_RADIUS"
        case 8: return "MAG_CAL_FAILED_OFFSETS"
        case 9: return "MAG_CAL_FAILED_DIAG_SCALING"
        case 10: return "MAG_CAL_FAILED_RESIDUALS_HIGH"
        default: return nil
        }
    }
}

/// MAVLINK_DATA_STREAM_TYPE
///
/// MAVLink enum `MAVLINK_DATA_STREAM_TYPE`. Unknown values are kept, not rejected.
public struct MAVLinkDataStreamType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MAVLINK_DATA_STREAM_IMG_JPEG
    public static let mavlinkDataStreamImgJpeg = MAVLinkDataStreamType(rawValue: 0)
    /// MAVLINK_DATA_STREAM_IMG_BMP
    public static let mavlinkDataStreamImgBmp = MAVLinkDataStreamType(rawValue: 1)
    /// MAVLINK_DATA_STREAM_IMG_RAW8U
    public static let mavlinkDataStreamImgRaw8u = MAVLinkDataStreamType(rawValue: 2)
    /// MAVLINK_DATA_STREAM_IMG_RAW32U
    public static let mavlinkDataStreamImgRaw32u = MAVLinkDataStreamType(rawValue: 3)
    /// MAVLINK_DATA_STREAM_IMG_PGM
    public static let mavlinkDataStreamImgPgm = MAVLinkDataStreamType(rawValue: 4)
    /// MAVLINK_DATA_STREAM_IMG_PNG
    public static let mavlinkDataStreamImgPng = MAVLinkDataStreamType(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAVLINK_DATA_STREAM_IMG_JPEG"
        case 1: return "MAVLINK_DATA_STREAM_IMG_BMP"
        case 2: return "MAVLINK_DATA_STREAM_IMG_RAW8U"
        case 3: return "MAVLINK_DATA_STREAM_IMG_RAW32U"
        case 4: return "MAVLINK_DATA_STREAM_IMG_PGM"
        case 5: return "MAVLINK_DATA_STREAM_IMG_PNG"
        default: return nil
        }
    }
}

/// Reasons for denying an authorization request made with MAV_CMD_ARM_AUTHORIZATION_REQUEST. If the COMMAND_ACK result is MAV_RESULT_DENIED, this is used to set the reason in the result_param2 field.
///
/// MAVLink enum `MAV_ARM_AUTH_DENIED_REASON`. Unknown values are kept, not rejected.
public struct MAVArmAuthDeniedReason: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not a specific reason
    public static let generic = MAVArmAuthDeniedReason(rawValue: 0)
    /// Authorizer will send the error as string to GCS
    public static let none = MAVArmAuthDeniedReason(rawValue: 1)
    /// At least one waypoint have a invalid value
    public static let invalidWaypoint = MAVArmAuthDeniedReason(rawValue: 2)
    /// Timeout in the authorizer process(in case it depends on network)
    public static let timeout = MAVArmAuthDeniedReason(rawValue: 3)
    /// Airspace of the mission in use by another vehicle, second result parameter can have the waypoint id that caused it to be denied.
    public static let airspaceInUse = MAVArmAuthDeniedReason(rawValue: 4)
    /// Weather is not good to fly
    public static let badWeather = MAVArmAuthDeniedReason(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ARM_AUTH_DENIED_REASON_GENERIC"
        case 1: return "MAV_ARM_AUTH_DENIED_REASON_NONE"
        case 2: return "MAV_ARM_AUTH_DENIED_REASON_INVALID_WAYPOINT"
        case 3: return "MAV_ARM_AUTH_DENIED_REASON_TIMEOUT"
        case 4: return "MAV_ARM_AUTH_DENIED_REASON_AIRSPACE_IN_USE"
        case 5: return "MAV_ARM_AUTH_DENIED_REASON_BAD_WEATHER"
        default: return nil
        }
    }
}

/// Enumeration for battery charge states.
///
/// MAVLink enum `MAV_BATTERY_CHARGE_STATE`. Unknown values are kept, not rejected.
public struct MAVBatteryChargeState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Low battery state is not provided
    public static let undefined = MAVBatteryChargeState(rawValue: 0)
    /// Battery is not in low state. Normal operation.
    public static let ok = MAVBatteryChargeState(rawValue: 1)
    /// Battery state is low, warn and monitor close.
    public static let low = MAVBatteryChargeState(rawValue: 2)
    /// Battery state is critical, return or abort immediately.
    public static let critical = MAVBatteryChargeState(rawValue: 3)
    /// Battery state is too low for ordinary abort sequence. Perform fastest possible emergency stop to prevent damage.
    public static let emergency = MAVBatteryChargeState(rawValue: 4)
    /// Battery failed, damage unavoidable. Possible causes (faults) are listed in MAV_BATTERY_FAULT.
    public static let failed = MAVBatteryChargeState(rawValue: 5)
    /// Battery is diagnosed to be defective or an error occurred, usage is discouraged / prohibited. Possible causes (faults) are listed in MAV_BATTERY_FAULT.
    public static let unhealthy = MAVBatteryChargeState(rawValue: 6)
    /// Battery is charging.
    public static let charging = MAVBatteryChargeState(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_BATTERY_CHARGE_STATE_UNDEFINED"
        case 1: return "MAV_BATTERY_CHARGE_STATE_OK"
        case 2: return "MAV_BATTERY_CHARGE_STATE_LOW"
        case 3: return "MAV_BATTERY_CHARGE_STATE_CRITICAL"
        case 4: return "MAV_BATTERY_CHARGE_STATE_EMERGENCY"
        case 5: return "MAV_BATTERY_CHARGE_STATE_FAILED"
        case 6: return "MAV_BATTERY_CHARGE_STATE_UNHEALTHY"
        case 7: return "MAV_BATTERY_CHARGE_STATE_CHARGING"
        default: return nil
        }
    }
}

/// Smart battery supply status/fault flags (bitmask) for health indication. The battery must also report either MAV_BATTERY_CHARGE_STATE_FAILED or MAV_BATTERY_CHARGE_STATE_UNHEALTHY if any of these are set.
///
/// MAVLink enum `MAV_BATTERY_FAULT` (bitmask). Unknown values are kept, not rejected.
public struct MAVBatteryFault: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Battery has deep discharged.
    public static let deepDischarge = MAVBatteryFault(rawValue: 1)
    /// Voltage spikes.
    public static let spikes = MAVBatteryFault(rawValue: 2)
    /// One or more cells have failed. Battery should also report MAV_BATTERY_CHARGE_STATE_FAILE (and should not be used).
    public static let cellFail = MAVBatteryFault(rawValue: 4)
    /// Over-current fault.
    public static let overCurrent = MAVBatteryFault(rawValue: 8)
    /// Over-temperature fault.
    public static let overTemperature = MAVBatteryFault(rawValue: 16)
    /// Under-temperature fault.
    public static let underTemperature = MAVBatteryFault(rawValue: 32)
    /// Vehicle voltage is not compatible with this battery (batteries on same power rail should have similar voltage).
    public static let incompatibleVoltage = MAVBatteryFault(rawValue: 64)
    /// Battery firmware is not compatible with current autopilot firmware.
    public static let incompatibleFirmware = MAVBatteryFault(rawValue: 128)
    /// Battery is not compatible due to cell configuration (e.g. 5s1p when vehicle requires 6s).
    public static let batteryFaultIncompatibleCellsConfiguration = MAVBatteryFault(rawValue: 256)
}

/// Enumeration of battery functions
///
/// MAVLink enum `MAV_BATTERY_FUNCTION`. Unknown values are kept, not rejected.
public struct MAVBatteryFunction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Battery function is unknown
    public static let unknown = MAVBatteryFunction(rawValue: 0)
    /// Battery supports all flight systems
    public static let all = MAVBatteryFunction(rawValue: 1)
    /// Battery for the propulsion system
    public static let propulsion = MAVBatteryFunction(rawValue: 2)
    /// Avionics battery
    public static let avionics = MAVBatteryFunction(rawValue: 3)
    /// Payload battery
    public static let payload = MAVBatteryFunction(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_BATTERY_FUNCTION_UNKNOWN"
        case 1: return "MAV_BATTERY_FUNCTION_ALL"
        case 2: return "MAV_BATTERY_FUNCTION_PROPULSION"
        case 3: return "MAV_BATTERY_FUNCTION_AVIONICS"
        case 4: return "MAV_BATTERY_FUNCTION_PAYLOAD"
        default: return nil
        }
    }
}

/// Battery mode. Note, the normal operation mode (i.e. when flying) should be reported as MAV_BATTERY_MODE_UNKNOWN to allow message trimming in normal flight.
///
/// MAVLink enum `MAV_BATTERY_MODE`. Unknown values are kept, not rejected.
public struct MAVBatteryMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Battery mode not supported/unknown battery mode/normal operation.
    public static let unknown = MAVBatteryMode(rawValue: 0)
    /// Battery is auto discharging (towards storage level).
    public static let autoDischarging = MAVBatteryMode(rawValue: 1)
    /// Battery in hot-swap mode (current limited to prevent spikes that might damage sensitive electrical circuits).
    public static let hotSwap = MAVBatteryMode(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_BATTERY_MODE_UNKNOWN"
        case 1: return "MAV_BATTERY_MODE_AUTO_DISCHARGING"
        case 2: return "MAV_BATTERY_MODE_HOT_SWAP"
        default: return nil
        }
    }
}

/// Enumeration of battery types
///
/// MAVLink enum `MAV_BATTERY_TYPE`. Unknown values are kept, not rejected.
public struct MAVBatteryType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not specified.
    public static let unknown = MAVBatteryType(rawValue: 0)
    /// Lithium polymer battery
    public static let lipo = MAVBatteryType(rawValue: 1)
    /// Lithium-iron-phosphate battery
    public static let life = MAVBatteryType(rawValue: 2)
    /// Lithium-ION battery
    public static let lion = MAVBatteryType(rawValue: 3)
    /// Nickel metal hydride battery
    public static let nimh = MAVBatteryType(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_BATTERY_TYPE_UNKNOWN"
        case 1: return "MAV_BATTERY_TYPE_LIPO"
        case 2: return "MAV_BATTERY_TYPE_LIFE"
        case 3: return "MAV_BATTERY_TYPE_LION"
        case 4: return "MAV_BATTERY_TYPE_NIMH"
        default: return nil
        }
    }
}

/// Commands to be executed by the MAV. They can be executed on user request, or as part of a mission script. If the action is used in a mission, the parameter mapping to the waypoint/mission message is as follows: Param 1, Param 2, Param 3, Param 4, X: Param 5, Y:Param 6, Z:Param 7. This command list is similar what ARINC 424 is for commercial aircraft: A data format how to interpret waypoint/mission data. NaN and INT32_MAX may be used in float/integer params (respectively) to indicate optional/default values (e.g. to use the component's current yaw or latitude rather than a specific value). See https://mavlink.io/en/guide/xml_schema.html#MAV_CMD for information about the structure of the MAV_CMD entries
///
/// MAVLink enum `MAV_CMD`. Unknown values are kept, not rejected.
public struct MAVCmd: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Navigate to waypoint. This is intended for use in missions (for guided commands outside of missions use MAV_CMD_DO_REPOSITION).
    public static let navWaypoint = MAVCmd(rawValue: 16)
    /// Loiter around this waypoint an unlimited amount of time
    public static let navLoiterUnlim = MAVCmd(rawValue: 17)
    /// Loiter around this waypoint for X turns
    public static let navLoiterTurns = MAVCmd(rawValue: 18)
    /// Loiter at the specified latitude, longitude and altitude for a certain amount of time. Multicopter vehicles stop at the point (within a vehicle-specific acceptance radius). Forward-only moving vehicles (e.g. fixed-wing) circle the point with the specified radius/direction. If the Heading Required parameter (2) is non-zero forward moving aircraft will only leave the loiter circle once heading towards the next waypoint.
    public static let navLoiterTime = MAVCmd(rawValue: 19)
    /// Return to launch location
    public static let navReturnToLaunch = MAVCmd(rawValue: 20)
    /// Land at location.
    public static let navLand = MAVCmd(rawValue: 21)
    /// Takeoff from ground / hand. Vehicles that support multiple takeoff modes (e.g. VTOL quadplane) should take off using the currently configured mode.
    public static let navTakeoff = MAVCmd(rawValue: 22)
    /// Land at local position (local frame only)
    public static let navLandLocal = MAVCmd(rawValue: 23)
    /// Takeoff from local position (local frame only)
    public static let navTakeoffLocal = MAVCmd(rawValue: 24)
    /// Vehicle following, i.e. this waypoint represents the position of a moving vehicle
    public static let navFollow = MAVCmd(rawValue: 25)
    /// Continue on the current course and climb/descend to specified altitude.  When the altitude is reached continue to the next command (i.e., don't proceed to the next command until the desired altitude is reached.
    public static let navContinueAndChangeAlt = MAVCmd(rawValue: 30)
    /// Begin loiter at the specified Latitude and Longitude.  If Lat=Lon=0, then loiter at the current position.  Don't consider the navigation command complete (don't leave loiter) until the altitude has been reached. Additionally, if the Heading Required parameter is non-zero the aircraft will not leave the loiter until heading toward the next waypoint.
    public static let navLoiterToAlt = MAVCmd(rawValue: 31)
    /// Begin following a target
    public static let doFollow = MAVCmd(rawValue: 32)
    /// Reposition the MAV after a follow target command has been sent
    public static let doFollowReposition = MAVCmd(rawValue: 33)
    /// Start orbiting on the circumference of a circle defined by the parameters. Setting values to NaN/INT32_MAX (as appropriate) results in using defaults.
    public static let doOrbit = MAVCmd(rawValue: 34)
    /// Fly a figure eight path as defined by the parameters.
    /// Set parameters to NaN/INT32_MAX (as appropriate) to use system-default values.
    /// The command is intended for fixed wing vehicles (and VTOL hybrids flying in fixed-wing mode), allowing POI tracking for gimbals that don't support infinite rotation.
    /// This command only defines the flight path. Speed should be set independently (use e.g. MAV_CMD_DO_CHANGE_SPEED).
    /// Yaw and other degrees of freedom are not specified, and will be flight-stack specific (on vehicles where they can be controlled independent of the heading).
    public static let doFigureEight = MAVCmd(rawValue: 35)
    /// Circular arc path waypoint.
    /// This defines the end/exit point and angle (param1) of an arc path from the previous waypoint. A position is required before this command to define the start of the arc (e.g. current position, a MAV_CMD_NAV_WAYPOINT, or a MAV_CMD_NAV_ARC_WAYPOINT).
    /// The resulting path is a circular arc in the NE frame, with the difference in height being defined by the difference in waypoint altitudes.
    public static let navArcWaypoint = MAVCmd(rawValue: 36)
    /// Sets the region of interest (ROI) for a sensor set or the vehicle itself. This can then be used by the vehicle's control system to control the vehicle attitude and the attitude of various sensors such as cameras.
    public static let navRoi = MAVCmd(rawValue: 80)
    /// Control autonomous path planning on the MAV.
    public static let navPathplanning = MAVCmd(rawValue: 81)
    /// Navigate to waypoint using a spline path.
    public static let navSplineWaypoint = MAVCmd(rawValue: 82)
    /// Takeoff from ground using VTOL mode, and transition to forward flight with specified heading. The command should be ignored by vehicles that dont support both VTOL and fixed-wing flight (multicopters, boats,etc.).
    public static let navVtolTakeoff = MAVCmd(rawValue: 84)
    /// Land using VTOL mode
    public static let navVtolLand = MAVCmd(rawValue: 85)
    /// Hand control over to an external controller
    public static let navGuidedEnable = MAVCmd(rawValue: 92)
    /// Delay the next navigation command a number of seconds or until a specified time
    public static let navDelay = MAVCmd(rawValue: 93)
    /// Descend and place payload. Vehicle moves to specified location, descends until it detects a hanging payload has reached the ground, and then releases the payload. If ground is not detected before the reaching the maximum descent value (param1), the command will complete without releasing the payload.
    public static let navPayloadPlace = MAVCmd(rawValue: 94)
    /// NOP - This command is only used to mark the upper limit of the NAV/ACTION commands in the enumeration
    public static let navLast = MAVCmd(rawValue: 95)
    /// Delay mission state machine.
    public static let conditionDelay = MAVCmd(rawValue: 112)
    /// Ascend/descend to target altitude at specified rate. Delay mission state machine until desired altitude reached.
    public static let conditionChangeAlt = MAVCmd(rawValue: 113)
    /// Delay mission state machine until within desired distance of next NAV point.
    public static let conditionDistance = MAVCmd(rawValue: 114)
    /// Reach a certain target angle.
    public static let conditionYaw = MAVCmd(rawValue: 115)
    /// NOP - This command is only used to mark the upper limit of the CONDITION commands in the enumeration
    public static let conditionLast = MAVCmd(rawValue: 159)
    /// Set system mode.
    public static let doSetMode = MAVCmd(rawValue: 176)
    /// Jump to the desired command in the mission list.  Repeat this action only the specified number of times
    public static let doJump = MAVCmd(rawValue: 177)
    /// Change speed and/or throttle set points. The value persists until it is overridden or there is a mode change
    public static let doChangeSpeed = MAVCmd(rawValue: 178)
    /// Sets the home position to either to the current position or a specified position.
    /// The home position is the default position that the system will return to and land on.
    /// The position is set automatically by the system during the takeoff (and may also be set using this command).
    /// Note: the current home position may be emitted in a HOME_POSITION message on request (using MAV_CMD_REQUEST_MESSAGE with param1=242).
    public static let doSetHome = MAVCmd(rawValue: 179)
    /// Set a system parameter.  Caution!  Use of this command requires knowledge of the numeric enumeration value of the parameter.
    /// Deprecated.
    public static let doSetParameter = MAVCmd(rawValue: 180)
    /// Set a relay to a condition. The current value may optionally be reported using RELAY_STATUS.
    public static let doSetRelay = MAVCmd(rawValue: 181)
    /// Cycle a relay on and off for a desired number of cycles with a desired period.
    public static let doRepeatRelay = MAVCmd(rawValue: 182)
    /// Set a servo to a desired PWM value.
    public static let doSetServo = MAVCmd(rawValue: 183)
    /// Cycle a between its nominal setting and a desired PWM for a desired number of cycles with a desired period.
    public static let doRepeatServo = MAVCmd(rawValue: 184)
    /// Terminate flight immediately.
    /// Flight termination immediately and irreversibly terminates the current flight, returning the vehicle to ground.
    /// The vehicle will ignore RC or other input until it has been power-cycled.
    /// Termination may trigger safety measures, including: disabling motors and deployment of parachute on multicopters, and setting flight surfaces to initiate a landing pattern on fixed-wing).
    /// On multicopters without a parachute it may trigger a crash landing.
    /// Support for this command can be tested using the protocol bit: MAV_PROTOCOL_CAPABILITY_FLIGHT_TERMINATION.
    /// Support for this command can also be tested by sending the command with param1=0 (< 0.5); the ACK should be either MAV_RESULT_FAILED or MAV_RESULT_UNSUPPORTED.
    public static let doFlighttermination = MAVCmd(rawValue: 185)
    /// Change altitude set point.
    public static let doChangeAltitude = MAVCmd(rawValue: 186)
    /// Sets actuators (e.g. servos) to a desired value. The actuator numbers are mapped to specific outputs (e.g. on any MAIN or AUX PWM or UAVCAN) using a flight-stack specific mechanism (i.e. a parameter).
    public static let doSetActuator = MAVCmd(rawValue: 187)
    /// Mission item to specify the start of a failsafe/landing return-path segment (the end of the segment is the next MAV_CMD_DO_LAND_START item).
    /// A vehicle that is using missions for landing (e.g. in a return mode) will join the mission on the closest path of the return-path segment (instead of MAV_CMD_DO_LAND_START or the nearest waypoint).
    /// The main use case is to minimize the failsafe flight path in corridor missions, where the inbound/outbound paths are constrained (by geofences) to the same particular path.
    /// The MAV_CMD_NAV_RETURN_PATH_START would be placed at the start of the return path.
    /// If a failsafe occurs on the outbound path the vehicle will move to the nearest point on the return path (which is parallel for this kind of mission), effectively turning round and following the shortest path to landing.
    /// If a failsafe occurs on the inbound path the vehicle is already on the return segment and will continue to landing.
    /// The Latitude/Longitude/Altitude are optional, and may be set to 0 if not needed.
    /// If specified, the item defines the waypoint at which the return segment starts.
    /// If sent using as a command, the vehicle will perform a mission landing (using the land segment if defined) or reject the command if mission landings are not supported, or no mission landing is defined. When used as a command any position information in the command is ignored.
    public static let doReturnPathStart = MAVCmd(rawValue: 188)
    /// Mission item to mark the start of a mission landing pattern, or a command to land with a mission landing pattern.
    ///
    /// When used in a mission, this is a marker for the start of a sequence of mission items that represent a landing pattern.
    /// It should be followed by a navigation item that defines the first waypoint of the landing sequence.
    /// The start marker positional params are used only for selecting what landing pattern to use if several are defined in the mission (the selected pattern will be the one with the marker position that is closest to the vehicle when a landing is commanded).
    /// If the marker item position has zero-values for latitude, longitude, and altitude, then landing pattern selection is instead based on the position of the first waypoint in the landing sequence.
    ///
    /// When sent as a command it triggers a landing using a mission landing pattern.
    /// The location parameters are not used in this case, and should be set to 0.
    public static let doLandStart = MAVCmd(rawValue: 189)
    /// Mission command to perform a landing from a rally point.
    public static let doRallyLand = MAVCmd(rawValue: 190)
    /// Mission command to safely abort an autonomous landing.
    public static let doGoAround = MAVCmd(rawValue: 191)
    /// Reposition the vehicle to a specific WGS84 global position. This command is intended for guided commands (for missions use MAV_CMD_NAV_WAYPOINT instead).
    public static let doReposition = MAVCmd(rawValue: 192)
    /// If in a GPS controlled position mode, hold the current position or continue.
    public static let doPauseContinue = MAVCmd(rawValue: 193)
    /// Set moving direction to forward or reverse.
    public static let doSetReverse = MAVCmd(rawValue: 194)
    /// Sets the region of interest (ROI) to a location. This can then be used by the vehicle's control system to control the vehicle attitude and the attitude of various sensors such as cameras. This command can be sent to a gimbal manager but not to a gimbal device. A gimbal is not to react to this message.
    public static let doSetRoiLocation = MAVCmd(rawValue: 195)
    /// Sets the region of interest (ROI) to be toward next waypoint, with optional pitch/roll/yaw offset. This can then be used by the vehicle's control system to control the vehicle attitude and the attitude of various sensors such as cameras. This command can be sent to a gimbal manager but not to a gimbal device. A gimbal device is not to react to this message.
    public static let doSetRoiWpnextOffset = MAVCmd(rawValue: 196)
    /// Cancels any previous ROI command returning the vehicle/sensors to default flight characteristics. This can then be used by the vehicle's control system to control the vehicle attitude and the attitude of various sensors such as cameras. This command can be sent to a gimbal manager but not to a gimbal device. A gimbal device is not to react to this message. After this command the gimbal manager should go back to manual input if available, and otherwise assume a neutral position.
    public static let doSetRoiNone = MAVCmd(rawValue: 197)
    /// Mount tracks system with specified system ID. Determination of target vehicle position may be done with GLOBAL_POSITION_INT or any other means. This command can be sent to a gimbal manager but not to a gimbal device. A gimbal device is not to react to this message.
    public static let doSetRoiSysid = MAVCmd(rawValue: 198)
    /// Control onboard camera system.
    public static let doControlVideo = MAVCmd(rawValue: 200)
    /// Sets the region of interest (ROI) for a sensor set or the vehicle itself. This can then be used by the vehicle's control system to control the vehicle attitude and the attitude of various sensors such as cameras.
    public static let doSetRoi = MAVCmd(rawValue: 201)
    /// Configure digital camera. This is a fallback message for systems that have not yet implemented PARAM_EXT_XXX messages and camera definition files (see https://mavlink.io/en/services/camera_def.html ).
    public static let doDigicamConfigure = MAVCmd(rawValue: 202)
    /// Control digital camera. This is a fallback message for systems that have not yet implemented PARAM_EXT_XXX messages and camera definition files (see https://mavlink.io/en/services/camera_def.html ).
    public static let doDigicamControl = MAVCmd(rawValue: 203)
    /// Mission command to configure a camera or antenna mount
    public static let doMountConfigure = MAVCmd(rawValue: 204)
    /// Mission command to control a camera or antenna mount
    public static let doMountControl = MAVCmd(rawValue: 205)
    /// Mission command to set camera trigger distance for this flight. The camera is triggered each time this distance is exceeded. This command can also be used to set the shutter integration time for the camera.
    public static let doSetCamTriggDist = MAVCmd(rawValue: 206)
    /// Enable the geofence.
    /// This can be used in a mission or via the command protocol.
    /// The persistence/lifetime of the setting is undefined.
    /// Depending on flight stack implementation it may persist until superseded, or it may revert to a system default at the end of a mission.
    /// Flight stacks typically reset the setting to system defaults on reboot.
    public static let doFenceEnable = MAVCmd(rawValue: 207)
    /// Mission item/command to release a parachute or enable/disable auto release.
    public static let doParachute = MAVCmd(rawValue: 208)
    /// Command to perform motor test.
    public static let doMotorTest = MAVCmd(rawValue: 209)
    /// Change to/from inverted flight.
    public static let doInvertedFlight = MAVCmd(rawValue: 210)
    /// Mission command to operate a gripper.
    public static let doGripper = MAVCmd(rawValue: 211)
    /// Enable/disable autotune.
    public static let doAutotuneEnable = MAVCmd(rawValue: 212)
    /// Sets a desired vehicle turn angle and speed change.
    public static let navSetYawSpeed = MAVCmd(rawValue: 213)
    /// Mission command to set camera trigger interval for this flight. If triggering is enabled, the camera is triggered each time this interval expires. This command can also be used to set the shutter integration time for the camera.
    public static let doSetCamTriggInterval = MAVCmd(rawValue: 214)
    /// Mission command to control a camera or antenna mount, using a quaternion as reference.
    public static let doMountControlQuat = MAVCmd(rawValue: 220)
    /// set id of master controller
    public static let doGuidedMaster = MAVCmd(rawValue: 221)
    /// Set limits for external control
    public static let doGuidedLimits = MAVCmd(rawValue: 222)
    /// Control vehicle engine. This is interpreted by the vehicles engine controller to change the target engine state. It is intended for vehicles with internal combustion engines
    public static let doEngineControl = MAVCmd(rawValue: 223)
    /// Set the mission item with sequence number seq as the current item and emit MISSION_CURRENT (whether or not the mission number changed).
    /// If a mission is currently being executed, the system will continue to this new mission item on the shortest path, skipping any intermediate mission items.
    /// Note that mission jump repeat counters are not reset unless param2 is set (see MAV_CMD_DO_JUMP param2).
    ///
    /// This command may trigger a mission state-machine change on some systems: for example from MISSION_STATE_NOT_STARTED or MISSION_STATE_PAUSED to MISSION_STATE_ACTIVE.
    /// If the system is in mission mode, on those systems this command might therefore start, restart or resume the mission.
    /// If the system is not in mission mode this command must not trigger a switch to mission mode.
    ///
    /// The mission may be "reset" using param2.
    /// Resetting sets jump counters to initial values (to reset counters without changing the current mission item set the param1 to `-1`).
    /// Resetting also explicitly changes a mission state of MISSION_STATE_COMPLETE to MISSION_STATE_PAUSED or MISSION_STATE_ACTIVE, potentially allowing it to resume when it is (next) in a mission mode.
    ///
    /// The command will ACK with MAV_RESULT_FAILED if the sequence number is out of range (including if there is no mission item).
    public static let doSetMissionCurrent = MAVCmd(rawValue: 224)
    /// NOP - This command is only used to mark the upper limit of the DO commands in the enumeration
    public static let doLast = MAVCmd(rawValue: 240)
    /// Trigger calibration. This command will be only accepted if in pre-flight mode. Except for Temperature Calibration, only one sensor should be set in a single message and all others should be zero.
    public static let preflightCalibration = MAVCmd(rawValue: 241)
    /// Set sensor offsets. This command will be only accepted if in pre-flight mode.
    public static let preflightSetSensorOffsets = MAVCmd(rawValue: 242)
    /// Trigger UAVCAN configuration (actuator ID assignment and direction mapping). Note that this maps to the legacy UAVCAN v0 function UAVCAN_ENUMERATE, which is intended to be executed just once during initial vehicle configuration (it is not a normal pre-flight command and has been poorly named).
    public static let preflightUavcan = MAVCmd(rawValue: 243)
    /// Request storage of different parameter values and logs. This command will be only accepted if in pre-flight mode.
    public static let preflightStorage = MAVCmd(rawValue: 245)
    /// Request the reboot or shutdown of system components.
    public static let preflightRebootShutdown = MAVCmd(rawValue: 246)
    /// Override current mission with command to pause mission, pause mission and move to position, continue/resume mission. When param 1 indicates that the mission is paused (MAV_GOTO_DO_HOLD), param 2 defines whether it holds in place or moves to another position.
    public static let overrideGoto = MAVCmd(rawValue: 252)
    /// Mission command to set a Camera Auto Mount Pivoting Oblique Survey (Replaces CAM_TRIGG_DIST for this purpose). The camera is triggered each time this distance is exceeded, then the mount moves to the next position. Params 4~6 set-up the angle limits and number of positions for oblique survey, where mount-enabled vehicles automatically roll the camera between shots to emulate an oblique camera setup (providing an increased HFOV). This command can also be used to set the shutter integration time for the camera.
    public static let obliqueSurvey = MAVCmd(rawValue: 260)
    /// Enable the specified standard MAVLink mode.
    /// If the specified mode is not supported, the vehicle should ACK with MAV_RESULT_FAILED.
    /// See https://mavlink.io/en/services/standard_modes.html
    public static let doSetStandardMode = MAVCmd(rawValue: 262)
    /// start running a mission
    public static let missionStart = MAVCmd(rawValue: 300)
    /// Actuator testing command. This is similar to MAV_CMD_DO_MOTOR_TEST but operates on the level of output functions, i.e. it is possible to test Motor1 independent from which output it is configured on. Autopilots must NACK this command with MAV_RESULT_TEMPORARILY_REJECTED while armed.
    public static let actuatorTest = MAVCmd(rawValue: 310)
    /// Actuator configuration command.
    public static let configureActuator = MAVCmd(rawValue: 311)
    /// Arms / Disarms a component
    public static let componentArmDisarm = MAVCmd(rawValue: 400)
    /// Instructs a target system to run pre-arm checks.
    /// This allows preflight checks to be run on demand, which may be useful on systems that normally run them at low rate, or which do not trigger checks when the armable state might have changed.
    /// This command should return MAV_RESULT_ACCEPTED if it will run the checks.
    /// The results of the checks are usually then reported in SYS_STATUS messages (this is system-specific).
    /// The command should return MAV_RESULT_TEMPORARILY_REJECTED if the system is already armed.
    public static let runPrearmChecks = MAVCmd(rawValue: 401)
    /// Turns illuminators ON/OFF. An illuminator is a light source that is used for lighting up dark areas external to the system: e.g. a torch or searchlight (as opposed to a light source for illuminating the system itself, e.g. an indicator light).
    public static let illuminatorOnOff = MAVCmd(rawValue: 405)
    /// Configures illuminator settings. An illuminator is a light source that is used for lighting up dark areas external to the system: e.g. a torch or searchlight (as opposed to a light source for illuminating the system itself, e.g. an indicator light).
    public static let doIlluminatorConfigure = MAVCmd(rawValue: 406)
    /// Request the home position from the vehicle.
    /// The vehicle will ACK the command and emit the HOME_POSITION message.
    public static let getHomePosition = MAVCmd(rawValue: 410)
    /// Inject artificial failure for testing purposes. Note that autopilots should implement an additional protection before accepting this command such as a specific param setting.
    public static let injectFailure = MAVCmd(rawValue: 420)
    /// Starts receiver pairing.
    public static let startRxPair = MAVCmd(rawValue: 500)
    /// Request the interval between messages for a particular MAVLink message ID.
    /// The receiver should ACK the command and then emit its response in a MESSAGE_INTERVAL message.
    public static let getMessageInterval = MAVCmd(rawValue: 510)
    /// Set the interval between messages for a particular MAVLink message ID. This interface replaces REQUEST_DATA_STREAM.
    public static let setMessageInterval = MAVCmd(rawValue: 511)
    /// Request the target system(s) emit a single instance of a specified message (i.e. a "one-shot" version of MAV_CMD_SET_MESSAGE_INTERVAL).
    public static let requestMessage = MAVCmd(rawValue: 512)
    /// Request MAVLink protocol version compatibility. All receivers should ACK the command and then emit their capabilities in an PROTOCOL_VERSION message
    /// Deprecated.
    public static let requestProtocolVersion = MAVCmd(rawValue: 519)
    /// Request autopilot capabilities. The receiver should ACK the command and then emit its capabilities in an AUTOPILOT_VERSION message
    public static let requestAutopilotCapabilities = MAVCmd(rawValue: 520)
    /// Request camera information (CAMERA_INFORMATION).
    public static let requestCameraInformation = MAVCmd(rawValue: 521)
    /// Request camera settings (CAMERA_SETTINGS).
    public static let requestCameraSettings = MAVCmd(rawValue: 522)
    /// Request storage information (STORAGE_INFORMATION). Use the command's target_component to target a specific component's storage.
    public static let requestStorageInformation = MAVCmd(rawValue: 525)
    /// Format a storage medium. Once format is complete, a STORAGE_INFORMATION message is sent. Use the command's target_component to target a specific component's storage.
    public static let storageFormat = MAVCmd(rawValue: 526)
    /// Request camera capture status (CAMERA_CAPTURE_STATUS)
    public static let requestCameraCaptureStatus = MAVCmd(rawValue: 527)
    /// Request flight information (FLIGHT_INFORMATION)
    public static let requestFlightInformation = MAVCmd(rawValue: 528)
    /// Reset all camera settings to Factory Default
    public static let resetCameraSettings = MAVCmd(rawValue: 529)
    /// Set camera running mode. Use NaN for reserved values. GCS will send a MAV_CMD_REQUEST_VIDEO_STREAM_STATUS command after a mode change if the camera supports video streaming.
    public static let setCameraMode = MAVCmd(rawValue: 530)
    /// Set camera zoom. Camera must respond with a CAMERA_SETTINGS message (on success).
    public static let setCameraZoom = MAVCmd(rawValue: 531)
    /// Set camera focus. Camera must respond with a CAMERA_SETTINGS message (on success).
    public static let setCameraFocus = MAVCmd(rawValue: 532)
    /// Set that a particular storage is the preferred location for saving photos, videos, and/or other media (e.g. to set that an SD card is used for storing videos).
    /// There can only be one preferred save location for each particular media type: setting a media usage flag will clear/reset that same flag if set on any other storage.
    /// If no flag is set the system should use its default storage.
    /// A target system can choose to always use default storage, in which case it should ACK the command with MAV_RESULT_UNSUPPORTED.
    /// A target system can choose to not allow a particular storage to be set as preferred storage, in which case it should ACK the command with MAV_RESULT_DENIED.
    public static let setStorageUsage = MAVCmd(rawValue: 533)
    /// Set camera source. Changes the camera's active sources on cameras with multiple image sensors.
    public static let setCameraSource = MAVCmd(rawValue: 534)
    /// Tagged jump target. Can be jumped to with MAV_CMD_DO_JUMP_TAG.
    public static let jumpTag = MAVCmd(rawValue: 600)
    /// Jump to the matching tag in the mission list. Repeat this action for the specified number of times. A mission should contain a single matching tag for each jump. If this is not the case then a jump to a missing tag should complete the mission, and a jump where there are multiple matching tags should always select the one with the lowest mission sequence number.
    public static let doJumpTag = MAVCmd(rawValue: 601)
    /// Sets the GNSS coordinates of the vehicle local origin (0,0,0) position.
    /// Vehicle should emit GPS_GLOBAL_ORIGIN irrespective of whether the origin is changed.
    /// This enables transform between the local coordinate frame and the global (GNSS) coordinate frame, which may be necessary when (for example) indoor and outdoor settings are connected and the MAV should move from in- to outdoor.
    /// This command supersedes SET_GPS_GLOBAL_ORIGIN.
    /// Should be sent in a COMMAND_INT (Expected frame is MAV_FRAME_GLOBAL, and this should be assumed when sent in COMMAND_LONG).
    public static let doSetGlobalOrigin = MAVCmd(rawValue: 611)
    /// Set gimbal manager pitch/yaw setpoints (low rate command). It is possible to set combinations of the values below. E.g. an angle as well as a desired angular rate can be used to get to this angle at a certain angular rate, or an angular rate only will result in continuous turning. NaN is to be used to signal unset. Note: only the gimbal manager will react to this command - it will be ignored by a gimbal device. Use GIMBAL_MANAGER_SET_PITCHYAW if you need to stream pitch/yaw setpoints at higher rate.
    public static let doGimbalManagerPitchyaw = MAVCmd(rawValue: 1000)
    /// Gimbal configuration to set which sysid/compid is in primary and secondary control.
    public static let doGimbalManagerConfigure = MAVCmd(rawValue: 1001)
    /// Start image capture sequence. CAMERA_IMAGE_CAPTURED must be emitted after each capture.
    ///
    /// Param1 (id) may be used to specify the target camera: 0: all cameras, 1 to 6: autopilot-connected cameras, 7-255: MAVLink camera component ID.
    /// It is needed in order to target specific cameras connected to the autopilot, or specific sensors in a multi-sensor camera (neither of which have a distinct MAVLink component ID).
    /// It is also needed to specify the target camera in missions.
    ///
    /// When used in a mission, an autopilot should execute the MAV_CMD for a specified local camera (param1 = 1-6), or resend it as a command if it is intended for a MAVLink camera (param1 = 7 - 255), setting the command's target_component as the param1 value (and setting param1 in the command to zero).
    /// If the param1 is 0 the autopilot should do both.
    ///
    /// When sent in a command the target MAVLink address is set using target_component.
    /// If addressed specifically to an autopilot: param1 should be used in the same way as it is for missions (though command should NACK with MAV_RESULT_DENIED if a specified local camera does not exist).
    /// If addressed to a MAVLink camera, param 1 can be used to address all cameras (0), or to separately address 1 to 7 individual sensors. Other values should be NACKed with MAV_RESULT_DENIED.
    /// If the command is broadcast (target_component is 0) then param 1 should be set to 0 (any other value should be NACKED with MAV_RESULT_DENIED). An autopilot would trigger any local cameras and forward the command to all channels.
    public static let imageStartCapture = MAVCmd(rawValue: 2000)
    /// Stop image capture sequence.
    ///
    /// Param1 (id) may be used to specify the target camera: 0: all cameras, 1 to 6: autopilot-connected cameras, 7-255: MAVLink camera component ID.
    /// It is needed in order to target specific cameras connected to the autopilot, or specific sensors in a multi-sensor camera (neither of which have a distinct MAVLink component ID).
    /// It is also needed to specify the target camera in missions.
    ///
    /// When used in a mission, an autopilot should execute the MAV_CMD for a specified local camera (param1 = 1-6), or resend it as a command if it is intended for a MAVLink camera (param1 = 7 - 255), setting the command's target_component as the param1 value (and setting param1 in the command to zero).
    /// If the param1 is 0 the autopilot should do both.
    ///
    /// When sent in a command the target MAVLink address is set using target_component.
    /// If addressed specifically to an autopilot: param1 should be used in the same way as it is for missions (though command should NACK with MAV_RESULT_DENIED if a specified local camera does not exist).
    /// If addressed to a MAVLink camera, param1 can be used to address all cameras (0), or to separately address 1 to 7 individual sensors. Other values should be NACKed with MAV_RESULT_DENIED.
    /// If the command is broadcast (target_component is 0) then param 1 should be set to 0 (any other value should be NACKED with MAV_RESULT_DENIED). An autopilot would trigger any local cameras and forward the command to all channels.
    public static let imageStopCapture = MAVCmd(rawValue: 2001)
    /// Re-request a CAMERA_IMAGE_CAPTURED message.
    public static let requestCameraImageCapture = MAVCmd(rawValue: 2002)
    /// Enable or disable on-board camera triggering system.
    public static let doTriggerControl = MAVCmd(rawValue: 2003)
    /// If the camera supports point visual tracking (CAMERA_CAP_FLAGS_HAS_TRACKING_POINT is set), this command allows to initiate the tracking.
    public static let cameraTrackPoint = MAVCmd(rawValue: 2004)
    /// If the camera supports rectangle visual tracking (CAMERA_CAP_FLAGS_HAS_TRACKING_RECTANGLE is set), this command allows to initiate the tracking.
    public static let cameraTrackRectangle = MAVCmd(rawValue: 2005)
    /// Stops ongoing tracking.
    public static let cameraStopTracking = MAVCmd(rawValue: 2010)
    /// Starts video capture (recording).
    public static let videoStartCapture = MAVCmd(rawValue: 2500)
    /// Stop the current video capture (recording).
    public static let videoStopCapture = MAVCmd(rawValue: 2501)
    /// Start video streaming
    public static let videoStartStreaming = MAVCmd(rawValue: 2502)
    /// Stop the given video stream
    public static let videoStopStreaming = MAVCmd(rawValue: 2503)
    /// Request video stream information (VIDEO_STREAM_INFORMATION)
    public static let requestVideoStreamInformation = MAVCmd(rawValue: 2504)
    /// Request video stream status (VIDEO_STREAM_STATUS)
    public static let requestVideoStreamStatus = MAVCmd(rawValue: 2505)
    /// Request to start streaming logging data over MAVLink (see also LOGGING_DATA message)
    public static let loggingStart = MAVCmd(rawValue: 2510)
    /// Request to stop streaming log data over MAVLink
    public static let loggingStop = MAVCmd(rawValue: 2511)
    /// MAV_CMD_AIRFRAME_CONFIGURATION
    public static let airframeConfiguration = MAVCmd(rawValue: 2520)
    /// Request to start/stop transmitting over the high latency telemetry
    public static let controlHighLatency = MAVCmd(rawValue: 2600)
    /// Create a panorama at the current position
    public static let panoramaCreate = MAVCmd(rawValue: 2800)
    /// Request VTOL transition
    public static let doVtolTransition = MAVCmd(rawValue: 3000)
    /// Request authorization to arm the vehicle to a external entity, the arm authorizer is responsible to request all data that is needs from the vehicle before authorize or deny the request.
    /// If approved the COMMAND_ACK message progress field should be set with period of time that this authorization is valid in seconds.
    /// If the authorization is denied COMMAND_ACK.result_param2 should be set with one of the reasons in MAV_ARM_AUTH_DENIED_REASON.
    public static let armAuthorizationRequest = MAVCmd(rawValue: 3001)
    /// This command sets the submode to standard guided when vehicle is in guided mode. The vehicle holds position and altitude and the user can input the desired velocities along all three axes.
    public static let setGuidedSubmodeStandard = MAVCmd(rawValue: 4000)
    /// This command sets submode circle when vehicle is in guided mode. Vehicle flies along a circle facing the center of the circle. The user can input the velocity along the circle and change the radius. If no input is given the vehicle will hold position.
    public static let setGuidedSubmodeCircle = MAVCmd(rawValue: 4001)
    /// Delay mission state machine until gate has been reached.
    public static let conditionGate = MAVCmd(rawValue: 4501)
    /// Fence return point (there can only be one such point in a geofence definition). If rally points are supported they should be used instead.
    public static let navFenceReturnPoint = MAVCmd(rawValue: 5000)
    /// Fence vertex for an inclusion polygon (the polygon must not be self-intersecting). The vehicle must stay within this area. Minimum of 3 vertices required.
    /// The vertices for a polygon must be sent sequentially, each with param1 set to the total number of vertices in the polygon.
    public static let navFencePolygonVertexInclusion = MAVCmd(rawValue: 5001)
    /// Fence vertex for an exclusion polygon (the polygon must not be self-intersecting). The vehicle must stay outside this area. Minimum of 3 vertices required.
    /// The vertices for a polygon must be sent sequentially, each with param1 set to the total number of vertices in the polygon.
    public static let navFencePolygonVertexExclusion = MAVCmd(rawValue: 5002)
    /// Circular fence area. The vehicle must stay inside this area.
    public static let navFenceCircleInclusion = MAVCmd(rawValue: 5003)
    /// Circular fence area. The vehicle must stay outside this area.
    public static let navFenceCircleExclusion = MAVCmd(rawValue: 5004)
    /// Rally point. You can have multiple rally points defined.
    public static let navRallyPoint = MAVCmd(rawValue: 5100)
    /// Commands the vehicle to respond with a sequence of messages UAVCAN_NODE_INFO, one message per every UAVCAN node that is online. Note that some of the response messages can be lost, which the receiver can detect easily by checking whether every received UAVCAN_NODE_STATUS has a matching message UAVCAN_NODE_INFO received earlier; if not, this command should be sent again in order to request re-transmission of the node information messages.
    public static let uavcanGetNodeInfo = MAVCmd(rawValue: 5200)
    /// Change state of safety switch.
    public static let doSetSafetySwitchState = MAVCmd(rawValue: 5300)
    /// Trigger the start of an ADSB-out IDENT. This should only be used when requested to do so by an Air Traffic Controller in controlled airspace. This starts the IDENT which is then typically held for 18 seconds by the hardware per the Mode A, C, and S transponder spec.
    public static let doAdsbOutIdent = MAVCmd(rawValue: 10001)
    /// Deploy payload on a Lat / Lon / Alt position. This includes the navigation to reach the required release position and velocity.
    public static let payloadPrepareDeploy = MAVCmd(rawValue: 30001)
    /// Control the payload deployment.
    public static let payloadControlDeploy = MAVCmd(rawValue: 30002)
    /// Magnetometer calibration based on provided known yaw. This allows for fast calibration using WMM field tables in the vehicle, given only the known yaw of the vehicle. If Latitude and longitude are both zero then use the current vehicle location.
    public static let fixedMagCalYaw = MAVCmd(rawValue: 42006)
    /// Command to operate winch.
    public static let doWinch = MAVCmd(rawValue: 42600)
    /// Change flight speed at a given rate. This slews the vehicle at a controllable rate between it's previous speed and the new one.
    public static let guidedChangeSpeed = MAVCmd(rawValue: 43000)
    /// Change target altitude at a given rate. This slews the vehicle at a controllable rate between it's previous altitude and the new one.
    public static let guidedChangeAltitude = MAVCmd(rawValue: 43001)
    /// Change to target direction at a given rate, overriding previous heading/s. This slews the vehicle at a controllable rate between its previous heading and the new one.
    public static let guidedChangeHeading = MAVCmd(rawValue: 43002)
    /// Provide an external position estimate for use when dead-reckoning. This is meant to be used for occasional position resets that may be provided by a external system such as a remote pilot using landmarks over a video link.
    public static let externalPositionEstimate = MAVCmd(rawValue: 43003)
    /// User defined waypoint item. Ground Station will show the Vehicle as flying through this item.
    public static let waypointUser1 = MAVCmd(rawValue: 31000)
    /// User defined waypoint item. Ground Station will show the Vehicle as flying through this item.
    public static let waypointUser2 = MAVCmd(rawValue: 31001)
    /// User defined waypoint item. Ground Station will show the Vehicle as flying through this item.
    public static let waypointUser3 = MAVCmd(rawValue: 31002)
    /// User defined waypoint item. Ground Station will show the Vehicle as flying through this item.
    public static let waypointUser4 = MAVCmd(rawValue: 31003)
    /// User defined waypoint item. Ground Station will show the Vehicle as flying through this item.
    public static let waypointUser5 = MAVCmd(rawValue: 31004)
    /// User defined spatial item. Ground Station will not show the Vehicle as flying through this item. Example: ROI item.
    public static let spatialUser1 = MAVCmd(rawValue: 31005)
    /// User defined spatial item. Ground Station will not show the Vehicle as flying through this item. Example: ROI item.
    public static let spatialUser2 = MAVCmd(rawValue: 31006)
    /// User defined spatial item. Ground Station will not show the Vehicle as flying through this item. Example: ROI item.
    public static let spatialUser3 = MAVCmd(rawValue: 31007)
    /// User defined spatial item. Ground Station will not show the Vehicle as flying through this item. Example: ROI item.
    public static let spatialUser4 = MAVCmd(rawValue: 31008)
    /// User defined spatial item. Ground Station will not show the Vehicle as flying through this item. Example: ROI item.
    public static let spatialUser5 = MAVCmd(rawValue: 31009)
    /// User defined command. Ground Station will not show the Vehicle as flying through this item. Example: MAV_CMD_DO_SET_PARAMETER item.
    public static let user1 = MAVCmd(rawValue: 31010)
    /// User defined command. Ground Station will not show the Vehicle as flying through this item. Example: MAV_CMD_DO_SET_PARAMETER item.
    public static let user2 = MAVCmd(rawValue: 31011)
    /// User defined command. Ground Station will not show the Vehicle as flying through this item. Example: MAV_CMD_DO_SET_PARAMETER item.
    public static let user3 = MAVCmd(rawValue: 31012)
    /// User defined command. Ground Station will not show the Vehicle as flying through this item. Example: MAV_CMD_DO_SET_PARAMETER item.
    public static let user4 = MAVCmd(rawValue: 31013)
    /// User defined command. Ground Station will not show the Vehicle as flying through this item. Example: MAV_CMD_DO_SET_PARAMETER item.
    public static let user5 = MAVCmd(rawValue: 31014)
    /// Request forwarding of CAN packets from the given CAN bus to this component via this MAVLink channel. CAN Frames are sent using CAN_FRAME and CANFD_FRAME messages
    public static let canForward = MAVCmd(rawValue: 32000)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 16: return "MAV_CMD_NAV_WAYPOINT"
        case 17: return "MAV_CMD_NAV_LOITER_UNLIM"
        case 18: return "MAV_CMD_NAV_LOITER_TURNS"
        case 19: return "MAV_CMD_NAV_LOITER_TIME"
        case 20: return "MAV_CMD_NAV_RETURN_TO_LAUNCH"
        case 21: return "MAV_CMD_NAV_LAND"
        case 22: return "MAV_CMD_NAV_TAKEOFF"
        case 23: return "MAV_CMD_NAV_LAND_LOCAL"
        case 24: return "MAV_CMD_NAV_TAKEOFF_LOCAL"
        case 25: return "MAV_CMD_NAV_FOLLOW"
        case 30: return "MAV_CMD_NAV_CONTINUE_AND_CHANGE_ALT"
        case 31: return "MAV_CMD_NAV_LOITER_TO_ALT"
        case 32: return "MAV_CMD_DO_FOLLOW"
        case 33: return "MAV_CMD_DO_FOLLOW_REPOSITION"
        case 34: return "MAV_CMD_DO_ORBIT"
        case 35: return "MAV_CMD_DO_FIGURE_EIGHT"
        case 36: return "MAV_CMD_NAV_ARC_WAYPOINT"
        case 80: return "MAV_CMD_NAV_ROI"
        case 81: return "MAV_CMD_NAV_PATHPLANNING"
        case 82: return "MAV_CMD_NAV_SPLINE_WAYPOINT"
        case 83: return "MAV_CMD_NAV_ALTITUDE_WAIT"
        case 84: return "MAV_CMD_NAV_VTOL_TAKEOFF"
        case 85: return "MAV_CMD_NAV_VTOL_LAND"
        case 92: return "MAV_CMD_NAV_GUIDED_ENABLE"
        case 93: return "MAV_CMD_NAV_DELAY"
        case 94: return "MAV_CMD_NAV_PAYLOAD_PLACE"
        case 95: return "MAV_CMD_NAV_LAST"
        case 112: return "MAV_CMD_CONDITION_DELAY"
        case 113: return "MAV_CMD_CONDITION_CHANGE_ALT"
        case 114: return "MAV_CMD_CONDITION_DISTANCE"
        case 115: return "MAV_CMD_CONDITION_YAW"
        case 159: return "MAV_CMD_CONDITION_LAST"
        case 176: return "MAV_CMD_DO_SET_MODE"
        case 177: return "MAV_CMD_DO_JUMP"
        case 178: return "MAV_CMD_DO_CHANGE_SPEED"
        case 179: return "MAV_CMD_DO_SET_HOME"
        case 180: return "MAV_CMD_DO_SET_PARAMETER"
        case 181: return "MAV_CMD_DO_SET_RELAY"
        case 182: return "MAV_CMD_DO_REPEAT_RELAY"
        case 183: return "MAV_CMD_DO_SET_SERVO"
        case 184: return "MAV_CMD_DO_REPEAT_SERVO"
        case 185: return "MAV_CMD_DO_FLIGHTTERMINATION"
        case 186: return "MAV_CMD_DO_CHANGE_ALTITUDE"
        case 187: return "MAV_CMD_DO_SET_ACTUATOR"
        case 188: return "MAV_CMD_DO_RETURN_PATH_START"
        case 189: return "MAV_CMD_DO_LAND_START"
        case 190: return "MAV_CMD_DO_RALLY_LAND"
        case 191: return "MAV_CMD_DO_GO_AROUND"
        case 192: return "MAV_CMD_DO_REPOSITION"
        case 193: return "MAV_CMD_DO_PAUSE_CONTINUE"
        case 194: return "MAV_CMD_DO_SET_REVERSE"
        case 195: return "MAV_CMD_DO_SET_ROI_LOCATION"
        case 196: return "MAV_CMD_DO_SET_ROI_WPNEXT_OFFSET"
        case 197: return "MAV_CMD_DO_SET_ROI_NONE"
        case 198: return "MAV_CMD_DO_SET_ROI_SYSID"
        case 200: return "MAV_CMD_DO_CONTROL_VIDEO"
        case 201: return "MAV_CMD_DO_SET_ROI"
        case 202: return "MAV_CMD_DO_DIGICAM_CONFIGURE"
        case 203: return "MAV_CMD_DO_DIGICAM_CONTROL"
        case 204: return "MAV_CMD_DO_MOUNT_CONFIGURE"
        case 205: return "MAV_CMD_DO_MOUNT_CONTROL"
        case 206: return "MAV_CMD_DO_SET_CAM_TRIGG_DIST"
        case 207: return "MAV_CMD_DO_FENCE_ENABLE"
        case 208: return "MAV_CMD_DO_PARACHUTE"
        case 209: return "MAV_CMD_DO_MOTOR_TEST"
        case 210: return "MAV_CMD_DO_INVERTED_FLIGHT"
        case 211: return "MAV_CMD_DO_GRIPPER"
        case 212: return "MAV_CMD_DO_AUTOTUNE_ENABLE"
        case 213: return "MAV_CMD_NAV_SET_YAW_SPEED"
        case 214: return "MAV_CMD_DO_SET_CAM_TRIGG_INTERVAL"
        case 215: return "MAV_CMD_DO_SET_RESUME_REPEAT_DIST"
        case 216: return "MAV_CMD_DO_SPRAYER"
        case 217: return "MAV_CMD_DO_SEND_SCRIPT_MESSAGE"
        case 218: return "MAV_CMD_DO_AUX_FUNCTION"
        case 220: return "MAV_CMD_DO_MOUNT_CONTROL_QUAT"
        case 221: return "MAV_CMD_DO_GUIDED_MASTER"
        case 222: return "MAV_CMD_DO_GUIDED_LIMITS"
        case 223: return "MAV_CMD_DO_ENGINE_CONTROL"
        case 224: return "MAV_CMD_DO_SET_MISSION_CURRENT"
        case 240: return "MAV_CMD_DO_LAST"
        case 241: return "MAV_CMD_PREFLIGHT_CALIBRATION"
        case 242: return "MAV_CMD_PREFLIGHT_SET_SENSOR_OFFSETS"
        case 243: return "MAV_CMD_PREFLIGHT_UAVCAN"
        case 245: return "MAV_CMD_PREFLIGHT_STORAGE"
        case 246: return "MAV_CMD_PREFLIGHT_REBOOT_SHUTDOWN"
        case 252: return "MAV_CMD_OVERRIDE_GOTO"
        case 260: return "MAV_CMD_OBLIQUE_SURVEY"
        case 262: return "MAV_CMD_DO_SET_STANDARD_MODE"
        case 300: return "MAV_CMD_MISSION_START"
        case 310: return "MAV_CMD_ACTUATOR_TEST"
        case 311: return "MAV_CMD_CONFIGURE_ACTUATOR"
        case 400: return "MAV_CMD_COMPONENT_ARM_DISARM"
        case 401: return "MAV_CMD_RUN_PREARM_CHECKS"
        case 405: return "MAV_CMD_ILLUMINATOR_ON_OFF"
        case 406: return "MAV_CMD_DO_ILLUMINATOR_CONFIGURE"
        case 410: return "MAV_CMD_GET_HOME_POSITION"
        case 420: return "MAV_CMD_INJECT_FAILURE"
        case 500: return "MAV_CMD_START_RX_PAIR"
        case 510: return "MAV_CMD_GET_MESSAGE_INTERVAL"
        case 511: return "MAV_CMD_SET_MESSAGE_INTERVAL"
        case 512: return "MAV_CMD_REQUEST_MESSAGE"
        case 519: return "MAV_CMD_REQUEST_PROTOCOL_VERSION"
        case 520: return "MAV_CMD_REQUEST_AUTOPILOT_CAPABILITIES"
        case 521: return "MAV_CMD_REQUEST_CAMERA_INFORMATION"
        case 522: return "MAV_CMD_REQUEST_CAMERA_SETTINGS"
        case 525: return "MAV_CMD_REQUEST_STORAGE_INFORMATION"
        case 526: return "MAV_CMD_STORAGE_FORMAT"
        case 527: return "MAV_CMD_REQUEST_CAMERA_CAPTURE_STATUS"
        case 528: return "MAV_CMD_REQUEST_FLIGHT_INFORMATION"
        case 529: return "MAV_CMD_RESET_CAMERA_SETTINGS"
        case 530: return "MAV_CMD_SET_CAMERA_MODE"
        case 531: return "MAV_CMD_SET_CAMERA_ZOOM"
        case 532: return "MAV_CMD_SET_CAMERA_FOCUS"
        case 533: return "MAV_CMD_SET_STORAGE_USAGE"
        case 534: return "MAV_CMD_SET_CAMERA_SOURCE"
        case 600: return "MAV_CMD_JUMP_TAG"
        case 601: return "MAV_CMD_DO_JUMP_TAG"
        case 611: return "MAV_CMD_DO_SET_GLOBAL_ORIGIN"
        case 1000: return "MAV_CMD_DO_GIMBAL_MANAGER_PITCHYAW"
        case 1001: return "MAV_CMD_DO_GIMBAL_MANAGER_CONFIGURE"
        case 2000: return "MAV_CMD_IMAGE_START_CAPTURE"
        case 2001: return "MAV_CMD_IMAGE_STOP_CAPTURE"
        case 2002: return "MAV_CMD_REQUEST_CAMERA_IMAGE_CAPTURE"
        case 2003: return "MAV_CMD_DO_TRIGGER_CONTROL"
        case 2004: return "MAV_CMD_CAMERA_TRACK_POINT"
        case 2005: return "MAV_CMD_CAMERA_TRACK_RECTANGLE"
        case 2010: return "MAV_CMD_CAMERA_STOP_TRACKING"
        case 2500: return "MAV_CMD_VIDEO_START_CAPTURE"
        case 2501: return "MAV_CMD_VIDEO_STOP_CAPTURE"
        case 2502: return "MAV_CMD_VIDEO_START_STREAMING"
        case 2503: return "MAV_CMD_VIDEO_STOP_STREAMING"
        case 2504: return "MAV_CMD_REQUEST_VIDEO_STREAM_INFORMATION"
        case 2505: return "MAV_CMD_REQUEST_VIDEO_STREAM_STATUS"
        case 2510: return "MAV_CMD_LOGGING_START"
        case 2511: return "MAV_CMD_LOGGING_STOP"
        case 2520: return "MAV_CMD_AIRFRAME_CONFIGURATION"
        case 2600: return "MAV_CMD_CONTROL_HIGH_LATENCY"
        case 2800: return "MAV_CMD_PANORAMA_CREATE"
        case 3000: return "MAV_CMD_DO_VTOL_TRANSITION"
        case 3001: return "MAV_CMD_ARM_AUTHORIZATION_REQUEST"
        case 4000: return "MAV_CMD_SET_GUIDED_SUBMODE_STANDARD"
        case 4001: return "MAV_CMD_SET_GUIDED_SUBMODE_CIRCLE"
        case 4501: return "MAV_CMD_CONDITION_GATE"
        case 5000: return "MAV_CMD_NAV_FENCE_RETURN_POINT"
        case 5001: return "MAV_CMD_NAV_FENCE_POLYGON_VERTEX_INCLUSION"
        case 5002: return "MAV_CMD_NAV_FENCE_POLYGON_VERTEX_EXCLUSION"
        case 5003: return "MAV_CMD_NAV_FENCE_CIRCLE_INCLUSION"
        case 5004: return "MAV_CMD_NAV_FENCE_CIRCLE_EXCLUSION"
        case 5100: return "MAV_CMD_NAV_RALLY_POINT"
        case 5200: return "MAV_CMD_UAVCAN_GET_NODE_INFO"
        case 5300: return "MAV_CMD_DO_SET_SAFETY_SWITCH_STATE"
        case 10001: return "MAV_CMD_DO_ADSB_OUT_IDENT"
        case 10151: return "MAV_CMD_LOWEHEISER_SET_STATE"
        case 30001: return "MAV_CMD_PAYLOAD_PREPARE_DEPLOY"
        case 30002: return "MAV_CMD_PAYLOAD_CONTROL_DEPLOY"
        case 31000: return "MAV_CMD_WAYPOINT_USER_1"
        case 31001: return "MAV_CMD_WAYPOINT_USER_2"
        case 31002: return "MAV_CMD_WAYPOINT_USER_3"
        case 31003: return "MAV_CMD_WAYPOINT_USER_4"
        case 31004: return "MAV_CMD_WAYPOINT_USER_5"
        case 31005: return "MAV_CMD_SPATIAL_USER_1"
        case 31006: return "MAV_CMD_SPATIAL_USER_2"
        case 31007: return "MAV_CMD_SPATIAL_USER_3"
        case 31008: return "MAV_CMD_SPATIAL_USER_4"
        case 31009: return "MAV_CMD_SPATIAL_USER_5"
        case 31010: return "MAV_CMD_USER_1"
        case 31011: return "MAV_CMD_USER_2"
        case 31012: return "MAV_CMD_USER_3"
        case 31013: return "MAV_CMD_USER_4"
        case 31014: return "MAV_CMD_USER_5"
        case 32000: return "MAV_CMD_CAN_FORWARD"
        case 42000: return "MAV_CMD_POWER_OFF_INITIATED"
        case 42001: return "MAV_CMD_SOLO_BTN_FLY_CLICK"
        case 42002: return "MAV_CMD_SOLO_BTN_FLY_HOLD"
        case 42003: return "MAV_CMD_SOLO_BTN_PAUSE_CLICK"
        case 42004: return "MAV_CMD_FIXED_MAG_CAL"
        case 42005: return "MAV_CMD_FIXED_MAG_CAL_FIELD"
        case 42006: return "MAV_CMD_FIXED_MAG_CAL_YAW"
        case 42007: return "MAV_CMD_SET_EKF_SOURCE_SET"
        case 42424: return "MAV_CMD_DO_START_MAG_CAL"
        case 42425: return "MAV_CMD_DO_ACCEPT_MAG_CAL"
        case 42426: return "MAV_CMD_DO_CANCEL_MAG_CAL"
        case 42427: return "MAV_CMD_SET_FACTORY_TEST_MODE"
        case 42428: return "MAV_CMD_DO_SEND_BANNER"
        case 42429: return "MAV_CMD_ACCELCAL_VEHICLE_POS"
        case 42501: return "MAV_CMD_GIMBAL_RESET"
        case 42502: return "MAV_CMD_GIMBAL_AXIS_CALIBRATION_STATUS"
        case 42503: return "MAV_CMD_GIMBAL_REQUEST_AXIS_CALIBRATION"
        case 42505: return "MAV_CMD_GIMBAL_FULL_RESET"
        case 42600: return "MAV_CMD_DO_WINCH"
        case 42650: return "MAV_CMD_FLASH_BOOTLOADER"
        case 42651: return "MAV_CMD_BATTERY_RESET"
        case 42700: return "MAV_CMD_DEBUG_TRAP"
        case 42701: return "MAV_CMD_SCRIPTING"
        case 42702: return "MAV_CMD_NAV_SCRIPT_TIME"
        case 42703: return "MAV_CMD_NAV_ATTITUDE_TIME"
        case 43000: return "MAV_CMD_GUIDED_CHANGE_SPEED"
        case 43001: return "MAV_CMD_GUIDED_CHANGE_ALTITUDE"
        case 43002: return "MAV_CMD_GUIDED_CHANGE_HEADING"
        case 43003: return "MAV_CMD_EXTERNAL_POSITION_ESTIMATE"
        case 43005: return "MAV_CMD_SET_HAGL"
        default: return nil
        }
    }
}

/// Possible actions an aircraft can take to avoid a collision.
///
/// MAVLink enum `MAV_COLLISION_ACTION`. Unknown values are kept, not rejected.
public struct MAVCollisionAction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Ignore any potential collisions
    public static let none = MAVCollisionAction(rawValue: 0)
    /// Report potential collision
    public static let report = MAVCollisionAction(rawValue: 1)
    /// Ascend or Descend to avoid threat
    public static let ascendOrDescend = MAVCollisionAction(rawValue: 2)
    /// Move horizontally to avoid threat
    public static let moveHorizontally = MAVCollisionAction(rawValue: 3)
    /// Aircraft to move perpendicular to the collision's velocity vector
    public static let movePerpendicular = MAVCollisionAction(rawValue: 4)
    /// Aircraft to fly directly back to its launch point
    public static let rtl = MAVCollisionAction(rawValue: 5)
    /// Aircraft to stop in place
    public static let hover = MAVCollisionAction(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_COLLISION_ACTION_NONE"
        case 1: return "MAV_COLLISION_ACTION_REPORT"
        case 2: return "MAV_COLLISION_ACTION_ASCEND_OR_DESCEND"
        case 3: return "MAV_COLLISION_ACTION_MOVE_HORIZONTALLY"
        case 4: return "MAV_COLLISION_ACTION_MOVE_PERPENDICULAR"
        case 5: return "MAV_COLLISION_ACTION_RTL"
        case 6: return "MAV_COLLISION_ACTION_HOVER"
        default: return nil
        }
    }
}

/// Source of information about this collision.
///
/// MAVLink enum `MAV_COLLISION_SRC`. Unknown values are kept, not rejected.
public struct MAVCollisionSrc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ID field references ADSB_VEHICLE packets
    public static let adsb = MAVCollisionSrc(rawValue: 0)
    /// ID field references MAVLink SRC ID
    public static let mavlinkGpsGlobalInt = MAVCollisionSrc(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_COLLISION_SRC_ADSB"
        case 1: return "MAV_COLLISION_SRC_MAVLINK_GPS_GLOBAL_INT"
        default: return nil
        }
    }
}

/// Aircraft-rated danger from this threat.
///
/// MAVLink enum `MAV_COLLISION_THREAT_LEVEL`. Unknown values are kept, not rejected.
public struct MAVCollisionThreatLevel: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not a threat
    public static let none = MAVCollisionThreatLevel(rawValue: 0)
    /// Craft is mildly concerned about this threat
    public static let low = MAVCollisionThreatLevel(rawValue: 1)
    /// Craft is panicking, and may take actions to avoid threat
    public static let high = MAVCollisionThreatLevel(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_COLLISION_THREAT_LEVEL_NONE"
        case 1: return "MAV_COLLISION_THREAT_LEVEL_LOW"
        case 2: return "MAV_COLLISION_THREAT_LEVEL_HIGH"
        default: return nil
        }
    }
}

/// A data stream is not a fixed set of messages, but rather a
/// recommendation to the autopilot software. Individual autopilots may or may not obey
/// the recommended messages.
///
/// MAVLink enum `MAV_DATA_STREAM`. Unknown values are kept, not rejected.
public struct MAVDataStream: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Enable all data streams
    public static let all = MAVDataStream(rawValue: 0)
    /// Enable IMU_RAW, GPS_RAW, GPS_STATUS packets.
    public static let rawSensors = MAVDataStream(rawValue: 1)
    /// Enable GPS_STATUS, CONTROL_STATUS, AUX_STATUS
    public static let extendedStatus = MAVDataStream(rawValue: 2)
    /// Enable RC_CHANNELS_SCALED, RC_CHANNELS_RAW, SERVO_OUTPUT_RAW
    public static let rcChannels = MAVDataStream(rawValue: 3)
    /// Enable ATTITUDE_CONTROLLER_OUTPUT, POSITION_CONTROLLER_OUTPUT, NAV_CONTROLLER_OUTPUT.
    public static let rawController = MAVDataStream(rawValue: 4)
    /// Enable LOCAL_POSITION, GLOBAL_POSITION_INT messages.
    public static let position = MAVDataStream(rawValue: 6)
    /// Dependent on the autopilot
    public static let extra1 = MAVDataStream(rawValue: 10)
    /// Dependent on the autopilot
    public static let extra2 = MAVDataStream(rawValue: 11)
    /// Dependent on the autopilot
    public static let extra3 = MAVDataStream(rawValue: 12)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_DATA_STREAM_ALL"
        case 1: return "MAV_DATA_STREAM_RAW_SENSORS"
        case 2: return "MAV_DATA_STREAM_EXTENDED_STATUS"
        case 3: return "MAV_DATA_STREAM_RC_CHANNELS"
        case 4: return "MAV_DATA_STREAM_RAW_CONTROLLER"
        case 6: return "MAV_DATA_STREAM_POSITION"
        case 10: return "MAV_DATA_STREAM_EXTRA1"
        case 11: return "MAV_DATA_STREAM_EXTRA2"
        case 12: return "MAV_DATA_STREAM_EXTRA3"
        default: return nil
        }
    }
}

/// Enumeration of distance sensor types
///
/// MAVLink enum `MAV_DISTANCE_SENSOR`. Unknown values are kept, not rejected.
public struct MAVDistanceSensor: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Laser rangefinder, e.g. LightWare SF02/F or PulsedLight units
    public static let laser = MAVDistanceSensor(rawValue: 0)
    /// Ultrasound rangefinder, e.g. MaxBotix units
    public static let ultrasound = MAVDistanceSensor(rawValue: 1)
    /// Infrared rangefinder, e.g. Sharp units
    public static let infrared = MAVDistanceSensor(rawValue: 2)
    /// Radar type, e.g. uLanding units
    public static let radar = MAVDistanceSensor(rawValue: 3)
    /// Broken or unknown type, e.g. analog units
    public static let unknown = MAVDistanceSensor(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_DISTANCE_SENSOR_LASER"
        case 1: return "MAV_DISTANCE_SENSOR_ULTRASOUND"
        case 2: return "MAV_DISTANCE_SENSOR_INFRARED"
        case 3: return "MAV_DISTANCE_SENSOR_RADAR"
        case 4: return "MAV_DISTANCE_SENSOR_UNKNOWN"
        default: return nil
        }
    }
}

/// Bitmap of options for the MAV_CMD_DO_REPOSITION
///
/// MAVLink enum `MAV_DO_REPOSITION_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct MAVDoRepositionFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The aircraft should immediately transition into guided. This should not be set for follow me applications
    public static let changeMode = MAVDoRepositionFlags(rawValue: 1)
    /// Yaw relative to the vehicle current heading (if not set, relative to North).
    public static let relativeYaw = MAVDoRepositionFlags(rawValue: 2)
}

/// Enumeration of estimator types
///
/// MAVLink enum `MAV_ESTIMATOR_TYPE`. Unknown values are kept, not rejected.
public struct MAVEstimatorType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unknown type of the estimator.
    public static let unknown = MAVEstimatorType(rawValue: 0)
    /// This is a naive estimator without any real covariance feedback.
    public static let naive = MAVEstimatorType(rawValue: 1)
    /// Computer vision based estimate. Might be up to scale.
    public static let vision = MAVEstimatorType(rawValue: 2)
    /// Visual-inertial estimate.
    public static let vio = MAVEstimatorType(rawValue: 3)
    /// Plain GPS estimate.
    public static let gps = MAVEstimatorType(rawValue: 4)
    /// Estimator integrating GPS and inertial sensing.
    public static let gpsIns = MAVEstimatorType(rawValue: 5)
    /// Estimate from external motion capturing system.
    public static let mocap = MAVEstimatorType(rawValue: 6)
    /// Estimator based on lidar sensor input.
    public static let lidar = MAVEstimatorType(rawValue: 7)
    /// Estimator on autopilot.
    public static let autopilot = MAVEstimatorType(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ESTIMATOR_TYPE_UNKNOWN"
        case 1: return "MAV_ESTIMATOR_TYPE_NAIVE"
        case 2: return "MAV_ESTIMATOR_TYPE_VISION"
        case 3: return "MAV_ESTIMATOR_TYPE_VIO"
        case 4: return "MAV_ESTIMATOR_TYPE_GPS"
        case 5: return "MAV_ESTIMATOR_TYPE_GPS_INS"
        case 6: return "MAV_ESTIMATOR_TYPE_MOCAP"
        case 7: return "MAV_ESTIMATOR_TYPE_LIDAR"
        case 8: return "MAV_ESTIMATOR_TYPE_AUTOPILOT"
        default: return nil
        }
    }
}

/// Flags for CURRENT_EVENT_SEQUENCE.
///
/// MAVLink enum `MAV_EVENT_CURRENT_SEQUENCE_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct MAVEventCurrentSequenceFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A sequence reset has happened (e.g. vehicle reboot).
    public static let reset = MAVEventCurrentSequenceFlags(rawValue: 1)
}

/// Reason for an event error response.
///
/// MAVLink enum `MAV_EVENT_ERROR_REASON`. Unknown values are kept, not rejected.
public struct MAVEventErrorReason: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The requested event is not available (anymore).
    public static let unavailable = MAVEventErrorReason(rawValue: 0)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_EVENT_ERROR_REASON_UNAVAILABLE"
        default: return nil
        }
    }
}

/// Coordinate frames used by MAVLink. Not all frames are supported by all commands, messages, or vehicles.
///
/// Global frames use the following naming conventions:
/// - "GLOBAL": Global coordinate frame with WGS84 latitude/longitude and altitude positive over mean sea level (MSL) by default.
/// The following modifiers may be used with "GLOBAL":
/// - "RELATIVE_ALT": Altitude is relative to the vehicle home position rather than MSL.
/// - "TERRAIN_ALT": Altitude is relative to ground level rather than MSL.
/// - "INT": Latitude/longitude (in degrees) are scaled by multiplying by 1E7.
///
/// Local frames use the following naming conventions:
/// - "LOCAL": Origin of local frame is fixed relative to earth. Unless otherwise specified this origin is the origin of the vehicle position-estimator ("EKF").
/// - "BODY": Origin of local frame travels with the vehicle. NOTE, "BODY" does NOT indicate alignment of frame axis with vehicle attitude.
/// - "OFFSET": Deprecated synonym for "BODY" (origin travels with the vehicle). Not to be used for new frames.
///
/// Some deprecated frames do not follow these conventions (e.g. MAV_FRAME_BODY_NED and MAV_FRAME_BODY_OFFSET_NED).
///
/// MAVLink enum `MAV_FRAME`. Unknown values are kept, not rejected.
public struct MAVFrame: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Global (WGS84) coordinate frame + altitude relative to mean sea level (MSL).
    public static let global = MAVFrame(rawValue: 0)
    /// NED local tangent frame (x: North, y: East, z: Down) with origin fixed relative to earth.
    public static let localNed = MAVFrame(rawValue: 1)
    /// NOT a coordinate frame, indicates a mission command.
    public static let mission = MAVFrame(rawValue: 2)
    /// Global (WGS84) coordinate frame + altitude relative to the home position.
    public static let globalRelativeAlt = MAVFrame(rawValue: 3)
    /// ENU local tangent frame (x: East, y: North, z: Up) with origin fixed relative to earth.
    public static let localEnu = MAVFrame(rawValue: 4)
    /// Global (WGS84) coordinate frame (scaled) + altitude relative to mean sea level (MSL).
    public static let globalInt = MAVFrame(rawValue: 5)
    /// Global (WGS84) coordinate frame (scaled) + altitude relative to the home position.
    public static let globalRelativeAltInt = MAVFrame(rawValue: 6)
    /// NED local tangent frame (x: North, y: East, z: Down) with origin that travels with the vehicle.
    public static let localOffsetNed = MAVFrame(rawValue: 7)
    /// Same as MAV_FRAME_LOCAL_NED when used to represent position values. Same as MAV_FRAME_BODY_FRD when used with velocity/acceleration values.
    public static let bodyNed = MAVFrame(rawValue: 8)
    /// This is the same as MAV_FRAME_BODY_FRD.
    public static let bodyOffsetNed = MAVFrame(rawValue: 9)
    /// Global (WGS84) coordinate frame with AGL altitude (altitude at ground level).
    public static let globalTerrainAlt = MAVFrame(rawValue: 10)
    /// Global (WGS84) coordinate frame (scaled) with AGL altitude (altitude at ground level).
    public static let globalTerrainAltInt = MAVFrame(rawValue: 11)
    /// FRD local frame aligned to the vehicle's attitude (x: Forward, y: Right, z: Down) with an origin that travels with vehicle.
    public static let bodyFrd = MAVFrame(rawValue: 12)
    /// MAV_FRAME_BODY_FLU - Body fixed frame of reference, Z-up (x: Forward, y: Left, z: Up).
    /// Deprecated.
    public static let reserved13 = MAVFrame(rawValue: 13)
    /// MAV_FRAME_MOCAP_NED - Odometry local coordinate frame of data given by a motion capture system, Z-down (x: North, y: East, z: Down).
    /// Deprecated.
    public static let reserved14 = MAVFrame(rawValue: 14)
    /// MAV_FRAME_MOCAP_ENU - Odometry local coordinate frame of data given by a motion capture system, Z-up (x: East, y: North, z: Up).
    /// Deprecated.
    public static let reserved15 = MAVFrame(rawValue: 15)
    /// MAV_FRAME_VISION_NED - Odometry local coordinate frame of data given by a vision estimation system, Z-down (x: North, y: East, z: Down).
    /// Deprecated.
    public static let reserved16 = MAVFrame(rawValue: 16)
    /// MAV_FRAME_VISION_ENU - Odometry local coordinate frame of data given by a vision estimation system, Z-up (x: East, y: North, z: Up).
    /// Deprecated.
    public static let reserved17 = MAVFrame(rawValue: 17)
    /// MAV_FRAME_ESTIM_NED - Odometry local coordinate frame of data given by an estimator running onboard the vehicle, Z-down (x: North, y: East, z: Down).
    /// Deprecated.
    public static let reserved18 = MAVFrame(rawValue: 18)
    /// MAV_FRAME_ESTIM_ENU - Odometry local coordinate frame of data given by an estimator running onboard the vehicle, Z-up (x: East, y: North, z: Up).
    /// Deprecated.
    public static let reserved19 = MAVFrame(rawValue: 19)
    /// FRD local tangent frame (x: Forward, y: Right, z: Down) with origin fixed relative to earth. The forward axis is aligned to the front of the vehicle in the horizontal plane.
    public static let localFrd = MAVFrame(rawValue: 20)
    /// FLU local tangent frame (x: Forward, y: Left, z: Up) with origin fixed relative to earth. The forward axis is aligned to the front of the vehicle in the horizontal plane.
    public static let localFlu = MAVFrame(rawValue: 21)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_FRAME_GLOBAL"
        case 1: return "MAV_FRAME_LOCAL_NED"
        case 2: return "MAV_FRAME_MISSION"
        case 3: return "MAV_FRAME_GLOBAL_RELATIVE_ALT"
        case 4: return "MAV_FRAME_LOCAL_ENU"
        case 5: return "MAV_FRAME_GLOBAL_INT"
        case 6: return "MAV_FRAME_GLOBAL_RELATIVE_ALT_INT"
        case 7: return "MAV_FRAME_LOCAL_OFFSET_NED"
        case 8: return "MAV_FRAME_BODY_NED"
        case 9: return "MAV_FRAME_BODY_OFFSET_NED"
        case 10: return "MAV_FRAME_GLOBAL_TERRAIN_ALT"
        case 11: return "MAV_FRAME_GLOBAL_TERRAIN_ALT_INT"
        case 12: return "MAV_FRAME_BODY_FRD"
        case 13: return "MAV_FRAME_RESERVED_13"
        case 14: return "MAV_FRAME_RESERVED_14"
        case 15: return "MAV_FRAME_RESERVED_15"
        case 16: return "MAV_FRAME_RESERVED_16"
        case 17: return "MAV_FRAME_RESERVED_17"
        case 18: return "MAV_FRAME_RESERVED_18"
        case 19: return "MAV_FRAME_RESERVED_19"
        case 20: return "MAV_FRAME_LOCAL_FRD"
        case 21: return "MAV_FRAME_LOCAL_FLU"
        default: return nil
        }
    }
}

/// MAV FTP error codes (may be used in FILE_TRANSFER_PROTOCOL). See https://mavlink.io/en/services/ftp.html.
///
/// MAVLink enum `MAV_FTP_ERR`. Unknown values are kept, not rejected.
public struct MAVFtpErr: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// None: No error
    public static let none = MAVFtpErr(rawValue: 0)
    /// Fail: Unknown failure
    public static let fail = MAVFtpErr(rawValue: 1)
    /// FailErrno: Command failed, Err number sent back in PayloadHeader.data[1].
    /// This is a file-system error number understood by the server operating system.
    public static let failerrno = MAVFtpErr(rawValue: 2)
    /// InvalidDataSize: Payload size is invalid
    public static let invaliddatasize = MAVFtpErr(rawValue: 3)
    /// InvalidSession: Session is not currently open
    public static let invalidsession = MAVFtpErr(rawValue: 4)
    /// NoSessionsAvailable: All available sessions are already in use
    public static let nosessionsavailable = MAVFtpErr(rawValue: 5)
    /// EOF: Offset past end of file for ListDirectory and ReadFile commands
    public static let eof = MAVFtpErr(rawValue: 6)
    /// UnknownCommand: Unknown command / opcode
    public static let unknowncommand = MAVFtpErr(rawValue: 7)
    /// FileExists: File/directory already exists
    public static let fileexists = MAVFtpErr(rawValue: 8)
    /// FileProtected: File/directory is write protected
    public static let fileprotected = MAVFtpErr(rawValue: 9)
    /// FileNotFound: File/directory not found
    public static let filenotfound = MAVFtpErr(rawValue: 10)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_FTP_ERR_NONE"
        case 1: return "MAV_FTP_ERR_FAIL"
        case 2: return "MAV_FTP_ERR_FAILERRNO"
        case 3: return "MAV_FTP_ERR_INVALIDDATASIZE"
        case 4: return "MAV_FTP_ERR_INVALIDSESSION"
        case 5: return "MAV_FTP_ERR_NOSESSIONSAVAILABLE"
        case 6: return "MAV_FTP_ERR_EOF"
        case 7: return "MAV_FTP_ERR_UNKNOWNCOMMAND"
        case 8: return "MAV_FTP_ERR_FILEEXISTS"
        case 9: return "MAV_FTP_ERR_FILEPROTECTED"
        case 10: return "MAV_FTP_ERR_FILENOTFOUND"
        default: return nil
        }
    }
}

/// MAV FTP opcodes (may be used in FILE_TRANSFER_PROTOCOL). See https://mavlink.io/en/services/ftp.html.
///
/// MAVLink enum `MAV_FTP_OPCODE`. Unknown values are kept, not rejected.
public struct MAVFtpOpcode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// None. Ignored, always ACKed
    public static let none = MAVFtpOpcode(rawValue: 0)
    /// TerminateSession: Terminates open Read session
    public static let terminatesession = MAVFtpOpcode(rawValue: 1)
    /// ResetSessions: Terminates all open read sessions
    public static let resetsession = MAVFtpOpcode(rawValue: 2)
    /// ListDirectory. List files and directories in path from offset
    public static let listdirectory = MAVFtpOpcode(rawValue: 3)
    /// OpenFileRO: Opens file at path for reading, returns session
    public static let openfilero = MAVFtpOpcode(rawValue: 4)
    /// ReadFile: Reads size bytes from offset in session
    public static let readfile = MAVFtpOpcode(rawValue: 5)
    /// CreateFile: Creates file at path for writing, returns session
    public static let createfile = MAVFtpOpcode(rawValue: 6)
    /// WriteFile: Writes size bytes to offset in session
    public static let writefile = MAVFtpOpcode(rawValue: 7)
    /// RemoveFile: Remove file at path
    public static let removefile = MAVFtpOpcode(rawValue: 8)
    /// CreateDirectory: Creates directory at path
    public static let createdirectory = MAVFtpOpcode(rawValue: 9)
    /// RemoveDirectory: Removes directory at path. The directory must be empty.
    public static let removedirectory = MAVFtpOpcode(rawValue: 10)
    /// OpenFileWO: Opens file at path for writing, returns session
    public static let openfilewo = MAVFtpOpcode(rawValue: 11)
    /// TruncateFile: Truncate file at path to offset length
    public static let truncatefile = MAVFtpOpcode(rawValue: 12)
    /// Rename: Rename path1 to path2
    public static let rename = MAVFtpOpcode(rawValue: 13)
    /// CalcFileCRC32: Calculate CRC32 for file at path
    public static let calcfilecrc = MAVFtpOpcode(rawValue: 14)
    /// BurstReadFile: Burst download session file
    public static let burstreadfile = MAVFtpOpcode(rawValue: 15)
    /// ListDirectoryWithTime: List files and directories, along with last-modification timestamps, in path from offset. This is the same as ListDirectory except for the addition of timestamps. Servers that do not support this opcode respond with a NAK (MAV_FTP_ERR_UNKNOWNCOMMAND).
    public static let listdirectorywithtime = MAVFtpOpcode(rawValue: 16)
    /// ACK: ACK response
    public static let ack = MAVFtpOpcode(rawValue: 128)
    /// NAK: NAK response
    public static let nak = MAVFtpOpcode(rawValue: 129)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_FTP_OPCODE_NONE"
        case 1: return "MAV_FTP_OPCODE_TERMINATESESSION"
        case 2: return "MAV_FTP_OPCODE_RESETSESSION"
        case 3: return "MAV_FTP_OPCODE_LISTDIRECTORY"
        case 4: return "MAV_FTP_OPCODE_OPENFILERO"
        case 5: return "MAV_FTP_OPCODE_READFILE"
        case 6: return "MAV_FTP_OPCODE_CREATEFILE"
        case 7: return "MAV_FTP_OPCODE_WRITEFILE"
        case 8: return "MAV_FTP_OPCODE_REMOVEFILE"
        case 9: return "MAV_FTP_OPCODE_CREATEDIRECTORY"
        case 10: return "MAV_FTP_OPCODE_REMOVEDIRECTORY"
        case 11: return "MAV_FTP_OPCODE_OPENFILEWO"
        case 12: return "MAV_FTP_OPCODE_TRUNCATEFILE"
        case 13: return "MAV_FTP_OPCODE_RENAME"
        case 14: return "MAV_FTP_OPCODE_CALCFILECRC"
        case 15: return "MAV_FTP_OPCODE_BURSTREADFILE"
        case 16: return "MAV_FTP_OPCODE_LISTDIRECTORYWITHTIME"
        case 128: return "MAV_FTP_OPCODE_ACK"
        case 129: return "MAV_FTP_OPCODE_NAK"
        default: return nil
        }
    }
}

/// Fuel types for use in FUEL_TYPE. Fuel types specify the units for the maximum, available and consumed fuel, and for the flow rates.
///
/// MAVLink enum `MAV_FUEL_TYPE`. Unknown values are kept, not rejected.
public struct MAVFuelType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Not specified. Fuel levels are normalized (i.e. maximum is 1, and other levels are relative to 1).
    public static let unknown = MAVFuelType(rawValue: 0)
    /// A generic liquid fuel. Fuel levels are in millilitres (ml). Fuel rates are in millilitres/second.
    public static let liquid = MAVFuelType(rawValue: 1)
    /// A gas tank. Fuel levels are in kilo-Pascal (kPa), and flow rates are in milliliters per second (ml/s).
    public static let gas = MAVFuelType(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_FUEL_TYPE_UNKNOWN"
        case 1: return "MAV_FUEL_TYPE_LIQUID"
        case 2: return "MAV_FUEL_TYPE_GAS"
        default: return nil
        }
    }
}

/// Flags to report status/failure cases for a power generator (used in GENERATOR_STATUS). Note that FAULTS are conditions that cause the generator to fail. Warnings are conditions that require attention before the next use (they indicate the system is not operating properly).
///
/// MAVLink enum `MAV_GENERATOR_STATUS_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct MAVGeneratorStatusFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Generator is off.
    public static let off = MAVGeneratorStatusFlag(rawValue: 1)
    /// Generator is ready to start generating power.
    public static let ready = MAVGeneratorStatusFlag(rawValue: 2)
    /// Generator is generating power.
    public static let generating = MAVGeneratorStatusFlag(rawValue: 4)
    /// Generator is charging the batteries (generating enough power to charge and provide the load).
    public static let charging = MAVGeneratorStatusFlag(rawValue: 8)
    /// Generator is operating at a reduced maximum power.
    public static let reducedPower = MAVGeneratorStatusFlag(rawValue: 16)
    /// Generator is providing the maximum output.
    public static let maxpower = MAVGeneratorStatusFlag(rawValue: 32)
    /// Generator is near the maximum operating temperature, cooling is insufficient.
    public static let overtempWarning = MAVGeneratorStatusFlag(rawValue: 64)
    /// Generator hit the maximum operating temperature and shutdown.
    public static let overtempFault = MAVGeneratorStatusFlag(rawValue: 128)
    /// Power electronics are near the maximum operating temperature, cooling is insufficient.
    public static let electronicsOvertempWarning = MAVGeneratorStatusFlag(rawValue: 256)
    /// Power electronics hit the maximum operating temperature and shutdown.
    public static let electronicsOvertempFault = MAVGeneratorStatusFlag(rawValue: 512)
    /// Power electronics experienced a fault and shutdown.
    public static let electronicsFault = MAVGeneratorStatusFlag(rawValue: 1024)
    /// The power source supplying the generator failed e.g. mechanical generator stopped, tether is no longer providing power, solar cell is in shade, hydrogen reaction no longer happening.
    public static let powersourceFault = MAVGeneratorStatusFlag(rawValue: 2048)
    /// Generator controller having communication problems.
    public static let communicationWarning = MAVGeneratorStatusFlag(rawValue: 4096)
    /// Power electronic or generator cooling system error.
    public static let coolingWarning = MAVGeneratorStatusFlag(rawValue: 8192)
    /// Generator controller power rail experienced a fault.
    public static let powerRailFault = MAVGeneratorStatusFlag(rawValue: 16384)
    /// Generator controller exceeded the overcurrent threshold and shutdown to prevent damage.
    public static let overcurrentFault = MAVGeneratorStatusFlag(rawValue: 32768)
    /// Generator controller detected a high current going into the batteries and shutdown to prevent battery damage.
    public static let batteryOverchargeCurrentFault = MAVGeneratorStatusFlag(rawValue: 65536)
    /// Generator controller exceeded it's overvoltage threshold and shutdown to prevent it exceeding the voltage rating.
    public static let overvoltageFault = MAVGeneratorStatusFlag(rawValue: 131072)
    /// Batteries are under voltage (generator will not start).
    public static let batteryUndervoltFault = MAVGeneratorStatusFlag(rawValue: 262144)
    /// Generator start is inhibited by e.g. a safety switch.
    public static let startInhibited = MAVGeneratorStatusFlag(rawValue: 524288)
    /// Generator requires maintenance.
    public static let maintenanceRequired = MAVGeneratorStatusFlag(rawValue: 1048576)
    /// Generator is not ready to generate yet.
    public static let warmingUp = MAVGeneratorStatusFlag(rawValue: 2097152)
    /// Generator is idle.
    public static let idle = MAVGeneratorStatusFlag(rawValue: 4194304)
}

/// Actions that may be specified in MAV_CMD_OVERRIDE_GOTO to override mission execution.
///
/// MAVLink enum `MAV_GOTO`. Unknown values are kept, not rejected.
public struct MAVGoto: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Hold at the current position.
    public static let doHold = MAVGoto(rawValue: 0)
    /// Continue with the next item in mission execution.
    public static let doContinue = MAVGoto(rawValue: 1)
    /// Hold at the current position of the system
    public static let holdAtCurrentPosition = MAVGoto(rawValue: 2)
    /// Hold at the position specified in the parameters of the DO_HOLD action
    public static let holdAtSpecifiedPosition = MAVGoto(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_GOTO_DO_HOLD"
        case 1: return "MAV_GOTO_DO_CONTINUE"
        case 2: return "MAV_GOTO_HOLD_AT_CURRENT_POSITION"
        case 3: return "MAV_GOTO_HOLD_AT_SPECIFIED_POSITION"
        default: return nil
        }
    }
}

/// Enumeration of landed detector states
///
/// MAVLink enum `MAV_LANDED_STATE`. Unknown values are kept, not rejected.
public struct MAVLandedState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MAV landed state is unknown
    public static let undefined = MAVLandedState(rawValue: 0)
    /// MAV is landed (on ground)
    public static let onGround = MAVLandedState(rawValue: 1)
    /// MAV is in air
    public static let inAir = MAVLandedState(rawValue: 2)
    /// MAV currently taking off
    public static let takeoff = MAVLandedState(rawValue: 3)
    /// MAV currently landing
    public static let landing = MAVLandedState(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_LANDED_STATE_UNDEFINED"
        case 1: return "MAV_LANDED_STATE_ON_GROUND"
        case 2: return "MAV_LANDED_STATE_IN_AIR"
        case 3: return "MAV_LANDED_STATE_TAKEOFF"
        case 4: return "MAV_LANDED_STATE_LANDING"
        default: return nil
        }
    }
}

/// Result of mission operation (in a MISSION_ACK message).
///
/// MAVLink enum `MAV_MISSION_RESULT`. Unknown values are kept, not rejected.
public struct MAVMissionResult: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// mission accepted OK
    public static let mavMissionAccepted = MAVMissionResult(rawValue: 0)
    /// Generic error / not accepting mission commands at all right now.
    public static let mavMissionError = MAVMissionResult(rawValue: 1)
    /// Coordinate frame is not supported.
    public static let mavMissionUnsupportedFrame = MAVMissionResult(rawValue: 2)
    /// Command is not supported.
    public static let mavMissionUnsupported = MAVMissionResult(rawValue: 3)
    /// Mission items exceed storage space.
    public static let mavMissionNoSpace = MAVMissionResult(rawValue: 4)
    /// One of the parameters has an invalid value.
    public static let mavMissionInvalid = MAVMissionResult(rawValue: 5)
    /// param1 has an invalid value.
    public static let mavMissionInvalidParam1 = MAVMissionResult(rawValue: 6)
    /// param2 has an invalid value.
    public static let mavMissionInvalidParam2 = MAVMissionResult(rawValue: 7)
    /// param3 has an invalid value.
    public static let mavMissionInvalidParam3 = MAVMissionResult(rawValue: 8)
    /// param4 has an invalid value.
    public static let mavMissionInvalidParam4 = MAVMissionResult(rawValue: 9)
    /// x / param5 has an invalid value.
    public static let mavMissionInvalidParam5X = MAVMissionResult(rawValue: 10)
    /// y / param6 has an invalid value.
    public static let mavMissionInvalidParam6Y = MAVMissionResult(rawValue: 11)
    /// z / param7 has an invalid value.
    public static let mavMissionInvalidParam7 = MAVMissionResult(rawValue: 12)
    /// Mission item received out of sequence
    public static let mavMissionInvalidSequence = MAVMissionResult(rawValue: 13)
    /// Not accepting any mission commands from this communication partner.
    public static let mavMissionDenied = MAVMissionResult(rawValue: 14)
    /// Current mission operation cancelled (e.g. mission upload, mission download).
    public static let mavMissionOperationCancelled = MAVMissionResult(rawValue: 15)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_MISSION_ACCEPTED"
        case 1: return "MAV_MISSION_ERROR"
        case 2: return "MAV_MISSION_UNSUPPORTED_FRAME"
        case 3: return "MAV_MISSION_UNSUPPORTED"
        case 4: return "MAV_MISSION_NO_SPACE"
        case 5: return "MAV_MISSION_INVALID"
        case 6: return "MAV_MISSION_INVALID_PARAM1"
        case 7: return "MAV_MISSION_INVALID_PARAM2"
        case 8: return "MAV_MISSION_INVALID_PARAM3"
        case 9: return "MAV_MISSION_INVALID_PARAM4"
        case 10: return "MAV_MISSION_INVALID_PARAM5_X"
        case 11: return "MAV_MISSION_INVALID_PARAM6_Y"
        case 12: return "MAV_MISSION_INVALID_PARAM7"
        case 13: return "MAV_MISSION_INVALID_SEQUENCE"
        case 14: return "MAV_MISSION_DENIED"
        case 15: return "MAV_MISSION_OPERATION_CANCELLED"
        default: return nil
        }
    }
}

/// Type of mission items being requested/sent in mission protocol.
///
/// MAVLink enum `MAV_MISSION_TYPE`. Unknown values are kept, not rejected.
public struct MAVMissionType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Items are mission commands for main mission.
    public static let mission = MAVMissionType(rawValue: 0)
    /// Specifies GeoFence area(s). Items are MAV_CMD_NAV_FENCE_ GeoFence items.
    public static let fence = MAVMissionType(rawValue: 1)
    /// Specifies the rally points for the vehicle. Rally points are alternative RTL points. Items are MAV_CMD_NAV_RALLY_POINT rally point items.
    public static let rally = MAVMissionType(rawValue: 2)
    /// Only used in MISSION_CLEAR_ALL to clear all mission types.
    public static let all = MAVMissionType(rawValue: 255)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_MISSION_TYPE_MISSION"
        case 1: return "MAV_MISSION_TYPE_FENCE"
        case 2: return "MAV_MISSION_TYPE_RALLY"
        case 255: return "MAV_MISSION_TYPE_ALL"
        default: return nil
        }
    }
}

/// Predefined OR-combined MAV_MODE_FLAG values. These can simplify using the flags when setting modes. Note that manual input is enabled in all modes as a safety override.
///
/// MAVLink enum `MAV_MODE`. Unknown values are kept, not rejected.
public struct MAVMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// System is not ready to fly, booting, calibrating, etc. No flag is set.
    public static let preflight = MAVMode(rawValue: 0)
    /// System is allowed to be active, under assisted RC control (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_STABILIZE_ENABLED)
    public static let stabilizeDisarmed = MAVMode(rawValue: 80)
    /// System is allowed to be active, under assisted RC control (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_MANUAL_INPUT_ENABLED, MAV_MODE_FLAG_STABILIZE_ENABLED)
    public static let stabilizeArmed = MAVMode(rawValue: 208)
    /// System is allowed to be active, under manual (RC) control, no stabilization (MAV_MODE_FLAG_MANUAL_INPUT_ENABLED)
    public static let manualDisarmed = MAVMode(rawValue: 64)
    /// System is allowed to be active, under manual (RC) control, no stabilization (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_MANUAL_INPUT_ENABLED)
    public static let manualArmed = MAVMode(rawValue: 192)
    /// System is allowed to be active, under autonomous control, manual setpoint (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_STABILIZE_ENABLED, MAV_MODE_FLAG_GUIDED_ENABLED)
    public static let guidedDisarmed = MAVMode(rawValue: 88)
    /// System is allowed to be active, under autonomous control, manual setpoint (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_MANUAL_INPUT_ENABLED, MAV_MODE_FLAG_STABILIZE_ENABLED, MAV_MODE_FLAG_GUIDED_ENABLED)
    public static let guidedArmed = MAVMode(rawValue: 216)
    /// System is allowed to be active, under autonomous control and navigation (the trajectory is decided onboard and not pre-programmed by waypoints). (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_STABILIZE_ENABLED, MAV_MODE_FLAG_GUIDED_ENABLED, MAV_MODE_FLAG_AUTO_ENABLED).
    public static let autoDisarmed = MAVMode(rawValue: 92)
    /// System is allowed to be active, under autonomous control and navigation (the trajectory is decided onboard and not pre-programmed by waypoints). (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_MANUAL_INPUT_ENABLED, MAV_MODE_FLAG_STABILIZE_ENABLED, MAV_MODE_FLAG_GUIDED_ENABLED,MAV_MODE_FLAG_AUTO_ENABLED).
    public static let autoArmed = MAVMode(rawValue: 220)
    /// UNDEFINED mode. This solely depends on the autopilot - use with caution, intended for developers only. (MAV_MODE_FLAG_MANUAL_INPUT_ENABLED, MAV_MODE_FLAG_TEST_ENABLED).
    public static let testDisarmed = MAVMode(rawValue: 66)
    /// UNDEFINED mode. This solely depends on the autopilot - use with caution, intended for developers only (MAV_MODE_FLAG_SAFETY_ARMED, MAV_MODE_FLAG_MANUAL_INPUT_ENABLED, MAV_MODE_FLAG_TEST_ENABLED)
    public static let testArmed = MAVMode(rawValue: 194)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_MODE_PREFLIGHT"
        case 64: return "MAV_MODE_MANUAL_DISARMED"
        case 66: return "MAV_MODE_TEST_DISARMED"
        case 80: return "MAV_MODE_STABILIZE_DISARMED"
        case 88: return "MAV_MODE_GUIDED_DISARMED"
        case 92: return "MAV_MODE_AUTO_DISARMED"
        case 192: return "MAV_MODE_MANUAL_ARMED"
        case 194: return "MAV_MODE_TEST_ARMED"
        case 208: return "MAV_MODE_STABILIZE_ARMED"
        case 216: return "MAV_MODE_GUIDED_ARMED"
        case 220: return "MAV_MODE_AUTO_ARMED"
        default: return nil
        }
    }
}

/// Mode properties.
///
/// MAVLink enum `MAV_MODE_PROPERTY` (bitmask). Unknown values are kept, not rejected.
public struct MAVModeProperty: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// If set, this mode is an advanced mode.
    /// For example a rate-controlled manual mode might be advanced, whereas a position-controlled manual mode is not.
    /// A GCS can optionally use this flag to configure the UI for its intended users.
    public static let advanced = MAVModeProperty(rawValue: 1)
    /// If set, this mode should not be added to the list of selectable modes.
    /// The mode might still be selected by the FC directly (for example as part of a failsafe).
    public static let notUserSelectable = MAVModeProperty(rawValue: 2)
    /// If set, this mode is automatically controlled (it may use but does not require a manual controller).
    /// If unset the mode is a assumed to require user input (be a manual mode).
    public static let autoMode = MAVModeProperty(rawValue: 4)
}

/// Enumeration of possible mount operation modes. This message is used by obsolete/deprecated gimbal messages.
///
/// MAVLink enum `MAV_MOUNT_MODE`. Unknown values are kept, not rejected.
public struct MAVMountMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Load and keep safe position (Roll,Pitch,Yaw) from permanent memory and stop stabilization
    public static let retract = MAVMountMode(rawValue: 0)
    /// Load and keep neutral position (Roll,Pitch,Yaw) from permanent memory.
    public static let neutral = MAVMountMode(rawValue: 1)
    /// Load neutral position and start MAVLink Roll,Pitch,Yaw control with stabilization
    public static let mavlinkTargeting = MAVMountMode(rawValue: 2)
    /// Load neutral position and start RC Roll,Pitch,Yaw control with stabilization
    public static let rcTargeting = MAVMountMode(rawValue: 3)
    /// Load neutral position and start to point to Lat,Lon,Alt
    public static let gpsPoint = MAVMountMode(rawValue: 4)
    /// Gimbal tracks system with specified system ID
    public static let sysidTarget = MAVMountMode(rawValue: 5)
    /// Gimbal tracks home position
    public static let homeLocation = MAVMountMode(rawValue: 6)
    /// Gimbal tracks next waypoint location with offset
    public static let wpnextOffset = MAVMountMode(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_MOUNT_MODE_RETRACT"
        case 1: return "MAV_MOUNT_MODE_NEUTRAL"
        case 2: return "MAV_MOUNT_MODE_MAVLINK_TARGETING"
        case 3: return "MAV_MOUNT_MODE_RC_TARGETING"
        case 4: return "MAV_MOUNT_MODE_GPS_POINT"
        case 5: return "MAV_MOUNT_MODE_SYSID_TARGET"
        case 6: return "MAV_MOUNT_MODE_HOME_LOCATION"
        case 7: return "MAV_MOUNT_MODE_WPNEXT_OFFSET"
        default: return nil
        }
    }
}

/// MAV_ODID_ARM_STATUS
///
/// MAVLink enum `MAV_ODID_ARM_STATUS`. Unknown values are kept, not rejected.
public struct MAVOdidArmStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Passing arming checks.
    public static let goodToArm = MAVOdidArmStatus(rawValue: 0)
    /// Generic arming failure, see error string for details.
    public static let preArmFailGeneric = MAVOdidArmStatus(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_ARM_STATUS_GOOD_TO_ARM"
        case 1: return "MAV_ODID_ARM_STATUS_PRE_ARM_FAIL_GENERIC"
        default: return nil
        }
    }
}

/// MAV_ODID_AUTH_TYPE
///
/// MAVLink enum `MAV_ODID_AUTH_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidAuthType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No authentication type is specified.
    public static let none = MAVOdidAuthType(rawValue: 0)
    /// Signature for the UAS (Unmanned Aircraft System) ID.
    public static let uasIdSignature = MAVOdidAuthType(rawValue: 1)
    /// Signature for the Operator ID.
    public static let operatorIdSignature = MAVOdidAuthType(rawValue: 2)
    /// Signature for the entire message set.
    public static let messageSetSignature = MAVOdidAuthType(rawValue: 3)
    /// Authentication is provided by Network Remote ID.
    public static let networkRemoteId = MAVOdidAuthType(rawValue: 4)
    /// The exact authentication type is indicated by the first byte of authentication_data and these type values are managed by ICAO.
    public static let specificAuthentication = MAVOdidAuthType(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_AUTH_TYPE_NONE"
        case 1: return "MAV_ODID_AUTH_TYPE_UAS_ID_SIGNATURE"
        case 2: return "MAV_ODID_AUTH_TYPE_OPERATOR_ID_SIGNATURE"
        case 3: return "MAV_ODID_AUTH_TYPE_MESSAGE_SET_SIGNATURE"
        case 4: return "MAV_ODID_AUTH_TYPE_NETWORK_REMOTE_ID"
        case 5: return "MAV_ODID_AUTH_TYPE_SPECIFIC_AUTHENTICATION"
        default: return nil
        }
    }
}

/// MAV_ODID_CATEGORY_EU
///
/// MAVLink enum `MAV_ODID_CATEGORY_EU`. Unknown values are kept, not rejected.
public struct MAVOdidCategoryEu: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The category for the UA, according to the EU specification, is undeclared.
    public static let undeclared = MAVOdidCategoryEu(rawValue: 0)
    /// The category for the UA, according to the EU specification, is the Open category.
    public static let `open` = MAVOdidCategoryEu(rawValue: 1)
    /// The category for the UA, according to the EU specification, is the Specific category.
    public static let specific = MAVOdidCategoryEu(rawValue: 2)
    /// The category for the UA, according to the EU specification, is the Certified category.
    public static let certified = MAVOdidCategoryEu(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_CATEGORY_EU_UNDECLARED"
        case 1: return "MAV_ODID_CATEGORY_EU_OPEN"
        case 2: return "MAV_ODID_CATEGORY_EU_SPECIFIC"
        case 3: return "MAV_ODID_CATEGORY_EU_CERTIFIED"
        default: return nil
        }
    }
}

/// MAV_ODID_CLASSIFICATION_TYPE
///
/// MAVLink enum `MAV_ODID_CLASSIFICATION_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidClassificationType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The classification type for the UA is undeclared.
    public static let undeclared = MAVOdidClassificationType(rawValue: 0)
    /// The classification type for the UA follows EU (European Union) specifications.
    public static let eu = MAVOdidClassificationType(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_CLASSIFICATION_TYPE_UNDECLARED"
        case 1: return "MAV_ODID_CLASSIFICATION_TYPE_EU"
        default: return nil
        }
    }
}

/// MAV_ODID_CLASS_EU
///
/// MAVLink enum `MAV_ODID_CLASS_EU`. Unknown values are kept, not rejected.
public struct MAVOdidClassEu: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The class for the UA, according to the EU specification, is undeclared.
    public static let undeclared = MAVOdidClassEu(rawValue: 0)
    /// The class for the UA, according to the EU specification, is Class 0.
    public static let class0 = MAVOdidClassEu(rawValue: 1)
    /// The class for the UA, according to the EU specification, is Class 1.
    public static let class1 = MAVOdidClassEu(rawValue: 2)
    /// The class for the UA, according to the EU specification, is Class 2.
    public static let class2 = MAVOdidClassEu(rawValue: 3)
    /// The class for the UA, according to the EU specification, is Class 3.
    public static let class3 = MAVOdidClassEu(rawValue: 4)
    /// The class for the UA, according to the EU specification, is Class 4.
    public static let class4 = MAVOdidClassEu(rawValue: 5)
    /// The class for the UA, according to the EU specification, is Class 5.
    public static let class5 = MAVOdidClassEu(rawValue: 6)
    /// The class for the UA, according to the EU specification, is Class 6.
    public static let class6 = MAVOdidClassEu(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_CLASS_EU_UNDECLARED"
        case 1: return "MAV_ODID_CLASS_EU_CLASS_0"
        case 2: return "MAV_ODID_CLASS_EU_CLASS_1"
        case 3: return "MAV_ODID_CLASS_EU_CLASS_2"
        case 4: return "MAV_ODID_CLASS_EU_CLASS_3"
        case 5: return "MAV_ODID_CLASS_EU_CLASS_4"
        case 6: return "MAV_ODID_CLASS_EU_CLASS_5"
        case 7: return "MAV_ODID_CLASS_EU_CLASS_6"
        default: return nil
        }
    }
}

/// MAV_ODID_DESC_TYPE
///
/// MAVLink enum `MAV_ODID_DESC_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidDescType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Optional free-form text description of the purpose of the flight.
    public static let text = MAVOdidDescType(rawValue: 0)
    /// Optional additional clarification when status == MAV_ODID_STATUS_EMERGENCY.
    public static let emergency = MAVOdidDescType(rawValue: 1)
    /// Optional additional clarification when status != MAV_ODID_STATUS_EMERGENCY.
    public static let extendedStatus = MAVOdidDescType(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_DESC_TYPE_TEXT"
        case 1: return "MAV_ODID_DESC_TYPE_EMERGENCY"
        case 2: return "MAV_ODID_DESC_TYPE_EXTENDED_STATUS"
        default: return nil
        }
    }
}

/// MAV_ODID_HEIGHT_REF
///
/// MAVLink enum `MAV_ODID_HEIGHT_REF`. Unknown values are kept, not rejected.
public struct MAVOdidHeightRef: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The height field is relative to the take-off location.
    public static let overTakeoff = MAVOdidHeightRef(rawValue: 0)
    /// The height field is relative to ground.
    public static let overGround = MAVOdidHeightRef(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_HEIGHT_REF_OVER_TAKEOFF"
        case 1: return "MAV_ODID_HEIGHT_REF_OVER_GROUND"
        default: return nil
        }
    }
}

/// MAV_ODID_HOR_ACC
///
/// MAVLink enum `MAV_ODID_HOR_ACC`. Unknown values are kept, not rejected.
public struct MAVOdidHorAcc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The horizontal accuracy is unknown.
    public static let unknown = MAVOdidHorAcc(rawValue: 0)
    /// The horizontal accuracy is smaller than 10 Nautical Miles. 18.52 km.
    public static let _10nm = MAVOdidHorAcc(rawValue: 1)
    /// The horizontal accuracy is smaller than 4 Nautical Miles. 7.408 km.
    public static let _4nm = MAVOdidHorAcc(rawValue: 2)
    /// The horizontal accuracy is smaller than 2 Nautical Miles. 3.704 km.
    public static let _2nm = MAVOdidHorAcc(rawValue: 3)
    /// The horizontal accuracy is smaller than 1 Nautical Miles. 1.852 km.
    public static let _1nm = MAVOdidHorAcc(rawValue: 4)
    /// The horizontal accuracy is smaller than 0.5 Nautical Miles. 926 m.
    public static let _05nm = MAVOdidHorAcc(rawValue: 5)
    /// The horizontal accuracy is smaller than 0.3 Nautical Miles. 555.6 m.
    public static let _03nm = MAVOdidHorAcc(rawValue: 6)
    /// The horizontal accuracy is smaller than 0.1 Nautical Miles. 185.2 m.
    public static let _01nm = MAVOdidHorAcc(rawValue: 7)
    /// The horizontal accuracy is smaller than 0.05 Nautical Miles. 92.6 m.
    public static let _005nm = MAVOdidHorAcc(rawValue: 8)
    /// The horizontal accuracy is smaller than 30 meter.
    public static let _30Meter = MAVOdidHorAcc(rawValue: 9)
    /// The horizontal accuracy is smaller than 10 meter.
    public static let _10Meter = MAVOdidHorAcc(rawValue: 10)
    /// The horizontal accuracy is smaller than 3 meter.
    public static let _3Meter = MAVOdidHorAcc(rawValue: 11)
    /// The horizontal accuracy is smaller than 1 meter.
    public static let _1Meter = MAVOdidHorAcc(rawValue: 12)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_HOR_ACC_UNKNOWN"
        case 1: return "MAV_ODID_HOR_ACC_10NM"
        case 2: return "MAV_ODID_HOR_ACC_4NM"
        case 3: return "MAV_ODID_HOR_ACC_2NM"
        case 4: return "MAV_ODID_HOR_ACC_1NM"
        case 5: return "MAV_ODID_HOR_ACC_0_5NM"
        case 6: return "MAV_ODID_HOR_ACC_0_3NM"
        case 7: return "MAV_ODID_HOR_ACC_0_1NM"
        case 8: return "MAV_ODID_HOR_ACC_0_05NM"
        case 9: return "MAV_ODID_HOR_ACC_30_METER"
        case 10: return "MAV_ODID_HOR_ACC_10_METER"
        case 11: return "MAV_ODID_HOR_ACC_3_METER"
        case 12: return "MAV_ODID_HOR_ACC_1_METER"
        default: return nil
        }
    }
}

/// MAV_ODID_ID_TYPE
///
/// MAVLink enum `MAV_ODID_ID_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidIdType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No type defined.
    public static let none = MAVOdidIdType(rawValue: 0)
    /// Manufacturer Serial Number (ANSI/CTA-2063 format).
    public static let serialNumber = MAVOdidIdType(rawValue: 1)
    /// CAA (Civil Aviation Authority) registered ID. Format: [ICAO Country Code].[CAA Assigned ID].
    public static let caaRegistrationId = MAVOdidIdType(rawValue: 2)
    /// UTM (Unmanned Traffic Management) assigned UUID (RFC4122).
    public static let utmAssignedUuid = MAVOdidIdType(rawValue: 3)
    /// A 20 byte ID for a specific flight/session. The exact ID type is indicated by the first byte of uas_id and these type values are managed by ICAO.
    public static let specificSessionId = MAVOdidIdType(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_ID_TYPE_NONE"
        case 1: return "MAV_ODID_ID_TYPE_SERIAL_NUMBER"
        case 2: return "MAV_ODID_ID_TYPE_CAA_REGISTRATION_ID"
        case 3: return "MAV_ODID_ID_TYPE_UTM_ASSIGNED_UUID"
        case 4: return "MAV_ODID_ID_TYPE_SPECIFIC_SESSION_ID"
        default: return nil
        }
    }
}

/// MAV_ODID_OPERATOR_ID_TYPE
///
/// MAVLink enum `MAV_ODID_OPERATOR_ID_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidOperatorIdType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// CAA (Civil Aviation Authority) registered operator ID.
    public static let caa = MAVOdidOperatorIdType(rawValue: 0)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_OPERATOR_ID_TYPE_CAA"
        default: return nil
        }
    }
}

/// MAV_ODID_OPERATOR_LOCATION_TYPE
///
/// MAVLink enum `MAV_ODID_OPERATOR_LOCATION_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidOperatorLocationType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The location/altitude of the operator is the same as the take-off location.
    public static let takeoff = MAVOdidOperatorLocationType(rawValue: 0)
    /// The location/altitude of the operator is dynamic. E.g. based on live GNSS data.
    public static let liveGnss = MAVOdidOperatorLocationType(rawValue: 1)
    /// The location/altitude of the operator are fixed values.
    public static let fixed = MAVOdidOperatorLocationType(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_OPERATOR_LOCATION_TYPE_TAKEOFF"
        case 1: return "MAV_ODID_OPERATOR_LOCATION_TYPE_LIVE_GNSS"
        case 2: return "MAV_ODID_OPERATOR_LOCATION_TYPE_FIXED"
        default: return nil
        }
    }
}

/// MAV_ODID_SPEED_ACC
///
/// MAVLink enum `MAV_ODID_SPEED_ACC`. Unknown values are kept, not rejected.
public struct MAVOdidSpeedAcc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The speed accuracy is unknown.
    public static let unknown = MAVOdidSpeedAcc(rawValue: 0)
    /// The speed accuracy is smaller than 10 meters per second.
    public static let _10MetersPerSecond = MAVOdidSpeedAcc(rawValue: 1)
    /// The speed accuracy is smaller than 3 meters per second.
    public static let _3MetersPerSecond = MAVOdidSpeedAcc(rawValue: 2)
    /// The speed accuracy is smaller than 1 meters per second.
    public static let _1MetersPerSecond = MAVOdidSpeedAcc(rawValue: 3)
    /// The speed accuracy is smaller than 0.3 meters per second.
    public static let _03MetersPerSecond = MAVOdidSpeedAcc(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_SPEED_ACC_UNKNOWN"
        case 1: return "MAV_ODID_SPEED_ACC_10_METERS_PER_SECOND"
        case 2: return "MAV_ODID_SPEED_ACC_3_METERS_PER_SECOND"
        case 3: return "MAV_ODID_SPEED_ACC_1_METERS_PER_SECOND"
        case 4: return "MAV_ODID_SPEED_ACC_0_3_METERS_PER_SECOND"
        default: return nil
        }
    }
}

/// MAV_ODID_STATUS
///
/// MAVLink enum `MAV_ODID_STATUS`. Unknown values are kept, not rejected.
public struct MAVOdidStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The status of the (UA) Unmanned Aircraft is undefined.
    public static let undeclared = MAVOdidStatus(rawValue: 0)
    /// The UA is on the ground.
    public static let ground = MAVOdidStatus(rawValue: 1)
    /// The UA is in the air.
    public static let airborne = MAVOdidStatus(rawValue: 2)
    /// The UA is having an emergency.
    public static let emergency = MAVOdidStatus(rawValue: 3)
    /// The remote ID system is failing or unreliable in some way.
    public static let remoteIdSystemFailure = MAVOdidStatus(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_STATUS_UNDECLARED"
        case 1: return "MAV_ODID_STATUS_GROUND"
        case 2: return "MAV_ODID_STATUS_AIRBORNE"
        case 3: return "MAV_ODID_STATUS_EMERGENCY"
        case 4: return "MAV_ODID_STATUS_REMOTE_ID_SYSTEM_FAILURE"
        default: return nil
        }
    }
}

/// MAV_ODID_TIME_ACC
///
/// MAVLink enum `MAV_ODID_TIME_ACC`. Unknown values are kept, not rejected.
public struct MAVOdidTimeAcc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The timestamp accuracy is unknown.
    public static let unknown = MAVOdidTimeAcc(rawValue: 0)
    /// The timestamp accuracy is smaller than or equal to 0.1 second.
    public static let _01Second = MAVOdidTimeAcc(rawValue: 1)
    /// The timestamp accuracy is smaller than or equal to 0.2 second.
    public static let _02Second = MAVOdidTimeAcc(rawValue: 2)
    /// The timestamp accuracy is smaller than or equal to 0.3 second.
    public static let _03Second = MAVOdidTimeAcc(rawValue: 3)
    /// The timestamp accuracy is smaller than or equal to 0.4 second.
    public static let _04Second = MAVOdidTimeAcc(rawValue: 4)
    /// The timestamp accuracy is smaller than or equal to 0.5 second.
    public static let _05Second = MAVOdidTimeAcc(rawValue: 5)
    /// The timestamp accuracy is smaller than or equal to 0.6 second.
    public static let _06Second = MAVOdidTimeAcc(rawValue: 6)
    /// The timestamp accuracy is smaller than or equal to 0.7 second.
    public static let _07Second = MAVOdidTimeAcc(rawValue: 7)
    /// The timestamp accuracy is smaller than or equal to 0.8 second.
    public static let _08Second = MAVOdidTimeAcc(rawValue: 8)
    /// The timestamp accuracy is smaller than or equal to 0.9 second.
    public static let _09Second = MAVOdidTimeAcc(rawValue: 9)
    /// The timestamp accuracy is smaller than or equal to 1.0 second.
    public static let _10Second = MAVOdidTimeAcc(rawValue: 10)
    /// The timestamp accuracy is smaller than or equal to 1.1 second.
    public static let _11Second = MAVOdidTimeAcc(rawValue: 11)
    /// The timestamp accuracy is smaller than or equal to 1.2 second.
    public static let _12Second = MAVOdidTimeAcc(rawValue: 12)
    /// The timestamp accuracy is smaller than or equal to 1.3 second.
    public static let _13Second = MAVOdidTimeAcc(rawValue: 13)
    /// The timestamp accuracy is smaller than or equal to 1.4 second.
    public static let _14Second = MAVOdidTimeAcc(rawValue: 14)
    /// The timestamp accuracy is smaller than or equal to 1.5 second.
    public static let _15Second = MAVOdidTimeAcc(rawValue: 15)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_TIME_ACC_UNKNOWN"
        case 1: return "MAV_ODID_TIME_ACC_0_1_SECOND"
        case 2: return "MAV_ODID_TIME_ACC_0_2_SECOND"
        case 3: return "MAV_ODID_TIME_ACC_0_3_SECOND"
        case 4: return "MAV_ODID_TIME_ACC_0_4_SECOND"
        case 5: return "MAV_ODID_TIME_ACC_0_5_SECOND"
        case 6: return "MAV_ODID_TIME_ACC_0_6_SECOND"
        case 7: return "MAV_ODID_TIME_ACC_0_7_SECOND"
        case 8: return "MAV_ODID_TIME_ACC_0_8_SECOND"
        case 9: return "MAV_ODID_TIME_ACC_0_9_SECOND"
        case 10: return "MAV_ODID_TIME_ACC_1_0_SECOND"
        case 11: return "MAV_ODID_TIME_ACC_1_1_SECOND"
        case 12: return "MAV_ODID_TIME_ACC_1_2_SECOND"
        case 13: return "MAV_ODID_TIME_ACC_1_3_SECOND"
        case 14: return "MAV_ODID_TIME_ACC_1_4_SECOND"
        case 15: return "MAV_ODID_TIME_ACC_1_5_SECOND"
        default: return nil
        }
    }
}

/// MAV_ODID_UA_TYPE
///
/// MAVLink enum `MAV_ODID_UA_TYPE`. Unknown values are kept, not rejected.
public struct MAVOdidUaType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No UA (Unmanned Aircraft) type defined.
    public static let none = MAVOdidUaType(rawValue: 0)
    /// Aeroplane/Airplane. Fixed wing.
    public static let aeroplane = MAVOdidUaType(rawValue: 1)
    /// Helicopter or multirotor.
    public static let helicopterOrMultirotor = MAVOdidUaType(rawValue: 2)
    /// Gyroplane.
    public static let gyroplane = MAVOdidUaType(rawValue: 3)
    /// VTOL (Vertical Take-Off and Landing). Fixed wing aircraft that can take off vertically.
    public static let hybridLift = MAVOdidUaType(rawValue: 4)
    /// Ornithopter.
    public static let ornithopter = MAVOdidUaType(rawValue: 5)
    /// Glider.
    public static let glider = MAVOdidUaType(rawValue: 6)
    /// Kite.
    public static let kite = MAVOdidUaType(rawValue: 7)
    /// Free Balloon.
    public static let freeBalloon = MAVOdidUaType(rawValue: 8)
    /// Captive Balloon.
    public static let captiveBalloon = MAVOdidUaType(rawValue: 9)
    /// Airship. E.g. a blimp.
    public static let airship = MAVOdidUaType(rawValue: 10)
    /// Free Fall/Parachute (unpowered).
    public static let freeFallParachute = MAVOdidUaType(rawValue: 11)
    /// Rocket.
    public static let rocket = MAVOdidUaType(rawValue: 12)
    /// Tethered powered aircraft.
    public static let tetheredPoweredAircraft = MAVOdidUaType(rawValue: 13)
    /// Ground Obstacle.
    public static let groundObstacle = MAVOdidUaType(rawValue: 14)
    /// Other type of aircraft not listed earlier.
    public static let other = MAVOdidUaType(rawValue: 15)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_UA_TYPE_NONE"
        case 1: return "MAV_ODID_UA_TYPE_AEROPLANE"
        case 2: return "MAV_ODID_UA_TYPE_HELICOPTER_OR_MULTIROTOR"
        case 3: return "MAV_ODID_UA_TYPE_GYROPLANE"
        case 4: return "MAV_ODID_UA_TYPE_HYBRID_LIFT"
        case 5: return "MAV_ODID_UA_TYPE_ORNITHOPTER"
        case 6: return "MAV_ODID_UA_TYPE_GLIDER"
        case 7: return "MAV_ODID_UA_TYPE_KITE"
        case 8: return "MAV_ODID_UA_TYPE_FREE_BALLOON"
        case 9: return "MAV_ODID_UA_TYPE_CAPTIVE_BALLOON"
        case 10: return "MAV_ODID_UA_TYPE_AIRSHIP"
        case 11: return "MAV_ODID_UA_TYPE_FREE_FALL_PARACHUTE"
        case 12: return "MAV_ODID_UA_TYPE_ROCKET"
        case 13: return "MAV_ODID_UA_TYPE_TETHERED_POWERED_AIRCRAFT"
        case 14: return "MAV_ODID_UA_TYPE_GROUND_OBSTACLE"
        case 15: return "MAV_ODID_UA_TYPE_OTHER"
        default: return nil
        }
    }
}

/// MAV_ODID_VER_ACC
///
/// MAVLink enum `MAV_ODID_VER_ACC`. Unknown values are kept, not rejected.
public struct MAVOdidVerAcc: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The vertical accuracy is unknown.
    public static let unknown = MAVOdidVerAcc(rawValue: 0)
    /// The vertical accuracy is smaller than 150 meter.
    public static let _150Meter = MAVOdidVerAcc(rawValue: 1)
    /// The vertical accuracy is smaller than 45 meter.
    public static let _45Meter = MAVOdidVerAcc(rawValue: 2)
    /// The vertical accuracy is smaller than 25 meter.
    public static let _25Meter = MAVOdidVerAcc(rawValue: 3)
    /// The vertical accuracy is smaller than 10 meter.
    public static let _10Meter = MAVOdidVerAcc(rawValue: 4)
    /// The vertical accuracy is smaller than 3 meter.
    public static let _3Meter = MAVOdidVerAcc(rawValue: 5)
    /// The vertical accuracy is smaller than 1 meter.
    public static let _1Meter = MAVOdidVerAcc(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ODID_VER_ACC_UNKNOWN"
        case 1: return "MAV_ODID_VER_ACC_150_METER"
        case 2: return "MAV_ODID_VER_ACC_45_METER"
        case 3: return "MAV_ODID_VER_ACC_25_METER"
        case 4: return "MAV_ODID_VER_ACC_10_METER"
        case 5: return "MAV_ODID_VER_ACC_3_METER"
        case 6: return "MAV_ODID_VER_ACC_1_METER"
        default: return nil
        }
    }
}

/// Parameter protocol error types (see PARAM_ERROR).
///
/// MAVLink enum `MAV_PARAM_ERROR`. Unknown values are kept, not rejected.
public struct MAVParamError: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No error occurred (not expected in PARAM_ERROR but may be used in future implementations.
    public static let noError = MAVParamError(rawValue: 0)
    /// Parameter does not exist
    public static let doesNotExist = MAVParamError(rawValue: 1)
    /// Parameter value does not fit within accepted range
    public static let valueOutOfRange = MAVParamError(rawValue: 2)
    /// Caller is not permitted to set the value of this parameter
    public static let permissionDenied = MAVParamError(rawValue: 3)
    /// Unknown component specified
    public static let componentNotFound = MAVParamError(rawValue: 4)
    /// Parameter is read-only
    public static let readOnly = MAVParamError(rawValue: 5)
    /// Parameter data type (MAV_PARAM_TYPE) is not supported by flight stack (at all)
    public static let typeUnsupported = MAVParamError(rawValue: 6)
    /// Parameter type does not match expected type
    public static let typeMismatch = MAVParamError(rawValue: 7)
    /// Parameter exists but reading failed
    public static let readFail = MAVParamError(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_PARAM_ERROR_NO_ERROR"
        case 1: return "MAV_PARAM_ERROR_DOES_NOT_EXIST"
        case 2: return "MAV_PARAM_ERROR_VALUE_OUT_OF_RANGE"
        case 3: return "MAV_PARAM_ERROR_PERMISSION_DENIED"
        case 4: return "MAV_PARAM_ERROR_COMPONENT_NOT_FOUND"
        case 5: return "MAV_PARAM_ERROR_READ_ONLY"
        case 6: return "MAV_PARAM_ERROR_TYPE_UNSUPPORTED"
        case 7: return "MAV_PARAM_ERROR_TYPE_MISMATCH"
        case 8: return "MAV_PARAM_ERROR_READ_FAIL"
        default: return nil
        }
    }
}

/// Specifies the datatype of a MAVLink extended parameter.
///
/// MAVLink enum `MAV_PARAM_EXT_TYPE`. Unknown values are kept, not rejected.
public struct MAVParamExtType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 8-bit unsigned integer
    public static let uint8 = MAVParamExtType(rawValue: 1)
    /// 8-bit signed integer
    public static let int8 = MAVParamExtType(rawValue: 2)
    /// 16-bit unsigned integer
    public static let uint16 = MAVParamExtType(rawValue: 3)
    /// 16-bit signed integer
    public static let int16 = MAVParamExtType(rawValue: 4)
    /// 32-bit unsigned integer
    public static let uint32 = MAVParamExtType(rawValue: 5)
    /// 32-bit signed integer
    public static let int32 = MAVParamExtType(rawValue: 6)
    /// 64-bit unsigned integer
    public static let uint64 = MAVParamExtType(rawValue: 7)
    /// 64-bit signed integer
    public static let int64 = MAVParamExtType(rawValue: 8)
    /// 32-bit floating-point
    public static let real32 = MAVParamExtType(rawValue: 9)
    /// 64-bit floating-point
    public static let real64 = MAVParamExtType(rawValue: 10)
    /// Custom Type
    public static let custom = MAVParamExtType(rawValue: 11)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "MAV_PARAM_EXT_TYPE_UINT8"
        case 2: return "MAV_PARAM_EXT_TYPE_INT8"
        case 3: return "MAV_PARAM_EXT_TYPE_UINT16"
        case 4: return "MAV_PARAM_EXT_TYPE_INT16"
        case 5: return "MAV_PARAM_EXT_TYPE_UINT32"
        case 6: return "MAV_PARAM_EXT_TYPE_INT32"
        case 7: return "MAV_PARAM_EXT_TYPE_UINT64"
        case 8: return "MAV_PARAM_EXT_TYPE_INT64"
        case 9: return "MAV_PARAM_EXT_TYPE_REAL32"
        case 10: return "MAV_PARAM_EXT_TYPE_REAL64"
        case 11: return "MAV_PARAM_EXT_TYPE_CUSTOM"
        default: return nil
        }
    }
}

/// Specifies the datatype of a MAVLink parameter.
///
/// MAVLink enum `MAV_PARAM_TYPE`. Unknown values are kept, not rejected.
public struct MAVParamType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 8-bit unsigned integer
    public static let uint8 = MAVParamType(rawValue: 1)
    /// 8-bit signed integer
    public static let int8 = MAVParamType(rawValue: 2)
    /// 16-bit unsigned integer
    public static let uint16 = MAVParamType(rawValue: 3)
    /// 16-bit signed integer
    public static let int16 = MAVParamType(rawValue: 4)
    /// 32-bit unsigned integer
    public static let uint32 = MAVParamType(rawValue: 5)
    /// 32-bit signed integer
    public static let int32 = MAVParamType(rawValue: 6)
    /// 64-bit unsigned integer
    public static let uint64 = MAVParamType(rawValue: 7)
    /// 64-bit signed integer
    public static let int64 = MAVParamType(rawValue: 8)
    /// 32-bit floating-point
    public static let real32 = MAVParamType(rawValue: 9)
    /// 64-bit floating-point
    public static let real64 = MAVParamType(rawValue: 10)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "MAV_PARAM_TYPE_UINT8"
        case 2: return "MAV_PARAM_TYPE_INT8"
        case 3: return "MAV_PARAM_TYPE_UINT16"
        case 4: return "MAV_PARAM_TYPE_INT16"
        case 5: return "MAV_PARAM_TYPE_UINT32"
        case 6: return "MAV_PARAM_TYPE_INT32"
        case 7: return "MAV_PARAM_TYPE_UINT64"
        case 8: return "MAV_PARAM_TYPE_INT64"
        case 9: return "MAV_PARAM_TYPE_REAL32"
        case 10: return "MAV_PARAM_TYPE_REAL64"
        default: return nil
        }
    }
}

/// Power supply status flags (bitmask)
///
/// MAVLink enum `MAV_POWER_STATUS` (bitmask). Unknown values are kept, not rejected.
public struct MAVPowerStatus: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// main brick power supply valid
    public static let brickValid = MAVPowerStatus(rawValue: 1)
    /// main servo power supply valid for FMU
    public static let servoValid = MAVPowerStatus(rawValue: 2)
    /// USB power is connected
    public static let usbConnected = MAVPowerStatus(rawValue: 4)
    /// peripheral supply is in over-current state
    public static let periphOvercurrent = MAVPowerStatus(rawValue: 8)
    /// hi-power peripheral supply is in over-current state
    public static let periphHipowerOvercurrent = MAVPowerStatus(rawValue: 16)
    /// Power status has changed since boot
    public static let changed = MAVPowerStatus(rawValue: 32)
}

/// Result from a MAVLink command (MAV_CMD)
///
/// MAVLink enum `MAV_RESULT`. Unknown values are kept, not rejected.
public struct MAVResult: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Command is valid (is supported and has valid parameters), and was executed.
    public static let accepted = MAVResult(rawValue: 0)
    /// Command is valid, but cannot be executed at this time. This is used to indicate a problem that should be fixed just by waiting (e.g. a state machine is busy, can't arm because have not got GPS lock, etc.). Retrying later should work.
    public static let temporarilyRejected = MAVResult(rawValue: 1)
    /// Command is invalid; it is supported but one or more parameter values are invalid (i.e. parameter reserved, value allowed by spec but not supported by flight stack, and so on). Retrying the same command and parameters will not work.
    public static let denied = MAVResult(rawValue: 2)
    /// Command is not supported (unknown).
    public static let unsupported = MAVResult(rawValue: 3)
    /// Command is valid, but execution has failed. This is used to indicate any non-temporary or unexpected problem, i.e. any problem that must be fixed before the command can succeed/be retried. For example, attempting to write a file when out of memory, attempting to arm when sensors are not calibrated, etc.
    public static let failed = MAVResult(rawValue: 4)
    /// Command is valid and is being executed. This will be followed by further progress updates, i.e. the component may send further COMMAND_ACK messages with result MAV_RESULT_IN_PROGRESS (at a rate decided by the implementation), and must terminate by sending a COMMAND_ACK message with final result of the operation. The COMMAND_ACK.progress field can be used to indicate the progress of the operation.
    public static let inProgress = MAVResult(rawValue: 5)
    /// Command has been cancelled (as a result of receiving a COMMAND_CANCEL message).
    public static let cancelled = MAVResult(rawValue: 6)
    /// Command is only accepted when sent as a COMMAND_LONG.
    public static let commandLongOnly = MAVResult(rawValue: 7)
    /// Command is only accepted when sent as a COMMAND_INT.
    public static let commandIntOnly = MAVResult(rawValue: 8)
    /// Command is invalid because a frame is required and the specified frame is not supported.
    public static let commandUnsupportedMavFrame = MAVResult(rawValue: 9)
    /// Command has been rejected because source system is not in control of the target system/component.
    public static let notInControl = MAVResult(rawValue: 10)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_RESULT_ACCEPTED"
        case 1: return "MAV_RESULT_TEMPORARILY_REJECTED"
        case 2: return "MAV_RESULT_DENIED"
        case 3: return "MAV_RESULT_UNSUPPORTED"
        case 4: return "MAV_RESULT_FAILED"
        case 5: return "MAV_RESULT_IN_PROGRESS"
        case 6: return "MAV_RESULT_CANCELLED"
        case 7: return "MAV_RESULT_COMMAND_LONG_ONLY"
        case 8: return "MAV_RESULT_COMMAND_INT_ONLY"
        case 9: return "MAV_RESULT_COMMAND_UNSUPPORTED_MAV_FRAME"
        case 10: return "MAV_RESULT_NOT_IN_CONTROL"
        default: return nil
        }
    }
}

/// The ROI (region of interest) for the vehicle. This can be
/// be used by the vehicle for camera/vehicle attitude alignment (see
/// MAV_CMD_NAV_ROI).
///
/// MAVLink enum `MAV_ROI`. Unknown values are kept, not rejected.
public struct MAVRoi: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No region of interest.
    public static let none = MAVRoi(rawValue: 0)
    /// Point toward next waypoint, with optional pitch/roll/yaw offset.
    public static let wpnext = MAVRoi(rawValue: 1)
    /// Point toward given waypoint.
    public static let wpindex = MAVRoi(rawValue: 2)
    /// Point toward fixed location.
    public static let location = MAVRoi(rawValue: 3)
    /// Point toward of given id.
    public static let target = MAVRoi(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_ROI_NONE"
        case 1: return "MAV_ROI_WPNEXT"
        case 2: return "MAV_ROI_WPINDEX"
        case 3: return "MAV_ROI_LOCATION"
        case 4: return "MAV_ROI_TARGET"
        default: return nil
        }
    }
}

/// Enumeration of sensor orientation, according to its rotations
///
/// MAVLink enum `MAV_SENSOR_ORIENTATION`. Unknown values are kept, not rejected.
public struct MAVSensorOrientation: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Roll: 0, Pitch: 0, Yaw: 0
    public static let mavSensorRotationNone = MAVSensorOrientation(rawValue: 0)
    /// Roll: 0, Pitch: 0, Yaw: 45
    public static let mavSensorRotationYaw45 = MAVSensorOrientation(rawValue: 1)
    /// Roll: 0, Pitch: 0, Yaw: 90
    public static let mavSensorRotationYaw90 = MAVSensorOrientation(rawValue: 2)
    /// Roll: 0, Pitch: 0, Yaw: 135
    public static let mavSensorRotationYaw135 = MAVSensorOrientation(rawValue: 3)
    /// Roll: 0, Pitch: 0, Yaw: 180
    public static let mavSensorRotationYaw180 = MAVSensorOrientation(rawValue: 4)
    /// Roll: 0, Pitch: 0, Yaw: 225
    public static let mavSensorRotationYaw225 = MAVSensorOrientation(rawValue: 5)
    /// Roll: 0, Pitch: 0, Yaw: 270
    public static let mavSensorRotationYaw270 = MAVSensorOrientation(rawValue: 6)
    /// Roll: 0, Pitch: 0, Yaw: 315
    public static let mavSensorRotationYaw315 = MAVSensorOrientation(rawValue: 7)
    /// Roll: 180, Pitch: 0, Yaw: 0
    public static let mavSensorRotationRoll180 = MAVSensorOrientation(rawValue: 8)
    /// Roll: 180, Pitch: 0, Yaw: 45
    public static let mavSensorRotationRoll180Yaw45 = MAVSensorOrientation(rawValue: 9)
    /// Roll: 180, Pitch: 0, Yaw: 90
    public static let mavSensorRotationRoll180Yaw90 = MAVSensorOrientation(rawValue: 10)
    /// Roll: 180, Pitch: 0, Yaw: 135
    public static let mavSensorRotationRoll180Yaw135 = MAVSensorOrientation(rawValue: 11)
    /// Roll: 0, Pitch: 180, Yaw: 0
    public static let mavSensorRotationPitch180 = MAVSensorOrientation(rawValue: 12)
    /// Roll: 180, Pitch: 0, Yaw: 225
    public static let mavSensorRotationRoll180Yaw225 = MAVSensorOrientation(rawValue: 13)
    /// Roll: 180, Pitch: 0, Yaw: 270
    public static let mavSensorRotationRoll180Yaw270 = MAVSensorOrientation(rawValue: 14)
    /// Roll: 180, Pitch: 0, Yaw: 315
    public static let mavSensorRotationRoll180Yaw315 = MAVSensorOrientation(rawValue: 15)
    /// Roll: 90, Pitch: 0, Yaw: 0
    public static let mavSensorRotationRoll90 = MAVSensorOrientation(rawValue: 16)
    /// Roll: 90, Pitch: 0, Yaw: 45
    public static let mavSensorRotationRoll90Yaw45 = MAVSensorOrientation(rawValue: 17)
    /// Roll: 90, Pitch: 0, Yaw: 90
    public static let mavSensorRotationRoll90Yaw90 = MAVSensorOrientation(rawValue: 18)
    /// Roll: 90, Pitch: 0, Yaw: 135
    public static let mavSensorRotationRoll90Yaw135 = MAVSensorOrientation(rawValue: 19)
    /// Roll: 270, Pitch: 0, Yaw: 0
    public static let mavSensorRotationRoll270 = MAVSensorOrientation(rawValue: 20)
    /// Roll: 270, Pitch: 0, Yaw: 45
    public static let mavSensorRotationRoll270Yaw45 = MAVSensorOrientation(rawValue: 21)
    /// Roll: 270, Pitch: 0, Yaw: 90
    public static let mavSensorRotationRoll270Yaw90 = MAVSensorOrientation(rawValue: 22)
    /// Roll: 270, Pitch: 0, Yaw: 135
    public static let mavSensorRotationRoll270Yaw135 = MAVSensorOrientation(rawValue: 23)
    /// Roll: 0, Pitch: 90, Yaw: 0
    public static let mavSensorRotationPitch90 = MAVSensorOrientation(rawValue: 24)
    /// Roll: 0, Pitch: 270, Yaw: 0
    public static let mavSensorRotationPitch270 = MAVSensorOrientation(rawValue: 25)
    /// Roll: 0, Pitch: 180, Yaw: 90
    public static let mavSensorRotationPitch180Yaw90 = MAVSensorOrientation(rawValue: 26)
    /// Roll: 0, Pitch: 180, Yaw: 270
    public static let mavSensorRotationPitch180Yaw270 = MAVSensorOrientation(rawValue: 27)
    /// Roll: 90, Pitch: 90, Yaw: 0
    public static let mavSensorRotationRoll90Pitch90 = MAVSensorOrientation(rawValue: 28)
    /// Roll: 180, Pitch: 90, Yaw: 0
    public static let mavSensorRotationRoll180Pitch90 = MAVSensorOrientation(rawValue: 29)
    /// Roll: 270, Pitch: 90, Yaw: 0
    public static let mavSensorRotationRoll270Pitch90 = MAVSensorOrientation(rawValue: 30)
    /// Roll: 90, Pitch: 180, Yaw: 0
    public static let mavSensorRotationRoll90Pitch180 = MAVSensorOrientation(rawValue: 31)
    /// Roll: 270, Pitch: 180, Yaw: 0
    public static let mavSensorRotationRoll270Pitch180 = MAVSensorOrientation(rawValue: 32)
    /// Roll: 90, Pitch: 270, Yaw: 0
    public static let mavSensorRotationRoll90Pitch270 = MAVSensorOrientation(rawValue: 33)
    /// Roll: 180, Pitch: 270, Yaw: 0
    public static let mavSensorRotationRoll180Pitch270 = MAVSensorOrientation(rawValue: 34)
    /// Roll: 270, Pitch: 270, Yaw: 0
    public static let mavSensorRotationRoll270Pitch270 = MAVSensorOrientation(rawValue: 35)
    /// Roll: 90, Pitch: 180, Yaw: 90
    public static let mavSensorRotationRoll90Pitch180Yaw90 = MAVSensorOrientation(rawValue: 36)
    /// Roll: 90, Pitch: 0, Yaw: 270
    public static let mavSensorRotationRoll90Yaw270 = MAVSensorOrientation(rawValue: 37)
    /// Roll: 90, Pitch: 68, Yaw: 293
    public static let mavSensorRotationRoll90Pitch68Yaw293 = MAVSensorOrientation(rawValue: 38)
    /// Pitch: 315
    public static let mavSensorRotationPitch315 = MAVSensorOrientation(rawValue: 39)
    /// Roll: 90, Pitch: 315
    public static let mavSensorRotationRoll90Pitch315 = MAVSensorOrientation(rawValue: 40)
    /// Custom orientation
    public static let mavSensorRotationCustom = MAVSensorOrientation(rawValue: 100)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_SENSOR_ROTATION_NONE"
        case 1: return "MAV_SENSOR_ROTATION_YAW_45"
        case 2: return "MAV_SENSOR_ROTATION_YAW_90"
        case 3: return "MAV_SENSOR_ROTATION_YAW_135"
        case 4: return "MAV_SENSOR_ROTATION_YAW_180"
        case 5: return "MAV_SENSOR_ROTATION_YAW_225"
        case 6: return "MAV_SENSOR_ROTATION_YAW_270"
        case 7: return "MAV_SENSOR_ROTATION_YAW_315"
        case 8: return "MAV_SENSOR_ROTATION_ROLL_180"
        case 9: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_45"
        case 10: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_90"
        case 11: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_135"
        case 12: return "MAV_SENSOR_ROTATION_PITCH_180"
        case 13: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_225"
        case 14: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_270"
        case 15: return "MAV_SENSOR_ROTATION_ROLL_180_YAW_315"
        case 16: return "MAV_SENSOR_ROTATION_ROLL_90"
        case 17: return "MAV_SENSOR_ROTATION_ROLL_90_YAW_45"
        case 18: return "MAV_SENSOR_ROTATION_ROLL_90_YAW_90"
        case 19: return "MAV_SENSOR_ROTATION_ROLL_90_YAW_135"
        case 20: return "MAV_SENSOR_ROTATION_ROLL_270"
        case 21: return "MAV_SENSOR_ROTATION_ROLL_270_YAW_45"
        case 22: return "MAV_SENSOR_ROTATION_ROLL_270_YAW_90"
        case 23: return "MAV_SENSOR_ROTATION_ROLL_270_YAW_135"
        case 24: return "MAV_SENSOR_ROTATION_PITCH_90"
        case 25: return "MAV_SENSOR_ROTATION_PITCH_270"
        case 26: return "MAV_SENSOR_ROTATION_PITCH_180_YAW_90"
        case 27: return "MAV_SENSOR_ROTATION_PITCH_180_YAW_270"
        case 28: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_90"
        case 29: return "MAV_SENSOR_ROTATION_ROLL_180_PITCH_90"
        case 30: return "MAV_SENSOR_ROTATION_ROLL_270_PITCH_90"
        case 31: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_180"
        case 32: return "MAV_SENSOR_ROTATION_ROLL_270_PITCH_180"
        case 33: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_270"
        case 34: return "MAV_SENSOR_ROTATION_ROLL_180_PITCH_270"
        case 35: return "MAV_SENSOR_ROTATION_ROLL_270_PITCH_270"
        case 36: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_180_YAW_90"
        case 37: return "MAV_SENSOR_ROTATION_ROLL_90_YAW_270"
        case 38: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_68_YAW_293"
        case 39: return "MAV_SENSOR_ROTATION_PITCH_315"
        case 40: return "MAV_SENSOR_ROTATION_ROLL_90_PITCH_315"
        case 100: return "MAV_SENSOR_ROTATION_CUSTOM"
        default: return nil
        }
    }
}

/// Indicates the severity level, generally used for status messages to indicate their relative urgency. Based on RFC-5424 using expanded definitions at: http://www.kiwisyslog.com/kb/info:-syslog-message-levels/.
///
/// MAVLink enum `MAV_SEVERITY`. Unknown values are kept, not rejected.
public struct MAVSeverity: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// System is unusable. This is a "panic" condition.
    public static let emergency = MAVSeverity(rawValue: 0)
    /// Action should be taken immediately. Indicates error in non-critical systems.
    public static let alert = MAVSeverity(rawValue: 1)
    /// Action must be taken immediately. Indicates failure in a primary system.
    public static let critical = MAVSeverity(rawValue: 2)
    /// Indicates an error in secondary/redundant systems.
    public static let error = MAVSeverity(rawValue: 3)
    /// Indicates about a possible future error if this is not resolved within a given timeframe. Example would be a low battery warning.
    public static let warning = MAVSeverity(rawValue: 4)
    /// An unusual event has occurred, though not an error condition. This should be investigated for the root cause.
    public static let notice = MAVSeverity(rawValue: 5)
    /// Normal operational messages. Useful for logging. No action is required for these messages.
    public static let info = MAVSeverity(rawValue: 6)
    /// Useful non-operational messages that can assist in debugging. These should not occur during normal operation.
    public static let debug = MAVSeverity(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_SEVERITY_EMERGENCY"
        case 1: return "MAV_SEVERITY_ALERT"
        case 2: return "MAV_SEVERITY_CRITICAL"
        case 3: return "MAV_SEVERITY_ERROR"
        case 4: return "MAV_SEVERITY_WARNING"
        case 5: return "MAV_SEVERITY_NOTICE"
        case 6: return "MAV_SEVERITY_INFO"
        case 7: return "MAV_SEVERITY_DEBUG"
        default: return nil
        }
    }
}

/// Standard modes with a well understood meaning across flight stacks and vehicle types.
/// For example, most flight stack have the concept of a "return" or "RTL" mode that takes a vehicle to safety, even though the precise mechanics of this mode may differ.
/// The modes supported by a flight stack can be queried using AVAILABLE_MODES and set using MAV_CMD_DO_SET_STANDARD_MODE.
/// The current mode is streamed in CURRENT_MODE.
/// See https://mavlink.io/en/services/standard_modes.html
///
/// MAVLink enum `MAV_STANDARD_MODE`. Unknown values are kept, not rejected.
public struct MAVStandardMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Non standard mode.
    /// This may be used when reporting the mode if the current flight mode is not a standard mode.
    public static let nonStandard = MAVStandardMode(rawValue: 0)
    /// Position mode (manual).
    /// Position-controlled and stabilized manual mode.
    /// When sticks are released vehicles return to their level-flight orientation and hold both position and altitude against wind and external forces.
    /// This mode can only be set by vehicles that can hold a fixed position.
    /// Multicopter (MC) vehicles actively brake and hold both position and altitude against wind and external forces.
    /// Hybrid MC/FW ("VTOL") vehicles first transition to multicopter mode (if needed) but otherwise behave in the same way as MC vehicles.
    /// Fixed-wing (FW) vehicles must not support this mode.
    /// Other vehicle types must not support this mode (this may be revisited through the PR process).
    public static let positionHold = MAVStandardMode(rawValue: 1)
    /// Orbit (manual).
    /// Position-controlled and stabilized manual mode.
    /// The vehicle circles around a fixed setpoint in the horizontal plane at a particular radius, altitude, and direction.
    /// Flight stacks may further allow manual control over the setpoint position, radius, direction, speed, and/or altitude of the circle, but this is not mandated.
    /// Flight stacks may support the [MAV_CMD_DO_ORBIT](https://mavlink.io/en/messages/common.html#MAV_CMD_DO_ORBIT) for changing the orbit parameters.
    /// MC and FW vehicles may support this mode.
    /// Hybrid MC/FW ("VTOL") vehicles may support this mode in MC/FW or both modes; if the mode is not supported by the current configuration the vehicle should transition to the supported configuration.
    /// Other vehicle types must not support this mode (this may be revisited through the PR process).
    public static let orbit = MAVStandardMode(rawValue: 2)
    /// Cruise mode (manual).
    /// Position-controlled and stabilized manual mode.
    /// When sticks are released vehicles return to their level-flight orientation and hold their original track against wind and external forces.
    /// Fixed-wing (FW) vehicles level orientation and maintain current track and altitude against wind and external forces.
    /// Hybrid MC/FW ("VTOL") vehicles first transition to FW mode (if needed) but otherwise behave in the same way as MC vehicles.
    /// Multicopter (MC) vehicles must not support this mode.
    /// Other vehicle types must not support this mode (this may be revisited through the PR process).
    public static let cruise = MAVStandardMode(rawValue: 3)
    /// Altitude hold (manual).
    /// Altitude-controlled and stabilized manual mode.
    /// When sticks are released vehicles return to their level-flight orientation and hold their altitude.
    /// MC vehicles continue with existing momentum and may move with wind (or other external forces).
    /// FW vehicles continue with current heading, but may be moved off-track by wind.
    /// Hybrid MC/FW ("VTOL") vehicles behave according to their current configuration/mode (FW or MC).
    /// Other vehicle types must not support this mode (this may be revisited through the PR process).
    public static let altitudeHold = MAVStandardMode(rawValue: 4)
    /// Safe recovery mode (auto).
    /// Automatic mode that takes vehicle to a predefined safe location via a safe flight path, and may also automatically land the vehicle.
    /// This mode is more commonly referred to as RTL and/or or Smart RTL.
    /// The precise return location, flight path, and landing behaviour depend on vehicle configuration and type.
    /// For example, the vehicle might return to the home/launch location, a rally point, or the start of a mission landing, it might follow a direct path, mission path, or breadcrumb path, and land using a mission landing pattern or some other kind of descent.
    public static let safeRecovery = MAVStandardMode(rawValue: 5)
    /// Mission mode (automatic).
    /// Automatic mode that executes MAVLink missions.
    /// Missions are executed from the current waypoint as soon as the mode is enabled.
    public static let mission = MAVStandardMode(rawValue: 6)
    /// Land mode (auto).
    /// Automatic mode that lands the vehicle at the current location.
    /// The precise landing behaviour depends on vehicle configuration and type.
    public static let land = MAVStandardMode(rawValue: 7)
    /// Takeoff mode (auto).
    /// Automatic takeoff mode.
    /// The precise takeoff behaviour depends on vehicle configuration and type.
    public static let takeoff = MAVStandardMode(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_STANDARD_MODE_NON_STANDARD"
        case 1: return "MAV_STANDARD_MODE_POSITION_HOLD"
        case 2: return "MAV_STANDARD_MODE_ORBIT"
        case 3: return "MAV_STANDARD_MODE_CRUISE"
        case 4: return "MAV_STANDARD_MODE_ALTITUDE_HOLD"
        case 5: return "MAV_STANDARD_MODE_SAFE_RECOVERY"
        case 6: return "MAV_STANDARD_MODE_MISSION"
        case 7: return "MAV_STANDARD_MODE_LAND"
        case 8: return "MAV_STANDARD_MODE_TAKEOFF"
        default: return nil
        }
    }
}

/// These encode the sensors whose status is sent as part of the SYS_STATUS message.
///
/// MAVLink enum `MAV_SYS_STATUS_SENSOR` (bitmask). Unknown values are kept, not rejected.
public struct MAVSysStatusSensor: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 0x01 3D gyro
    public static let _3dGyro = MAVSysStatusSensor(rawValue: 1)
    /// 0x02 3D accelerometer
    public static let _3dAccel = MAVSysStatusSensor(rawValue: 2)
    /// 0x04 3D magnetometer
    public static let _3dMag = MAVSysStatusSensor(rawValue: 4)
    /// 0x08 absolute pressure
    public static let absolutePressure = MAVSysStatusSensor(rawValue: 8)
    /// 0x10 differential pressure
    public static let differentialPressure = MAVSysStatusSensor(rawValue: 16)
    /// 0x20 GPS
    public static let gps = MAVSysStatusSensor(rawValue: 32)
    /// 0x40 optical flow
    public static let opticalFlow = MAVSysStatusSensor(rawValue: 64)
    /// 0x80 computer vision position
    public static let visionPosition = MAVSysStatusSensor(rawValue: 128)
    /// 0x100 laser based position
    public static let laserPosition = MAVSysStatusSensor(rawValue: 256)
    /// 0x200 external ground truth (Vicon or Leica)
    public static let externalGroundTruth = MAVSysStatusSensor(rawValue: 512)
    /// 0x400 3D angular rate control
    public static let angularRateControl = MAVSysStatusSensor(rawValue: 1024)
    /// 0x800 attitude stabilization
    public static let attitudeStabilization = MAVSysStatusSensor(rawValue: 2048)
    /// 0x1000 yaw position
    public static let yawPosition = MAVSysStatusSensor(rawValue: 4096)
    /// 0x2000 z/altitude control
    public static let zAltitudeControl = MAVSysStatusSensor(rawValue: 8192)
    /// 0x4000 x/y position control
    public static let xyPositionControl = MAVSysStatusSensor(rawValue: 16384)
    /// 0x8000 motor outputs / control
    public static let motorOutputs = MAVSysStatusSensor(rawValue: 32768)
    /// 0x10000 RC receiver
    public static let rcReceiver = MAVSysStatusSensor(rawValue: 65536)
    /// 0x20000 2nd 3D gyro
    public static let _3dGyro2 = MAVSysStatusSensor(rawValue: 131072)
    /// 0x40000 2nd 3D accelerometer
    public static let _3dAccel2 = MAVSysStatusSensor(rawValue: 262144)
    /// 0x80000 2nd 3D magnetometer
    public static let _3dMag2 = MAVSysStatusSensor(rawValue: 524288)
    /// 0x100000 geofence
    public static let mavSysStatusGeofence = MAVSysStatusSensor(rawValue: 1048576)
    /// 0x200000 AHRS subsystem health
    public static let mavSysStatusAhrs = MAVSysStatusSensor(rawValue: 2097152)
    /// 0x400000 Terrain subsystem health
    public static let mavSysStatusTerrain = MAVSysStatusSensor(rawValue: 4194304)
    /// 0x800000 Motors are reversed
    public static let mavSysStatusReverseMotor = MAVSysStatusSensor(rawValue: 8388608)
    /// 0x1000000 Logging
    public static let mavSysStatusLogging = MAVSysStatusSensor(rawValue: 16777216)
    /// 0x2000000 Battery
    public static let battery = MAVSysStatusSensor(rawValue: 33554432)
    /// 0x4000000 Proximity
    public static let proximity = MAVSysStatusSensor(rawValue: 67108864)
    /// 0x8000000 Satellite Communication
    public static let satcom = MAVSysStatusSensor(rawValue: 134217728)
    /// 0x10000000 pre-arm check status. Always healthy when armed
    public static let mavSysStatusPrearmCheck = MAVSysStatusSensor(rawValue: 268435456)
    /// 0x20000000 Avoidance/collision prevention
    public static let mavSysStatusObstacleAvoidance = MAVSysStatusSensor(rawValue: 536870912)
    /// 0x40000000 propulsion (actuator, esc, motor or propellor)
    public static let propulsion = MAVSysStatusSensor(rawValue: 1073741824)
    /// 0x80000000 Extended bit-field are used for further sensor status bits (needs to be set in onboard_control_sensors_present only)
    public static let mavSysStatusExtensionUsed = MAVSysStatusSensor(rawValue: 2147483648)
}

/// These encode the sensors whose status is sent as part of the SYS_STATUS message in the extended fields.
///
/// MAVLink enum `MAV_SYS_STATUS_SENSOR_EXTENDED` (bitmask). Unknown values are kept, not rejected.
public struct MAVSysStatusSensorExtended: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 0x01 Recovery system (parachute, balloon, retracts etc)
    public static let mavSysStatusRecoverySystem = MAVSysStatusSensorExtended(rawValue: 1)
    /// 0x02 Leak detection
    public static let mavSysStatusSensorLeak = MAVSysStatusSensorExtended(rawValue: 2)
    /// 0x04 3rd 3D gyro
    public static let mavSysStatusSensor3dGyro3 = MAVSysStatusSensorExtended(rawValue: 4)
    /// 0x08 3rd 3D accelerometer
    public static let mavSysStatusSensor3dAccel3 = MAVSysStatusSensorExtended(rawValue: 8)
    /// 0x10 4th 3D gyro
    public static let mavSysStatusSensor3dGyro4 = MAVSysStatusSensorExtended(rawValue: 16)
    /// 0x20 4th 3D accelerometer
    public static let mavSysStatusSensor3dAccel4 = MAVSysStatusSensorExtended(rawValue: 32)
}

/// MAV_TUNNEL_PAYLOAD_TYPE
///
/// MAVLink enum `MAV_TUNNEL_PAYLOAD_TYPE`. Unknown values are kept, not rejected.
public struct MAVTunnelPayloadType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Encoding of payload unknown.
    public static let unknown = MAVTunnelPayloadType(rawValue: 0)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved0 = MAVTunnelPayloadType(rawValue: 200)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved1 = MAVTunnelPayloadType(rawValue: 201)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved2 = MAVTunnelPayloadType(rawValue: 202)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved3 = MAVTunnelPayloadType(rawValue: 203)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved4 = MAVTunnelPayloadType(rawValue: 204)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved5 = MAVTunnelPayloadType(rawValue: 205)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved6 = MAVTunnelPayloadType(rawValue: 206)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved7 = MAVTunnelPayloadType(rawValue: 207)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved8 = MAVTunnelPayloadType(rawValue: 208)
    /// Registered for STorM32 gimbal controller.
    public static let storm32Reserved9 = MAVTunnelPayloadType(rawValue: 209)
    /// Registered for ModalAI remote OSD protocol.
    public static let modalaiRemoteOsd = MAVTunnelPayloadType(rawValue: 210)
    /// Registered for ModalAI ESC UART passthru protocol.
    public static let modalaiEscUartPassthru = MAVTunnelPayloadType(rawValue: 211)
    /// Registered for ModalAI vendor use.
    public static let modalaiIoUartPassthru = MAVTunnelPayloadType(rawValue: 212)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_TUNNEL_PAYLOAD_TYPE_UNKNOWN"
        case 200: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED0"
        case 201: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED1"
        case 202: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED2"
        case 203: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED3"
        case 204: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED4"
        case 205: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED5"
        case 206: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED6"
        case 207: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED7"
        case 208: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED8"
        case 209: return "MAV_TUNNEL_PAYLOAD_TYPE_STORM32_RESERVED9"
        case 210: return "MAV_TUNNEL_PAYLOAD_TYPE_MODALAI_REMOTE_OSD"
        case 211: return "MAV_TUNNEL_PAYLOAD_TYPE_MODALAI_ESC_UART_PASSTHRU"
        case 212: return "MAV_TUNNEL_PAYLOAD_TYPE_MODALAI_IO_UART_PASSTHRU"
        default: return nil
        }
    }
}

/// Enumeration of VTOL states
///
/// MAVLink enum `MAV_VTOL_STATE`. Unknown values are kept, not rejected.
public struct MAVVtolState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MAV is not configured as VTOL
    public static let undefined = MAVVtolState(rawValue: 0)
    /// VTOL is in transition from multicopter to fixed-wing
    public static let transitionToFw = MAVVtolState(rawValue: 1)
    /// VTOL is in transition from fixed-wing to multicopter
    public static let transitionToMc = MAVVtolState(rawValue: 2)
    /// VTOL is in multicopter state
    public static let mc = MAVVtolState(rawValue: 3)
    /// VTOL is in fixed-wing state
    public static let fw = MAVVtolState(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_VTOL_STATE_UNDEFINED"
        case 1: return "MAV_VTOL_STATE_TRANSITION_TO_FW"
        case 2: return "MAV_VTOL_STATE_TRANSITION_TO_MC"
        case 3: return "MAV_VTOL_STATE_MC"
        case 4: return "MAV_VTOL_STATE_FW"
        default: return nil
        }
    }
}

/// Winch status flags used in WINCH_STATUS
///
/// MAVLink enum `MAV_WINCH_STATUS_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct MAVWinchStatusFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Winch is healthy
    public static let mavWinchStatusHealthy = MAVWinchStatusFlag(rawValue: 1)
    /// Winch line is fully retracted
    public static let mavWinchStatusFullyRetracted = MAVWinchStatusFlag(rawValue: 2)
    /// Winch motor is moving
    public static let mavWinchStatusMoving = MAVWinchStatusFlag(rawValue: 4)
    /// Winch clutch is engaged allowing motor to move freely.
    public static let mavWinchStatusClutchEngaged = MAVWinchStatusFlag(rawValue: 8)
    /// Winch is locked by locking mechanism.
    public static let mavWinchStatusLocked = MAVWinchStatusFlag(rawValue: 16)
    /// Winch is gravity dropping payload.
    public static let mavWinchStatusDropping = MAVWinchStatusFlag(rawValue: 32)
    /// Winch is arresting payload descent.
    public static let mavWinchStatusArresting = MAVWinchStatusFlag(rawValue: 64)
    /// Winch is using torque measurements to sense the ground.
    public static let mavWinchStatusGroundSense = MAVWinchStatusFlag(rawValue: 128)
    /// Winch is returning to the fully retracted position.
    public static let mavWinchStatusRetracting = MAVWinchStatusFlag(rawValue: 256)
    /// Winch is redelivering the payload. This is a failover state if the line tension goes above a threshold during RETRACTING.
    public static let mavWinchStatusRedeliver = MAVWinchStatusFlag(rawValue: 512)
    /// Winch is abandoning the line and possibly payload. Winch unspools the entire calculated line length. This is a failover state from REDELIVER if the number of attempts exceeds a threshold.
    public static let mavWinchStatusAbandonLine = MAVWinchStatusFlag(rawValue: 1024)
    /// Winch is engaging the locking mechanism.
    public static let mavWinchStatusLocking = MAVWinchStatusFlag(rawValue: 2048)
    /// Winch is spooling on line.
    public static let mavWinchStatusLoadLine = MAVWinchStatusFlag(rawValue: 4096)
    /// Winch is loading a payload.
    public static let mavWinchStatusLoadPayload = MAVWinchStatusFlag(rawValue: 8192)
}

/// States of the mission state machine.
/// Note that these states are independent of whether the mission is in a mode that can execute mission items or not (is suspended).
/// They may not all be relevant on all vehicles.
///
/// MAVLink enum `MISSION_STATE`. Unknown values are kept, not rejected.
public struct MissionState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The mission status reporting is not supported.
    public static let unknown = MissionState(rawValue: 0)
    /// No mission on the vehicle.
    public static let noMission = MissionState(rawValue: 1)
    /// Mission has not started. This is the case after a mission has uploaded but not yet started executing.
    public static let notStarted = MissionState(rawValue: 2)
    /// Mission is active, and will execute mission items when in auto mode.
    public static let active = MissionState(rawValue: 3)
    /// Mission is paused when in auto mode.
    public static let paused = MissionState(rawValue: 4)
    /// Mission has executed all mission items.
    public static let complete = MissionState(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MISSION_STATE_UNKNOWN"
        case 1: return "MISSION_STATE_NO_MISSION"
        case 2: return "MISSION_STATE_NOT_STARTED"
        case 3: return "MISSION_STATE_ACTIVE"
        case 4: return "MISSION_STATE_PAUSED"
        case 5: return "MISSION_STATE_COMPLETE"
        default: return nil
        }
    }
}

/// Sequence that motors are tested when using MAV_CMD_DO_MOTOR_TEST.
///
/// MAVLink enum `MOTOR_TEST_ORDER`. Unknown values are kept, not rejected.
public struct MotorTestOrder: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Default autopilot motor test method.
    public static let `default` = MotorTestOrder(rawValue: 0)
    /// Motor numbers are specified as their index in a predefined vehicle-specific sequence.
    public static let sequence = MotorTestOrder(rawValue: 1)
    /// Motor numbers are specified as the output as labeled on the board.
    public static let board = MotorTestOrder(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MOTOR_TEST_ORDER_DEFAULT"
        case 1: return "MOTOR_TEST_ORDER_SEQUENCE"
        case 2: return "MOTOR_TEST_ORDER_BOARD"
        default: return nil
        }
    }
}

/// Defines how throttle value is represented in MAV_CMD_DO_MOTOR_TEST.
///
/// MAVLink enum `MOTOR_TEST_THROTTLE_TYPE`. Unknown values are kept, not rejected.
public struct MotorTestThrottleType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Throttle as a percentage (0 ~ 100)
    public static let motorTestThrottlePercent = MotorTestThrottleType(rawValue: 0)
    /// Throttle as an absolute PWM value (normally in range of 1000~2000).
    public static let motorTestThrottlePwm = MotorTestThrottleType(rawValue: 1)
    /// Throttle pass-through from pilot's transmitter.
    public static let motorTestThrottlePilot = MotorTestThrottleType(rawValue: 2)
    /// Per-motor compass calibration test.
    public static let motorTestCompassCal = MotorTestThrottleType(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MOTOR_TEST_THROTTLE_PERCENT"
        case 1: return "MOTOR_TEST_THROTTLE_PWM"
        case 2: return "MOTOR_TEST_THROTTLE_PILOT"
        case 3: return "MOTOR_TEST_COMPASS_CAL"
        default: return nil
        }
    }
}

/// NAV_TAKEOFF_FLAGS
///
/// MAVLink enum `NAV_TAKEOFF_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct NavTakeoffFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Accept the command even if the autopilot does not have control over its horizontal position (note that it might not have altitude control either).
    public static let horizontalPositionNotRequired = NavTakeoffFlags(rawValue: 1)
}

/// NAV_VTOL_LAND_OPTIONS
///
/// MAVLink enum `NAV_VTOL_LAND_OPTIONS`. Unknown values are kept, not rejected.
public struct NavVtolLandOptions: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Default autopilot landing behaviour.
    public static let `default` = NavVtolLandOptions(rawValue: 0)
    /// Use a fixed wing spiral desent approach before landing.
    public static let fwSpiralApproach = NavVtolLandOptions(rawValue: 1)
    /// Use a fixed wing approach before detransitioning and landing vertically.
    public static let fwApproach = NavVtolLandOptions(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "NAV_VTOL_LAND_OPTIONS_DEFAULT"
        case 1: return "NAV_VTOL_LAND_OPTIONS_FW_SPIRAL_APPROACH"
        case 2: return "NAV_VTOL_LAND_OPTIONS_FW_APPROACH"
        default: return nil
        }
    }
}

/// Yaw behaviour during orbit flight.
///
/// MAVLink enum `ORBIT_YAW_BEHAVIOUR`. Unknown values are kept, not rejected.
public struct OrbitYawBehaviour: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Vehicle front points to the center (default).
    public static let holdFrontToCircleCenter = OrbitYawBehaviour(rawValue: 0)
    /// Vehicle front holds heading when message received.
    public static let holdInitialHeading = OrbitYawBehaviour(rawValue: 1)
    /// Yaw uncontrolled.
    public static let uncontrolled = OrbitYawBehaviour(rawValue: 2)
    /// Vehicle front follows flight path (tangential to circle).
    public static let holdFrontTangentToCircle = OrbitYawBehaviour(rawValue: 3)
    /// Yaw controlled by RC input.
    public static let rcControlled = OrbitYawBehaviour(rawValue: 4)
    /// Vehicle uses current yaw behaviour (unchanged). The vehicle-default yaw behaviour is used if this value is specified when orbit is first commanded.
    public static let unchanged = OrbitYawBehaviour(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ORBIT_YAW_BEHAVIOUR_HOLD_FRONT_TO_CIRCLE_CENTER"
        case 1: return "ORBIT_YAW_BEHAVIOUR_HOLD_INITIAL_HEADING"
        case 2: return "ORBIT_YAW_BEHAVIOUR_UNCONTROLLED"
        case 3: return "ORBIT_YAW_BEHAVIOUR_HOLD_FRONT_TANGENT_TO_CIRCLE"
        case 4: return "ORBIT_YAW_BEHAVIOUR_RC_CONTROLLED"
        case 5: return "ORBIT_YAW_BEHAVIOUR_UNCHANGED"
        default: return nil
        }
    }
}

/// Parachute actions. Trigger release and enable/disable auto-release.
///
/// MAVLink enum `PARACHUTE_ACTION`. Unknown values are kept, not rejected.
public struct ParachuteAction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Disable auto-release of parachute (i.e. release triggered by crash detectors).
    public static let parachuteDisable = ParachuteAction(rawValue: 0)
    /// Enable auto-release of parachute.
    public static let parachuteEnable = ParachuteAction(rawValue: 1)
    /// Release parachute and kill motors.
    public static let parachuteRelease = ParachuteAction(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PARACHUTE_DISABLE"
        case 1: return "PARACHUTE_ENABLE"
        case 2: return "PARACHUTE_RELEASE"
        default: return nil
        }
    }
}

/// Result from PARAM_EXT_SET message.
///
/// MAVLink enum `PARAM_ACK`. Unknown values are kept, not rejected.
public struct ParamAck: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Parameter value ACCEPTED and SET
    public static let accepted = ParamAck(rawValue: 0)
    /// Parameter value UNKNOWN/UNSUPPORTED
    public static let valueUnsupported = ParamAck(rawValue: 1)
    /// Parameter failed to set
    public static let failed = ParamAck(rawValue: 2)
    /// Parameter value received but not yet set/accepted. A subsequent PARAM_EXT_ACK with the final result will follow once operation is completed. This is returned immediately for parameters that take longer to set, indicating that the the parameter was received and does not need to be resent.
    public static let inProgress = ParamAck(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PARAM_ACK_ACCEPTED"
        case 1: return "PARAM_ACK_VALUE_UNSUPPORTED"
        case 2: return "PARAM_ACK_FAILED"
        case 3: return "PARAM_ACK_IN_PROGRESS"
        default: return nil
        }
    }
}

/// Bitmap to indicate which dimensions should be ignored by the vehicle: a value of 0b0000000000000000 or 0b0000001000000000 indicates that none of the setpoint dimensions should be ignored. If bit 9 is set the floats afx afy afz should be interpreted as force instead of acceleration.
///
/// MAVLink enum `POSITION_TARGET_TYPEMASK` (bitmask). Unknown values are kept, not rejected.
public struct PositionTargetTypemask: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Ignore position x
    public static let xIgnore = PositionTargetTypemask(rawValue: 1)
    /// Ignore position y
    public static let yIgnore = PositionTargetTypemask(rawValue: 2)
    /// Ignore position z
    public static let zIgnore = PositionTargetTypemask(rawValue: 4)
    /// Ignore velocity x
    public static let vxIgnore = PositionTargetTypemask(rawValue: 8)
    /// Ignore velocity y
    public static let vyIgnore = PositionTargetTypemask(rawValue: 16)
    /// Ignore velocity z
    public static let vzIgnore = PositionTargetTypemask(rawValue: 32)
    /// Ignore acceleration x
    public static let axIgnore = PositionTargetTypemask(rawValue: 64)
    /// Ignore acceleration y
    public static let ayIgnore = PositionTargetTypemask(rawValue: 128)
    /// Ignore acceleration z
    public static let azIgnore = PositionTargetTypemask(rawValue: 256)
    /// Use force instead of acceleration
    public static let forceSet = PositionTargetTypemask(rawValue: 512)
    /// Ignore yaw
    public static let yawIgnore = PositionTargetTypemask(rawValue: 1024)
    /// Ignore yaw rate
    public static let yawRateIgnore = PositionTargetTypemask(rawValue: 2048)
}

/// Precision land modes (used in MAV_CMD_NAV_LAND).
///
/// MAVLink enum `PRECISION_LAND_MODE`. Unknown values are kept, not rejected.
public struct PrecisionLandMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Normal (non-precision) landing.
    public static let disabled = PrecisionLandMode(rawValue: 0)
    /// Use precision landing if beacon detected when land command accepted, otherwise land normally.
    public static let opportunistic = PrecisionLandMode(rawValue: 1)
    /// Use precision landing, searching for beacon if not found when land command accepted (land normally if beacon cannot be found).
    public static let required = PrecisionLandMode(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PRECISION_LAND_MODE_DISABLED"
        case 1: return "PRECISION_LAND_MODE_OPPORTUNISTIC"
        case 2: return "PRECISION_LAND_MODE_REQUIRED"
        default: return nil
        }
    }
}

/// Action for the accelerometer (param5) of MAV_CMD_PREFLIGHT_CALIBRATION.
///
/// MAVLink enum `PREFLIGHT_CALIBRATION_ACCELEROMETER`. Unknown values are kept, not rejected.
public struct PreflightCalibrationAccelerometer: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No action.
    public static let none = PreflightCalibrationAccelerometer(rawValue: 0)
    /// Full 6-position accelerometer calibration.
    public static let full = PreflightCalibrationAccelerometer(rawValue: 1)
    /// Board level (trim) calibration.
    public static let trim = PreflightCalibrationAccelerometer(rawValue: 2)
    /// Accelerometer temperature calibration.
    public static let temperature = PreflightCalibrationAccelerometer(rawValue: 3)
    /// Simple accelerometer calibration.
    public static let simple = PreflightCalibrationAccelerometer(rawValue: 4)
    /// Force-accept the existing accelerometer calibration as valid without re-running it. Useful after a parameter reload that cleared calibration validity flags.
    public static let forceSave = PreflightCalibrationAccelerometer(rawValue: 76)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_NONE"
        case 1: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_FULL"
        case 2: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_TRIM"
        case 3: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_TEMPERATURE"
        case 4: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_SIMPLE"
        case 76: return "PREFLIGHT_CALIBRATION_ACCELEROMETER_FORCE_SAVE"
        default: return nil
        }
    }
}

/// Action for the magnetometer (param2) of MAV_CMD_PREFLIGHT_CALIBRATION.
///
/// MAVLink enum `PREFLIGHT_CALIBRATION_MAGNETOMETER`. Unknown values are kept, not rejected.
public struct PreflightCalibrationMagnetometer: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No action.
    public static let none = PreflightCalibrationMagnetometer(rawValue: 0)
    /// Start magnetometer calibration.
    public static let start = PreflightCalibrationMagnetometer(rawValue: 1)
    /// Force-accept the existing compass calibration as valid without re-running it. Useful after a parameter reload that cleared calibration validity flags.
    public static let forceSave = PreflightCalibrationMagnetometer(rawValue: 76)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PREFLIGHT_CALIBRATION_MAGNETOMETER_NONE"
        case 1: return "PREFLIGHT_CALIBRATION_MAGNETOMETER_START"
        case 76: return "PREFLIGHT_CALIBRATION_MAGNETOMETER_FORCE_SAVE"
        default: return nil
        }
    }
}

/// Actions for reading and writing plan information (mission, rally points, geofence) between persistent and volatile storage when using MAV_CMD_PREFLIGHT_STORAGE.
/// (Commonly missions are loaded from persistent storage (flash/EEPROM) into volatile storage (RAM) on startup and written back when they are changed.)
///
/// MAVLink enum `PREFLIGHT_STORAGE_MISSION_ACTION`. Unknown values are kept, not rejected.
public struct PreflightStorageMissionAction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Read current mission data from persistent storage
    public static let missionReadPersistent = PreflightStorageMissionAction(rawValue: 0)
    /// Write current mission data to persistent storage
    public static let missionWritePersistent = PreflightStorageMissionAction(rawValue: 1)
    /// Erase all mission data stored on the vehicle (both persistent and volatile storage)
    public static let missionResetDefault = PreflightStorageMissionAction(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MISSION_READ_PERSISTENT"
        case 1: return "MISSION_WRITE_PERSISTENT"
        case 2: return "MISSION_RESET_DEFAULT"
        default: return nil
        }
    }
}

/// Actions for reading/writing parameters between persistent and volatile storage when using MAV_CMD_PREFLIGHT_STORAGE.
/// (Commonly parameters are loaded from persistent storage (flash/EEPROM) into volatile storage (RAM) on startup and written back when they are changed.)
///
/// MAVLink enum `PREFLIGHT_STORAGE_PARAMETER_ACTION`. Unknown values are kept, not rejected.
public struct PreflightStorageParameterAction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Read all parameters from persistent storage. Replaces values in volatile storage.
    public static let paramReadPersistent = PreflightStorageParameterAction(rawValue: 0)
    /// Write all parameter values to persistent storage (flash/EEPROM)
    public static let paramWritePersistent = PreflightStorageParameterAction(rawValue: 1)
    /// Reset parameters to default values (such as sensor calibration, safety settings, and so on). Note that a flight stack may choose not to reset some parameters at their own discretion (such as those that are locked or expected to persist for the vehicle lifetime).
    public static let paramResetFactoryDefault = PreflightStorageParameterAction(rawValue: 2)
    /// Reset only sensor calibration parameters to factory defaults (or firmware default if not available)
    public static let paramResetSensorDefault = PreflightStorageParameterAction(rawValue: 3)
    /// Reset all parameters to default values.
    public static let paramResetAllDefault = PreflightStorageParameterAction(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PARAM_READ_PERSISTENT"
        case 1: return "PARAM_WRITE_PERSISTENT"
        case 2: return "PARAM_RESET_FACTORY_DEFAULT"
        case 3: return "PARAM_RESET_SENSOR_DEFAULT"
        case 4: return "PARAM_RESET_ALL_DEFAULT"
        default: return nil
        }
    }
}

/// RC sub-type of types defined in RC_TYPE. Used in MAV_CMD_START_RX_PAIR. Ignored if value does not correspond to the set RC_TYPE.
///
/// MAVLink enum `RC_SUB_TYPE`. Unknown values are kept, not rejected.
public struct RcSubType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Spektrum DSM2
    public static let spektrumDsm2 = RcSubType(rawValue: 0)
    /// Spektrum DSMX
    public static let spektrumDsmx = RcSubType(rawValue: 1)
    /// Spektrum DSMX8
    public static let spektrumDsmx8 = RcSubType(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "RC_SUB_TYPE_SPEKTRUM_DSM2"
        case 1: return "RC_SUB_TYPE_SPEKTRUM_DSMX"
        case 2: return "RC_SUB_TYPE_SPEKTRUM_DSMX8"
        default: return nil
        }
    }
}

/// RC type. Used in MAV_CMD_START_RX_PAIR.
///
/// MAVLink enum `RC_TYPE`. Unknown values are kept, not rejected.
public struct RcType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Spektrum
    public static let spektrum = RcType(rawValue: 0)
    /// CRSF
    public static let crsf = RcType(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "RC_TYPE_SPEKTRUM"
        case 1: return "RC_TYPE_CRSF"
        default: return nil
        }
    }
}

/// Reboot/shutdown action for selected component in MAV_CMD_PREFLIGHT_REBOOT_SHUTDOWN.
///
/// MAVLink enum `REBOOT_SHUTDOWN_ACTION`. Unknown values are kept, not rejected.
public struct RebootShutdownAction: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Do nothing.
    public static let none = RebootShutdownAction(rawValue: 0)
    /// Reboot component.
    public static let reboot = RebootShutdownAction(rawValue: 1)
    /// Shutdown component.
    public static let shutdown = RebootShutdownAction(rawValue: 2)
    /// Reboot component and keep it in the bootloader until upgraded.
    public static let rebootToBootloader = RebootShutdownAction(rawValue: 3)
    /// Power on component. Do nothing if component is already powered (ACK command with MAV_RESULT_ACCEPTED).
    public static let powerOn = RebootShutdownAction(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "REBOOT_SHUTDOWN_ACTION_NONE"
        case 1: return "REBOOT_SHUTDOWN_ACTION_REBOOT"
        case 2: return "REBOOT_SHUTDOWN_ACTION_SHUTDOWN"
        case 3: return "REBOOT_SHUTDOWN_ACTION_REBOOT_TO_BOOTLOADER"
        case 4: return "REBOOT_SHUTDOWN_ACTION_POWER_ON"
        default: return nil
        }
    }
}

/// Specifies the conditions under which the MAV_CMD_PREFLIGHT_REBOOT_SHUTDOWN command should be accepted.
///
/// MAVLink enum `REBOOT_SHUTDOWN_CONDITIONS`. Unknown values are kept, not rejected.
public struct RebootShutdownConditions: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Reboot/Shutdown only if allowed by safety checks, such as being landed.
    public static let safetyInterlocked = RebootShutdownConditions(rawValue: 0)
    /// Force reboot/shutdown of the autopilot/component regardless of system state.
    public static let force = RebootShutdownConditions(rawValue: 20190226)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "REBOOT_SHUTDOWN_CONDITIONS_SAFETY_INTERLOCKED"
        case 20190226: return "REBOOT_SHUTDOWN_CONDITIONS_FORCE"
        default: return nil
        }
    }
}

/// RTK GPS baseline coordinate system, used for RTK corrections
///
/// MAVLink enum `RTK_BASELINE_COORDINATE_SYSTEM`. Unknown values are kept, not rejected.
public struct RtkBaselineCoordinateSystem: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Earth-centered, Earth-fixed
    public static let ecef = RtkBaselineCoordinateSystem(rawValue: 0)
    /// RTK basestation centered, north, east, down
    public static let ned = RtkBaselineCoordinateSystem(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "RTK_BASELINE_COORDINATE_SYSTEM_ECEF"
        case 1: return "RTK_BASELINE_COORDINATE_SYSTEM_NED"
        default: return nil
        }
    }
}

/// Possible safety switch states.
///
/// MAVLink enum `SAFETY_SWITCH_STATE`. Unknown values are kept, not rejected.
public struct SafetySwitchState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Safety switch is engaged and vehicle should be safe to approach.
    public static let safe = SafetySwitchState(rawValue: 0)
    /// Safety switch is NOT engaged and motors, propellers and other actuators should be considered active.
    public static let dangerous = SafetySwitchState(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SAFETY_SWITCH_STATE_SAFE"
        case 1: return "SAFETY_SWITCH_STATE_DANGEROUS"
        default: return nil
        }
    }
}

/// SERIAL_CONTROL device types
///
/// MAVLink enum `SERIAL_CONTROL_DEV`. Unknown values are kept, not rejected.
public struct SerialControlDev: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// First telemetry port
    public static let telem1 = SerialControlDev(rawValue: 0)
    /// Second telemetry port
    public static let telem2 = SerialControlDev(rawValue: 1)
    /// First GPS port
    public static let gps1 = SerialControlDev(rawValue: 2)
    /// Second GPS port
    public static let gps2 = SerialControlDev(rawValue: 3)
    /// Third telemetry port
    public static let telem3 = SerialControlDev(rawValue: 4)
    /// Fourth telemetry port
    public static let telem4 = SerialControlDev(rawValue: 5)
    /// system shell
    public static let shell = SerialControlDev(rawValue: 10)
    /// Electronic Speed Controller 0
    public static let esc0 = SerialControlDev(rawValue: 20)
    /// Electronic Speed Controller 1
    public static let esc1 = SerialControlDev(rawValue: 21)
    /// Electronic Speed Controller 2
    public static let esc2 = SerialControlDev(rawValue: 22)
    /// Electronic Speed Controller 3
    public static let esc3 = SerialControlDev(rawValue: 23)
    /// Electronic Speed Controller 4
    public static let esc4 = SerialControlDev(rawValue: 24)
    /// Electronic Speed Controller 5
    public static let esc5 = SerialControlDev(rawValue: 25)
    /// Electronic Speed Controller 6
    public static let esc6 = SerialControlDev(rawValue: 26)
    /// Electronic Speed Controller 7
    public static let esc7 = SerialControlDev(rawValue: 27)
    /// SERIAL0
    public static let serialControlSerial0 = SerialControlDev(rawValue: 100)
    /// SERIAL1
    public static let serialControlSerial1 = SerialControlDev(rawValue: 101)
    /// SERIAL2
    public static let serialControlSerial2 = SerialControlDev(rawValue: 102)
    /// SERIAL3
    public static let serialControlSerial3 = SerialControlDev(rawValue: 103)
    /// SERIAL4
    public static let serialControlSerial4 = SerialControlDev(rawValue: 104)
    /// SERIAL5
    public static let serialControlSerial5 = SerialControlDev(rawValue: 105)
    /// SERIAL6
    public static let serialControlSerial6 = SerialControlDev(rawValue: 106)
    /// SERIAL7
    public static let serialControlSerial7 = SerialControlDev(rawValue: 107)
    /// SERIAL8
    public static let serialControlSerial8 = SerialControlDev(rawValue: 108)
    /// SERIAL9
    public static let serialControlSerial9 = SerialControlDev(rawValue: 109)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SERIAL_CONTROL_DEV_TELEM1"
        case 1: return "SERIAL_CONTROL_DEV_TELEM2"
        case 2: return "SERIAL_CONTROL_DEV_GPS1"
        case 3: return "SERIAL_CONTROL_DEV_GPS2"
        case 4: return "SERIAL_CONTROL_DEV_TELEM3"
        case 5: return "SERIAL_CONTROL_DEV_TELEM4"
        case 10: return "SERIAL_CONTROL_DEV_SHELL"
        case 20: return "SERIAL_CONTROL_DEV_ESC0"
        case 21: return "SERIAL_CONTROL_DEV_ESC1"
        case 22: return "SERIAL_CONTROL_DEV_ESC2"
        case 23: return "SERIAL_CONTROL_DEV_ESC3"
        case 24: return "SERIAL_CONTROL_DEV_ESC4"
        case 25: return "SERIAL_CONTROL_DEV_ESC5"
        case 26: return "SERIAL_CONTROL_DEV_ESC6"
        case 27: return "SERIAL_CONTROL_DEV_ESC7"
        case 100: return "SERIAL_CONTROL_SERIAL0"
        case 101: return "SERIAL_CONTROL_SERIAL1"
        case 102: return "SERIAL_CONTROL_SERIAL2"
        case 103: return "SERIAL_CONTROL_SERIAL3"
        case 104: return "SERIAL_CONTROL_SERIAL4"
        case 105: return "SERIAL_CONTROL_SERIAL5"
        case 106: return "SERIAL_CONTROL_SERIAL6"
        case 107: return "SERIAL_CONTROL_SERIAL7"
        case 108: return "SERIAL_CONTROL_SERIAL8"
        case 109: return "SERIAL_CONTROL_SERIAL9"
        default: return nil
        }
    }
}

/// SERIAL_CONTROL flags (bitmask)
///
/// MAVLink enum `SERIAL_CONTROL_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct SerialControlFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Set if this is a reply
    public static let reply = SerialControlFlag(rawValue: 1)
    /// Set if the sender wants the receiver to send a response as another SERIAL_CONTROL message
    public static let respond = SerialControlFlag(rawValue: 2)
    /// Set if access to the serial port should be removed from whatever driver is currently using it, giving exclusive access to the SERIAL_CONTROL protocol. The port can be handed back by sending a request without this flag set
    public static let exclusive = SerialControlFlag(rawValue: 4)
    /// Block on writes to the serial port
    public static let blocking = SerialControlFlag(rawValue: 8)
    /// Send multiple replies until port is drained
    public static let multi = SerialControlFlag(rawValue: 16)
}

/// Focus types for MAV_CMD_SET_CAMERA_FOCUS
///
/// MAVLink enum `SET_FOCUS_TYPE`. Unknown values are kept, not rejected.
public struct SetFocusType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Focus one step increment (-1 for focusing in, 1 for focusing out towards infinity).
    public static let focusTypeStep = SetFocusType(rawValue: 0)
    /// Continuous normalized focus in/out rate until stopped. Range -1..1, negative: in, positive: out towards infinity, 0 to stop focusing. Other values should be clipped to the range.
    public static let focusTypeContinuous = SetFocusType(rawValue: 1)
    /// Focus value as proportion of full camera focus range (a value between 0.0 and 100.0)
    public static let focusTypeRange = SetFocusType(rawValue: 2)
    /// Focus value in metres. Note that there is no message to get the valid focus range of the camera, so this can type can only be used for cameras where the range is known (implying that this cannot reliably be used in a GCS for an arbitrary camera).
    public static let focusTypeMeters = SetFocusType(rawValue: 3)
    /// Focus automatically.
    public static let focusTypeAuto = SetFocusType(rawValue: 4)
    /// Single auto focus. Mainly used for still pictures. Usually abbreviated as AF-S.
    public static let focusTypeAutoSingle = SetFocusType(rawValue: 5)
    /// Continuous auto focus. Mainly used for dynamic scenes. Abbreviated as AF-C.
    public static let focusTypeAutoContinuous = SetFocusType(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FOCUS_TYPE_STEP"
        case 1: return "FOCUS_TYPE_CONTINUOUS"
        case 2: return "FOCUS_TYPE_RANGE"
        case 3: return "FOCUS_TYPE_METERS"
        case 4: return "FOCUS_TYPE_AUTO"
        case 5: return "FOCUS_TYPE_AUTO_SINGLE"
        case 6: return "FOCUS_TYPE_AUTO_CONTINUOUS"
        default: return nil
        }
    }
}

/// Speed setpoint types used in MAV_CMD_DO_CHANGE_SPEED
///
/// MAVLink enum `SPEED_TYPE`. Unknown values are kept, not rejected.
public struct SpeedType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Airspeed
    public static let airspeed = SpeedType(rawValue: 0)
    /// Groundspeed
    public static let groundspeed = SpeedType(rawValue: 1)
    /// Climb speed
    public static let climbSpeed = SpeedType(rawValue: 2)
    /// Descent speed
    public static let descentSpeed = SpeedType(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SPEED_TYPE_AIRSPEED"
        case 1: return "SPEED_TYPE_GROUNDSPEED"
        case 2: return "SPEED_TYPE_CLIMB_SPEED"
        case 3: return "SPEED_TYPE_DESCENT_SPEED"
        default: return nil
        }
    }
}

/// Flags to indicate the status of camera storage.
///
/// MAVLink enum `STORAGE_STATUS`. Unknown values are kept, not rejected.
public struct StorageStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Storage is missing (no microSD card loaded for example.)
    public static let empty = StorageStatus(rawValue: 0)
    /// Storage present but unformatted.
    public static let unformatted = StorageStatus(rawValue: 1)
    /// Storage present and ready.
    public static let ready = StorageStatus(rawValue: 2)
    /// Camera does not supply storage status information. Capacity information in STORAGE_INFORMATION fields will be ignored.
    public static let notSupported = StorageStatus(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "STORAGE_STATUS_EMPTY"
        case 1: return "STORAGE_STATUS_UNFORMATTED"
        case 2: return "STORAGE_STATUS_READY"
        case 3: return "STORAGE_STATUS_NOT_SUPPORTED"
        default: return nil
        }
    }
}

/// Flags to indicate the type of storage.
///
/// MAVLink enum `STORAGE_TYPE`. Unknown values are kept, not rejected.
public struct StorageType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Storage type is not known.
    public static let unknown = StorageType(rawValue: 0)
    /// Storage type is USB device.
    public static let usbStick = StorageType(rawValue: 1)
    /// Storage type is SD card.
    public static let sd = StorageType(rawValue: 2)
    /// Storage type is microSD card.
    public static let microsd = StorageType(rawValue: 3)
    /// Storage type is CFast.
    public static let cf = StorageType(rawValue: 4)
    /// Storage type is CFexpress.
    public static let cfe = StorageType(rawValue: 5)
    /// Storage type is XQD.
    public static let xqd = StorageType(rawValue: 6)
    /// Storage type is HD mass storage type.
    public static let hd = StorageType(rawValue: 7)
    /// Storage type is other, not listed type.
    public static let other = StorageType(rawValue: 254)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "STORAGE_TYPE_UNKNOWN"
        case 1: return "STORAGE_TYPE_USB_STICK"
        case 2: return "STORAGE_TYPE_SD"
        case 3: return "STORAGE_TYPE_MICROSD"
        case 4: return "STORAGE_TYPE_CF"
        case 5: return "STORAGE_TYPE_CFE"
        case 6: return "STORAGE_TYPE_XQD"
        case 7: return "STORAGE_TYPE_HD"
        case 254: return "STORAGE_TYPE_OTHER"
        default: return nil
        }
    }
}

/// Flags to indicate usage for a particular storage (see STORAGE_INFORMATION.storage_usage and MAV_CMD_SET_STORAGE_USAGE).
///
/// MAVLink enum `STORAGE_USAGE_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct StorageUsageFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Always set to 1 (indicates STORAGE_INFORMATION.storage_usage is supported).
    public static let set = StorageUsageFlag(rawValue: 1)
    /// Storage for saving photos.
    public static let photo = StorageUsageFlag(rawValue: 2)
    /// Storage for saving videos.
    public static let video = StorageUsageFlag(rawValue: 4)
    /// Storage for saving logs.
    public static let logs = StorageUsageFlag(rawValue: 8)
}

/// Tune formats (used for vehicle buzzer/tone generation).
///
/// MAVLink enum `TUNE_FORMAT`. Unknown values are kept, not rejected.
public struct TuneFormat: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Format is QBasic 1.1 Play: https://www.qbasic.net/en/reference/qb11/Statement/PLAY-006.htm.
    public static let qbasic11 = TuneFormat(rawValue: 1)
    /// Format is Modern Music Markup Language (MML): https://en.wikipedia.org/wiki/Music_Macro_Language#Modern_MML.
    public static let mmlModern = TuneFormat(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "TUNE_FORMAT_QBASIC1_1"
        case 2: return "TUNE_FORMAT_MML_MODERN"
        default: return nil
        }
    }
}

/// Generalized UAVCAN node health
///
/// MAVLink enum `UAVCAN_NODE_HEALTH`. Unknown values are kept, not rejected.
public struct UavcanNodeHealth: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The node is functioning properly.
    public static let ok = UavcanNodeHealth(rawValue: 0)
    /// A critical parameter went out of range or the node has encountered a minor failure.
    public static let warning = UavcanNodeHealth(rawValue: 1)
    /// The node has encountered a major failure.
    public static let error = UavcanNodeHealth(rawValue: 2)
    /// The node has suffered a fatal malfunction.
    public static let critical = UavcanNodeHealth(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVCAN_NODE_HEALTH_OK"
        case 1: return "UAVCAN_NODE_HEALTH_WARNING"
        case 2: return "UAVCAN_NODE_HEALTH_ERROR"
        case 3: return "UAVCAN_NODE_HEALTH_CRITICAL"
        default: return nil
        }
    }
}

/// Generalized UAVCAN node mode
///
/// MAVLink enum `UAVCAN_NODE_MODE`. Unknown values are kept, not rejected.
public struct UavcanNodeMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The node is performing its primary functions.
    public static let operational = UavcanNodeMode(rawValue: 0)
    /// The node is initializing; this mode is entered immediately after startup.
    public static let initialization = UavcanNodeMode(rawValue: 1)
    /// The node is under maintenance.
    public static let maintenance = UavcanNodeMode(rawValue: 2)
    /// The node is in the process of updating its software.
    public static let softwareUpdate = UavcanNodeMode(rawValue: 3)
    /// The node is no longer available online.
    public static let offline = UavcanNodeMode(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "UAVCAN_NODE_MODE_OPERATIONAL"
        case 1: return "UAVCAN_NODE_MODE_INITIALIZATION"
        case 2: return "UAVCAN_NODE_MODE_MAINTENANCE"
        case 3: return "UAVCAN_NODE_MODE_SOFTWARE_UPDATE"
        case 7: return "UAVCAN_NODE_MODE_OFFLINE"
        default: return nil
        }
    }
}

/// Flags for the global position report.
///
/// MAVLink enum `UTM_DATA_AVAIL_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct UtmDataAvailFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The field time contains valid data.
    public static let timeValid = UtmDataAvailFlags(rawValue: 1)
    /// The field uas_id contains valid data.
    public static let uasIdAvailable = UtmDataAvailFlags(rawValue: 2)
    /// The fields lat, lon and h_acc contain valid data.
    public static let positionAvailable = UtmDataAvailFlags(rawValue: 4)
    /// The fields alt and v_acc contain valid data.
    public static let altitudeAvailable = UtmDataAvailFlags(rawValue: 8)
    /// The field relative_alt contains valid data.
    public static let relativeAltitudeAvailable = UtmDataAvailFlags(rawValue: 16)
    /// The fields vx and vy contain valid data.
    public static let horizontalVeloAvailable = UtmDataAvailFlags(rawValue: 32)
    /// The field vz contains valid data.
    public static let verticalVeloAvailable = UtmDataAvailFlags(rawValue: 64)
    /// The fields next_lat, next_lon and next_alt contain valid data.
    public static let nextWaypointAvailable = UtmDataAvailFlags(rawValue: 128)
}

/// Airborne status of UAS.
///
/// MAVLink enum `UTM_FLIGHT_STATE`. Unknown values are kept, not rejected.
public struct UtmFlightState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The flight state can't be determined.
    public static let unknown = UtmFlightState(rawValue: 1)
    /// UAS on ground.
    public static let ground = UtmFlightState(rawValue: 2)
    /// UAS airborne.
    public static let airborne = UtmFlightState(rawValue: 3)
    /// UAS is in an emergency flight state.
    public static let emergency = UtmFlightState(rawValue: 16)
    /// UAS has no active controls.
    public static let noctrl = UtmFlightState(rawValue: 32)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "UTM_FLIGHT_STATE_UNKNOWN"
        case 2: return "UTM_FLIGHT_STATE_GROUND"
        case 3: return "UTM_FLIGHT_STATE_AIRBORNE"
        case 16: return "UTM_FLIGHT_STATE_EMERGENCY"
        case 32: return "UTM_FLIGHT_STATE_NOCTRL"
        default: return nil
        }
    }
}

/// Video stream encodings
///
/// MAVLink enum `VIDEO_STREAM_ENCODING`. Unknown values are kept, not rejected.
public struct VideoStreamEncoding: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Stream encoding is unknown
    public static let unknown = VideoStreamEncoding(rawValue: 0)
    /// Stream encoding is H.264
    public static let h264 = VideoStreamEncoding(rawValue: 1)
    /// Stream encoding is H.265
    public static let h265 = VideoStreamEncoding(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "VIDEO_STREAM_ENCODING_UNKNOWN"
        case 1: return "VIDEO_STREAM_ENCODING_H264"
        case 2: return "VIDEO_STREAM_ENCODING_H265"
        default: return nil
        }
    }
}

/// Stream status flags (Bitmap)
///
/// MAVLink enum `VIDEO_STREAM_STATUS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct VideoStreamStatusFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Stream is active (running)
    public static let running = VideoStreamStatusFlags(rawValue: 1)
    /// Stream is thermal imaging
    public static let thermal = VideoStreamStatusFlags(rawValue: 2)
    /// Stream can report absolute thermal range (see CAMERA_THERMAL_RANGE).
    public static let thermalRangeEnabled = VideoStreamStatusFlags(rawValue: 4)
}

/// Video stream types
///
/// MAVLink enum `VIDEO_STREAM_TYPE`. Unknown values are kept, not rejected.
public struct VideoStreamType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Stream is RTSP
    public static let rtsp = VideoStreamType(rawValue: 0)
    /// Stream is RTP UDP (URI gives the port number)
    public static let rtpudp = VideoStreamType(rawValue: 1)
    /// Stream is MPEG on TCP
    public static let tcpMpeg = VideoStreamType(rawValue: 2)
    /// Stream is MPEG TS (URI gives the port number)
    public static let mpegTs = VideoStreamType(rawValue: 3)
    /// Stream is WHEP (WebRTC-HTTP Egress Protocol)
    public static let whep = VideoStreamType(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "VIDEO_STREAM_TYPE_RTSP"
        case 1: return "VIDEO_STREAM_TYPE_RTPUDP"
        case 2: return "VIDEO_STREAM_TYPE_TCP_MPEG"
        case 3: return "VIDEO_STREAM_TYPE_MPEG_TS"
        case 4: return "VIDEO_STREAM_TYPE_WHEP"
        default: return nil
        }
    }
}

/// Direction of VTOL transition
///
/// MAVLink enum `VTOL_TRANSITION_HEADING`. Unknown values are kept, not rejected.
public struct VtolTransitionHeading: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Respect the heading configuration of the vehicle.
    public static let vehicleDefault = VtolTransitionHeading(rawValue: 0)
    /// Use the heading pointing towards the next waypoint.
    public static let nextWaypoint = VtolTransitionHeading(rawValue: 1)
    /// Use the heading on takeoff (while sitting on the ground).
    public static let takeoff = VtolTransitionHeading(rawValue: 2)
    /// Use the specified heading in parameter 4.
    public static let specified = VtolTransitionHeading(rawValue: 3)
    /// Use the current heading when reaching takeoff altitude (potentially facing the wind when weather-vaning is active).
    public static let `any` = VtolTransitionHeading(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "VTOL_TRANSITION_HEADING_VEHICLE_DEFAULT"
        case 1: return "VTOL_TRANSITION_HEADING_NEXT_WAYPOINT"
        case 2: return "VTOL_TRANSITION_HEADING_TAKEOFF"
        case 3: return "VTOL_TRANSITION_HEADING_SPECIFIED"
        case 4: return "VTOL_TRANSITION_HEADING_ANY"
        default: return nil
        }
    }
}

/// WiFi Mode.
///
/// MAVLink enum `WIFI_CONFIG_AP_MODE`. Unknown values are kept, not rejected.
public struct WifiConfigApMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// WiFi mode is undefined.
    public static let undefined = WifiConfigApMode(rawValue: 0)
    /// WiFi configured as an access point.
    public static let ap = WifiConfigApMode(rawValue: 1)
    /// WiFi configured as a station connected to an existing local WiFi network.
    public static let station = WifiConfigApMode(rawValue: 2)
    /// WiFi disabled.
    public static let disabled = WifiConfigApMode(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "WIFI_CONFIG_AP_MODE_UNDEFINED"
        case 1: return "WIFI_CONFIG_AP_MODE_AP"
        case 2: return "WIFI_CONFIG_AP_MODE_STATION"
        case 3: return "WIFI_CONFIG_AP_MODE_DISABLED"
        default: return nil
        }
    }
}

/// Possible responses from a WIFI_CONFIG_AP message.
///
/// MAVLink enum `WIFI_CONFIG_AP_RESPONSE`. Unknown values are kept, not rejected.
public struct WifiConfigApResponse: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Undefined response. Likely an indicative of a system that doesn't support this request.
    public static let undefined = WifiConfigApResponse(rawValue: 0)
    /// Changes accepted.
    public static let accepted = WifiConfigApResponse(rawValue: 1)
    /// Changes rejected.
    public static let rejected = WifiConfigApResponse(rawValue: 2)
    /// Invalid Mode.
    public static let modeError = WifiConfigApResponse(rawValue: 3)
    /// Invalid SSID.
    public static let ssidError = WifiConfigApResponse(rawValue: 4)
    /// Invalid Password.
    public static let passwordError = WifiConfigApResponse(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "WIFI_CONFIG_AP_RESPONSE_UNDEFINED"
        case 1: return "WIFI_CONFIG_AP_RESPONSE_ACCEPTED"
        case 2: return "WIFI_CONFIG_AP_RESPONSE_REJECTED"
        case 3: return "WIFI_CONFIG_AP_RESPONSE_MODE_ERROR"
        case 4: return "WIFI_CONFIG_AP_RESPONSE_SSID_ERROR"
        case 5: return "WIFI_CONFIG_AP_RESPONSE_PASSWORD_ERROR"
        default: return nil
        }
    }
}

/// Winch actions.
///
/// MAVLink enum `WINCH_ACTIONS`. Unknown values are kept, not rejected.
public struct WinchActions: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Allow motor to freewheel.
    public static let winchRelaxed = WinchActions(rawValue: 0)
    /// Wind or unwind specified length of line, optionally using specified rate.
    public static let winchRelativeLengthControl = WinchActions(rawValue: 1)
    /// Wind or unwind line at specified rate.
    public static let winchRateControl = WinchActions(rawValue: 2)
    /// Perform the locking sequence to relieve motor while in the fully retracted position. Only action and instance command parameters are used, others are ignored.
    public static let winchLock = WinchActions(rawValue: 3)
    /// Sequence of drop, slow down, touch down, reel up, lock. Only action and instance command parameters are used, others are ignored.
    public static let winchDeliver = WinchActions(rawValue: 4)
    /// Engage motor and hold current position. Only action and instance command parameters are used, others are ignored.
    public static let winchHold = WinchActions(rawValue: 5)
    /// Return the reel to the fully retracted position. Only action and instance command parameters are used, others are ignored.
    public static let winchRetract = WinchActions(rawValue: 6)
    /// Load the reel with line. The winch will calculate the total loaded length and stop when the tension exceeds a threshold. Only action and instance command parameters are used, others are ignored.
    public static let winchLoadLine = WinchActions(rawValue: 7)
    /// Spool out the entire length of the line. Only action and instance command parameters are used, others are ignored.
    public static let winchAbandonLine = WinchActions(rawValue: 8)
    /// Spools out just enough to present the hook to the user to load the payload. Only action and instance command parameters are used, others are ignored
    public static let winchLoadPayload = WinchActions(rawValue: 9)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "WINCH_RELAXED"
        case 1: return "WINCH_RELATIVE_LENGTH_CONTROL"
        case 2: return "WINCH_RATE_CONTROL"
        case 3: return "WINCH_LOCK"
        case 4: return "WINCH_DELIVER"
        case 5: return "WINCH_HOLD"
        case 6: return "WINCH_RETRACT"
        case 7: return "WINCH_LOAD_LINE"
        case 8: return "WINCH_ABANDON_LINE"
        case 9: return "WINCH_LOAD_PAYLOAD"
        default: return nil
        }
    }
}
