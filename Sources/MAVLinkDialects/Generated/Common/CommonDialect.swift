// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The `common` dialect: 234 messages.
public enum Common: MAVLinkDialect {
    /// Definitions for `id`, or nil for a message this dialect does not define.
    @inlinable public static func messageInfo(id: UInt32) -> MessageInfo? {
        switch id {
        case 0: return MessageInfo(id: 0, crcExtra: 50, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "HEARTBEAT")
        case 1: return MessageInfo(id: 1, crcExtra: 124, minLength: 31, maxLength: 43, targetSystemOffset: -1, targetComponentOffset: -1, name: "SYS_STATUS")
        case 2: return MessageInfo(id: 2, crcExtra: 137, minLength: 12, maxLength: 12, targetSystemOffset: -1, targetComponentOffset: -1, name: "SYSTEM_TIME")
        case 4: return MessageInfo(id: 4, crcExtra: 237, minLength: 14, maxLength: 14, targetSystemOffset: 12, targetComponentOffset: 13, name: "PING")
        case 5: return MessageInfo(id: 5, crcExtra: 217, minLength: 28, maxLength: 28, targetSystemOffset: 0, targetComponentOffset: -1, name: "CHANGE_OPERATOR_CONTROL")
        case 6: return MessageInfo(id: 6, crcExtra: 104, minLength: 3, maxLength: 3, targetSystemOffset: -1, targetComponentOffset: -1, name: "CHANGE_OPERATOR_CONTROL_ACK")
        case 7: return MessageInfo(id: 7, crcExtra: 119, minLength: 32, maxLength: 32, targetSystemOffset: -1, targetComponentOffset: -1, name: "AUTH_KEY")
        case 8: return MessageInfo(id: 8, crcExtra: 117, minLength: 36, maxLength: 36, targetSystemOffset: -1, targetComponentOffset: -1, name: "LINK_NODE_STATUS")
        case 11: return MessageInfo(id: 11, crcExtra: 89, minLength: 6, maxLength: 6, targetSystemOffset: 4, targetComponentOffset: -1, name: "SET_MODE")
        case 20: return MessageInfo(id: 20, crcExtra: 214, minLength: 20, maxLength: 20, targetSystemOffset: 2, targetComponentOffset: 3, name: "PARAM_REQUEST_READ")
        case 21: return MessageInfo(id: 21, crcExtra: 159, minLength: 2, maxLength: 2, targetSystemOffset: 0, targetComponentOffset: 1, name: "PARAM_REQUEST_LIST")
        case 22: return MessageInfo(id: 22, crcExtra: 220, minLength: 25, maxLength: 25, targetSystemOffset: -1, targetComponentOffset: -1, name: "PARAM_VALUE")
        case 23: return MessageInfo(id: 23, crcExtra: 168, minLength: 23, maxLength: 23, targetSystemOffset: 4, targetComponentOffset: 5, name: "PARAM_SET")
        case 24: return MessageInfo(id: 24, crcExtra: 24, minLength: 30, maxLength: 52, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_RAW_INT")
        case 25: return MessageInfo(id: 25, crcExtra: 23, minLength: 101, maxLength: 101, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_STATUS")
        case 26: return MessageInfo(id: 26, crcExtra: 170, minLength: 22, maxLength: 24, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_IMU")
        case 27: return MessageInfo(id: 27, crcExtra: 144, minLength: 26, maxLength: 29, targetSystemOffset: -1, targetComponentOffset: -1, name: "RAW_IMU")
        case 28: return MessageInfo(id: 28, crcExtra: 67, minLength: 16, maxLength: 16, targetSystemOffset: -1, targetComponentOffset: -1, name: "RAW_PRESSURE")
        case 29: return MessageInfo(id: 29, crcExtra: 115, minLength: 14, maxLength: 16, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_PRESSURE")
        case 30: return MessageInfo(id: 30, crcExtra: 39, minLength: 28, maxLength: 28, targetSystemOffset: -1, targetComponentOffset: -1, name: "ATTITUDE")
        case 31: return MessageInfo(id: 31, crcExtra: 246, minLength: 32, maxLength: 48, targetSystemOffset: -1, targetComponentOffset: -1, name: "ATTITUDE_QUATERNION")
        case 32: return MessageInfo(id: 32, crcExtra: 185, minLength: 28, maxLength: 28, targetSystemOffset: -1, targetComponentOffset: -1, name: "LOCAL_POSITION_NED")
        case 33: return MessageInfo(id: 33, crcExtra: 104, minLength: 28, maxLength: 28, targetSystemOffset: -1, targetComponentOffset: -1, name: "GLOBAL_POSITION_INT")
        case 34: return MessageInfo(id: 34, crcExtra: 237, minLength: 22, maxLength: 22, targetSystemOffset: -1, targetComponentOffset: -1, name: "RC_CHANNELS_SCALED")
        case 35: return MessageInfo(id: 35, crcExtra: 244, minLength: 22, maxLength: 22, targetSystemOffset: -1, targetComponentOffset: -1, name: "RC_CHANNELS_RAW")
        case 36: return MessageInfo(id: 36, crcExtra: 222, minLength: 21, maxLength: 37, targetSystemOffset: -1, targetComponentOffset: -1, name: "SERVO_OUTPUT_RAW")
        case 37: return MessageInfo(id: 37, crcExtra: 212, minLength: 6, maxLength: 7, targetSystemOffset: 4, targetComponentOffset: 5, name: "MISSION_REQUEST_PARTIAL_LIST")
        case 38: return MessageInfo(id: 38, crcExtra: 9, minLength: 6, maxLength: 7, targetSystemOffset: 4, targetComponentOffset: 5, name: "MISSION_WRITE_PARTIAL_LIST")
        case 39: return MessageInfo(id: 39, crcExtra: 254, minLength: 37, maxLength: 38, targetSystemOffset: 32, targetComponentOffset: 33, name: "MISSION_ITEM")
        case 40: return MessageInfo(id: 40, crcExtra: 230, minLength: 4, maxLength: 5, targetSystemOffset: 2, targetComponentOffset: 3, name: "MISSION_REQUEST")
        case 41: return MessageInfo(id: 41, crcExtra: 28, minLength: 4, maxLength: 4, targetSystemOffset: 2, targetComponentOffset: 3, name: "MISSION_SET_CURRENT")
        case 42: return MessageInfo(id: 42, crcExtra: 28, minLength: 2, maxLength: 18, targetSystemOffset: -1, targetComponentOffset: -1, name: "MISSION_CURRENT")
        case 43: return MessageInfo(id: 43, crcExtra: 132, minLength: 2, maxLength: 3, targetSystemOffset: 0, targetComponentOffset: 1, name: "MISSION_REQUEST_LIST")
        case 44: return MessageInfo(id: 44, crcExtra: 221, minLength: 4, maxLength: 9, targetSystemOffset: 2, targetComponentOffset: 3, name: "MISSION_COUNT")
        case 45: return MessageInfo(id: 45, crcExtra: 232, minLength: 2, maxLength: 3, targetSystemOffset: 0, targetComponentOffset: 1, name: "MISSION_CLEAR_ALL")
        case 46: return MessageInfo(id: 46, crcExtra: 11, minLength: 2, maxLength: 2, targetSystemOffset: -1, targetComponentOffset: -1, name: "MISSION_ITEM_REACHED")
        case 47: return MessageInfo(id: 47, crcExtra: 153, minLength: 3, maxLength: 8, targetSystemOffset: 0, targetComponentOffset: 1, name: "MISSION_ACK")
        case 48: return MessageInfo(id: 48, crcExtra: 41, minLength: 13, maxLength: 21, targetSystemOffset: 12, targetComponentOffset: -1, name: "SET_GPS_GLOBAL_ORIGIN")
        case 49: return MessageInfo(id: 49, crcExtra: 39, minLength: 12, maxLength: 20, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_GLOBAL_ORIGIN")
        case 50: return MessageInfo(id: 50, crcExtra: 78, minLength: 37, maxLength: 37, targetSystemOffset: 18, targetComponentOffset: 19, name: "PARAM_MAP_RC")
        case 51: return MessageInfo(id: 51, crcExtra: 196, minLength: 4, maxLength: 5, targetSystemOffset: 2, targetComponentOffset: 3, name: "MISSION_REQUEST_INT")
        case 54: return MessageInfo(id: 54, crcExtra: 15, minLength: 27, maxLength: 27, targetSystemOffset: 24, targetComponentOffset: 25, name: "SAFETY_SET_ALLOWED_AREA")
        case 55: return MessageInfo(id: 55, crcExtra: 3, minLength: 25, maxLength: 25, targetSystemOffset: -1, targetComponentOffset: -1, name: "SAFETY_ALLOWED_AREA")
        case 61: return MessageInfo(id: 61, crcExtra: 167, minLength: 72, maxLength: 72, targetSystemOffset: -1, targetComponentOffset: -1, name: "ATTITUDE_QUATERNION_COV")
        case 62: return MessageInfo(id: 62, crcExtra: 183, minLength: 26, maxLength: 26, targetSystemOffset: -1, targetComponentOffset: -1, name: "NAV_CONTROLLER_OUTPUT")
        case 63: return MessageInfo(id: 63, crcExtra: 119, minLength: 181, maxLength: 181, targetSystemOffset: -1, targetComponentOffset: -1, name: "GLOBAL_POSITION_INT_COV")
        case 64: return MessageInfo(id: 64, crcExtra: 191, minLength: 225, maxLength: 225, targetSystemOffset: -1, targetComponentOffset: -1, name: "LOCAL_POSITION_NED_COV")
        case 65: return MessageInfo(id: 65, crcExtra: 118, minLength: 42, maxLength: 42, targetSystemOffset: -1, targetComponentOffset: -1, name: "RC_CHANNELS")
        case 66: return MessageInfo(id: 66, crcExtra: 148, minLength: 6, maxLength: 6, targetSystemOffset: 2, targetComponentOffset: 3, name: "REQUEST_DATA_STREAM")
        case 67: return MessageInfo(id: 67, crcExtra: 21, minLength: 4, maxLength: 4, targetSystemOffset: -1, targetComponentOffset: -1, name: "DATA_STREAM")
        case 69: return MessageInfo(id: 69, crcExtra: 243, minLength: 11, maxLength: 30, targetSystemOffset: -1, targetComponentOffset: -1, name: "MANUAL_CONTROL")
        case 70: return MessageInfo(id: 70, crcExtra: 124, minLength: 18, maxLength: 38, targetSystemOffset: 16, targetComponentOffset: 17, name: "RC_CHANNELS_OVERRIDE")
        case 73: return MessageInfo(id: 73, crcExtra: 38, minLength: 37, maxLength: 38, targetSystemOffset: 32, targetComponentOffset: 33, name: "MISSION_ITEM_INT")
        case 74: return MessageInfo(id: 74, crcExtra: 20, minLength: 20, maxLength: 20, targetSystemOffset: -1, targetComponentOffset: -1, name: "VFR_HUD")
        case 75: return MessageInfo(id: 75, crcExtra: 158, minLength: 35, maxLength: 35, targetSystemOffset: 30, targetComponentOffset: 31, name: "COMMAND_INT")
        case 76: return MessageInfo(id: 76, crcExtra: 152, minLength: 33, maxLength: 33, targetSystemOffset: 30, targetComponentOffset: 31, name: "COMMAND_LONG")
        case 77: return MessageInfo(id: 77, crcExtra: 143, minLength: 3, maxLength: 10, targetSystemOffset: 8, targetComponentOffset: 9, name: "COMMAND_ACK")
        case 80: return MessageInfo(id: 80, crcExtra: 14, minLength: 4, maxLength: 4, targetSystemOffset: 2, targetComponentOffset: 3, name: "COMMAND_CANCEL")
        case 81: return MessageInfo(id: 81, crcExtra: 106, minLength: 22, maxLength: 22, targetSystemOffset: -1, targetComponentOffset: -1, name: "MANUAL_SETPOINT")
        case 82: return MessageInfo(id: 82, crcExtra: 49, minLength: 39, maxLength: 51, targetSystemOffset: 36, targetComponentOffset: 37, name: "SET_ATTITUDE_TARGET")
        case 83: return MessageInfo(id: 83, crcExtra: 22, minLength: 37, maxLength: 37, targetSystemOffset: -1, targetComponentOffset: -1, name: "ATTITUDE_TARGET")
        case 84: return MessageInfo(id: 84, crcExtra: 143, minLength: 53, maxLength: 53, targetSystemOffset: 50, targetComponentOffset: 51, name: "SET_POSITION_TARGET_LOCAL_NED")
        case 85: return MessageInfo(id: 85, crcExtra: 140, minLength: 51, maxLength: 51, targetSystemOffset: -1, targetComponentOffset: -1, name: "POSITION_TARGET_LOCAL_NED")
        case 86: return MessageInfo(id: 86, crcExtra: 5, minLength: 53, maxLength: 53, targetSystemOffset: 50, targetComponentOffset: 51, name: "SET_POSITION_TARGET_GLOBAL_INT")
        case 87: return MessageInfo(id: 87, crcExtra: 150, minLength: 51, maxLength: 51, targetSystemOffset: -1, targetComponentOffset: -1, name: "POSITION_TARGET_GLOBAL_INT")
        case 89: return MessageInfo(id: 89, crcExtra: 231, minLength: 28, maxLength: 28, targetSystemOffset: -1, targetComponentOffset: -1, name: "LOCAL_POSITION_NED_SYSTEM_GLOBAL_OFFSET")
        case 90: return MessageInfo(id: 90, crcExtra: 183, minLength: 56, maxLength: 56, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_STATE")
        case 91: return MessageInfo(id: 91, crcExtra: 63, minLength: 42, maxLength: 42, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_CONTROLS")
        case 92: return MessageInfo(id: 92, crcExtra: 54, minLength: 33, maxLength: 33, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_RC_INPUTS_RAW")
        case 93: return MessageInfo(id: 93, crcExtra: 47, minLength: 81, maxLength: 81, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_ACTUATOR_CONTROLS")
        case 100: return MessageInfo(id: 100, crcExtra: 175, minLength: 26, maxLength: 34, targetSystemOffset: -1, targetComponentOffset: -1, name: "OPTICAL_FLOW")
        case 101: return MessageInfo(id: 101, crcExtra: 102, minLength: 32, maxLength: 117, targetSystemOffset: -1, targetComponentOffset: -1, name: "GLOBAL_VISION_POSITION_ESTIMATE")
        case 102: return MessageInfo(id: 102, crcExtra: 158, minLength: 32, maxLength: 117, targetSystemOffset: -1, targetComponentOffset: -1, name: "VISION_POSITION_ESTIMATE")
        case 103: return MessageInfo(id: 103, crcExtra: 208, minLength: 20, maxLength: 57, targetSystemOffset: -1, targetComponentOffset: -1, name: "VISION_SPEED_ESTIMATE")
        case 104: return MessageInfo(id: 104, crcExtra: 56, minLength: 32, maxLength: 116, targetSystemOffset: -1, targetComponentOffset: -1, name: "VICON_POSITION_ESTIMATE")
        case 105: return MessageInfo(id: 105, crcExtra: 93, minLength: 62, maxLength: 63, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIGHRES_IMU")
        case 106: return MessageInfo(id: 106, crcExtra: 138, minLength: 44, maxLength: 44, targetSystemOffset: -1, targetComponentOffset: -1, name: "OPTICAL_FLOW_RAD")
        case 107: return MessageInfo(id: 107, crcExtra: 108, minLength: 64, maxLength: 65, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_SENSOR")
        case 108: return MessageInfo(id: 108, crcExtra: 32, minLength: 84, maxLength: 92, targetSystemOffset: -1, targetComponentOffset: -1, name: "SIM_STATE")
        case 109: return MessageInfo(id: 109, crcExtra: 185, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "RADIO_STATUS")
        case 110: return MessageInfo(id: 110, crcExtra: 84, minLength: 254, maxLength: 254, targetSystemOffset: 1, targetComponentOffset: 2, name: "FILE_TRANSFER_PROTOCOL")
        case 111: return MessageInfo(id: 111, crcExtra: 34, minLength: 16, maxLength: 18, targetSystemOffset: 16, targetComponentOffset: 17, name: "TIMESYNC")
        case 112: return MessageInfo(id: 112, crcExtra: 174, minLength: 12, maxLength: 12, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_TRIGGER")
        case 113: return MessageInfo(id: 113, crcExtra: 124, minLength: 36, maxLength: 39, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_GPS")
        case 114: return MessageInfo(id: 114, crcExtra: 237, minLength: 44, maxLength: 44, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_OPTICAL_FLOW")
        case 115: return MessageInfo(id: 115, crcExtra: 4, minLength: 64, maxLength: 64, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIL_STATE_QUATERNION")
        case 116: return MessageInfo(id: 116, crcExtra: 76, minLength: 22, maxLength: 24, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_IMU2")
        case 117: return MessageInfo(id: 117, crcExtra: 128, minLength: 6, maxLength: 6, targetSystemOffset: 4, targetComponentOffset: 5, name: "LOG_REQUEST_LIST")
        case 118: return MessageInfo(id: 118, crcExtra: 56, minLength: 14, maxLength: 14, targetSystemOffset: -1, targetComponentOffset: -1, name: "LOG_ENTRY")
        case 119: return MessageInfo(id: 119, crcExtra: 116, minLength: 12, maxLength: 12, targetSystemOffset: 10, targetComponentOffset: 11, name: "LOG_REQUEST_DATA")
        case 120: return MessageInfo(id: 120, crcExtra: 134, minLength: 97, maxLength: 97, targetSystemOffset: -1, targetComponentOffset: -1, name: "LOG_DATA")
        case 121: return MessageInfo(id: 121, crcExtra: 237, minLength: 2, maxLength: 2, targetSystemOffset: 0, targetComponentOffset: 1, name: "LOG_ERASE")
        case 122: return MessageInfo(id: 122, crcExtra: 203, minLength: 2, maxLength: 2, targetSystemOffset: 0, targetComponentOffset: 1, name: "LOG_REQUEST_END")
        case 123: return MessageInfo(id: 123, crcExtra: 250, minLength: 113, maxLength: 113, targetSystemOffset: 0, targetComponentOffset: 1, name: "GPS_INJECT_DATA")
        case 124: return MessageInfo(id: 124, crcExtra: 87, minLength: 35, maxLength: 57, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS2_RAW")
        case 125: return MessageInfo(id: 125, crcExtra: 203, minLength: 6, maxLength: 6, targetSystemOffset: -1, targetComponentOffset: -1, name: "POWER_STATUS")
        case 126: return MessageInfo(id: 126, crcExtra: 220, minLength: 79, maxLength: 81, targetSystemOffset: 79, targetComponentOffset: 80, name: "SERIAL_CONTROL")
        case 127: return MessageInfo(id: 127, crcExtra: 25, minLength: 35, maxLength: 35, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_RTK")
        case 128: return MessageInfo(id: 128, crcExtra: 226, minLength: 35, maxLength: 35, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS2_RTK")
        case 129: return MessageInfo(id: 129, crcExtra: 46, minLength: 22, maxLength: 24, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_IMU3")
        case 130: return MessageInfo(id: 130, crcExtra: 29, minLength: 13, maxLength: 13, targetSystemOffset: -1, targetComponentOffset: -1, name: "DATA_TRANSMISSION_HANDSHAKE")
        case 131: return MessageInfo(id: 131, crcExtra: 223, minLength: 255, maxLength: 255, targetSystemOffset: -1, targetComponentOffset: -1, name: "ENCAPSULATED_DATA")
        case 132: return MessageInfo(id: 132, crcExtra: 85, minLength: 14, maxLength: 39, targetSystemOffset: -1, targetComponentOffset: -1, name: "DISTANCE_SENSOR")
        case 133: return MessageInfo(id: 133, crcExtra: 6, minLength: 18, maxLength: 18, targetSystemOffset: -1, targetComponentOffset: -1, name: "TERRAIN_REQUEST")
        case 134: return MessageInfo(id: 134, crcExtra: 229, minLength: 43, maxLength: 43, targetSystemOffset: -1, targetComponentOffset: -1, name: "TERRAIN_DATA")
        case 135: return MessageInfo(id: 135, crcExtra: 203, minLength: 8, maxLength: 8, targetSystemOffset: -1, targetComponentOffset: -1, name: "TERRAIN_CHECK")
        case 136: return MessageInfo(id: 136, crcExtra: 1, minLength: 22, maxLength: 22, targetSystemOffset: -1, targetComponentOffset: -1, name: "TERRAIN_REPORT")
        case 137: return MessageInfo(id: 137, crcExtra: 195, minLength: 14, maxLength: 16, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_PRESSURE2")
        case 138: return MessageInfo(id: 138, crcExtra: 109, minLength: 36, maxLength: 120, targetSystemOffset: -1, targetComponentOffset: -1, name: "ATT_POS_MOCAP")
        case 139: return MessageInfo(id: 139, crcExtra: 168, minLength: 43, maxLength: 43, targetSystemOffset: 41, targetComponentOffset: 42, name: "SET_ACTUATOR_CONTROL_TARGET")
        case 140: return MessageInfo(id: 140, crcExtra: 181, minLength: 41, maxLength: 41, targetSystemOffset: -1, targetComponentOffset: -1, name: "ACTUATOR_CONTROL_TARGET")
        case 141: return MessageInfo(id: 141, crcExtra: 47, minLength: 32, maxLength: 32, targetSystemOffset: -1, targetComponentOffset: -1, name: "ALTITUDE")
        case 142: return MessageInfo(id: 142, crcExtra: 72, minLength: 243, maxLength: 243, targetSystemOffset: -1, targetComponentOffset: -1, name: "RESOURCE_REQUEST")
        case 143: return MessageInfo(id: 143, crcExtra: 131, minLength: 14, maxLength: 16, targetSystemOffset: -1, targetComponentOffset: -1, name: "SCALED_PRESSURE3")
        case 144: return MessageInfo(id: 144, crcExtra: 127, minLength: 93, maxLength: 93, targetSystemOffset: -1, targetComponentOffset: -1, name: "FOLLOW_TARGET")
        case 146: return MessageInfo(id: 146, crcExtra: 103, minLength: 100, maxLength: 100, targetSystemOffset: -1, targetComponentOffset: -1, name: "CONTROL_SYSTEM_STATE")
        case 147: return MessageInfo(id: 147, crcExtra: 154, minLength: 36, maxLength: 54, targetSystemOffset: -1, targetComponentOffset: -1, name: "BATTERY_STATUS")
        case 148: return MessageInfo(id: 148, crcExtra: 178, minLength: 60, maxLength: 78, targetSystemOffset: -1, targetComponentOffset: -1, name: "AUTOPILOT_VERSION")
        case 149: return MessageInfo(id: 149, crcExtra: 200, minLength: 30, maxLength: 60, targetSystemOffset: -1, targetComponentOffset: -1, name: "LANDING_TARGET")
        case 162: return MessageInfo(id: 162, crcExtra: 189, minLength: 8, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "FENCE_STATUS")
        case 192: return MessageInfo(id: 192, crcExtra: 36, minLength: 44, maxLength: 54, targetSystemOffset: -1, targetComponentOffset: -1, name: "MAG_CAL_REPORT")
        case 225: return MessageInfo(id: 225, crcExtra: 208, minLength: 65, maxLength: 73, targetSystemOffset: -1, targetComponentOffset: -1, name: "EFI_STATUS")
        case 230: return MessageInfo(id: 230, crcExtra: 163, minLength: 42, maxLength: 42, targetSystemOffset: -1, targetComponentOffset: -1, name: "ESTIMATOR_STATUS")
        case 231: return MessageInfo(id: 231, crcExtra: 105, minLength: 40, maxLength: 40, targetSystemOffset: -1, targetComponentOffset: -1, name: "WIND_COV")
        case 232: return MessageInfo(id: 232, crcExtra: 151, minLength: 63, maxLength: 65, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_INPUT")
        case 233: return MessageInfo(id: 233, crcExtra: 35, minLength: 182, maxLength: 182, targetSystemOffset: -1, targetComponentOffset: -1, name: "GPS_RTCM_DATA")
        case 234: return MessageInfo(id: 234, crcExtra: 150, minLength: 40, maxLength: 40, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIGH_LATENCY")
        case 235: return MessageInfo(id: 235, crcExtra: 179, minLength: 42, maxLength: 42, targetSystemOffset: -1, targetComponentOffset: -1, name: "HIGH_LATENCY2")
        case 241: return MessageInfo(id: 241, crcExtra: 90, minLength: 32, maxLength: 32, targetSystemOffset: -1, targetComponentOffset: -1, name: "VIBRATION")
        case 242: return MessageInfo(id: 242, crcExtra: 104, minLength: 52, maxLength: 60, targetSystemOffset: -1, targetComponentOffset: -1, name: "HOME_POSITION")
        case 243: return MessageInfo(id: 243, crcExtra: 85, minLength: 53, maxLength: 61, targetSystemOffset: 52, targetComponentOffset: -1, name: "SET_HOME_POSITION")
        case 244: return MessageInfo(id: 244, crcExtra: 95, minLength: 6, maxLength: 6, targetSystemOffset: -1, targetComponentOffset: -1, name: "MESSAGE_INTERVAL")
        case 245: return MessageInfo(id: 245, crcExtra: 130, minLength: 2, maxLength: 2, targetSystemOffset: -1, targetComponentOffset: -1, name: "EXTENDED_SYS_STATE")
        case 246: return MessageInfo(id: 246, crcExtra: 184, minLength: 38, maxLength: 38, targetSystemOffset: -1, targetComponentOffset: -1, name: "ADSB_VEHICLE")
        case 247: return MessageInfo(id: 247, crcExtra: 81, minLength: 19, maxLength: 19, targetSystemOffset: -1, targetComponentOffset: -1, name: "COLLISION")
        case 248: return MessageInfo(id: 248, crcExtra: 8, minLength: 254, maxLength: 254, targetSystemOffset: 3, targetComponentOffset: 4, name: "V2_EXTENSION")
        case 249: return MessageInfo(id: 249, crcExtra: 204, minLength: 36, maxLength: 36, targetSystemOffset: -1, targetComponentOffset: -1, name: "MEMORY_VECT")
        case 250: return MessageInfo(id: 250, crcExtra: 49, minLength: 30, maxLength: 30, targetSystemOffset: -1, targetComponentOffset: -1, name: "DEBUG_VECT")
        case 251: return MessageInfo(id: 251, crcExtra: 170, minLength: 18, maxLength: 18, targetSystemOffset: -1, targetComponentOffset: -1, name: "NAMED_VALUE_FLOAT")
        case 252: return MessageInfo(id: 252, crcExtra: 44, minLength: 18, maxLength: 18, targetSystemOffset: -1, targetComponentOffset: -1, name: "NAMED_VALUE_INT")
        case 253: return MessageInfo(id: 253, crcExtra: 83, minLength: 51, maxLength: 54, targetSystemOffset: -1, targetComponentOffset: -1, name: "STATUSTEXT")
        case 254: return MessageInfo(id: 254, crcExtra: 46, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "DEBUG")
        case 256: return MessageInfo(id: 256, crcExtra: 71, minLength: 42, maxLength: 42, targetSystemOffset: 8, targetComponentOffset: 9, name: "SETUP_SIGNING")
        case 257: return MessageInfo(id: 257, crcExtra: 131, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "BUTTON_CHANGE")
        case 258: return MessageInfo(id: 258, crcExtra: 187, minLength: 32, maxLength: 232, targetSystemOffset: 0, targetComponentOffset: 1, name: "PLAY_TUNE")
        case 259: return MessageInfo(id: 259, crcExtra: 92, minLength: 235, maxLength: 237, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_INFORMATION")
        case 260: return MessageInfo(id: 260, crcExtra: 146, minLength: 5, maxLength: 14, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_SETTINGS")
        case 261: return MessageInfo(id: 261, crcExtra: 179, minLength: 27, maxLength: 61, targetSystemOffset: -1, targetComponentOffset: -1, name: "STORAGE_INFORMATION")
        case 262: return MessageInfo(id: 262, crcExtra: 12, minLength: 18, maxLength: 23, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_CAPTURE_STATUS")
        case 263: return MessageInfo(id: 263, crcExtra: 133, minLength: 255, maxLength: 255, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_IMAGE_CAPTURED")
        case 264: return MessageInfo(id: 264, crcExtra: 49, minLength: 28, maxLength: 32, targetSystemOffset: -1, targetComponentOffset: -1, name: "FLIGHT_INFORMATION")
        case 265: return MessageInfo(id: 265, crcExtra: 26, minLength: 16, maxLength: 20, targetSystemOffset: -1, targetComponentOffset: -1, name: "MOUNT_ORIENTATION")
        case 266: return MessageInfo(id: 266, crcExtra: 193, minLength: 255, maxLength: 255, targetSystemOffset: 2, targetComponentOffset: 3, name: "LOGGING_DATA")
        case 267: return MessageInfo(id: 267, crcExtra: 35, minLength: 255, maxLength: 255, targetSystemOffset: 2, targetComponentOffset: 3, name: "LOGGING_DATA_ACKED")
        case 268: return MessageInfo(id: 268, crcExtra: 14, minLength: 4, maxLength: 4, targetSystemOffset: 2, targetComponentOffset: 3, name: "LOGGING_ACK")
        case 269: return MessageInfo(id: 269, crcExtra: 109, minLength: 213, maxLength: 215, targetSystemOffset: -1, targetComponentOffset: -1, name: "VIDEO_STREAM_INFORMATION")
        case 270: return MessageInfo(id: 270, crcExtra: 59, minLength: 19, maxLength: 20, targetSystemOffset: -1, targetComponentOffset: -1, name: "VIDEO_STREAM_STATUS")
        case 271: return MessageInfo(id: 271, crcExtra: 22, minLength: 52, maxLength: 53, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_FOV_STATUS")
        case 275: return MessageInfo(id: 275, crcExtra: 126, minLength: 31, maxLength: 32, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_TRACKING_IMAGE_STATUS")
        case 276: return MessageInfo(id: 276, crcExtra: 18, minLength: 49, maxLength: 50, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_TRACKING_GEO_STATUS")
        case 277: return MessageInfo(id: 277, crcExtra: 62, minLength: 30, maxLength: 30, targetSystemOffset: -1, targetComponentOffset: -1, name: "CAMERA_THERMAL_RANGE")
        case 280: return MessageInfo(id: 280, crcExtra: 70, minLength: 33, maxLength: 33, targetSystemOffset: -1, targetComponentOffset: -1, name: "GIMBAL_MANAGER_INFORMATION")
        case 281: return MessageInfo(id: 281, crcExtra: 48, minLength: 13, maxLength: 13, targetSystemOffset: -1, targetComponentOffset: -1, name: "GIMBAL_MANAGER_STATUS")
        case 282: return MessageInfo(id: 282, crcExtra: 123, minLength: 35, maxLength: 35, targetSystemOffset: 32, targetComponentOffset: 33, name: "GIMBAL_MANAGER_SET_ATTITUDE")
        case 283: return MessageInfo(id: 283, crcExtra: 74, minLength: 144, maxLength: 149, targetSystemOffset: -1, targetComponentOffset: -1, name: "GIMBAL_DEVICE_INFORMATION")
        case 284: return MessageInfo(id: 284, crcExtra: 99, minLength: 32, maxLength: 32, targetSystemOffset: 30, targetComponentOffset: 31, name: "GIMBAL_DEVICE_SET_ATTITUDE")
        case 285: return MessageInfo(id: 285, crcExtra: 137, minLength: 40, maxLength: 49, targetSystemOffset: 38, targetComponentOffset: 39, name: "GIMBAL_DEVICE_ATTITUDE_STATUS")
        case 286: return MessageInfo(id: 286, crcExtra: 210, minLength: 53, maxLength: 57, targetSystemOffset: 50, targetComponentOffset: 51, name: "AUTOPILOT_STATE_FOR_GIMBAL_DEVICE")
        case 287: return MessageInfo(id: 287, crcExtra: 1, minLength: 23, maxLength: 23, targetSystemOffset: 20, targetComponentOffset: 21, name: "GIMBAL_MANAGER_SET_PITCHYAW")
        case 288: return MessageInfo(id: 288, crcExtra: 20, minLength: 23, maxLength: 23, targetSystemOffset: 20, targetComponentOffset: 21, name: "GIMBAL_MANAGER_SET_MANUAL_CONTROL")
        case 290: return MessageInfo(id: 290, crcExtra: 251, minLength: 46, maxLength: 46, targetSystemOffset: -1, targetComponentOffset: -1, name: "ESC_INFO")
        case 291: return MessageInfo(id: 291, crcExtra: 10, minLength: 57, maxLength: 57, targetSystemOffset: -1, targetComponentOffset: -1, name: "ESC_STATUS")
        case 295: return MessageInfo(id: 295, crcExtra: 234, minLength: 12, maxLength: 12, targetSystemOffset: -1, targetComponentOffset: -1, name: "AIRSPEED")
        case 296: return MessageInfo(id: 296, crcExtra: 158, minLength: 41, maxLength: 41, targetSystemOffset: 36, targetComponentOffset: 37, name: "GLOBAL_POSITION_SENSOR")
        case 299: return MessageInfo(id: 299, crcExtra: 19, minLength: 96, maxLength: 98, targetSystemOffset: -1, targetComponentOffset: -1, name: "WIFI_CONFIG_AP")
        case 300: return MessageInfo(id: 300, crcExtra: 217, minLength: 22, maxLength: 22, targetSystemOffset: -1, targetComponentOffset: -1, name: "PROTOCOL_VERSION")
        case 301: return MessageInfo(id: 301, crcExtra: 243, minLength: 58, maxLength: 58, targetSystemOffset: -1, targetComponentOffset: -1, name: "AIS_VESSEL")
        case 310: return MessageInfo(id: 310, crcExtra: 28, minLength: 17, maxLength: 17, targetSystemOffset: -1, targetComponentOffset: -1, name: "UAVCAN_NODE_STATUS")
        case 311: return MessageInfo(id: 311, crcExtra: 95, minLength: 116, maxLength: 116, targetSystemOffset: -1, targetComponentOffset: -1, name: "UAVCAN_NODE_INFO")
        case 320: return MessageInfo(id: 320, crcExtra: 243, minLength: 20, maxLength: 20, targetSystemOffset: 2, targetComponentOffset: 3, name: "PARAM_EXT_REQUEST_READ")
        case 321: return MessageInfo(id: 321, crcExtra: 88, minLength: 2, maxLength: 2, targetSystemOffset: 0, targetComponentOffset: 1, name: "PARAM_EXT_REQUEST_LIST")
        case 322: return MessageInfo(id: 322, crcExtra: 243, minLength: 149, maxLength: 149, targetSystemOffset: -1, targetComponentOffset: -1, name: "PARAM_EXT_VALUE")
        case 323: return MessageInfo(id: 323, crcExtra: 78, minLength: 147, maxLength: 147, targetSystemOffset: 0, targetComponentOffset: 1, name: "PARAM_EXT_SET")
        case 324: return MessageInfo(id: 324, crcExtra: 132, minLength: 146, maxLength: 146, targetSystemOffset: -1, targetComponentOffset: -1, name: "PARAM_EXT_ACK")
        case 330: return MessageInfo(id: 330, crcExtra: 23, minLength: 158, maxLength: 167, targetSystemOffset: -1, targetComponentOffset: -1, name: "OBSTACLE_DISTANCE")
        case 331: return MessageInfo(id: 331, crcExtra: 91, minLength: 230, maxLength: 233, targetSystemOffset: -1, targetComponentOffset: -1, name: "ODOMETRY")
        case 332: return MessageInfo(id: 332, crcExtra: 236, minLength: 239, maxLength: 239, targetSystemOffset: -1, targetComponentOffset: -1, name: "TRAJECTORY_REPRESENTATION_WAYPOINTS")
        case 333: return MessageInfo(id: 333, crcExtra: 231, minLength: 109, maxLength: 109, targetSystemOffset: -1, targetComponentOffset: -1, name: "TRAJECTORY_REPRESENTATION_BEZIER")
        case 334: return MessageInfo(id: 334, crcExtra: 72, minLength: 10, maxLength: 53, targetSystemOffset: -1, targetComponentOffset: -1, name: "CELLULAR_STATUS")
        case 335: return MessageInfo(id: 335, crcExtra: 225, minLength: 24, maxLength: 24, targetSystemOffset: -1, targetComponentOffset: -1, name: "ISBD_LINK_STATUS")
        case 336: return MessageInfo(id: 336, crcExtra: 245, minLength: 84, maxLength: 84, targetSystemOffset: -1, targetComponentOffset: -1, name: "CELLULAR_CONFIG")
        case 339: return MessageInfo(id: 339, crcExtra: 199, minLength: 5, maxLength: 5, targetSystemOffset: -1, targetComponentOffset: -1, name: "RAW_RPM")
        case 340: return MessageInfo(id: 340, crcExtra: 99, minLength: 70, maxLength: 70, targetSystemOffset: -1, targetComponentOffset: -1, name: "UTM_GLOBAL_POSITION")
        case 345: return MessageInfo(id: 345, crcExtra: 209, minLength: 21, maxLength: 21, targetSystemOffset: 2, targetComponentOffset: 3, name: "PARAM_ERROR")
        case 350: return MessageInfo(id: 350, crcExtra: 232, minLength: 20, maxLength: 252, targetSystemOffset: -1, targetComponentOffset: -1, name: "DEBUG_FLOAT_ARRAY")
        case 360: return MessageInfo(id: 360, crcExtra: 11, minLength: 25, maxLength: 25, targetSystemOffset: -1, targetComponentOffset: -1, name: "ORBIT_EXECUTION_STATUS")
        case 361: return MessageInfo(id: 361, crcExtra: 93, minLength: 33, maxLength: 33, targetSystemOffset: -1, targetComponentOffset: -1, name: "FIGURE_EIGHT_EXECUTION_STATUS")
        case 370: return MessageInfo(id: 370, crcExtra: 75, minLength: 87, maxLength: 109, targetSystemOffset: -1, targetComponentOffset: -1, name: "SMART_BATTERY_INFO")
        case 371: return MessageInfo(id: 371, crcExtra: 10, minLength: 26, maxLength: 26, targetSystemOffset: -1, targetComponentOffset: -1, name: "FUEL_STATUS")
        case 372: return MessageInfo(id: 372, crcExtra: 26, minLength: 140, maxLength: 140, targetSystemOffset: -1, targetComponentOffset: -1, name: "BATTERY_INFO")
        case 373: return MessageInfo(id: 373, crcExtra: 117, minLength: 42, maxLength: 42, targetSystemOffset: -1, targetComponentOffset: -1, name: "GENERATOR_STATUS")
        case 375: return MessageInfo(id: 375, crcExtra: 251, minLength: 140, maxLength: 140, targetSystemOffset: -1, targetComponentOffset: -1, name: "ACTUATOR_OUTPUT_STATUS")
        case 376: return MessageInfo(id: 376, crcExtra: 199, minLength: 8, maxLength: 8, targetSystemOffset: -1, targetComponentOffset: -1, name: "RELAY_STATUS")
        case 380: return MessageInfo(id: 380, crcExtra: 232, minLength: 20, maxLength: 20, targetSystemOffset: -1, targetComponentOffset: -1, name: "TIME_ESTIMATE_TO_TARGET")
        case 385: return MessageInfo(id: 385, crcExtra: 147, minLength: 133, maxLength: 133, targetSystemOffset: 2, targetComponentOffset: 3, name: "TUNNEL")
        case 386: return MessageInfo(id: 386, crcExtra: 132, minLength: 16, maxLength: 16, targetSystemOffset: 4, targetComponentOffset: 5, name: "CAN_FRAME")
        case 387: return MessageInfo(id: 387, crcExtra: 4, minLength: 72, maxLength: 72, targetSystemOffset: 4, targetComponentOffset: 5, name: "CANFD_FRAME")
        case 388: return MessageInfo(id: 388, crcExtra: 8, minLength: 37, maxLength: 37, targetSystemOffset: 32, targetComponentOffset: 33, name: "CAN_FILTER_MODIFY")
        case 390: return MessageInfo(id: 390, crcExtra: 156, minLength: 238, maxLength: 240, targetSystemOffset: -1, targetComponentOffset: -1, name: "ONBOARD_COMPUTER_STATUS")
        case 395: return MessageInfo(id: 395, crcExtra: 0, minLength: 212, maxLength: 212, targetSystemOffset: -1, targetComponentOffset: -1, name: "COMPONENT_INFORMATION")
        case 396: return MessageInfo(id: 396, crcExtra: 50, minLength: 160, maxLength: 160, targetSystemOffset: -1, targetComponentOffset: -1, name: "COMPONENT_INFORMATION_BASIC")
        case 397: return MessageInfo(id: 397, crcExtra: 182, minLength: 108, maxLength: 108, targetSystemOffset: -1, targetComponentOffset: -1, name: "COMPONENT_METADATA")
        case 400: return MessageInfo(id: 400, crcExtra: 110, minLength: 254, maxLength: 254, targetSystemOffset: 4, targetComponentOffset: 5, name: "PLAY_TUNE_V2")
        case 401: return MessageInfo(id: 401, crcExtra: 183, minLength: 6, maxLength: 6, targetSystemOffset: 4, targetComponentOffset: 5, name: "SUPPORTED_TUNES")
        case 410: return MessageInfo(id: 410, crcExtra: 160, minLength: 53, maxLength: 53, targetSystemOffset: -1, targetComponentOffset: -1, name: "EVENT")
        case 411: return MessageInfo(id: 411, crcExtra: 106, minLength: 3, maxLength: 3, targetSystemOffset: -1, targetComponentOffset: -1, name: "CURRENT_EVENT_SEQUENCE")
        case 412: return MessageInfo(id: 412, crcExtra: 33, minLength: 6, maxLength: 6, targetSystemOffset: 4, targetComponentOffset: 5, name: "REQUEST_EVENT")
        case 413: return MessageInfo(id: 413, crcExtra: 77, minLength: 7, maxLength: 7, targetSystemOffset: 4, targetComponentOffset: 5, name: "RESPONSE_EVENT_ERROR")
        case 435: return MessageInfo(id: 435, crcExtra: 134, minLength: 46, maxLength: 46, targetSystemOffset: -1, targetComponentOffset: -1, name: "AVAILABLE_MODES")
        case 436: return MessageInfo(id: 436, crcExtra: 193, minLength: 9, maxLength: 9, targetSystemOffset: -1, targetComponentOffset: -1, name: "CURRENT_MODE")
        case 437: return MessageInfo(id: 437, crcExtra: 30, minLength: 1, maxLength: 1, targetSystemOffset: -1, targetComponentOffset: -1, name: "AVAILABLE_MODES_MONITOR")
        case 440: return MessageInfo(id: 440, crcExtra: 66, minLength: 35, maxLength: 35, targetSystemOffset: -1, targetComponentOffset: -1, name: "ILLUMINATOR_STATUS")
        case 9000: return MessageInfo(id: 9000, crcExtra: 113, minLength: 137, maxLength: 137, targetSystemOffset: -1, targetComponentOffset: -1, name: "WHEEL_DISTANCE")
        case 9005: return MessageInfo(id: 9005, crcExtra: 117, minLength: 34, maxLength: 34, targetSystemOffset: -1, targetComponentOffset: -1, name: "WINCH_STATUS")
        case 12900: return MessageInfo(id: 12900, crcExtra: 114, minLength: 44, maxLength: 44, targetSystemOffset: 0, targetComponentOffset: 1, name: "OPEN_DRONE_ID_BASIC_ID")
        case 12901: return MessageInfo(id: 12901, crcExtra: 254, minLength: 59, maxLength: 59, targetSystemOffset: 30, targetComponentOffset: 31, name: "OPEN_DRONE_ID_LOCATION")
        case 12902: return MessageInfo(id: 12902, crcExtra: 140, minLength: 53, maxLength: 53, targetSystemOffset: 4, targetComponentOffset: 5, name: "OPEN_DRONE_ID_AUTHENTICATION")
        case 12903: return MessageInfo(id: 12903, crcExtra: 249, minLength: 46, maxLength: 46, targetSystemOffset: 0, targetComponentOffset: 1, name: "OPEN_DRONE_ID_SELF_ID")
        case 12904: return MessageInfo(id: 12904, crcExtra: 77, minLength: 54, maxLength: 54, targetSystemOffset: 28, targetComponentOffset: 29, name: "OPEN_DRONE_ID_SYSTEM")
        case 12905: return MessageInfo(id: 12905, crcExtra: 49, minLength: 43, maxLength: 43, targetSystemOffset: 0, targetComponentOffset: 1, name: "OPEN_DRONE_ID_OPERATOR_ID")
        case 12915: return MessageInfo(id: 12915, crcExtra: 94, minLength: 249, maxLength: 249, targetSystemOffset: 0, targetComponentOffset: 1, name: "OPEN_DRONE_ID_MESSAGE_PACK")
        case 12918: return MessageInfo(id: 12918, crcExtra: 139, minLength: 51, maxLength: 51, targetSystemOffset: -1, targetComponentOffset: -1, name: "OPEN_DRONE_ID_ARM_STATUS")
        case 12919: return MessageInfo(id: 12919, crcExtra: 7, minLength: 18, maxLength: 18, targetSystemOffset: 16, targetComponentOffset: 17, name: "OPEN_DRONE_ID_SYSTEM_UPDATE")
        case 12920: return MessageInfo(id: 12920, crcExtra: 20, minLength: 5, maxLength: 5, targetSystemOffset: -1, targetComponentOffset: -1, name: "HYGROMETER_SENSOR")
        default: return nil
        }
    }

    /// The CRC_EXTRA for `id`, or -1 for a message this dialect does not define.
    /// (A switch over constants: the compiler turns it into look-up tables. Always inlined:
    /// the parser asks once per frame, and a call costs as much as the look-up.)
    @inlinable @inline(__always) public static func crcExtra(id: UInt32) -> Int {
        switch id {
        case 0: return 50
        case 1: return 124
        case 2: return 137
        case 4: return 237
        case 5: return 217
        case 6: return 104
        case 7: return 119
        case 8: return 117
        case 11: return 89
        case 20: return 214
        case 21: return 159
        case 22: return 220
        case 23: return 168
        case 24: return 24
        case 25: return 23
        case 26: return 170
        case 27: return 144
        case 28: return 67
        case 29: return 115
        case 30: return 39
        case 31: return 246
        case 32: return 185
        case 33: return 104
        case 34: return 237
        case 35: return 244
        case 36: return 222
        case 37: return 212
        case 38: return 9
        case 39: return 254
        case 40: return 230
        case 41: return 28
        case 42: return 28
        case 43: return 132
        case 44: return 221
        case 45: return 232
        case 46: return 11
        case 47: return 153
        case 48: return 41
        case 49: return 39
        case 50: return 78
        case 51: return 196
        case 54: return 15
        case 55: return 3
        case 61: return 167
        case 62: return 183
        case 63: return 119
        case 64: return 191
        case 65: return 118
        case 66: return 148
        case 67: return 21
        case 69: return 243
        case 70: return 124
        case 73: return 38
        case 74: return 20
        case 75: return 158
        case 76: return 152
        case 77: return 143
        case 80: return 14
        case 81: return 106
        case 82: return 49
        case 83: return 22
        case 84: return 143
        case 85: return 140
        case 86: return 5
        case 87: return 150
        case 89: return 231
        case 90: return 183
        case 91: return 63
        case 92: return 54
        case 93: return 47
        case 100: return 175
        case 101: return 102
        case 102: return 158
        case 103: return 208
        case 104: return 56
        case 105: return 93
        case 106: return 138
        case 107: return 108
        case 108: return 32
        case 109: return 185
        case 110: return 84
        case 111: return 34
        case 112: return 174
        case 113: return 124
        case 114: return 237
        case 115: return 4
        case 116: return 76
        case 117: return 128
        case 118: return 56
        case 119: return 116
        case 120: return 134
        case 121: return 237
        case 122: return 203
        case 123: return 250
        case 124: return 87
        case 125: return 203
        case 126: return 220
        case 127: return 25
        case 128: return 226
        case 129: return 46
        case 130: return 29
        case 131: return 223
        case 132: return 85
        case 133: return 6
        case 134: return 229
        case 135: return 203
        case 136: return 1
        case 137: return 195
        case 138: return 109
        case 139: return 168
        case 140: return 181
        case 141: return 47
        case 142: return 72
        case 143: return 131
        case 144: return 127
        case 146: return 103
        case 147: return 154
        case 148: return 178
        case 149: return 200
        case 162: return 189
        case 192: return 36
        case 225: return 208
        case 230: return 163
        case 231: return 105
        case 232: return 151
        case 233: return 35
        case 234: return 150
        case 235: return 179
        case 241: return 90
        case 242: return 104
        case 243: return 85
        case 244: return 95
        case 245: return 130
        case 246: return 184
        case 247: return 81
        case 248: return 8
        case 249: return 204
        case 250: return 49
        case 251: return 170
        case 252: return 44
        case 253: return 83
        case 254: return 46
        case 256: return 71
        case 257: return 131
        case 258: return 187
        case 259: return 92
        case 260: return 146
        case 261: return 179
        case 262: return 12
        case 263: return 133
        case 264: return 49
        case 265: return 26
        case 266: return 193
        case 267: return 35
        case 268: return 14
        case 269: return 109
        case 270: return 59
        case 271: return 22
        case 275: return 126
        case 276: return 18
        case 277: return 62
        case 280: return 70
        case 281: return 48
        case 282: return 123
        case 283: return 74
        case 284: return 99
        case 285: return 137
        case 286: return 210
        case 287: return 1
        case 288: return 20
        case 290: return 251
        case 291: return 10
        case 295: return 234
        case 296: return 158
        case 299: return 19
        case 300: return 217
        case 301: return 243
        case 310: return 28
        case 311: return 95
        case 320: return 243
        case 321: return 88
        case 322: return 243
        case 323: return 78
        case 324: return 132
        case 330: return 23
        case 331: return 91
        case 332: return 236
        case 333: return 231
        case 334: return 72
        case 335: return 225
        case 336: return 245
        case 339: return 199
        case 340: return 99
        case 345: return 209
        case 350: return 232
        case 360: return 11
        case 361: return 93
        case 370: return 75
        case 371: return 10
        case 372: return 26
        case 373: return 117
        case 375: return 251
        case 376: return 199
        case 380: return 232
        case 385: return 147
        case 386: return 132
        case 387: return 4
        case 388: return 8
        case 390: return 156
        case 395: return 0
        case 396: return 50
        case 397: return 182
        case 400: return 110
        case 401: return 183
        case 410: return 160
        case 411: return 106
        case 412: return 33
        case 413: return 77
        case 435: return 134
        case 436: return 193
        case 437: return 30
        case 440: return 66
        case 9000: return 113
        case 9005: return 117
        case 12900: return 114
        case 12901: return 254
        case 12902: return 140
        case 12903: return 249
        case 12904: return 77
        case 12905: return 49
        case 12915: return 94
        case 12918: return 139
        case 12919: return 7
        case 12920: return 20
        default: return -1
        }
    }

    /// Every message of the dialect, one case each.
    public enum Message: Sendable, Equatable {
        case heartbeat(Heartbeat)
        case sysStatus(SysStatus)
        case systemTime(SystemTime)
        case ping(Ping)
        case changeOperatorControl(ChangeOperatorControl)
        case changeOperatorControlAck(ChangeOperatorControlAck)
        case authKey(AuthKey)
        case linkNodeStatus(LinkNodeStatus)
        case setMode(SetMode)
        case paramRequestRead(ParamRequestRead)
        case paramRequestList(ParamRequestList)
        case paramValue(ParamValue)
        case paramSet(ParamSet)
        case gpsRawInt(GpsRawInt)
        case gpsStatus(GpsStatus)
        case scaledImu(ScaledImu)
        case rawImu(RawImu)
        case rawPressure(RawPressure)
        case scaledPressure(ScaledPressure)
        case attitude(Attitude)
        case attitudeQuaternion(AttitudeQuaternion)
        case localPositionNed(LocalPositionNed)
        case globalPositionInt(GlobalPositionInt)
        case rcChannelsScaled(RcChannelsScaled)
        case rcChannelsRaw(RcChannelsRaw)
        case servoOutputRaw(ServoOutputRaw)
        case missionRequestPartialList(MissionRequestPartialList)
        case missionWritePartialList(MissionWritePartialList)
        case missionItem(MissionItem)
        case missionRequest(MissionRequest)
        case missionSetCurrent(MissionSetCurrent)
        case missionCurrent(MissionCurrent)
        case missionRequestList(MissionRequestList)
        case missionCount(MissionCount)
        case missionClearAll(MissionClearAll)
        case missionItemReached(MissionItemReached)
        case missionAck(MissionAck)
        case setGpsGlobalOrigin(SetGpsGlobalOrigin)
        case gpsGlobalOrigin(GpsGlobalOrigin)
        case paramMapRc(ParamMapRc)
        case missionRequestInt(MissionRequestInt)
        case safetySetAllowedArea(SafetySetAllowedArea)
        case safetyAllowedArea(SafetyAllowedArea)
        case attitudeQuaternionCov(AttitudeQuaternionCov)
        case navControllerOutput(NavControllerOutput)
        case globalPositionIntCov(GlobalPositionIntCov)
        case localPositionNedCov(LocalPositionNedCov)
        case rcChannels(RcChannels)
        case requestDataStream(RequestDataStream)
        case dataStream(DataStream)
        case manualControl(ManualControl)
        case rcChannelsOverride(RcChannelsOverride)
        case missionItemInt(MissionItemInt)
        case vfrHud(VfrHud)
        case commandInt(CommandInt)
        case commandLong(CommandLong)
        case commandAck(CommandAck)
        case commandCancel(CommandCancel)
        case manualSetpoint(ManualSetpoint)
        case setAttitudeTarget(SetAttitudeTarget)
        case attitudeTarget(AttitudeTarget)
        case setPositionTargetLocalNed(SetPositionTargetLocalNed)
        case positionTargetLocalNed(PositionTargetLocalNed)
        case setPositionTargetGlobalInt(SetPositionTargetGlobalInt)
        case positionTargetGlobalInt(PositionTargetGlobalInt)
        case localPositionNedSystemGlobalOffset(LocalPositionNedSystemGlobalOffset)
        case hilState(HilState)
        case hilControls(HilControls)
        case hilRcInputsRaw(HilRcInputsRaw)
        case hilActuatorControls(HilActuatorControls)
        case opticalFlow(OpticalFlow)
        case globalVisionPositionEstimate(GlobalVisionPositionEstimate)
        case visionPositionEstimate(VisionPositionEstimate)
        case visionSpeedEstimate(VisionSpeedEstimate)
        case viconPositionEstimate(ViconPositionEstimate)
        case highresImu(HighresImu)
        case opticalFlowRad(OpticalFlowRad)
        case hilSensor(HilSensor)
        case simState(SimState)
        case radioStatus(RadioStatus)
        case fileTransferProtocol(FileTransferProtocol)
        case timesync(Timesync)
        case cameraTrigger(CameraTrigger)
        case hilGps(HilGps)
        case hilOpticalFlow(HilOpticalFlow)
        case hilStateQuaternion(HilStateQuaternion)
        case scaledImu2(ScaledImu2)
        case logRequestList(LogRequestList)
        case logEntry(LogEntry)
        case logRequestData(LogRequestData)
        case logData(LogData)
        case logErase(LogErase)
        case logRequestEnd(LogRequestEnd)
        case gpsInjectData(GpsInjectData)
        case gps2Raw(Gps2Raw)
        case powerStatus(PowerStatus)
        case serialControl(SerialControl)
        case gpsRtk(GpsRtk)
        case gps2Rtk(Gps2Rtk)
        case scaledImu3(ScaledImu3)
        case dataTransmissionHandshake(DataTransmissionHandshake)
        case encapsulatedData(EncapsulatedData)
        case distanceSensor(DistanceSensor)
        case terrainRequest(TerrainRequest)
        case terrainData(TerrainData)
        case terrainCheck(TerrainCheck)
        case terrainReport(TerrainReport)
        case scaledPressure2(ScaledPressure2)
        case attPosMocap(AttPosMocap)
        case setActuatorControlTarget(SetActuatorControlTarget)
        case actuatorControlTarget(ActuatorControlTarget)
        case altitude(Altitude)
        case resourceRequest(ResourceRequest)
        case scaledPressure3(ScaledPressure3)
        case followTarget(FollowTarget)
        case controlSystemState(ControlSystemState)
        case batteryStatus(BatteryStatus)
        case autopilotVersion(AutopilotVersion)
        case landingTarget(LandingTarget)
        case fenceStatus(FenceStatus)
        case magCalReport(MagCalReport)
        case efiStatus(EfiStatus)
        case estimatorStatus(EstimatorStatus)
        case windCov(WindCov)
        case gpsInput(GpsInput)
        case gpsRtcmData(GpsRtcmData)
        case highLatency(HighLatency)
        case highLatency2(HighLatency2)
        case vibration(Vibration)
        case homePosition(HomePosition)
        case setHomePosition(SetHomePosition)
        case messageInterval(MessageInterval)
        case extendedSysState(ExtendedSysState)
        case adsbVehicle(AdsbVehicle)
        case collision(Collision)
        case v2Extension(V2Extension)
        case memoryVect(MemoryVect)
        case debugVect(DebugVect)
        case namedValueFloat(NamedValueFloat)
        case namedValueInt(NamedValueInt)
        case statustext(Statustext)
        case debug(Debug)
        case setupSigning(SetupSigning)
        case buttonChange(ButtonChange)
        case playTune(PlayTune)
        case cameraInformation(CameraInformation)
        case cameraSettings(CameraSettings)
        case storageInformation(StorageInformation)
        case cameraCaptureStatus(CameraCaptureStatus)
        case cameraImageCaptured(CameraImageCaptured)
        case flightInformation(FlightInformation)
        case mountOrientation(MountOrientation)
        case loggingData(LoggingData)
        case loggingDataAcked(LoggingDataAcked)
        case loggingAck(LoggingAck)
        case videoStreamInformation(VideoStreamInformation)
        case videoStreamStatus(VideoStreamStatus)
        case cameraFovStatus(CameraFovStatus)
        case cameraTrackingImageStatus(CameraTrackingImageStatus)
        case cameraTrackingGeoStatus(CameraTrackingGeoStatus)
        case cameraThermalRange(CameraThermalRange)
        case gimbalManagerInformation(GimbalManagerInformation)
        case gimbalManagerStatus(GimbalManagerStatus)
        case gimbalManagerSetAttitude(GimbalManagerSetAttitude)
        case gimbalDeviceInformation(GimbalDeviceInformation)
        case gimbalDeviceSetAttitude(GimbalDeviceSetAttitude)
        case gimbalDeviceAttitudeStatus(GimbalDeviceAttitudeStatus)
        case autopilotStateForGimbalDevice(AutopilotStateForGimbalDevice)
        case gimbalManagerSetPitchyaw(GimbalManagerSetPitchyaw)
        case gimbalManagerSetManualControl(GimbalManagerSetManualControl)
        case escInfo(EscInfo)
        case escStatus(EscStatus)
        case airspeed(Airspeed)
        case globalPositionSensor(GlobalPositionSensor)
        case wifiConfigAp(WifiConfigAp)
        case protocolVersion(ProtocolVersion)
        case aisVessel(AisVessel)
        case uavcanNodeStatus(UavcanNodeStatus)
        case uavcanNodeInfo(UavcanNodeInfo)
        case paramExtRequestRead(ParamExtRequestRead)
        case paramExtRequestList(ParamExtRequestList)
        case paramExtValue(ParamExtValue)
        case paramExtSet(ParamExtSet)
        case paramExtAck(ParamExtAck)
        case obstacleDistance(ObstacleDistance)
        case odometry(Odometry)
        case trajectoryRepresentationWaypoints(TrajectoryRepresentationWaypoints)
        case trajectoryRepresentationBezier(TrajectoryRepresentationBezier)
        case cellularStatus(CellularStatus)
        case isbdLinkStatus(IsbdLinkStatus)
        case cellularConfig(CellularConfig)
        case rawRpm(RawRpm)
        case utmGlobalPosition(UtmGlobalPosition)
        case paramError(ParamError)
        case debugFloatArray(DebugFloatArray)
        case orbitExecutionStatus(OrbitExecutionStatus)
        case figureEightExecutionStatus(FigureEightExecutionStatus)
        case smartBatteryInfo(SmartBatteryInfo)
        case fuelStatus(FuelStatus)
        case batteryInfo(BatteryInfo)
        case generatorStatus(GeneratorStatus)
        case actuatorOutputStatus(ActuatorOutputStatus)
        case relayStatus(RelayStatus)
        case timeEstimateToTarget(TimeEstimateToTarget)
        case tunnel(Tunnel)
        case canFrame(CanFrame)
        case canfdFrame(CanfdFrame)
        case canFilterModify(CanFilterModify)
        case onboardComputerStatus(OnboardComputerStatus)
        case componentInformation(ComponentInformation)
        case componentInformationBasic(ComponentInformationBasic)
        case componentMetadata(ComponentMetadata)
        case playTuneV2(PlayTuneV2)
        case supportedTunes(SupportedTunes)
        case event(Event)
        case currentEventSequence(CurrentEventSequence)
        case requestEvent(RequestEvent)
        case responseEventError(ResponseEventError)
        case availableModes(AvailableModes)
        case currentMode(CurrentMode)
        case availableModesMonitor(AvailableModesMonitor)
        case illuminatorStatus(IlluminatorStatus)
        case wheelDistance(WheelDistance)
        case winchStatus(WinchStatus)
        case openDroneIdBasicId(OpenDroneIdBasicId)
        case openDroneIdLocation(OpenDroneIdLocation)
        case openDroneIdAuthentication(OpenDroneIdAuthentication)
        case openDroneIdSelfId(OpenDroneIdSelfId)
        case openDroneIdSystem(OpenDroneIdSystem)
        case openDroneIdOperatorId(OpenDroneIdOperatorId)
        case openDroneIdMessagePack(OpenDroneIdMessagePack)
        case openDroneIdArmStatus(OpenDroneIdArmStatus)
        case openDroneIdSystemUpdate(OpenDroneIdSystemUpdate)
        case hygrometerSensor(HygrometerSensor)

        /// Decodes a frame, or nil for a message id this dialect does not define.
        public init?(frame: MAVLinkFrame) {
            var payload = frame.payload
            let decoded: Message? = withUnsafeBytes(of: &payload) { p in
                switch frame.messageID {
                case 0: return .heartbeat(Heartbeat(payload: p))
                case 1: return .sysStatus(SysStatus(payload: p))
                case 2: return .systemTime(SystemTime(payload: p))
                case 4: return .ping(Ping(payload: p))
                case 5: return .changeOperatorControl(ChangeOperatorControl(payload: p))
                case 6: return .changeOperatorControlAck(ChangeOperatorControlAck(payload: p))
                case 7: return .authKey(AuthKey(payload: p))
                case 8: return .linkNodeStatus(LinkNodeStatus(payload: p))
                case 11: return .setMode(SetMode(payload: p))
                case 20: return .paramRequestRead(ParamRequestRead(payload: p))
                case 21: return .paramRequestList(ParamRequestList(payload: p))
                case 22: return .paramValue(ParamValue(payload: p))
                case 23: return .paramSet(ParamSet(payload: p))
                case 24: return .gpsRawInt(GpsRawInt(payload: p))
                case 25: return .gpsStatus(GpsStatus(payload: p))
                case 26: return .scaledImu(ScaledImu(payload: p))
                case 27: return .rawImu(RawImu(payload: p))
                case 28: return .rawPressure(RawPressure(payload: p))
                case 29: return .scaledPressure(ScaledPressure(payload: p))
                case 30: return .attitude(Attitude(payload: p))
                case 31: return .attitudeQuaternion(AttitudeQuaternion(payload: p))
                case 32: return .localPositionNed(LocalPositionNed(payload: p))
                case 33: return .globalPositionInt(GlobalPositionInt(payload: p))
                case 34: return .rcChannelsScaled(RcChannelsScaled(payload: p))
                case 35: return .rcChannelsRaw(RcChannelsRaw(payload: p))
                case 36: return .servoOutputRaw(ServoOutputRaw(payload: p))
                case 37: return .missionRequestPartialList(MissionRequestPartialList(payload: p))
                case 38: return .missionWritePartialList(MissionWritePartialList(payload: p))
                case 39: return .missionItem(MissionItem(payload: p))
                case 40: return .missionRequest(MissionRequest(payload: p))
                case 41: return .missionSetCurrent(MissionSetCurrent(payload: p))
                case 42: return .missionCurrent(MissionCurrent(payload: p))
                case 43: return .missionRequestList(MissionRequestList(payload: p))
                case 44: return .missionCount(MissionCount(payload: p))
                case 45: return .missionClearAll(MissionClearAll(payload: p))
                case 46: return .missionItemReached(MissionItemReached(payload: p))
                case 47: return .missionAck(MissionAck(payload: p))
                case 48: return .setGpsGlobalOrigin(SetGpsGlobalOrigin(payload: p))
                case 49: return .gpsGlobalOrigin(GpsGlobalOrigin(payload: p))
                case 50: return .paramMapRc(ParamMapRc(payload: p))
                case 51: return .missionRequestInt(MissionRequestInt(payload: p))
                case 54: return .safetySetAllowedArea(SafetySetAllowedArea(payload: p))
                case 55: return .safetyAllowedArea(SafetyAllowedArea(payload: p))
                case 61: return .attitudeQuaternionCov(AttitudeQuaternionCov(payload: p))
                case 62: return .navControllerOutput(NavControllerOutput(payload: p))
                case 63: return .globalPositionIntCov(GlobalPositionIntCov(payload: p))
                case 64: return .localPositionNedCov(LocalPositionNedCov(payload: p))
                case 65: return .rcChannels(RcChannels(payload: p))
                case 66: return .requestDataStream(RequestDataStream(payload: p))
                case 67: return .dataStream(DataStream(payload: p))
                case 69: return .manualControl(ManualControl(payload: p))
                case 70: return .rcChannelsOverride(RcChannelsOverride(payload: p))
                case 73: return .missionItemInt(MissionItemInt(payload: p))
                case 74: return .vfrHud(VfrHud(payload: p))
                case 75: return .commandInt(CommandInt(payload: p))
                case 76: return .commandLong(CommandLong(payload: p))
                case 77: return .commandAck(CommandAck(payload: p))
                case 80: return .commandCancel(CommandCancel(payload: p))
                case 81: return .manualSetpoint(ManualSetpoint(payload: p))
                case 82: return .setAttitudeTarget(SetAttitudeTarget(payload: p))
                case 83: return .attitudeTarget(AttitudeTarget(payload: p))
                case 84: return .setPositionTargetLocalNed(SetPositionTargetLocalNed(payload: p))
                case 85: return .positionTargetLocalNed(PositionTargetLocalNed(payload: p))
                case 86: return .setPositionTargetGlobalInt(SetPositionTargetGlobalInt(payload: p))
                case 87: return .positionTargetGlobalInt(PositionTargetGlobalInt(payload: p))
                case 89: return .localPositionNedSystemGlobalOffset(LocalPositionNedSystemGlobalOffset(payload: p))
                case 90: return .hilState(HilState(payload: p))
                case 91: return .hilControls(HilControls(payload: p))
                case 92: return .hilRcInputsRaw(HilRcInputsRaw(payload: p))
                case 93: return .hilActuatorControls(HilActuatorControls(payload: p))
                case 100: return .opticalFlow(OpticalFlow(payload: p))
                case 101: return .globalVisionPositionEstimate(GlobalVisionPositionEstimate(payload: p))
                case 102: return .visionPositionEstimate(VisionPositionEstimate(payload: p))
                case 103: return .visionSpeedEstimate(VisionSpeedEstimate(payload: p))
                case 104: return .viconPositionEstimate(ViconPositionEstimate(payload: p))
                case 105: return .highresImu(HighresImu(payload: p))
                case 106: return .opticalFlowRad(OpticalFlowRad(payload: p))
                case 107: return .hilSensor(HilSensor(payload: p))
                case 108: return .simState(SimState(payload: p))
                case 109: return .radioStatus(RadioStatus(payload: p))
                case 110: return .fileTransferProtocol(FileTransferProtocol(payload: p))
                case 111: return .timesync(Timesync(payload: p))
                case 112: return .cameraTrigger(CameraTrigger(payload: p))
                case 113: return .hilGps(HilGps(payload: p))
                case 114: return .hilOpticalFlow(HilOpticalFlow(payload: p))
                case 115: return .hilStateQuaternion(HilStateQuaternion(payload: p))
                case 116: return .scaledImu2(ScaledImu2(payload: p))
                case 117: return .logRequestList(LogRequestList(payload: p))
                case 118: return .logEntry(LogEntry(payload: p))
                case 119: return .logRequestData(LogRequestData(payload: p))
                case 120: return .logData(LogData(payload: p))
                case 121: return .logErase(LogErase(payload: p))
                case 122: return .logRequestEnd(LogRequestEnd(payload: p))
                case 123: return .gpsInjectData(GpsInjectData(payload: p))
                case 124: return .gps2Raw(Gps2Raw(payload: p))
                case 125: return .powerStatus(PowerStatus(payload: p))
                case 126: return .serialControl(SerialControl(payload: p))
                case 127: return .gpsRtk(GpsRtk(payload: p))
                case 128: return .gps2Rtk(Gps2Rtk(payload: p))
                case 129: return .scaledImu3(ScaledImu3(payload: p))
                case 130: return .dataTransmissionHandshake(DataTransmissionHandshake(payload: p))
                case 131: return .encapsulatedData(EncapsulatedData(payload: p))
                case 132: return .distanceSensor(DistanceSensor(payload: p))
                case 133: return .terrainRequest(TerrainRequest(payload: p))
                case 134: return .terrainData(TerrainData(payload: p))
                case 135: return .terrainCheck(TerrainCheck(payload: p))
                case 136: return .terrainReport(TerrainReport(payload: p))
                case 137: return .scaledPressure2(ScaledPressure2(payload: p))
                case 138: return .attPosMocap(AttPosMocap(payload: p))
                case 139: return .setActuatorControlTarget(SetActuatorControlTarget(payload: p))
                case 140: return .actuatorControlTarget(ActuatorControlTarget(payload: p))
                case 141: return .altitude(Altitude(payload: p))
                case 142: return .resourceRequest(ResourceRequest(payload: p))
                case 143: return .scaledPressure3(ScaledPressure3(payload: p))
                case 144: return .followTarget(FollowTarget(payload: p))
                case 146: return .controlSystemState(ControlSystemState(payload: p))
                case 147: return .batteryStatus(BatteryStatus(payload: p))
                case 148: return .autopilotVersion(AutopilotVersion(payload: p))
                case 149: return .landingTarget(LandingTarget(payload: p))
                case 162: return .fenceStatus(FenceStatus(payload: p))
                case 192: return .magCalReport(MagCalReport(payload: p))
                case 225: return .efiStatus(EfiStatus(payload: p))
                case 230: return .estimatorStatus(EstimatorStatus(payload: p))
                case 231: return .windCov(WindCov(payload: p))
                case 232: return .gpsInput(GpsInput(payload: p))
                case 233: return .gpsRtcmData(GpsRtcmData(payload: p))
                case 234: return .highLatency(HighLatency(payload: p))
                case 235: return .highLatency2(HighLatency2(payload: p))
                case 241: return .vibration(Vibration(payload: p))
                case 242: return .homePosition(HomePosition(payload: p))
                case 243: return .setHomePosition(SetHomePosition(payload: p))
                case 244: return .messageInterval(MessageInterval(payload: p))
                case 245: return .extendedSysState(ExtendedSysState(payload: p))
                case 246: return .adsbVehicle(AdsbVehicle(payload: p))
                case 247: return .collision(Collision(payload: p))
                case 248: return .v2Extension(V2Extension(payload: p))
                case 249: return .memoryVect(MemoryVect(payload: p))
                case 250: return .debugVect(DebugVect(payload: p))
                case 251: return .namedValueFloat(NamedValueFloat(payload: p))
                case 252: return .namedValueInt(NamedValueInt(payload: p))
                case 253: return .statustext(Statustext(payload: p))
                case 254: return .debug(Debug(payload: p))
                case 256: return .setupSigning(SetupSigning(payload: p))
                case 257: return .buttonChange(ButtonChange(payload: p))
                case 258: return .playTune(PlayTune(payload: p))
                case 259: return .cameraInformation(CameraInformation(payload: p))
                case 260: return .cameraSettings(CameraSettings(payload: p))
                case 261: return .storageInformation(StorageInformation(payload: p))
                case 262: return .cameraCaptureStatus(CameraCaptureStatus(payload: p))
                case 263: return .cameraImageCaptured(CameraImageCaptured(payload: p))
                case 264: return .flightInformation(FlightInformation(payload: p))
                case 265: return .mountOrientation(MountOrientation(payload: p))
                case 266: return .loggingData(LoggingData(payload: p))
                case 267: return .loggingDataAcked(LoggingDataAcked(payload: p))
                case 268: return .loggingAck(LoggingAck(payload: p))
                case 269: return .videoStreamInformation(VideoStreamInformation(payload: p))
                case 270: return .videoStreamStatus(VideoStreamStatus(payload: p))
                case 271: return .cameraFovStatus(CameraFovStatus(payload: p))
                case 275: return .cameraTrackingImageStatus(CameraTrackingImageStatus(payload: p))
                case 276: return .cameraTrackingGeoStatus(CameraTrackingGeoStatus(payload: p))
                case 277: return .cameraThermalRange(CameraThermalRange(payload: p))
                case 280: return .gimbalManagerInformation(GimbalManagerInformation(payload: p))
                case 281: return .gimbalManagerStatus(GimbalManagerStatus(payload: p))
                case 282: return .gimbalManagerSetAttitude(GimbalManagerSetAttitude(payload: p))
                case 283: return .gimbalDeviceInformation(GimbalDeviceInformation(payload: p))
                case 284: return .gimbalDeviceSetAttitude(GimbalDeviceSetAttitude(payload: p))
                case 285: return .gimbalDeviceAttitudeStatus(GimbalDeviceAttitudeStatus(payload: p))
                case 286: return .autopilotStateForGimbalDevice(AutopilotStateForGimbalDevice(payload: p))
                case 287: return .gimbalManagerSetPitchyaw(GimbalManagerSetPitchyaw(payload: p))
                case 288: return .gimbalManagerSetManualControl(GimbalManagerSetManualControl(payload: p))
                case 290: return .escInfo(EscInfo(payload: p))
                case 291: return .escStatus(EscStatus(payload: p))
                case 295: return .airspeed(Airspeed(payload: p))
                case 296: return .globalPositionSensor(GlobalPositionSensor(payload: p))
                case 299: return .wifiConfigAp(WifiConfigAp(payload: p))
                case 300: return .protocolVersion(ProtocolVersion(payload: p))
                case 301: return .aisVessel(AisVessel(payload: p))
                case 310: return .uavcanNodeStatus(UavcanNodeStatus(payload: p))
                case 311: return .uavcanNodeInfo(UavcanNodeInfo(payload: p))
                case 320: return .paramExtRequestRead(ParamExtRequestRead(payload: p))
                case 321: return .paramExtRequestList(ParamExtRequestList(payload: p))
                case 322: return .paramExtValue(ParamExtValue(payload: p))
                case 323: return .paramExtSet(ParamExtSet(payload: p))
                case 324: return .paramExtAck(ParamExtAck(payload: p))
                case 330: return .obstacleDistance(ObstacleDistance(payload: p))
                case 331: return .odometry(Odometry(payload: p))
                case 332: return .trajectoryRepresentationWaypoints(TrajectoryRepresentationWaypoints(payload: p))
                case 333: return .trajectoryRepresentationBezier(TrajectoryRepresentationBezier(payload: p))
                case 334: return .cellularStatus(CellularStatus(payload: p))
                case 335: return .isbdLinkStatus(IsbdLinkStatus(payload: p))
                case 336: return .cellularConfig(CellularConfig(payload: p))
                case 339: return .rawRpm(RawRpm(payload: p))
                case 340: return .utmGlobalPosition(UtmGlobalPosition(payload: p))
                case 345: return .paramError(ParamError(payload: p))
                case 350: return .debugFloatArray(DebugFloatArray(payload: p))
                case 360: return .orbitExecutionStatus(OrbitExecutionStatus(payload: p))
                case 361: return .figureEightExecutionStatus(FigureEightExecutionStatus(payload: p))
                case 370: return .smartBatteryInfo(SmartBatteryInfo(payload: p))
                case 371: return .fuelStatus(FuelStatus(payload: p))
                case 372: return .batteryInfo(BatteryInfo(payload: p))
                case 373: return .generatorStatus(GeneratorStatus(payload: p))
                case 375: return .actuatorOutputStatus(ActuatorOutputStatus(payload: p))
                case 376: return .relayStatus(RelayStatus(payload: p))
                case 380: return .timeEstimateToTarget(TimeEstimateToTarget(payload: p))
                case 385: return .tunnel(Tunnel(payload: p))
                case 386: return .canFrame(CanFrame(payload: p))
                case 387: return .canfdFrame(CanfdFrame(payload: p))
                case 388: return .canFilterModify(CanFilterModify(payload: p))
                case 390: return .onboardComputerStatus(OnboardComputerStatus(payload: p))
                case 395: return .componentInformation(ComponentInformation(payload: p))
                case 396: return .componentInformationBasic(ComponentInformationBasic(payload: p))
                case 397: return .componentMetadata(ComponentMetadata(payload: p))
                case 400: return .playTuneV2(PlayTuneV2(payload: p))
                case 401: return .supportedTunes(SupportedTunes(payload: p))
                case 410: return .event(Event(payload: p))
                case 411: return .currentEventSequence(CurrentEventSequence(payload: p))
                case 412: return .requestEvent(RequestEvent(payload: p))
                case 413: return .responseEventError(ResponseEventError(payload: p))
                case 435: return .availableModes(AvailableModes(payload: p))
                case 436: return .currentMode(CurrentMode(payload: p))
                case 437: return .availableModesMonitor(AvailableModesMonitor(payload: p))
                case 440: return .illuminatorStatus(IlluminatorStatus(payload: p))
                case 9000: return .wheelDistance(WheelDistance(payload: p))
                case 9005: return .winchStatus(WinchStatus(payload: p))
                case 12900: return .openDroneIdBasicId(OpenDroneIdBasicId(payload: p))
                case 12901: return .openDroneIdLocation(OpenDroneIdLocation(payload: p))
                case 12902: return .openDroneIdAuthentication(OpenDroneIdAuthentication(payload: p))
                case 12903: return .openDroneIdSelfId(OpenDroneIdSelfId(payload: p))
                case 12904: return .openDroneIdSystem(OpenDroneIdSystem(payload: p))
                case 12905: return .openDroneIdOperatorId(OpenDroneIdOperatorId(payload: p))
                case 12915: return .openDroneIdMessagePack(OpenDroneIdMessagePack(payload: p))
                case 12918: return .openDroneIdArmStatus(OpenDroneIdArmStatus(payload: p))
                case 12919: return .openDroneIdSystemUpdate(OpenDroneIdSystemUpdate(payload: p))
                case 12920: return .hygrometerSensor(HygrometerSensor(payload: p))
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
            case 1: self = .sysStatus(view.decodeUnchecked(SysStatus.self))
            case 2: self = .systemTime(view.decodeUnchecked(SystemTime.self))
            case 4: self = .ping(view.decodeUnchecked(Ping.self))
            case 5: self = .changeOperatorControl(view.decodeUnchecked(ChangeOperatorControl.self))
            case 6: self = .changeOperatorControlAck(view.decodeUnchecked(ChangeOperatorControlAck.self))
            case 7: self = .authKey(view.decodeUnchecked(AuthKey.self))
            case 8: self = .linkNodeStatus(view.decodeUnchecked(LinkNodeStatus.self))
            case 11: self = .setMode(view.decodeUnchecked(SetMode.self))
            case 20: self = .paramRequestRead(view.decodeUnchecked(ParamRequestRead.self))
            case 21: self = .paramRequestList(view.decodeUnchecked(ParamRequestList.self))
            case 22: self = .paramValue(view.decodeUnchecked(ParamValue.self))
            case 23: self = .paramSet(view.decodeUnchecked(ParamSet.self))
            case 24: self = .gpsRawInt(view.decodeUnchecked(GpsRawInt.self))
            case 25: self = .gpsStatus(view.decodeUnchecked(GpsStatus.self))
            case 26: self = .scaledImu(view.decodeUnchecked(ScaledImu.self))
            case 27: self = .rawImu(view.decodeUnchecked(RawImu.self))
            case 28: self = .rawPressure(view.decodeUnchecked(RawPressure.self))
            case 29: self = .scaledPressure(view.decodeUnchecked(ScaledPressure.self))
            case 30: self = .attitude(view.decodeUnchecked(Attitude.self))
            case 31: self = .attitudeQuaternion(view.decodeUnchecked(AttitudeQuaternion.self))
            case 32: self = .localPositionNed(view.decodeUnchecked(LocalPositionNed.self))
            case 33: self = .globalPositionInt(view.decodeUnchecked(GlobalPositionInt.self))
            case 34: self = .rcChannelsScaled(view.decodeUnchecked(RcChannelsScaled.self))
            case 35: self = .rcChannelsRaw(view.decodeUnchecked(RcChannelsRaw.self))
            case 36: self = .servoOutputRaw(view.decodeUnchecked(ServoOutputRaw.self))
            case 37: self = .missionRequestPartialList(view.decodeUnchecked(MissionRequestPartialList.self))
            case 38: self = .missionWritePartialList(view.decodeUnchecked(MissionWritePartialList.self))
            case 39: self = .missionItem(view.decodeUnchecked(MissionItem.self))
            case 40: self = .missionRequest(view.decodeUnchecked(MissionRequest.self))
            case 41: self = .missionSetCurrent(view.decodeUnchecked(MissionSetCurrent.self))
            case 42: self = .missionCurrent(view.decodeUnchecked(MissionCurrent.self))
            case 43: self = .missionRequestList(view.decodeUnchecked(MissionRequestList.self))
            case 44: self = .missionCount(view.decodeUnchecked(MissionCount.self))
            case 45: self = .missionClearAll(view.decodeUnchecked(MissionClearAll.self))
            case 46: self = .missionItemReached(view.decodeUnchecked(MissionItemReached.self))
            case 47: self = .missionAck(view.decodeUnchecked(MissionAck.self))
            case 48: self = .setGpsGlobalOrigin(view.decodeUnchecked(SetGpsGlobalOrigin.self))
            case 49: self = .gpsGlobalOrigin(view.decodeUnchecked(GpsGlobalOrigin.self))
            case 50: self = .paramMapRc(view.decodeUnchecked(ParamMapRc.self))
            case 51: self = .missionRequestInt(view.decodeUnchecked(MissionRequestInt.self))
            case 54: self = .safetySetAllowedArea(view.decodeUnchecked(SafetySetAllowedArea.self))
            case 55: self = .safetyAllowedArea(view.decodeUnchecked(SafetyAllowedArea.self))
            case 61: self = .attitudeQuaternionCov(view.decodeUnchecked(AttitudeQuaternionCov.self))
            case 62: self = .navControllerOutput(view.decodeUnchecked(NavControllerOutput.self))
            case 63: self = .globalPositionIntCov(view.decodeUnchecked(GlobalPositionIntCov.self))
            case 64: self = .localPositionNedCov(view.decodeUnchecked(LocalPositionNedCov.self))
            case 65: self = .rcChannels(view.decodeUnchecked(RcChannels.self))
            case 66: self = .requestDataStream(view.decodeUnchecked(RequestDataStream.self))
            case 67: self = .dataStream(view.decodeUnchecked(DataStream.self))
            case 69: self = .manualControl(view.decodeUnchecked(ManualControl.self))
            case 70: self = .rcChannelsOverride(view.decodeUnchecked(RcChannelsOverride.self))
            case 73: self = .missionItemInt(view.decodeUnchecked(MissionItemInt.self))
            case 74: self = .vfrHud(view.decodeUnchecked(VfrHud.self))
            case 75: self = .commandInt(view.decodeUnchecked(CommandInt.self))
            case 76: self = .commandLong(view.decodeUnchecked(CommandLong.self))
            case 77: self = .commandAck(view.decodeUnchecked(CommandAck.self))
            case 80: self = .commandCancel(view.decodeUnchecked(CommandCancel.self))
            case 81: self = .manualSetpoint(view.decodeUnchecked(ManualSetpoint.self))
            case 82: self = .setAttitudeTarget(view.decodeUnchecked(SetAttitudeTarget.self))
            case 83: self = .attitudeTarget(view.decodeUnchecked(AttitudeTarget.self))
            case 84: self = .setPositionTargetLocalNed(view.decodeUnchecked(SetPositionTargetLocalNed.self))
            case 85: self = .positionTargetLocalNed(view.decodeUnchecked(PositionTargetLocalNed.self))
            case 86: self = .setPositionTargetGlobalInt(view.decodeUnchecked(SetPositionTargetGlobalInt.self))
            case 87: self = .positionTargetGlobalInt(view.decodeUnchecked(PositionTargetGlobalInt.self))
            case 89: self = .localPositionNedSystemGlobalOffset(view.decodeUnchecked(LocalPositionNedSystemGlobalOffset.self))
            case 90: self = .hilState(view.decodeUnchecked(HilState.self))
            case 91: self = .hilControls(view.decodeUnchecked(HilControls.self))
            case 92: self = .hilRcInputsRaw(view.decodeUnchecked(HilRcInputsRaw.self))
            case 93: self = .hilActuatorControls(view.decodeUnchecked(HilActuatorControls.self))
            case 100: self = .opticalFlow(view.decodeUnchecked(OpticalFlow.self))
            case 101: self = .globalVisionPositionEstimate(view.decodeUnchecked(GlobalVisionPositionEstimate.self))
            case 102: self = .visionPositionEstimate(view.decodeUnchecked(VisionPositionEstimate.self))
            case 103: self = .visionSpeedEstimate(view.decodeUnchecked(VisionSpeedEstimate.self))
            case 104: self = .viconPositionEstimate(view.decodeUnchecked(ViconPositionEstimate.self))
            case 105: self = .highresImu(view.decodeUnchecked(HighresImu.self))
            case 106: self = .opticalFlowRad(view.decodeUnchecked(OpticalFlowRad.self))
            case 107: self = .hilSensor(view.decodeUnchecked(HilSensor.self))
            case 108: self = .simState(view.decodeUnchecked(SimState.self))
            case 109: self = .radioStatus(view.decodeUnchecked(RadioStatus.self))
            case 110: self = .fileTransferProtocol(view.decodeUnchecked(FileTransferProtocol.self))
            case 111: self = .timesync(view.decodeUnchecked(Timesync.self))
            case 112: self = .cameraTrigger(view.decodeUnchecked(CameraTrigger.self))
            case 113: self = .hilGps(view.decodeUnchecked(HilGps.self))
            case 114: self = .hilOpticalFlow(view.decodeUnchecked(HilOpticalFlow.self))
            case 115: self = .hilStateQuaternion(view.decodeUnchecked(HilStateQuaternion.self))
            case 116: self = .scaledImu2(view.decodeUnchecked(ScaledImu2.self))
            case 117: self = .logRequestList(view.decodeUnchecked(LogRequestList.self))
            case 118: self = .logEntry(view.decodeUnchecked(LogEntry.self))
            case 119: self = .logRequestData(view.decodeUnchecked(LogRequestData.self))
            case 120: self = .logData(view.decodeUnchecked(LogData.self))
            case 121: self = .logErase(view.decodeUnchecked(LogErase.self))
            case 122: self = .logRequestEnd(view.decodeUnchecked(LogRequestEnd.self))
            case 123: self = .gpsInjectData(view.decodeUnchecked(GpsInjectData.self))
            case 124: self = .gps2Raw(view.decodeUnchecked(Gps2Raw.self))
            case 125: self = .powerStatus(view.decodeUnchecked(PowerStatus.self))
            case 126: self = .serialControl(view.decodeUnchecked(SerialControl.self))
            case 127: self = .gpsRtk(view.decodeUnchecked(GpsRtk.self))
            case 128: self = .gps2Rtk(view.decodeUnchecked(Gps2Rtk.self))
            case 129: self = .scaledImu3(view.decodeUnchecked(ScaledImu3.self))
            case 130: self = .dataTransmissionHandshake(view.decodeUnchecked(DataTransmissionHandshake.self))
            case 131: self = .encapsulatedData(view.decodeUnchecked(EncapsulatedData.self))
            case 132: self = .distanceSensor(view.decodeUnchecked(DistanceSensor.self))
            case 133: self = .terrainRequest(view.decodeUnchecked(TerrainRequest.self))
            case 134: self = .terrainData(view.decodeUnchecked(TerrainData.self))
            case 135: self = .terrainCheck(view.decodeUnchecked(TerrainCheck.self))
            case 136: self = .terrainReport(view.decodeUnchecked(TerrainReport.self))
            case 137: self = .scaledPressure2(view.decodeUnchecked(ScaledPressure2.self))
            case 138: self = .attPosMocap(view.decodeUnchecked(AttPosMocap.self))
            case 139: self = .setActuatorControlTarget(view.decodeUnchecked(SetActuatorControlTarget.self))
            case 140: self = .actuatorControlTarget(view.decodeUnchecked(ActuatorControlTarget.self))
            case 141: self = .altitude(view.decodeUnchecked(Altitude.self))
            case 142: self = .resourceRequest(view.decodeUnchecked(ResourceRequest.self))
            case 143: self = .scaledPressure3(view.decodeUnchecked(ScaledPressure3.self))
            case 144: self = .followTarget(view.decodeUnchecked(FollowTarget.self))
            case 146: self = .controlSystemState(view.decodeUnchecked(ControlSystemState.self))
            case 147: self = .batteryStatus(view.decodeUnchecked(BatteryStatus.self))
            case 148: self = .autopilotVersion(view.decodeUnchecked(AutopilotVersion.self))
            case 149: self = .landingTarget(view.decodeUnchecked(LandingTarget.self))
            case 162: self = .fenceStatus(view.decodeUnchecked(FenceStatus.self))
            case 192: self = .magCalReport(view.decodeUnchecked(MagCalReport.self))
            case 225: self = .efiStatus(view.decodeUnchecked(EfiStatus.self))
            case 230: self = .estimatorStatus(view.decodeUnchecked(EstimatorStatus.self))
            case 231: self = .windCov(view.decodeUnchecked(WindCov.self))
            case 232: self = .gpsInput(view.decodeUnchecked(GpsInput.self))
            case 233: self = .gpsRtcmData(view.decodeUnchecked(GpsRtcmData.self))
            case 234: self = .highLatency(view.decodeUnchecked(HighLatency.self))
            case 235: self = .highLatency2(view.decodeUnchecked(HighLatency2.self))
            case 241: self = .vibration(view.decodeUnchecked(Vibration.self))
            case 242: self = .homePosition(view.decodeUnchecked(HomePosition.self))
            case 243: self = .setHomePosition(view.decodeUnchecked(SetHomePosition.self))
            case 244: self = .messageInterval(view.decodeUnchecked(MessageInterval.self))
            case 245: self = .extendedSysState(view.decodeUnchecked(ExtendedSysState.self))
            case 246: self = .adsbVehicle(view.decodeUnchecked(AdsbVehicle.self))
            case 247: self = .collision(view.decodeUnchecked(Collision.self))
            case 248: self = .v2Extension(view.decodeUnchecked(V2Extension.self))
            case 249: self = .memoryVect(view.decodeUnchecked(MemoryVect.self))
            case 250: self = .debugVect(view.decodeUnchecked(DebugVect.self))
            case 251: self = .namedValueFloat(view.decodeUnchecked(NamedValueFloat.self))
            case 252: self = .namedValueInt(view.decodeUnchecked(NamedValueInt.self))
            case 253: self = .statustext(view.decodeUnchecked(Statustext.self))
            case 254: self = .debug(view.decodeUnchecked(Debug.self))
            case 256: self = .setupSigning(view.decodeUnchecked(SetupSigning.self))
            case 257: self = .buttonChange(view.decodeUnchecked(ButtonChange.self))
            case 258: self = .playTune(view.decodeUnchecked(PlayTune.self))
            case 259: self = .cameraInformation(view.decodeUnchecked(CameraInformation.self))
            case 260: self = .cameraSettings(view.decodeUnchecked(CameraSettings.self))
            case 261: self = .storageInformation(view.decodeUnchecked(StorageInformation.self))
            case 262: self = .cameraCaptureStatus(view.decodeUnchecked(CameraCaptureStatus.self))
            case 263: self = .cameraImageCaptured(view.decodeUnchecked(CameraImageCaptured.self))
            case 264: self = .flightInformation(view.decodeUnchecked(FlightInformation.self))
            case 265: self = .mountOrientation(view.decodeUnchecked(MountOrientation.self))
            case 266: self = .loggingData(view.decodeUnchecked(LoggingData.self))
            case 267: self = .loggingDataAcked(view.decodeUnchecked(LoggingDataAcked.self))
            case 268: self = .loggingAck(view.decodeUnchecked(LoggingAck.self))
            case 269: self = .videoStreamInformation(view.decodeUnchecked(VideoStreamInformation.self))
            case 270: self = .videoStreamStatus(view.decodeUnchecked(VideoStreamStatus.self))
            case 271: self = .cameraFovStatus(view.decodeUnchecked(CameraFovStatus.self))
            case 275: self = .cameraTrackingImageStatus(view.decodeUnchecked(CameraTrackingImageStatus.self))
            case 276: self = .cameraTrackingGeoStatus(view.decodeUnchecked(CameraTrackingGeoStatus.self))
            case 277: self = .cameraThermalRange(view.decodeUnchecked(CameraThermalRange.self))
            case 280: self = .gimbalManagerInformation(view.decodeUnchecked(GimbalManagerInformation.self))
            case 281: self = .gimbalManagerStatus(view.decodeUnchecked(GimbalManagerStatus.self))
            case 282: self = .gimbalManagerSetAttitude(view.decodeUnchecked(GimbalManagerSetAttitude.self))
            case 283: self = .gimbalDeviceInformation(view.decodeUnchecked(GimbalDeviceInformation.self))
            case 284: self = .gimbalDeviceSetAttitude(view.decodeUnchecked(GimbalDeviceSetAttitude.self))
            case 285: self = .gimbalDeviceAttitudeStatus(view.decodeUnchecked(GimbalDeviceAttitudeStatus.self))
            case 286: self = .autopilotStateForGimbalDevice(view.decodeUnchecked(AutopilotStateForGimbalDevice.self))
            case 287: self = .gimbalManagerSetPitchyaw(view.decodeUnchecked(GimbalManagerSetPitchyaw.self))
            case 288: self = .gimbalManagerSetManualControl(view.decodeUnchecked(GimbalManagerSetManualControl.self))
            case 290: self = .escInfo(view.decodeUnchecked(EscInfo.self))
            case 291: self = .escStatus(view.decodeUnchecked(EscStatus.self))
            case 295: self = .airspeed(view.decodeUnchecked(Airspeed.self))
            case 296: self = .globalPositionSensor(view.decodeUnchecked(GlobalPositionSensor.self))
            case 299: self = .wifiConfigAp(view.decodeUnchecked(WifiConfigAp.self))
            case 300: self = .protocolVersion(view.decodeUnchecked(ProtocolVersion.self))
            case 301: self = .aisVessel(view.decodeUnchecked(AisVessel.self))
            case 310: self = .uavcanNodeStatus(view.decodeUnchecked(UavcanNodeStatus.self))
            case 311: self = .uavcanNodeInfo(view.decodeUnchecked(UavcanNodeInfo.self))
            case 320: self = .paramExtRequestRead(view.decodeUnchecked(ParamExtRequestRead.self))
            case 321: self = .paramExtRequestList(view.decodeUnchecked(ParamExtRequestList.self))
            case 322: self = .paramExtValue(view.decodeUnchecked(ParamExtValue.self))
            case 323: self = .paramExtSet(view.decodeUnchecked(ParamExtSet.self))
            case 324: self = .paramExtAck(view.decodeUnchecked(ParamExtAck.self))
            case 330: self = .obstacleDistance(view.decodeUnchecked(ObstacleDistance.self))
            case 331: self = .odometry(view.decodeUnchecked(Odometry.self))
            case 332: self = .trajectoryRepresentationWaypoints(view.decodeUnchecked(TrajectoryRepresentationWaypoints.self))
            case 333: self = .trajectoryRepresentationBezier(view.decodeUnchecked(TrajectoryRepresentationBezier.self))
            case 334: self = .cellularStatus(view.decodeUnchecked(CellularStatus.self))
            case 335: self = .isbdLinkStatus(view.decodeUnchecked(IsbdLinkStatus.self))
            case 336: self = .cellularConfig(view.decodeUnchecked(CellularConfig.self))
            case 339: self = .rawRpm(view.decodeUnchecked(RawRpm.self))
            case 340: self = .utmGlobalPosition(view.decodeUnchecked(UtmGlobalPosition.self))
            case 345: self = .paramError(view.decodeUnchecked(ParamError.self))
            case 350: self = .debugFloatArray(view.decodeUnchecked(DebugFloatArray.self))
            case 360: self = .orbitExecutionStatus(view.decodeUnchecked(OrbitExecutionStatus.self))
            case 361: self = .figureEightExecutionStatus(view.decodeUnchecked(FigureEightExecutionStatus.self))
            case 370: self = .smartBatteryInfo(view.decodeUnchecked(SmartBatteryInfo.self))
            case 371: self = .fuelStatus(view.decodeUnchecked(FuelStatus.self))
            case 372: self = .batteryInfo(view.decodeUnchecked(BatteryInfo.self))
            case 373: self = .generatorStatus(view.decodeUnchecked(GeneratorStatus.self))
            case 375: self = .actuatorOutputStatus(view.decodeUnchecked(ActuatorOutputStatus.self))
            case 376: self = .relayStatus(view.decodeUnchecked(RelayStatus.self))
            case 380: self = .timeEstimateToTarget(view.decodeUnchecked(TimeEstimateToTarget.self))
            case 385: self = .tunnel(view.decodeUnchecked(Tunnel.self))
            case 386: self = .canFrame(view.decodeUnchecked(CanFrame.self))
            case 387: self = .canfdFrame(view.decodeUnchecked(CanfdFrame.self))
            case 388: self = .canFilterModify(view.decodeUnchecked(CanFilterModify.self))
            case 390: self = .onboardComputerStatus(view.decodeUnchecked(OnboardComputerStatus.self))
            case 395: self = .componentInformation(view.decodeUnchecked(ComponentInformation.self))
            case 396: self = .componentInformationBasic(view.decodeUnchecked(ComponentInformationBasic.self))
            case 397: self = .componentMetadata(view.decodeUnchecked(ComponentMetadata.self))
            case 400: self = .playTuneV2(view.decodeUnchecked(PlayTuneV2.self))
            case 401: self = .supportedTunes(view.decodeUnchecked(SupportedTunes.self))
            case 410: self = .event(view.decodeUnchecked(Event.self))
            case 411: self = .currentEventSequence(view.decodeUnchecked(CurrentEventSequence.self))
            case 412: self = .requestEvent(view.decodeUnchecked(RequestEvent.self))
            case 413: self = .responseEventError(view.decodeUnchecked(ResponseEventError.self))
            case 435: self = .availableModes(view.decodeUnchecked(AvailableModes.self))
            case 436: self = .currentMode(view.decodeUnchecked(CurrentMode.self))
            case 437: self = .availableModesMonitor(view.decodeUnchecked(AvailableModesMonitor.self))
            case 440: self = .illuminatorStatus(view.decodeUnchecked(IlluminatorStatus.self))
            case 9000: self = .wheelDistance(view.decodeUnchecked(WheelDistance.self))
            case 9005: self = .winchStatus(view.decodeUnchecked(WinchStatus.self))
            case 12900: self = .openDroneIdBasicId(view.decodeUnchecked(OpenDroneIdBasicId.self))
            case 12901: self = .openDroneIdLocation(view.decodeUnchecked(OpenDroneIdLocation.self))
            case 12902: self = .openDroneIdAuthentication(view.decodeUnchecked(OpenDroneIdAuthentication.self))
            case 12903: self = .openDroneIdSelfId(view.decodeUnchecked(OpenDroneIdSelfId.self))
            case 12904: self = .openDroneIdSystem(view.decodeUnchecked(OpenDroneIdSystem.self))
            case 12905: self = .openDroneIdOperatorId(view.decodeUnchecked(OpenDroneIdOperatorId.self))
            case 12915: self = .openDroneIdMessagePack(view.decodeUnchecked(OpenDroneIdMessagePack.self))
            case 12918: self = .openDroneIdArmStatus(view.decodeUnchecked(OpenDroneIdArmStatus.self))
            case 12919: self = .openDroneIdSystemUpdate(view.decodeUnchecked(OpenDroneIdSystemUpdate.self))
            case 12920: self = .hygrometerSensor(view.decodeUnchecked(HygrometerSensor.self))
            default: return nil
            }
        }

        /// The message id.
        public var id: UInt32 {
            switch self {
            case .heartbeat: return 0
            case .sysStatus: return 1
            case .systemTime: return 2
            case .ping: return 4
            case .changeOperatorControl: return 5
            case .changeOperatorControlAck: return 6
            case .authKey: return 7
            case .linkNodeStatus: return 8
            case .setMode: return 11
            case .paramRequestRead: return 20
            case .paramRequestList: return 21
            case .paramValue: return 22
            case .paramSet: return 23
            case .gpsRawInt: return 24
            case .gpsStatus: return 25
            case .scaledImu: return 26
            case .rawImu: return 27
            case .rawPressure: return 28
            case .scaledPressure: return 29
            case .attitude: return 30
            case .attitudeQuaternion: return 31
            case .localPositionNed: return 32
            case .globalPositionInt: return 33
            case .rcChannelsScaled: return 34
            case .rcChannelsRaw: return 35
            case .servoOutputRaw: return 36
            case .missionRequestPartialList: return 37
            case .missionWritePartialList: return 38
            case .missionItem: return 39
            case .missionRequest: return 40
            case .missionSetCurrent: return 41
            case .missionCurrent: return 42
            case .missionRequestList: return 43
            case .missionCount: return 44
            case .missionClearAll: return 45
            case .missionItemReached: return 46
            case .missionAck: return 47
            case .setGpsGlobalOrigin: return 48
            case .gpsGlobalOrigin: return 49
            case .paramMapRc: return 50
            case .missionRequestInt: return 51
            case .safetySetAllowedArea: return 54
            case .safetyAllowedArea: return 55
            case .attitudeQuaternionCov: return 61
            case .navControllerOutput: return 62
            case .globalPositionIntCov: return 63
            case .localPositionNedCov: return 64
            case .rcChannels: return 65
            case .requestDataStream: return 66
            case .dataStream: return 67
            case .manualControl: return 69
            case .rcChannelsOverride: return 70
            case .missionItemInt: return 73
            case .vfrHud: return 74
            case .commandInt: return 75
            case .commandLong: return 76
            case .commandAck: return 77
            case .commandCancel: return 80
            case .manualSetpoint: return 81
            case .setAttitudeTarget: return 82
            case .attitudeTarget: return 83
            case .setPositionTargetLocalNed: return 84
            case .positionTargetLocalNed: return 85
            case .setPositionTargetGlobalInt: return 86
            case .positionTargetGlobalInt: return 87
            case .localPositionNedSystemGlobalOffset: return 89
            case .hilState: return 90
            case .hilControls: return 91
            case .hilRcInputsRaw: return 92
            case .hilActuatorControls: return 93
            case .opticalFlow: return 100
            case .globalVisionPositionEstimate: return 101
            case .visionPositionEstimate: return 102
            case .visionSpeedEstimate: return 103
            case .viconPositionEstimate: return 104
            case .highresImu: return 105
            case .opticalFlowRad: return 106
            case .hilSensor: return 107
            case .simState: return 108
            case .radioStatus: return 109
            case .fileTransferProtocol: return 110
            case .timesync: return 111
            case .cameraTrigger: return 112
            case .hilGps: return 113
            case .hilOpticalFlow: return 114
            case .hilStateQuaternion: return 115
            case .scaledImu2: return 116
            case .logRequestList: return 117
            case .logEntry: return 118
            case .logRequestData: return 119
            case .logData: return 120
            case .logErase: return 121
            case .logRequestEnd: return 122
            case .gpsInjectData: return 123
            case .gps2Raw: return 124
            case .powerStatus: return 125
            case .serialControl: return 126
            case .gpsRtk: return 127
            case .gps2Rtk: return 128
            case .scaledImu3: return 129
            case .dataTransmissionHandshake: return 130
            case .encapsulatedData: return 131
            case .distanceSensor: return 132
            case .terrainRequest: return 133
            case .terrainData: return 134
            case .terrainCheck: return 135
            case .terrainReport: return 136
            case .scaledPressure2: return 137
            case .attPosMocap: return 138
            case .setActuatorControlTarget: return 139
            case .actuatorControlTarget: return 140
            case .altitude: return 141
            case .resourceRequest: return 142
            case .scaledPressure3: return 143
            case .followTarget: return 144
            case .controlSystemState: return 146
            case .batteryStatus: return 147
            case .autopilotVersion: return 148
            case .landingTarget: return 149
            case .fenceStatus: return 162
            case .magCalReport: return 192
            case .efiStatus: return 225
            case .estimatorStatus: return 230
            case .windCov: return 231
            case .gpsInput: return 232
            case .gpsRtcmData: return 233
            case .highLatency: return 234
            case .highLatency2: return 235
            case .vibration: return 241
            case .homePosition: return 242
            case .setHomePosition: return 243
            case .messageInterval: return 244
            case .extendedSysState: return 245
            case .adsbVehicle: return 246
            case .collision: return 247
            case .v2Extension: return 248
            case .memoryVect: return 249
            case .debugVect: return 250
            case .namedValueFloat: return 251
            case .namedValueInt: return 252
            case .statustext: return 253
            case .debug: return 254
            case .setupSigning: return 256
            case .buttonChange: return 257
            case .playTune: return 258
            case .cameraInformation: return 259
            case .cameraSettings: return 260
            case .storageInformation: return 261
            case .cameraCaptureStatus: return 262
            case .cameraImageCaptured: return 263
            case .flightInformation: return 264
            case .mountOrientation: return 265
            case .loggingData: return 266
            case .loggingDataAcked: return 267
            case .loggingAck: return 268
            case .videoStreamInformation: return 269
            case .videoStreamStatus: return 270
            case .cameraFovStatus: return 271
            case .cameraTrackingImageStatus: return 275
            case .cameraTrackingGeoStatus: return 276
            case .cameraThermalRange: return 277
            case .gimbalManagerInformation: return 280
            case .gimbalManagerStatus: return 281
            case .gimbalManagerSetAttitude: return 282
            case .gimbalDeviceInformation: return 283
            case .gimbalDeviceSetAttitude: return 284
            case .gimbalDeviceAttitudeStatus: return 285
            case .autopilotStateForGimbalDevice: return 286
            case .gimbalManagerSetPitchyaw: return 287
            case .gimbalManagerSetManualControl: return 288
            case .escInfo: return 290
            case .escStatus: return 291
            case .airspeed: return 295
            case .globalPositionSensor: return 296
            case .wifiConfigAp: return 299
            case .protocolVersion: return 300
            case .aisVessel: return 301
            case .uavcanNodeStatus: return 310
            case .uavcanNodeInfo: return 311
            case .paramExtRequestRead: return 320
            case .paramExtRequestList: return 321
            case .paramExtValue: return 322
            case .paramExtSet: return 323
            case .paramExtAck: return 324
            case .obstacleDistance: return 330
            case .odometry: return 331
            case .trajectoryRepresentationWaypoints: return 332
            case .trajectoryRepresentationBezier: return 333
            case .cellularStatus: return 334
            case .isbdLinkStatus: return 335
            case .cellularConfig: return 336
            case .rawRpm: return 339
            case .utmGlobalPosition: return 340
            case .paramError: return 345
            case .debugFloatArray: return 350
            case .orbitExecutionStatus: return 360
            case .figureEightExecutionStatus: return 361
            case .smartBatteryInfo: return 370
            case .fuelStatus: return 371
            case .batteryInfo: return 372
            case .generatorStatus: return 373
            case .actuatorOutputStatus: return 375
            case .relayStatus: return 376
            case .timeEstimateToTarget: return 380
            case .tunnel: return 385
            case .canFrame: return 386
            case .canfdFrame: return 387
            case .canFilterModify: return 388
            case .onboardComputerStatus: return 390
            case .componentInformation: return 395
            case .componentInformationBasic: return 396
            case .componentMetadata: return 397
            case .playTuneV2: return 400
            case .supportedTunes: return 401
            case .event: return 410
            case .currentEventSequence: return 411
            case .requestEvent: return 412
            case .responseEventError: return 413
            case .availableModes: return 435
            case .currentMode: return 436
            case .availableModesMonitor: return 437
            case .illuminatorStatus: return 440
            case .wheelDistance: return 9000
            case .winchStatus: return 9005
            case .openDroneIdBasicId: return 12900
            case .openDroneIdLocation: return 12901
            case .openDroneIdAuthentication: return 12902
            case .openDroneIdSelfId: return 12903
            case .openDroneIdSystem: return 12904
            case .openDroneIdOperatorId: return 12905
            case .openDroneIdMessagePack: return 12915
            case .openDroneIdArmStatus: return 12918
            case .openDroneIdSystemUpdate: return 12919
            case .hygrometerSensor: return 12920
            }
        }

        /// The XML name of the message.
        public var name: StaticString {
            switch self {
            case .heartbeat: return "HEARTBEAT"
            case .sysStatus: return "SYS_STATUS"
            case .systemTime: return "SYSTEM_TIME"
            case .ping: return "PING"
            case .changeOperatorControl: return "CHANGE_OPERATOR_CONTROL"
            case .changeOperatorControlAck: return "CHANGE_OPERATOR_CONTROL_ACK"
            case .authKey: return "AUTH_KEY"
            case .linkNodeStatus: return "LINK_NODE_STATUS"
            case .setMode: return "SET_MODE"
            case .paramRequestRead: return "PARAM_REQUEST_READ"
            case .paramRequestList: return "PARAM_REQUEST_LIST"
            case .paramValue: return "PARAM_VALUE"
            case .paramSet: return "PARAM_SET"
            case .gpsRawInt: return "GPS_RAW_INT"
            case .gpsStatus: return "GPS_STATUS"
            case .scaledImu: return "SCALED_IMU"
            case .rawImu: return "RAW_IMU"
            case .rawPressure: return "RAW_PRESSURE"
            case .scaledPressure: return "SCALED_PRESSURE"
            case .attitude: return "ATTITUDE"
            case .attitudeQuaternion: return "ATTITUDE_QUATERNION"
            case .localPositionNed: return "LOCAL_POSITION_NED"
            case .globalPositionInt: return "GLOBAL_POSITION_INT"
            case .rcChannelsScaled: return "RC_CHANNELS_SCALED"
            case .rcChannelsRaw: return "RC_CHANNELS_RAW"
            case .servoOutputRaw: return "SERVO_OUTPUT_RAW"
            case .missionRequestPartialList: return "MISSION_REQUEST_PARTIAL_LIST"
            case .missionWritePartialList: return "MISSION_WRITE_PARTIAL_LIST"
            case .missionItem: return "MISSION_ITEM"
            case .missionRequest: return "MISSION_REQUEST"
            case .missionSetCurrent: return "MISSION_SET_CURRENT"
            case .missionCurrent: return "MISSION_CURRENT"
            case .missionRequestList: return "MISSION_REQUEST_LIST"
            case .missionCount: return "MISSION_COUNT"
            case .missionClearAll: return "MISSION_CLEAR_ALL"
            case .missionItemReached: return "MISSION_ITEM_REACHED"
            case .missionAck: return "MISSION_ACK"
            case .setGpsGlobalOrigin: return "SET_GPS_GLOBAL_ORIGIN"
            case .gpsGlobalOrigin: return "GPS_GLOBAL_ORIGIN"
            case .paramMapRc: return "PARAM_MAP_RC"
            case .missionRequestInt: return "MISSION_REQUEST_INT"
            case .safetySetAllowedArea: return "SAFETY_SET_ALLOWED_AREA"
            case .safetyAllowedArea: return "SAFETY_ALLOWED_AREA"
            case .attitudeQuaternionCov: return "ATTITUDE_QUATERNION_COV"
            case .navControllerOutput: return "NAV_CONTROLLER_OUTPUT"
            case .globalPositionIntCov: return "GLOBAL_POSITION_INT_COV"
            case .localPositionNedCov: return "LOCAL_POSITION_NED_COV"
            case .rcChannels: return "RC_CHANNELS"
            case .requestDataStream: return "REQUEST_DATA_STREAM"
            case .dataStream: return "DATA_STREAM"
            case .manualControl: return "MANUAL_CONTROL"
            case .rcChannelsOverride: return "RC_CHANNELS_OVERRIDE"
            case .missionItemInt: return "MISSION_ITEM_INT"
            case .vfrHud: return "VFR_HUD"
            case .commandInt: return "COMMAND_INT"
            case .commandLong: return "COMMAND_LONG"
            case .commandAck: return "COMMAND_ACK"
            case .commandCancel: return "COMMAND_CANCEL"
            case .manualSetpoint: return "MANUAL_SETPOINT"
            case .setAttitudeTarget: return "SET_ATTITUDE_TARGET"
            case .attitudeTarget: return "ATTITUDE_TARGET"
            case .setPositionTargetLocalNed: return "SET_POSITION_TARGET_LOCAL_NED"
            case .positionTargetLocalNed: return "POSITION_TARGET_LOCAL_NED"
            case .setPositionTargetGlobalInt: return "SET_POSITION_TARGET_GLOBAL_INT"
            case .positionTargetGlobalInt: return "POSITION_TARGET_GLOBAL_INT"
            case .localPositionNedSystemGlobalOffset: return "LOCAL_POSITION_NED_SYSTEM_GLOBAL_OFFSET"
            case .hilState: return "HIL_STATE"
            case .hilControls: return "HIL_CONTROLS"
            case .hilRcInputsRaw: return "HIL_RC_INPUTS_RAW"
            case .hilActuatorControls: return "HIL_ACTUATOR_CONTROLS"
            case .opticalFlow: return "OPTICAL_FLOW"
            case .globalVisionPositionEstimate: return "GLOBAL_VISION_POSITION_ESTIMATE"
            case .visionPositionEstimate: return "VISION_POSITION_ESTIMATE"
            case .visionSpeedEstimate: return "VISION_SPEED_ESTIMATE"
            case .viconPositionEstimate: return "VICON_POSITION_ESTIMATE"
            case .highresImu: return "HIGHRES_IMU"
            case .opticalFlowRad: return "OPTICAL_FLOW_RAD"
            case .hilSensor: return "HIL_SENSOR"
            case .simState: return "SIM_STATE"
            case .radioStatus: return "RADIO_STATUS"
            case .fileTransferProtocol: return "FILE_TRANSFER_PROTOCOL"
            case .timesync: return "TIMESYNC"
            case .cameraTrigger: return "CAMERA_TRIGGER"
            case .hilGps: return "HIL_GPS"
            case .hilOpticalFlow: return "HIL_OPTICAL_FLOW"
            case .hilStateQuaternion: return "HIL_STATE_QUATERNION"
            case .scaledImu2: return "SCALED_IMU2"
            case .logRequestList: return "LOG_REQUEST_LIST"
            case .logEntry: return "LOG_ENTRY"
            case .logRequestData: return "LOG_REQUEST_DATA"
            case .logData: return "LOG_DATA"
            case .logErase: return "LOG_ERASE"
            case .logRequestEnd: return "LOG_REQUEST_END"
            case .gpsInjectData: return "GPS_INJECT_DATA"
            case .gps2Raw: return "GPS2_RAW"
            case .powerStatus: return "POWER_STATUS"
            case .serialControl: return "SERIAL_CONTROL"
            case .gpsRtk: return "GPS_RTK"
            case .gps2Rtk: return "GPS2_RTK"
            case .scaledImu3: return "SCALED_IMU3"
            case .dataTransmissionHandshake: return "DATA_TRANSMISSION_HANDSHAKE"
            case .encapsulatedData: return "ENCAPSULATED_DATA"
            case .distanceSensor: return "DISTANCE_SENSOR"
            case .terrainRequest: return "TERRAIN_REQUEST"
            case .terrainData: return "TERRAIN_DATA"
            case .terrainCheck: return "TERRAIN_CHECK"
            case .terrainReport: return "TERRAIN_REPORT"
            case .scaledPressure2: return "SCALED_PRESSURE2"
            case .attPosMocap: return "ATT_POS_MOCAP"
            case .setActuatorControlTarget: return "SET_ACTUATOR_CONTROL_TARGET"
            case .actuatorControlTarget: return "ACTUATOR_CONTROL_TARGET"
            case .altitude: return "ALTITUDE"
            case .resourceRequest: return "RESOURCE_REQUEST"
            case .scaledPressure3: return "SCALED_PRESSURE3"
            case .followTarget: return "FOLLOW_TARGET"
            case .controlSystemState: return "CONTROL_SYSTEM_STATE"
            case .batteryStatus: return "BATTERY_STATUS"
            case .autopilotVersion: return "AUTOPILOT_VERSION"
            case .landingTarget: return "LANDING_TARGET"
            case .fenceStatus: return "FENCE_STATUS"
            case .magCalReport: return "MAG_CAL_REPORT"
            case .efiStatus: return "EFI_STATUS"
            case .estimatorStatus: return "ESTIMATOR_STATUS"
            case .windCov: return "WIND_COV"
            case .gpsInput: return "GPS_INPUT"
            case .gpsRtcmData: return "GPS_RTCM_DATA"
            case .highLatency: return "HIGH_LATENCY"
            case .highLatency2: return "HIGH_LATENCY2"
            case .vibration: return "VIBRATION"
            case .homePosition: return "HOME_POSITION"
            case .setHomePosition: return "SET_HOME_POSITION"
            case .messageInterval: return "MESSAGE_INTERVAL"
            case .extendedSysState: return "EXTENDED_SYS_STATE"
            case .adsbVehicle: return "ADSB_VEHICLE"
            case .collision: return "COLLISION"
            case .v2Extension: return "V2_EXTENSION"
            case .memoryVect: return "MEMORY_VECT"
            case .debugVect: return "DEBUG_VECT"
            case .namedValueFloat: return "NAMED_VALUE_FLOAT"
            case .namedValueInt: return "NAMED_VALUE_INT"
            case .statustext: return "STATUSTEXT"
            case .debug: return "DEBUG"
            case .setupSigning: return "SETUP_SIGNING"
            case .buttonChange: return "BUTTON_CHANGE"
            case .playTune: return "PLAY_TUNE"
            case .cameraInformation: return "CAMERA_INFORMATION"
            case .cameraSettings: return "CAMERA_SETTINGS"
            case .storageInformation: return "STORAGE_INFORMATION"
            case .cameraCaptureStatus: return "CAMERA_CAPTURE_STATUS"
            case .cameraImageCaptured: return "CAMERA_IMAGE_CAPTURED"
            case .flightInformation: return "FLIGHT_INFORMATION"
            case .mountOrientation: return "MOUNT_ORIENTATION"
            case .loggingData: return "LOGGING_DATA"
            case .loggingDataAcked: return "LOGGING_DATA_ACKED"
            case .loggingAck: return "LOGGING_ACK"
            case .videoStreamInformation: return "VIDEO_STREAM_INFORMATION"
            case .videoStreamStatus: return "VIDEO_STREAM_STATUS"
            case .cameraFovStatus: return "CAMERA_FOV_STATUS"
            case .cameraTrackingImageStatus: return "CAMERA_TRACKING_IMAGE_STATUS"
            case .cameraTrackingGeoStatus: return "CAMERA_TRACKING_GEO_STATUS"
            case .cameraThermalRange: return "CAMERA_THERMAL_RANGE"
            case .gimbalManagerInformation: return "GIMBAL_MANAGER_INFORMATION"
            case .gimbalManagerStatus: return "GIMBAL_MANAGER_STATUS"
            case .gimbalManagerSetAttitude: return "GIMBAL_MANAGER_SET_ATTITUDE"
            case .gimbalDeviceInformation: return "GIMBAL_DEVICE_INFORMATION"
            case .gimbalDeviceSetAttitude: return "GIMBAL_DEVICE_SET_ATTITUDE"
            case .gimbalDeviceAttitudeStatus: return "GIMBAL_DEVICE_ATTITUDE_STATUS"
            case .autopilotStateForGimbalDevice: return "AUTOPILOT_STATE_FOR_GIMBAL_DEVICE"
            case .gimbalManagerSetPitchyaw: return "GIMBAL_MANAGER_SET_PITCHYAW"
            case .gimbalManagerSetManualControl: return "GIMBAL_MANAGER_SET_MANUAL_CONTROL"
            case .escInfo: return "ESC_INFO"
            case .escStatus: return "ESC_STATUS"
            case .airspeed: return "AIRSPEED"
            case .globalPositionSensor: return "GLOBAL_POSITION_SENSOR"
            case .wifiConfigAp: return "WIFI_CONFIG_AP"
            case .protocolVersion: return "PROTOCOL_VERSION"
            case .aisVessel: return "AIS_VESSEL"
            case .uavcanNodeStatus: return "UAVCAN_NODE_STATUS"
            case .uavcanNodeInfo: return "UAVCAN_NODE_INFO"
            case .paramExtRequestRead: return "PARAM_EXT_REQUEST_READ"
            case .paramExtRequestList: return "PARAM_EXT_REQUEST_LIST"
            case .paramExtValue: return "PARAM_EXT_VALUE"
            case .paramExtSet: return "PARAM_EXT_SET"
            case .paramExtAck: return "PARAM_EXT_ACK"
            case .obstacleDistance: return "OBSTACLE_DISTANCE"
            case .odometry: return "ODOMETRY"
            case .trajectoryRepresentationWaypoints: return "TRAJECTORY_REPRESENTATION_WAYPOINTS"
            case .trajectoryRepresentationBezier: return "TRAJECTORY_REPRESENTATION_BEZIER"
            case .cellularStatus: return "CELLULAR_STATUS"
            case .isbdLinkStatus: return "ISBD_LINK_STATUS"
            case .cellularConfig: return "CELLULAR_CONFIG"
            case .rawRpm: return "RAW_RPM"
            case .utmGlobalPosition: return "UTM_GLOBAL_POSITION"
            case .paramError: return "PARAM_ERROR"
            case .debugFloatArray: return "DEBUG_FLOAT_ARRAY"
            case .orbitExecutionStatus: return "ORBIT_EXECUTION_STATUS"
            case .figureEightExecutionStatus: return "FIGURE_EIGHT_EXECUTION_STATUS"
            case .smartBatteryInfo: return "SMART_BATTERY_INFO"
            case .fuelStatus: return "FUEL_STATUS"
            case .batteryInfo: return "BATTERY_INFO"
            case .generatorStatus: return "GENERATOR_STATUS"
            case .actuatorOutputStatus: return "ACTUATOR_OUTPUT_STATUS"
            case .relayStatus: return "RELAY_STATUS"
            case .timeEstimateToTarget: return "TIME_ESTIMATE_TO_TARGET"
            case .tunnel: return "TUNNEL"
            case .canFrame: return "CAN_FRAME"
            case .canfdFrame: return "CANFD_FRAME"
            case .canFilterModify: return "CAN_FILTER_MODIFY"
            case .onboardComputerStatus: return "ONBOARD_COMPUTER_STATUS"
            case .componentInformation: return "COMPONENT_INFORMATION"
            case .componentInformationBasic: return "COMPONENT_INFORMATION_BASIC"
            case .componentMetadata: return "COMPONENT_METADATA"
            case .playTuneV2: return "PLAY_TUNE_V2"
            case .supportedTunes: return "SUPPORTED_TUNES"
            case .event: return "EVENT"
            case .currentEventSequence: return "CURRENT_EVENT_SEQUENCE"
            case .requestEvent: return "REQUEST_EVENT"
            case .responseEventError: return "RESPONSE_EVENT_ERROR"
            case .availableModes: return "AVAILABLE_MODES"
            case .currentMode: return "CURRENT_MODE"
            case .availableModesMonitor: return "AVAILABLE_MODES_MONITOR"
            case .illuminatorStatus: return "ILLUMINATOR_STATUS"
            case .wheelDistance: return "WHEEL_DISTANCE"
            case .winchStatus: return "WINCH_STATUS"
            case .openDroneIdBasicId: return "OPEN_DRONE_ID_BASIC_ID"
            case .openDroneIdLocation: return "OPEN_DRONE_ID_LOCATION"
            case .openDroneIdAuthentication: return "OPEN_DRONE_ID_AUTHENTICATION"
            case .openDroneIdSelfId: return "OPEN_DRONE_ID_SELF_ID"
            case .openDroneIdSystem: return "OPEN_DRONE_ID_SYSTEM"
            case .openDroneIdOperatorId: return "OPEN_DRONE_ID_OPERATOR_ID"
            case .openDroneIdMessagePack: return "OPEN_DRONE_ID_MESSAGE_PACK"
            case .openDroneIdArmStatus: return "OPEN_DRONE_ID_ARM_STATUS"
            case .openDroneIdSystemUpdate: return "OPEN_DRONE_ID_SYSTEM_UPDATE"
            case .hygrometerSensor: return "HYGROMETER_SENSOR"
            }
        }

        /// Visits the message's fields in XML order.
        public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
            switch self {
            case .heartbeat(let m): m.visitFields(&v)
            case .sysStatus(let m): m.visitFields(&v)
            case .systemTime(let m): m.visitFields(&v)
            case .ping(let m): m.visitFields(&v)
            case .changeOperatorControl(let m): m.visitFields(&v)
            case .changeOperatorControlAck(let m): m.visitFields(&v)
            case .authKey(let m): m.visitFields(&v)
            case .linkNodeStatus(let m): m.visitFields(&v)
            case .setMode(let m): m.visitFields(&v)
            case .paramRequestRead(let m): m.visitFields(&v)
            case .paramRequestList(let m): m.visitFields(&v)
            case .paramValue(let m): m.visitFields(&v)
            case .paramSet(let m): m.visitFields(&v)
            case .gpsRawInt(let m): m.visitFields(&v)
            case .gpsStatus(let m): m.visitFields(&v)
            case .scaledImu(let m): m.visitFields(&v)
            case .rawImu(let m): m.visitFields(&v)
            case .rawPressure(let m): m.visitFields(&v)
            case .scaledPressure(let m): m.visitFields(&v)
            case .attitude(let m): m.visitFields(&v)
            case .attitudeQuaternion(let m): m.visitFields(&v)
            case .localPositionNed(let m): m.visitFields(&v)
            case .globalPositionInt(let m): m.visitFields(&v)
            case .rcChannelsScaled(let m): m.visitFields(&v)
            case .rcChannelsRaw(let m): m.visitFields(&v)
            case .servoOutputRaw(let m): m.visitFields(&v)
            case .missionRequestPartialList(let m): m.visitFields(&v)
            case .missionWritePartialList(let m): m.visitFields(&v)
            case .missionItem(let m): m.visitFields(&v)
            case .missionRequest(let m): m.visitFields(&v)
            case .missionSetCurrent(let m): m.visitFields(&v)
            case .missionCurrent(let m): m.visitFields(&v)
            case .missionRequestList(let m): m.visitFields(&v)
            case .missionCount(let m): m.visitFields(&v)
            case .missionClearAll(let m): m.visitFields(&v)
            case .missionItemReached(let m): m.visitFields(&v)
            case .missionAck(let m): m.visitFields(&v)
            case .setGpsGlobalOrigin(let m): m.visitFields(&v)
            case .gpsGlobalOrigin(let m): m.visitFields(&v)
            case .paramMapRc(let m): m.visitFields(&v)
            case .missionRequestInt(let m): m.visitFields(&v)
            case .safetySetAllowedArea(let m): m.visitFields(&v)
            case .safetyAllowedArea(let m): m.visitFields(&v)
            case .attitudeQuaternionCov(let m): m.visitFields(&v)
            case .navControllerOutput(let m): m.visitFields(&v)
            case .globalPositionIntCov(let m): m.visitFields(&v)
            case .localPositionNedCov(let m): m.visitFields(&v)
            case .rcChannels(let m): m.visitFields(&v)
            case .requestDataStream(let m): m.visitFields(&v)
            case .dataStream(let m): m.visitFields(&v)
            case .manualControl(let m): m.visitFields(&v)
            case .rcChannelsOverride(let m): m.visitFields(&v)
            case .missionItemInt(let m): m.visitFields(&v)
            case .vfrHud(let m): m.visitFields(&v)
            case .commandInt(let m): m.visitFields(&v)
            case .commandLong(let m): m.visitFields(&v)
            case .commandAck(let m): m.visitFields(&v)
            case .commandCancel(let m): m.visitFields(&v)
            case .manualSetpoint(let m): m.visitFields(&v)
            case .setAttitudeTarget(let m): m.visitFields(&v)
            case .attitudeTarget(let m): m.visitFields(&v)
            case .setPositionTargetLocalNed(let m): m.visitFields(&v)
            case .positionTargetLocalNed(let m): m.visitFields(&v)
            case .setPositionTargetGlobalInt(let m): m.visitFields(&v)
            case .positionTargetGlobalInt(let m): m.visitFields(&v)
            case .localPositionNedSystemGlobalOffset(let m): m.visitFields(&v)
            case .hilState(let m): m.visitFields(&v)
            case .hilControls(let m): m.visitFields(&v)
            case .hilRcInputsRaw(let m): m.visitFields(&v)
            case .hilActuatorControls(let m): m.visitFields(&v)
            case .opticalFlow(let m): m.visitFields(&v)
            case .globalVisionPositionEstimate(let m): m.visitFields(&v)
            case .visionPositionEstimate(let m): m.visitFields(&v)
            case .visionSpeedEstimate(let m): m.visitFields(&v)
            case .viconPositionEstimate(let m): m.visitFields(&v)
            case .highresImu(let m): m.visitFields(&v)
            case .opticalFlowRad(let m): m.visitFields(&v)
            case .hilSensor(let m): m.visitFields(&v)
            case .simState(let m): m.visitFields(&v)
            case .radioStatus(let m): m.visitFields(&v)
            case .fileTransferProtocol(let m): m.visitFields(&v)
            case .timesync(let m): m.visitFields(&v)
            case .cameraTrigger(let m): m.visitFields(&v)
            case .hilGps(let m): m.visitFields(&v)
            case .hilOpticalFlow(let m): m.visitFields(&v)
            case .hilStateQuaternion(let m): m.visitFields(&v)
            case .scaledImu2(let m): m.visitFields(&v)
            case .logRequestList(let m): m.visitFields(&v)
            case .logEntry(let m): m.visitFields(&v)
            case .logRequestData(let m): m.visitFields(&v)
            case .logData(let m): m.visitFields(&v)
            case .logErase(let m): m.visitFields(&v)
            case .logRequestEnd(let m): m.visitFields(&v)
            case .gpsInjectData(let m): m.visitFields(&v)
            case .gps2Raw(let m): m.visitFields(&v)
            case .powerStatus(let m): m.visitFields(&v)
            case .serialControl(let m): m.visitFields(&v)
            case .gpsRtk(let m): m.visitFields(&v)
            case .gps2Rtk(let m): m.visitFields(&v)
            case .scaledImu3(let m): m.visitFields(&v)
            case .dataTransmissionHandshake(let m): m.visitFields(&v)
            case .encapsulatedData(let m): m.visitFields(&v)
            case .distanceSensor(let m): m.visitFields(&v)
            case .terrainRequest(let m): m.visitFields(&v)
            case .terrainData(let m): m.visitFields(&v)
            case .terrainCheck(let m): m.visitFields(&v)
            case .terrainReport(let m): m.visitFields(&v)
            case .scaledPressure2(let m): m.visitFields(&v)
            case .attPosMocap(let m): m.visitFields(&v)
            case .setActuatorControlTarget(let m): m.visitFields(&v)
            case .actuatorControlTarget(let m): m.visitFields(&v)
            case .altitude(let m): m.visitFields(&v)
            case .resourceRequest(let m): m.visitFields(&v)
            case .scaledPressure3(let m): m.visitFields(&v)
            case .followTarget(let m): m.visitFields(&v)
            case .controlSystemState(let m): m.visitFields(&v)
            case .batteryStatus(let m): m.visitFields(&v)
            case .autopilotVersion(let m): m.visitFields(&v)
            case .landingTarget(let m): m.visitFields(&v)
            case .fenceStatus(let m): m.visitFields(&v)
            case .magCalReport(let m): m.visitFields(&v)
            case .efiStatus(let m): m.visitFields(&v)
            case .estimatorStatus(let m): m.visitFields(&v)
            case .windCov(let m): m.visitFields(&v)
            case .gpsInput(let m): m.visitFields(&v)
            case .gpsRtcmData(let m): m.visitFields(&v)
            case .highLatency(let m): m.visitFields(&v)
            case .highLatency2(let m): m.visitFields(&v)
            case .vibration(let m): m.visitFields(&v)
            case .homePosition(let m): m.visitFields(&v)
            case .setHomePosition(let m): m.visitFields(&v)
            case .messageInterval(let m): m.visitFields(&v)
            case .extendedSysState(let m): m.visitFields(&v)
            case .adsbVehicle(let m): m.visitFields(&v)
            case .collision(let m): m.visitFields(&v)
            case .v2Extension(let m): m.visitFields(&v)
            case .memoryVect(let m): m.visitFields(&v)
            case .debugVect(let m): m.visitFields(&v)
            case .namedValueFloat(let m): m.visitFields(&v)
            case .namedValueInt(let m): m.visitFields(&v)
            case .statustext(let m): m.visitFields(&v)
            case .debug(let m): m.visitFields(&v)
            case .setupSigning(let m): m.visitFields(&v)
            case .buttonChange(let m): m.visitFields(&v)
            case .playTune(let m): m.visitFields(&v)
            case .cameraInformation(let m): m.visitFields(&v)
            case .cameraSettings(let m): m.visitFields(&v)
            case .storageInformation(let m): m.visitFields(&v)
            case .cameraCaptureStatus(let m): m.visitFields(&v)
            case .cameraImageCaptured(let m): m.visitFields(&v)
            case .flightInformation(let m): m.visitFields(&v)
            case .mountOrientation(let m): m.visitFields(&v)
            case .loggingData(let m): m.visitFields(&v)
            case .loggingDataAcked(let m): m.visitFields(&v)
            case .loggingAck(let m): m.visitFields(&v)
            case .videoStreamInformation(let m): m.visitFields(&v)
            case .videoStreamStatus(let m): m.visitFields(&v)
            case .cameraFovStatus(let m): m.visitFields(&v)
            case .cameraTrackingImageStatus(let m): m.visitFields(&v)
            case .cameraTrackingGeoStatus(let m): m.visitFields(&v)
            case .cameraThermalRange(let m): m.visitFields(&v)
            case .gimbalManagerInformation(let m): m.visitFields(&v)
            case .gimbalManagerStatus(let m): m.visitFields(&v)
            case .gimbalManagerSetAttitude(let m): m.visitFields(&v)
            case .gimbalDeviceInformation(let m): m.visitFields(&v)
            case .gimbalDeviceSetAttitude(let m): m.visitFields(&v)
            case .gimbalDeviceAttitudeStatus(let m): m.visitFields(&v)
            case .autopilotStateForGimbalDevice(let m): m.visitFields(&v)
            case .gimbalManagerSetPitchyaw(let m): m.visitFields(&v)
            case .gimbalManagerSetManualControl(let m): m.visitFields(&v)
            case .escInfo(let m): m.visitFields(&v)
            case .escStatus(let m): m.visitFields(&v)
            case .airspeed(let m): m.visitFields(&v)
            case .globalPositionSensor(let m): m.visitFields(&v)
            case .wifiConfigAp(let m): m.visitFields(&v)
            case .protocolVersion(let m): m.visitFields(&v)
            case .aisVessel(let m): m.visitFields(&v)
            case .uavcanNodeStatus(let m): m.visitFields(&v)
            case .uavcanNodeInfo(let m): m.visitFields(&v)
            case .paramExtRequestRead(let m): m.visitFields(&v)
            case .paramExtRequestList(let m): m.visitFields(&v)
            case .paramExtValue(let m): m.visitFields(&v)
            case .paramExtSet(let m): m.visitFields(&v)
            case .paramExtAck(let m): m.visitFields(&v)
            case .obstacleDistance(let m): m.visitFields(&v)
            case .odometry(let m): m.visitFields(&v)
            case .trajectoryRepresentationWaypoints(let m): m.visitFields(&v)
            case .trajectoryRepresentationBezier(let m): m.visitFields(&v)
            case .cellularStatus(let m): m.visitFields(&v)
            case .isbdLinkStatus(let m): m.visitFields(&v)
            case .cellularConfig(let m): m.visitFields(&v)
            case .rawRpm(let m): m.visitFields(&v)
            case .utmGlobalPosition(let m): m.visitFields(&v)
            case .paramError(let m): m.visitFields(&v)
            case .debugFloatArray(let m): m.visitFields(&v)
            case .orbitExecutionStatus(let m): m.visitFields(&v)
            case .figureEightExecutionStatus(let m): m.visitFields(&v)
            case .smartBatteryInfo(let m): m.visitFields(&v)
            case .fuelStatus(let m): m.visitFields(&v)
            case .batteryInfo(let m): m.visitFields(&v)
            case .generatorStatus(let m): m.visitFields(&v)
            case .actuatorOutputStatus(let m): m.visitFields(&v)
            case .relayStatus(let m): m.visitFields(&v)
            case .timeEstimateToTarget(let m): m.visitFields(&v)
            case .tunnel(let m): m.visitFields(&v)
            case .canFrame(let m): m.visitFields(&v)
            case .canfdFrame(let m): m.visitFields(&v)
            case .canFilterModify(let m): m.visitFields(&v)
            case .onboardComputerStatus(let m): m.visitFields(&v)
            case .componentInformation(let m): m.visitFields(&v)
            case .componentInformationBasic(let m): m.visitFields(&v)
            case .componentMetadata(let m): m.visitFields(&v)
            case .playTuneV2(let m): m.visitFields(&v)
            case .supportedTunes(let m): m.visitFields(&v)
            case .event(let m): m.visitFields(&v)
            case .currentEventSequence(let m): m.visitFields(&v)
            case .requestEvent(let m): m.visitFields(&v)
            case .responseEventError(let m): m.visitFields(&v)
            case .availableModes(let m): m.visitFields(&v)
            case .currentMode(let m): m.visitFields(&v)
            case .availableModesMonitor(let m): m.visitFields(&v)
            case .illuminatorStatus(let m): m.visitFields(&v)
            case .wheelDistance(let m): m.visitFields(&v)
            case .winchStatus(let m): m.visitFields(&v)
            case .openDroneIdBasicId(let m): m.visitFields(&v)
            case .openDroneIdLocation(let m): m.visitFields(&v)
            case .openDroneIdAuthentication(let m): m.visitFields(&v)
            case .openDroneIdSelfId(let m): m.visitFields(&v)
            case .openDroneIdSystem(let m): m.visitFields(&v)
            case .openDroneIdOperatorId(let m): m.visitFields(&v)
            case .openDroneIdMessagePack(let m): m.visitFields(&v)
            case .openDroneIdArmStatus(let m): m.visitFields(&v)
            case .openDroneIdSystemUpdate(let m): m.visitFields(&v)
            case .hygrometerSensor(let m): m.visitFields(&v)
            }
        }

        /// Encodes the message as a frame with `encoder`'s numbering and signing.
        public func frame(with encoder: inout MAVLinkEncoder, unixMicros: UInt64 = 0) throws(MAVLinkError) -> MAVLinkFrame {
            switch self {
            case .heartbeat(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .sysStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .systemTime(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .ping(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .changeOperatorControl(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .changeOperatorControlAck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .authKey(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .linkNodeStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setMode(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramRequestRead(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramRequestList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramValue(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramSet(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsRawInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledImu(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rawImu(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rawPressure(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledPressure(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .attitude(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .attitudeQuaternion(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .localPositionNed(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .globalPositionInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rcChannelsScaled(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rcChannelsRaw(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .servoOutputRaw(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionRequestPartialList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionWritePartialList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionItem(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionRequest(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionSetCurrent(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionCurrent(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionRequestList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionCount(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionClearAll(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionItemReached(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionAck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setGpsGlobalOrigin(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsGlobalOrigin(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramMapRc(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionRequestInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .safetySetAllowedArea(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .safetyAllowedArea(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .attitudeQuaternionCov(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .navControllerOutput(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .globalPositionIntCov(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .localPositionNedCov(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rcChannels(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .requestDataStream(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .dataStream(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .manualControl(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rcChannelsOverride(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .missionItemInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .vfrHud(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .commandInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .commandLong(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .commandAck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .commandCancel(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .manualSetpoint(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setAttitudeTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .attitudeTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setPositionTargetLocalNed(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .positionTargetLocalNed(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setPositionTargetGlobalInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .positionTargetGlobalInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .localPositionNedSystemGlobalOffset(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilState(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilControls(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilRcInputsRaw(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilActuatorControls(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .opticalFlow(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .globalVisionPositionEstimate(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .visionPositionEstimate(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .visionSpeedEstimate(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .viconPositionEstimate(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .highresImu(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .opticalFlowRad(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilSensor(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .simState(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .radioStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .fileTransferProtocol(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .timesync(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraTrigger(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilGps(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilOpticalFlow(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hilStateQuaternion(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledImu2(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logRequestList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logEntry(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logRequestData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logErase(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .logRequestEnd(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsInjectData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gps2Raw(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .powerStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .serialControl(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsRtk(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gps2Rtk(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledImu3(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .dataTransmissionHandshake(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .encapsulatedData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .distanceSensor(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .terrainRequest(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .terrainData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .terrainCheck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .terrainReport(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledPressure2(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .attPosMocap(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setActuatorControlTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .actuatorControlTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .altitude(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .resourceRequest(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .scaledPressure3(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .followTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .controlSystemState(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .batteryStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .autopilotVersion(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .landingTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .fenceStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .magCalReport(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .efiStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .estimatorStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .windCov(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsInput(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gpsRtcmData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .highLatency(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .highLatency2(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .vibration(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .homePosition(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setHomePosition(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .messageInterval(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .extendedSysState(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .adsbVehicle(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .collision(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .v2Extension(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .memoryVect(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .debugVect(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .namedValueFloat(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .namedValueInt(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .statustext(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .debug(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .setupSigning(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .buttonChange(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .playTune(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraSettings(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .storageInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraCaptureStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraImageCaptured(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .flightInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .mountOrientation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .loggingData(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .loggingDataAcked(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .loggingAck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .videoStreamInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .videoStreamStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraFovStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraTrackingImageStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraTrackingGeoStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cameraThermalRange(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalManagerInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalManagerStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalManagerSetAttitude(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalDeviceInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalDeviceSetAttitude(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalDeviceAttitudeStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .autopilotStateForGimbalDevice(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalManagerSetPitchyaw(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .gimbalManagerSetManualControl(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .escInfo(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .escStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .airspeed(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .globalPositionSensor(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .wifiConfigAp(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .protocolVersion(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .aisVessel(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .uavcanNodeStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .uavcanNodeInfo(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramExtRequestRead(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramExtRequestList(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramExtValue(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramExtSet(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramExtAck(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .obstacleDistance(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .odometry(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .trajectoryRepresentationWaypoints(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .trajectoryRepresentationBezier(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cellularStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .isbdLinkStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .cellularConfig(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .rawRpm(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .utmGlobalPosition(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .paramError(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .debugFloatArray(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .orbitExecutionStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .figureEightExecutionStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .smartBatteryInfo(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .fuelStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .batteryInfo(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .generatorStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .actuatorOutputStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .relayStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .timeEstimateToTarget(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .tunnel(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .canFrame(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .canfdFrame(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .canFilterModify(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .onboardComputerStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .componentInformation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .componentInformationBasic(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .componentMetadata(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .playTuneV2(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .supportedTunes(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .event(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .currentEventSequence(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .requestEvent(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .responseEventError(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .availableModes(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .currentMode(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .availableModesMonitor(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .illuminatorStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .wheelDistance(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .winchStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdBasicId(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdLocation(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdAuthentication(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdSelfId(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdSystem(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdOperatorId(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdMessagePack(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdArmStatus(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .openDroneIdSystemUpdate(let m): return try encoder.frame(m, unixMicros: unixMicros)
            case .hygrometerSensor(let m): return try encoder.frame(m, unixMicros: unixMicros)
            }
        }
    }
}
