// Generated from minimal.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Micro air vehicle / autopilot classes. This identifies the individual model.
///
/// MAVLink enum `MAV_AUTOPILOT`. Unknown values are kept, not rejected.
public struct MAVAutopilot: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Generic autopilot, full support for everything
    public static let generic = MAVAutopilot(rawValue: 0)
    /// Reserved for future use.
    public static let reserved = MAVAutopilot(rawValue: 1)
    /// SLUGS autopilot, http://slugsuav.soe.ucsc.edu
    public static let slugs = MAVAutopilot(rawValue: 2)
    /// ArduPilot - Plane/Copter/Rover/Sub/Tracker, https://ardupilot.org
    public static let ardupilotmega = MAVAutopilot(rawValue: 3)
    /// OpenPilot, http://openpilot.org
    public static let openpilot = MAVAutopilot(rawValue: 4)
    /// Generic autopilot only supporting simple waypoints
    public static let genericWaypointsOnly = MAVAutopilot(rawValue: 5)
    /// Generic autopilot supporting waypoints and other simple navigation commands
    public static let genericWaypointsAndSimpleNavigationOnly = MAVAutopilot(rawValue: 6)
    /// Generic autopilot supporting the full mission command set
    public static let genericMissionFull = MAVAutopilot(rawValue: 7)
    /// No valid autopilot, e.g. a GCS or other MAVLink component
    public static let invalid = MAVAutopilot(rawValue: 8)
    /// PPZ UAV - http://nongnu.org/paparazzi
    public static let ppz = MAVAutopilot(rawValue: 9)
    /// UAV Dev Board
    public static let udb = MAVAutopilot(rawValue: 10)
    /// FlexiPilot
    public static let fp = MAVAutopilot(rawValue: 11)
    /// PX4 Autopilot - http://px4.io/
    public static let px4 = MAVAutopilot(rawValue: 12)
    /// SMACCMPilot - http://smaccmpilot.org
    public static let smaccmpilot = MAVAutopilot(rawValue: 13)
    /// AutoQuad -- http://autoquad.org
    public static let autoquad = MAVAutopilot(rawValue: 14)
    /// Armazila -- http://armazila.com
    public static let armazila = MAVAutopilot(rawValue: 15)
    /// Aerob -- http://aerob.ru
    public static let aerob = MAVAutopilot(rawValue: 16)
    /// ASLUAV autopilot -- http://www.asl.ethz.ch
    public static let asluav = MAVAutopilot(rawValue: 17)
    /// SmartAP Autopilot - http://sky-drones.com
    public static let smartap = MAVAutopilot(rawValue: 18)
    /// AirRails - http://uaventure.com
    public static let airrails = MAVAutopilot(rawValue: 19)
    /// Fusion Reflex - https://fusion.engineering
    public static let reflex = MAVAutopilot(rawValue: 20)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_AUTOPILOT_GENERIC"
        case 1: return "MAV_AUTOPILOT_RESERVED"
        case 2: return "MAV_AUTOPILOT_SLUGS"
        case 3: return "MAV_AUTOPILOT_ARDUPILOTMEGA"
        case 4: return "MAV_AUTOPILOT_OPENPILOT"
        case 5: return "MAV_AUTOPILOT_GENERIC_WAYPOINTS_ONLY"
        case 6: return "MAV_AUTOPILOT_GENERIC_WAYPOINTS_AND_SIMPLE_NAVIGATION_ONLY"
        case 7: return "MAV_AUTOPILOT_GENERIC_MISSION_FULL"
        case 8: return "MAV_AUTOPILOT_INVALID"
        case 9: return "MAV_AUTOPILOT_PPZ"
        case 10: return "MAV_AUTOPILOT_UDB"
        case 11: return "MAV_AUTOPILOT_FP"
        case 12: return "MAV_AUTOPILOT_PX4"
        case 13: return "MAV_AUTOPILOT_SMACCMPILOT"
        case 14: return "MAV_AUTOPILOT_AUTOQUAD"
        case 15: return "MAV_AUTOPILOT_ARMAZILA"
        case 16: return "MAV_AUTOPILOT_AEROB"
        case 17: return "MAV_AUTOPILOT_ASLUAV"
        case 18: return "MAV_AUTOPILOT_SMARTAP"
        case 19: return "MAV_AUTOPILOT_AIRRAILS"
        case 20: return "MAV_AUTOPILOT_REFLEX"
        default: return nil
        }
    }
}

/// Legacy component ID values for particular types of hardware/software that might make up a MAVLink system (autopilot, cameras, servos, avoidance systems etc.).
///
/// Components are not required or expected to use IDs with names that correspond to their type or function, but may choose to do so.
/// Using an ID that matches the type may slightly reduce the chances of component id clashes, as, for historical reasons, it is less likely to be used by some other type of component.
/// System integration will still need to ensure that all components have unique IDs.
///
/// Component IDs are used for addressing messages to a particular component within a system.
/// A component can use any unique ID between 1 and 255 (MAV_COMP_ID_ALL value is the broadcast address, used to send to all components).
///
/// Historically component ID were also used for identifying the type of component.
/// New code must not use component IDs to infer the component type, but instead check the MAV_TYPE in the HEARTBEAT message!
///
/// MAVLink enum `MAV_COMPONENT`. Unknown values are kept, not rejected.
public struct MAVComponent: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Target id (target_component) used to broadcast messages to all components of the receiving system. Components should attempt to process messages with this component ID and forward to components on any other interfaces. Note: This is not a valid *source* component id for a message.
    public static let mavCompIdAll = MAVComponent(rawValue: 0)
    /// System flight controller component ("autopilot"). Only one autopilot is expected in a particular system.
    public static let mavCompIdAutopilot1 = MAVComponent(rawValue: 1)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser1 = MAVComponent(rawValue: 25)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser2 = MAVComponent(rawValue: 26)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser3 = MAVComponent(rawValue: 27)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser4 = MAVComponent(rawValue: 28)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser5 = MAVComponent(rawValue: 29)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser6 = MAVComponent(rawValue: 30)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser7 = MAVComponent(rawValue: 31)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser8 = MAVComponent(rawValue: 32)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser9 = MAVComponent(rawValue: 33)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser10 = MAVComponent(rawValue: 34)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser11 = MAVComponent(rawValue: 35)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser12 = MAVComponent(rawValue: 36)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser13 = MAVComponent(rawValue: 37)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser14 = MAVComponent(rawValue: 38)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser15 = MAVComponent(rawValue: 39)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser16 = MAVComponent(rawValue: 40)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser17 = MAVComponent(rawValue: 41)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser18 = MAVComponent(rawValue: 42)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser19 = MAVComponent(rawValue: 43)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser20 = MAVComponent(rawValue: 44)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser21 = MAVComponent(rawValue: 45)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser22 = MAVComponent(rawValue: 46)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser23 = MAVComponent(rawValue: 47)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser24 = MAVComponent(rawValue: 48)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser25 = MAVComponent(rawValue: 49)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser26 = MAVComponent(rawValue: 50)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser27 = MAVComponent(rawValue: 51)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser28 = MAVComponent(rawValue: 52)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser29 = MAVComponent(rawValue: 53)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser30 = MAVComponent(rawValue: 54)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser31 = MAVComponent(rawValue: 55)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser32 = MAVComponent(rawValue: 56)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser33 = MAVComponent(rawValue: 57)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser34 = MAVComponent(rawValue: 58)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser35 = MAVComponent(rawValue: 59)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser36 = MAVComponent(rawValue: 60)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser37 = MAVComponent(rawValue: 61)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser38 = MAVComponent(rawValue: 62)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser39 = MAVComponent(rawValue: 63)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser40 = MAVComponent(rawValue: 64)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser41 = MAVComponent(rawValue: 65)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser42 = MAVComponent(rawValue: 66)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser43 = MAVComponent(rawValue: 67)
    /// Telemetry radio (e.g. SiK radio, or other component that emits RADIO_STATUS messages).
    public static let mavCompIdTelemetryRadio = MAVComponent(rawValue: 68)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser45 = MAVComponent(rawValue: 69)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser46 = MAVComponent(rawValue: 70)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser47 = MAVComponent(rawValue: 71)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser48 = MAVComponent(rawValue: 72)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser49 = MAVComponent(rawValue: 73)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser50 = MAVComponent(rawValue: 74)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser51 = MAVComponent(rawValue: 75)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser52 = MAVComponent(rawValue: 76)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser53 = MAVComponent(rawValue: 77)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser54 = MAVComponent(rawValue: 78)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser55 = MAVComponent(rawValue: 79)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser56 = MAVComponent(rawValue: 80)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser57 = MAVComponent(rawValue: 81)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser58 = MAVComponent(rawValue: 82)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser59 = MAVComponent(rawValue: 83)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser60 = MAVComponent(rawValue: 84)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser61 = MAVComponent(rawValue: 85)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser62 = MAVComponent(rawValue: 86)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser63 = MAVComponent(rawValue: 87)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser64 = MAVComponent(rawValue: 88)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser65 = MAVComponent(rawValue: 89)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser66 = MAVComponent(rawValue: 90)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser67 = MAVComponent(rawValue: 91)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser68 = MAVComponent(rawValue: 92)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser69 = MAVComponent(rawValue: 93)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser70 = MAVComponent(rawValue: 94)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser71 = MAVComponent(rawValue: 95)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser72 = MAVComponent(rawValue: 96)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser73 = MAVComponent(rawValue: 97)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser74 = MAVComponent(rawValue: 98)
    /// Id for a component on privately managed MAVLink network. Can be used for any purpose but may not be published by components outside of the private network.
    public static let mavCompIdUser75 = MAVComponent(rawValue: 99)
    /// Camera #1.
    public static let mavCompIdCamera = MAVComponent(rawValue: 100)
    /// Camera #2.
    public static let mavCompIdCamera2 = MAVComponent(rawValue: 101)
    /// Camera #3.
    public static let mavCompIdCamera3 = MAVComponent(rawValue: 102)
    /// Camera #4.
    public static let mavCompIdCamera4 = MAVComponent(rawValue: 103)
    /// Camera #5.
    public static let mavCompIdCamera5 = MAVComponent(rawValue: 104)
    /// Camera #6.
    public static let mavCompIdCamera6 = MAVComponent(rawValue: 105)
    /// Radio #1.
    public static let mavCompIdRadio = MAVComponent(rawValue: 110)
    /// Radio #2.
    public static let mavCompIdRadio2 = MAVComponent(rawValue: 111)
    /// Radio #3.
    public static let mavCompIdRadio3 = MAVComponent(rawValue: 112)
    /// Servo #1.
    public static let mavCompIdServo1 = MAVComponent(rawValue: 140)
    /// Servo #2.
    public static let mavCompIdServo2 = MAVComponent(rawValue: 141)
    /// Servo #3.
    public static let mavCompIdServo3 = MAVComponent(rawValue: 142)
    /// Servo #4.
    public static let mavCompIdServo4 = MAVComponent(rawValue: 143)
    /// Servo #5.
    public static let mavCompIdServo5 = MAVComponent(rawValue: 144)
    /// Servo #6.
    public static let mavCompIdServo6 = MAVComponent(rawValue: 145)
    /// Servo #7.
    public static let mavCompIdServo7 = MAVComponent(rawValue: 146)
    /// Servo #8.
    public static let mavCompIdServo8 = MAVComponent(rawValue: 147)
    /// Servo #9.
    public static let mavCompIdServo9 = MAVComponent(rawValue: 148)
    /// Servo #10.
    public static let mavCompIdServo10 = MAVComponent(rawValue: 149)
    /// Servo #11.
    public static let mavCompIdServo11 = MAVComponent(rawValue: 150)
    /// Servo #12.
    public static let mavCompIdServo12 = MAVComponent(rawValue: 151)
    /// Servo #13.
    public static let mavCompIdServo13 = MAVComponent(rawValue: 152)
    /// Servo #14.
    public static let mavCompIdServo14 = MAVComponent(rawValue: 153)
    /// Gimbal #1.
    public static let mavCompIdGimbal = MAVComponent(rawValue: 154)
    /// Logging component.
    public static let mavCompIdLog = MAVComponent(rawValue: 155)
    /// Automatic Dependent Surveillance-Broadcast (ADS-B) component.
    public static let mavCompIdAdsb = MAVComponent(rawValue: 156)
    /// On Screen Display (OSD) devices for video links.
    public static let mavCompIdOsd = MAVComponent(rawValue: 157)
    /// Generic autopilot peripheral component ID. Meant for devices that do not implement the parameter microservice.
    public static let mavCompIdPeripheral = MAVComponent(rawValue: 158)
    /// Gimbal ID for QX1.
    /// Deprecated.
    public static let mavCompIdQx1Gimbal = MAVComponent(rawValue: 159)
    /// FLARM collision alert component.
    public static let mavCompIdFlarm = MAVComponent(rawValue: 160)
    /// Parachute component.
    public static let mavCompIdParachute = MAVComponent(rawValue: 161)
    /// Winch component.
    public static let mavCompIdWinch = MAVComponent(rawValue: 169)
    /// Gimbal #2.
    public static let mavCompIdGimbal2 = MAVComponent(rawValue: 171)
    /// Gimbal #3.
    public static let mavCompIdGimbal3 = MAVComponent(rawValue: 172)
    /// Gimbal #4
    public static let mavCompIdGimbal4 = MAVComponent(rawValue: 173)
    /// Gimbal #5.
    public static let mavCompIdGimbal5 = MAVComponent(rawValue: 174)
    /// Gimbal #6.
    public static let mavCompIdGimbal6 = MAVComponent(rawValue: 175)
    /// Battery #1.
    public static let mavCompIdBattery = MAVComponent(rawValue: 180)
    /// Battery #2.
    public static let mavCompIdBattery2 = MAVComponent(rawValue: 181)
    /// CAN over MAVLink client.
    public static let mavCompIdMavcan = MAVComponent(rawValue: 189)
    /// Component that can generate/supply a mission flight plan (e.g. GCS or developer API).
    public static let mavCompIdMissionplanner = MAVComponent(rawValue: 190)
    /// Component that lives on the onboard computer (companion computer) and has some generic functionalities, such as settings system parameters and monitoring the status of some processes that don't directly speak mavlink and so on.
    public static let mavCompIdOnboardComputer = MAVComponent(rawValue: 191)
    /// Component that lives on the onboard computer (companion computer) and has some generic functionalities, such as settings system parameters and monitoring the status of some processes that don't directly speak mavlink and so on.
    public static let mavCompIdOnboardComputer2 = MAVComponent(rawValue: 192)
    /// Component that lives on the onboard computer (companion computer) and has some generic functionalities, such as settings system parameters and monitoring the status of some processes that don't directly speak mavlink and so on.
    public static let mavCompIdOnboardComputer3 = MAVComponent(rawValue: 193)
    /// Component that lives on the onboard computer (companion computer) and has some generic functionalities, such as settings system parameters and monitoring the status of some processes that don't directly speak mavlink and so on.
    public static let mavCompIdOnboardComputer4 = MAVComponent(rawValue: 194)
    /// Component that finds an optimal path between points based on a certain constraint (e.g. minimum snap, shortest path, cost, etc.).
    public static let mavCompIdPathplanner = MAVComponent(rawValue: 195)
    /// Component that plans a collision free path between two points.
    public static let mavCompIdObstacleAvoidance = MAVComponent(rawValue: 196)
    /// Component that provides position estimates using VIO techniques.
    public static let mavCompIdVisualInertialOdometry = MAVComponent(rawValue: 197)
    /// Component that manages pairing of vehicle and GCS.
    public static let mavCompIdPairingManager = MAVComponent(rawValue: 198)
    /// Inertial Measurement Unit (IMU) #1.
    public static let mavCompIdImu = MAVComponent(rawValue: 200)
    /// Inertial Measurement Unit (IMU) #2.
    public static let mavCompIdImu2 = MAVComponent(rawValue: 201)
    /// Inertial Measurement Unit (IMU) #3.
    public static let mavCompIdImu3 = MAVComponent(rawValue: 202)
    /// GPS #1.
    public static let mavCompIdGps = MAVComponent(rawValue: 220)
    /// GPS #2.
    public static let mavCompIdGps2 = MAVComponent(rawValue: 221)
    /// Open Drone ID transmitter/receiver (Bluetooth/WiFi/Internet).
    public static let mavCompIdOdidTxrx1 = MAVComponent(rawValue: 236)
    /// Open Drone ID transmitter/receiver (Bluetooth/WiFi/Internet).
    public static let mavCompIdOdidTxrx2 = MAVComponent(rawValue: 237)
    /// Open Drone ID transmitter/receiver (Bluetooth/WiFi/Internet).
    public static let mavCompIdOdidTxrx3 = MAVComponent(rawValue: 238)
    /// Component to bridge MAVLink to UDP (i.e. from a UART).
    public static let mavCompIdUdpBridge = MAVComponent(rawValue: 240)
    /// Component to bridge to UART (i.e. from UDP).
    public static let mavCompIdUartBridge = MAVComponent(rawValue: 241)
    /// Component handling TUNNEL messages (e.g. vendor specific GUI of a component).
    public static let mavCompIdTunnelNode = MAVComponent(rawValue: 242)
    /// Illuminator
    public static let mavCompIdIlluminator = MAVComponent(rawValue: 243)
    /// Deprecated, don't use. Component for handling system messages (e.g. to ARM, takeoff, etc.).
    /// Deprecated.
    public static let mavCompIdSystemControl = MAVComponent(rawValue: 250)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_COMP_ID_ALL"
        case 1: return "MAV_COMP_ID_AUTOPILOT1"
        case 25: return "MAV_COMP_ID_USER1"
        case 26: return "MAV_COMP_ID_USER2"
        case 27: return "MAV_COMP_ID_USER3"
        case 28: return "MAV_COMP_ID_USER4"
        case 29: return "MAV_COMP_ID_USER5"
        case 30: return "MAV_COMP_ID_USER6"
        case 31: return "MAV_COMP_ID_USER7"
        case 32: return "MAV_COMP_ID_USER8"
        case 33: return "MAV_COMP_ID_USER9"
        case 34: return "MAV_COMP_ID_USER10"
        case 35: return "MAV_COMP_ID_USER11"
        case 36: return "MAV_COMP_ID_USER12"
        case 37: return "MAV_COMP_ID_USER13"
        case 38: return "MAV_COMP_ID_USER14"
        case 39: return "MAV_COMP_ID_USER15"
        case 40: return "MAV_COMP_ID_USER16"
        case 41: return "MAV_COMP_ID_USER17"
        case 42: return "MAV_COMP_ID_USER18"
        case 43: return "MAV_COMP_ID_USER19"
        case 44: return "MAV_COMP_ID_USER20"
        case 45: return "MAV_COMP_ID_USER21"
        case 46: return "MAV_COMP_ID_USER22"
        case 47: return "MAV_COMP_ID_USER23"
        case 48: return "MAV_COMP_ID_USER24"
        case 49: return "MAV_COMP_ID_USER25"
        case 50: return "MAV_COMP_ID_USER26"
        case 51: return "MAV_COMP_ID_USER27"
        case 52: return "MAV_COMP_ID_USER28"
        case 53: return "MAV_COMP_ID_USER29"
        case 54: return "MAV_COMP_ID_USER30"
        case 55: return "MAV_COMP_ID_USER31"
        case 56: return "MAV_COMP_ID_USER32"
        case 57: return "MAV_COMP_ID_USER33"
        case 58: return "MAV_COMP_ID_USER34"
        case 59: return "MAV_COMP_ID_USER35"
        case 60: return "MAV_COMP_ID_USER36"
        case 61: return "MAV_COMP_ID_USER37"
        case 62: return "MAV_COMP_ID_USER38"
        case 63: return "MAV_COMP_ID_USER39"
        case 64: return "MAV_COMP_ID_USER40"
        case 65: return "MAV_COMP_ID_USER41"
        case 66: return "MAV_COMP_ID_USER42"
        case 67: return "MAV_COMP_ID_USER43"
        case 68: return "MAV_COMP_ID_TELEMETRY_RADIO"
        case 69: return "MAV_COMP_ID_USER45"
        case 70: return "MAV_COMP_ID_USER46"
        case 71: return "MAV_COMP_ID_USER47"
        case 72: return "MAV_COMP_ID_USER48"
        case 73: return "MAV_COMP_ID_USER49"
        case 74: return "MAV_COMP_ID_USER50"
        case 75: return "MAV_COMP_ID_USER51"
        case 76: return "MAV_COMP_ID_USER52"
        case 77: return "MAV_COMP_ID_USER53"
        case 78: return "MAV_COMP_ID_USER54"
        case 79: return "MAV_COMP_ID_USER55"
        case 80: return "MAV_COMP_ID_USER56"
        case 81: return "MAV_COMP_ID_USER57"
        case 82: return "MAV_COMP_ID_USER58"
        case 83: return "MAV_COMP_ID_USER59"
        case 84: return "MAV_COMP_ID_USER60"
        case 85: return "MAV_COMP_ID_USER61"
        case 86: return "MAV_COMP_ID_USER62"
        case 87: return "MAV_COMP_ID_USER63"
        case 88: return "MAV_COMP_ID_USER64"
        case 89: return "MAV_COMP_ID_USER65"
        case 90: return "MAV_COMP_ID_USER66"
        case 91: return "MAV_COMP_ID_USER67"
        case 92: return "MAV_COMP_ID_USER68"
        case 93: return "MAV_COMP_ID_USER69"
        case 94: return "MAV_COMP_ID_USER70"
        case 95: return "MAV_COMP_ID_USER71"
        case 96: return "MAV_COMP_ID_USER72"
        case 97: return "MAV_COMP_ID_USER73"
        case 98: return "MAV_COMP_ID_USER74"
        case 99: return "MAV_COMP_ID_USER75"
        case 100: return "MAV_COMP_ID_CAMERA"
        case 101: return "MAV_COMP_ID_CAMERA2"
        case 102: return "MAV_COMP_ID_CAMERA3"
        case 103: return "MAV_COMP_ID_CAMERA4"
        case 104: return "MAV_COMP_ID_CAMERA5"
        case 105: return "MAV_COMP_ID_CAMERA6"
        case 110: return "MAV_COMP_ID_RADIO"
        case 111: return "MAV_COMP_ID_RADIO2"
        case 112: return "MAV_COMP_ID_RADIO3"
        case 140: return "MAV_COMP_ID_SERVO1"
        case 141: return "MAV_COMP_ID_SERVO2"
        case 142: return "MAV_COMP_ID_SERVO3"
        case 143: return "MAV_COMP_ID_SERVO4"
        case 144: return "MAV_COMP_ID_SERVO5"
        case 145: return "MAV_COMP_ID_SERVO6"
        case 146: return "MAV_COMP_ID_SERVO7"
        case 147: return "MAV_COMP_ID_SERVO8"
        case 148: return "MAV_COMP_ID_SERVO9"
        case 149: return "MAV_COMP_ID_SERVO10"
        case 150: return "MAV_COMP_ID_SERVO11"
        case 151: return "MAV_COMP_ID_SERVO12"
        case 152: return "MAV_COMP_ID_SERVO13"
        case 153: return "MAV_COMP_ID_SERVO14"
        case 154: return "MAV_COMP_ID_GIMBAL"
        case 155: return "MAV_COMP_ID_LOG"
        case 156: return "MAV_COMP_ID_ADSB"
        case 157: return "MAV_COMP_ID_OSD"
        case 158: return "MAV_COMP_ID_PERIPHERAL"
        case 159: return "MAV_COMP_ID_QX1_GIMBAL"
        case 160: return "MAV_COMP_ID_FLARM"
        case 161: return "MAV_COMP_ID_PARACHUTE"
        case 169: return "MAV_COMP_ID_WINCH"
        case 171: return "MAV_COMP_ID_GIMBAL2"
        case 172: return "MAV_COMP_ID_GIMBAL3"
        case 173: return "MAV_COMP_ID_GIMBAL4"
        case 174: return "MAV_COMP_ID_GIMBAL5"
        case 175: return "MAV_COMP_ID_GIMBAL6"
        case 180: return "MAV_COMP_ID_BATTERY"
        case 181: return "MAV_COMP_ID_BATTERY2"
        case 189: return "MAV_COMP_ID_MAVCAN"
        case 190: return "MAV_COMP_ID_MISSIONPLANNER"
        case 191: return "MAV_COMP_ID_ONBOARD_COMPUTER"
        case 192: return "MAV_COMP_ID_ONBOARD_COMPUTER2"
        case 193: return "MAV_COMP_ID_ONBOARD_COMPUTER3"
        case 194: return "MAV_COMP_ID_ONBOARD_COMPUTER4"
        case 195: return "MAV_COMP_ID_PATHPLANNER"
        case 196: return "MAV_COMP_ID_OBSTACLE_AVOIDANCE"
        case 197: return "MAV_COMP_ID_VISUAL_INERTIAL_ODOMETRY"
        case 198: return "MAV_COMP_ID_PAIRING_MANAGER"
        case 200: return "MAV_COMP_ID_IMU"
        case 201: return "MAV_COMP_ID_IMU_2"
        case 202: return "MAV_COMP_ID_IMU_3"
        case 220: return "MAV_COMP_ID_GPS"
        case 221: return "MAV_COMP_ID_GPS2"
        case 236: return "MAV_COMP_ID_ODID_TXRX_1"
        case 237: return "MAV_COMP_ID_ODID_TXRX_2"
        case 238: return "MAV_COMP_ID_ODID_TXRX_3"
        case 240: return "MAV_COMP_ID_UDP_BRIDGE"
        case 241: return "MAV_COMP_ID_UART_BRIDGE"
        case 242: return "MAV_COMP_ID_TUNNEL_NODE"
        case 243: return "MAV_COMP_ID_ILLUMINATOR"
        case 250: return "MAV_COMP_ID_SYSTEM_CONTROL"
        default: return nil
        }
    }
}

/// These flags encode the MAV mode, see MAV_MODE enum for useful combinations.
///
/// MAVLink enum `MAV_MODE_FLAG` (bitmask). Unknown values are kept, not rejected.
public struct MAVModeFlag: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 0b10000000 MAV safety set to armed. Motors are enabled / running / can start. Ready to fly. Additional note: this flag is to be ignore when sent in the command MAV_CMD_DO_SET_MODE and MAV_CMD_COMPONENT_ARM_DISARM shall be used instead. The flag can still be used to report the armed state.
    public static let safetyArmed = MAVModeFlag(rawValue: 128)
    /// 0b01000000 remote control input is enabled.
    public static let manualInputEnabled = MAVModeFlag(rawValue: 64)
    /// 0b00100000 hardware in the loop simulation. All motors / actuators are blocked, but internal software is full operational.
    public static let hilEnabled = MAVModeFlag(rawValue: 32)
    /// 0b00010000 system stabilizes electronically its attitude (and optionally position). It needs however further control inputs to move around.
    public static let stabilizeEnabled = MAVModeFlag(rawValue: 16)
    /// 0b00001000 guided mode enabled, system flies waypoints / mission items.
    public static let guidedEnabled = MAVModeFlag(rawValue: 8)
    /// 0b00000100 autonomous mode enabled, system finds its own goal positions. Guided flag can be set or not, depends on the actual implementation.
    public static let autoEnabled = MAVModeFlag(rawValue: 4)
    /// 0b00000010 system has a test mode enabled. This flag is intended for temporary system tests and should not be used for stable implementations.
    public static let testEnabled = MAVModeFlag(rawValue: 2)
    /// 0b00000001 system-specific custom mode is enabled. When using this flag to enable a custom mode all other flags should be ignored.
    public static let customModeEnabled = MAVModeFlag(rawValue: 1)
}

/// These values encode the bit positions of the decode position. These values can be used to read the value of a flag bit by combining the base_mode variable with AND with the flag position value. The result will be either 0 or 1, depending on if the flag is set or not.
///
/// MAVLink enum `MAV_MODE_FLAG_DECODE_POSITION` (bitmask). Unknown values are kept, not rejected.
public struct MAVModeFlagDecodePosition: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// First bit:  10000000
    public static let safety = MAVModeFlagDecodePosition(rawValue: 128)
    /// Second bit: 01000000
    public static let manual = MAVModeFlagDecodePosition(rawValue: 64)
    /// Third bit:  00100000
    public static let hil = MAVModeFlagDecodePosition(rawValue: 32)
    /// Fourth bit: 00010000
    public static let stabilize = MAVModeFlagDecodePosition(rawValue: 16)
    /// Fifth bit:  00001000
    public static let guided = MAVModeFlagDecodePosition(rawValue: 8)
    /// Sixth bit:   00000100
    public static let auto = MAVModeFlagDecodePosition(rawValue: 4)
    /// Seventh bit: 00000010
    public static let test = MAVModeFlagDecodePosition(rawValue: 2)
    /// Eighth bit: 00000001
    public static let customMode = MAVModeFlagDecodePosition(rawValue: 1)
}

/// MAV_STATE
///
/// MAVLink enum `MAV_STATE`. Unknown values are kept, not rejected.
public struct MAVState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Uninitialized system, state is unknown.
    public static let uninit = MAVState(rawValue: 0)
    /// System is booting up.
    public static let boot = MAVState(rawValue: 1)
    /// System is calibrating and not flight-ready.
    public static let calibrating = MAVState(rawValue: 2)
    /// System is grounded and on standby. It can be launched any time.
    public static let standby = MAVState(rawValue: 3)
    /// System is active and might be already airborne. Motors are engaged.
    public static let active = MAVState(rawValue: 4)
    /// System is in a non-normal flight mode (failsafe). It can however still navigate.
    public static let critical = MAVState(rawValue: 5)
    /// System is in a non-normal flight mode (failsafe). It lost control over parts or over the whole airframe. It is in mayday and going down.
    public static let emergency = MAVState(rawValue: 6)
    /// System just initialized its power-down sequence, will shut down now.
    public static let poweroff = MAVState(rawValue: 7)
    /// System is terminating itself (failsafe or commanded).
    public static let flightTermination = MAVState(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_STATE_UNINIT"
        case 1: return "MAV_STATE_BOOT"
        case 2: return "MAV_STATE_CALIBRATING"
        case 3: return "MAV_STATE_STANDBY"
        case 4: return "MAV_STATE_ACTIVE"
        case 5: return "MAV_STATE_CRITICAL"
        case 6: return "MAV_STATE_EMERGENCY"
        case 7: return "MAV_STATE_POWEROFF"
        case 8: return "MAV_STATE_FLIGHT_TERMINATION"
        default: return nil
        }
    }
}

/// MAVLINK component type reported in HEARTBEAT message. Flight controllers must report the type of the vehicle on which they are mounted (e.g. MAV_TYPE_OCTOROTOR). All other components must report a value appropriate for their type (e.g. a camera must use MAV_TYPE_CAMERA).
///
/// MAVLink enum `MAV_TYPE`. Unknown values are kept, not rejected.
public struct MAVType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Generic micro air vehicle
    public static let generic = MAVType(rawValue: 0)
    /// Fixed wing aircraft.
    public static let fixedWing = MAVType(rawValue: 1)
    /// Quadrotor
    public static let quadrotor = MAVType(rawValue: 2)
    /// Coaxial helicopter
    public static let coaxial = MAVType(rawValue: 3)
    /// Normal helicopter with tail rotor.
    public static let helicopter = MAVType(rawValue: 4)
    /// Ground installation
    public static let antennaTracker = MAVType(rawValue: 5)
    /// Operator control unit / ground control station
    public static let gcs = MAVType(rawValue: 6)
    /// Airship, controlled
    public static let airship = MAVType(rawValue: 7)
    /// Free balloon, uncontrolled
    public static let freeBalloon = MAVType(rawValue: 8)
    /// Rocket
    public static let rocket = MAVType(rawValue: 9)
    /// Ground rover
    public static let groundRover = MAVType(rawValue: 10)
    /// Surface vessel, boat, ship
    public static let surfaceBoat = MAVType(rawValue: 11)
    /// Submarine
    public static let submarine = MAVType(rawValue: 12)
    /// Hexarotor
    public static let hexarotor = MAVType(rawValue: 13)
    /// Octorotor
    public static let octorotor = MAVType(rawValue: 14)
    /// Tricopter
    public static let tricopter = MAVType(rawValue: 15)
    /// Flapping wing
    public static let flappingWing = MAVType(rawValue: 16)
    /// Kite
    public static let kite = MAVType(rawValue: 17)
    /// Onboard companion controller
    public static let onboardController = MAVType(rawValue: 18)
    /// Two-rotor Tailsitter VTOL that additionally uses control surfaces in vertical operation. Note, value previously named MAV_TYPE_VTOL_DUOROTOR.
    public static let vtolTailsitterDuorotor = MAVType(rawValue: 19)
    /// Quad-rotor Tailsitter VTOL using a V-shaped quad config in vertical operation. Note: value previously named MAV_TYPE_VTOL_QUADROTOR.
    public static let vtolTailsitterQuadrotor = MAVType(rawValue: 20)
    /// Tiltrotor VTOL. Fuselage and wings stay (nominally) horizontal in all flight phases. It able to tilt (some) rotors to provide thrust in cruise flight.
    public static let vtolTiltrotor = MAVType(rawValue: 21)
    /// VTOL with separate fixed rotors for hover and cruise flight. Fuselage and wings stay (nominally) horizontal in all flight phases.
    public static let vtolFixedrotor = MAVType(rawValue: 22)
    /// Tailsitter VTOL. Fuselage and wings orientation changes depending on flight phase: vertical for hover, horizontal for cruise. Use more specific VTOL MAV_TYPE_VTOL_TAILSITTER_DUOROTOR or MAV_TYPE_VTOL_TAILSITTER_QUADROTOR if appropriate.
    public static let vtolTailsitter = MAVType(rawValue: 23)
    /// Tiltwing VTOL. Fuselage stays horizontal in all flight phases. The whole wing, along with any attached engine, can tilt between vertical and horizontal mode.
    public static let vtolTiltwing = MAVType(rawValue: 24)
    /// VTOL reserved 5
    public static let vtolReserved5 = MAVType(rawValue: 25)
    /// Gimbal
    public static let gimbal = MAVType(rawValue: 26)
    /// ADSB system
    public static let adsb = MAVType(rawValue: 27)
    /// Steerable, nonrigid airfoil
    public static let parafoil = MAVType(rawValue: 28)
    /// Dodecarotor
    public static let dodecarotor = MAVType(rawValue: 29)
    /// Camera
    public static let camera = MAVType(rawValue: 30)
    /// Charging station
    public static let chargingStation = MAVType(rawValue: 31)
    /// FLARM collision avoidance system
    public static let flarm = MAVType(rawValue: 32)
    /// Servo
    public static let servo = MAVType(rawValue: 33)
    /// Open Drone ID. See https://mavlink.io/en/services/opendroneid.html.
    public static let odid = MAVType(rawValue: 34)
    /// Decarotor
    public static let decarotor = MAVType(rawValue: 35)
    /// Battery
    public static let battery = MAVType(rawValue: 36)
    /// Parachute
    public static let parachute = MAVType(rawValue: 37)
    /// Log
    public static let log = MAVType(rawValue: 38)
    /// OSD
    public static let osd = MAVType(rawValue: 39)
    /// IMU
    public static let imu = MAVType(rawValue: 40)
    /// GPS
    public static let gps = MAVType(rawValue: 41)
    /// Winch
    public static let winch = MAVType(rawValue: 42)
    /// Generic multirotor that does not fit into a specific type or whose type is unknown
    public static let genericMultirotor = MAVType(rawValue: 43)
    /// Illuminator. An illuminator is a light source that is used for lighting up dark areas external to the system: e.g. a torch or searchlight (as opposed to a light source for illuminating the system itself, e.g. an indicator light).
    public static let illuminator = MAVType(rawValue: 44)
    /// Orbiter spacecraft. Includes satellites orbiting terrestrial and extra-terrestrial bodies. Follows NASA Spacecraft Classification.
    public static let spacecraftOrbiter = MAVType(rawValue: 45)
    /// A generic four-legged ground vehicle (e.g., a robot dog).
    public static let groundQuadruped = MAVType(rawValue: 46)
    /// VTOL hybrid of helicopter and autogyro. It has a main rotor for lift and separate propellers for forward flight. The rotor must be powered for hover but can autorotate in cruise flight. See: https://en.wikipedia.org/wiki/Gyrodyne
    public static let vtolGyrodyne = MAVType(rawValue: 47)
    /// Gripper
    public static let gripper = MAVType(rawValue: 48)
    /// Radio
    public static let radio = MAVType(rawValue: 49)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_TYPE_GENERIC"
        case 1: return "MAV_TYPE_FIXED_WING"
        case 2: return "MAV_TYPE_QUADROTOR"
        case 3: return "MAV_TYPE_COAXIAL"
        case 4: return "MAV_TYPE_HELICOPTER"
        case 5: return "MAV_TYPE_ANTENNA_TRACKER"
        case 6: return "MAV_TYPE_GCS"
        case 7: return "MAV_TYPE_AIRSHIP"
        case 8: return "MAV_TYPE_FREE_BALLOON"
        case 9: return "MAV_TYPE_ROCKET"
        case 10: return "MAV_TYPE_GROUND_ROVER"
        case 11: return "MAV_TYPE_SURFACE_BOAT"
        case 12: return "MAV_TYPE_SUBMARINE"
        case 13: return "MAV_TYPE_HEXAROTOR"
        case 14: return "MAV_TYPE_OCTOROTOR"
        case 15: return "MAV_TYPE_TRICOPTER"
        case 16: return "MAV_TYPE_FLAPPING_WING"
        case 17: return "MAV_TYPE_KITE"
        case 18: return "MAV_TYPE_ONBOARD_CONTROLLER"
        case 19: return "MAV_TYPE_VTOL_TAILSITTER_DUOROTOR"
        case 20: return "MAV_TYPE_VTOL_TAILSITTER_QUADROTOR"
        case 21: return "MAV_TYPE_VTOL_TILTROTOR"
        case 22: return "MAV_TYPE_VTOL_FIXEDROTOR"
        case 23: return "MAV_TYPE_VTOL_TAILSITTER"
        case 24: return "MAV_TYPE_VTOL_TILTWING"
        case 25: return "MAV_TYPE_VTOL_RESERVED5"
        case 26: return "MAV_TYPE_GIMBAL"
        case 27: return "MAV_TYPE_ADSB"
        case 28: return "MAV_TYPE_PARAFOIL"
        case 29: return "MAV_TYPE_DODECAROTOR"
        case 30: return "MAV_TYPE_CAMERA"
        case 31: return "MAV_TYPE_CHARGING_STATION"
        case 32: return "MAV_TYPE_FLARM"
        case 33: return "MAV_TYPE_SERVO"
        case 34: return "MAV_TYPE_ODID"
        case 35: return "MAV_TYPE_DECAROTOR"
        case 36: return "MAV_TYPE_BATTERY"
        case 37: return "MAV_TYPE_PARACHUTE"
        case 38: return "MAV_TYPE_LOG"
        case 39: return "MAV_TYPE_OSD"
        case 40: return "MAV_TYPE_IMU"
        case 41: return "MAV_TYPE_GPS"
        case 42: return "MAV_TYPE_WINCH"
        case 43: return "MAV_TYPE_GENERIC_MULTIROTOR"
        case 44: return "MAV_TYPE_ILLUMINATOR"
        case 45: return "MAV_TYPE_SPACECRAFT_ORBITER"
        case 46: return "MAV_TYPE_GROUND_QUADRUPED"
        case 47: return "MAV_TYPE_VTOL_GYRODYNE"
        case 48: return "MAV_TYPE_GRIPPER"
        case 49: return "MAV_TYPE_RADIO"
        default: return nil
        }
    }
}
