// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ACCELCAL_VEHICLE_POS
///
/// MAVLink enum `ACCELCAL_VEHICLE_POS`. Unknown values are kept, not rejected.
public struct AccelcalVehiclePos: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ACCELCAL_VEHICLE_POS_LEVEL
    public static let level = AccelcalVehiclePos(rawValue: 1)
    /// ACCELCAL_VEHICLE_POS_LEFT
    public static let left = AccelcalVehiclePos(rawValue: 2)
    /// ACCELCAL_VEHICLE_POS_RIGHT
    public static let right = AccelcalVehiclePos(rawValue: 3)
    /// ACCELCAL_VEHICLE_POS_NOSEDOWN
    public static let nosedown = AccelcalVehiclePos(rawValue: 4)
    /// ACCELCAL_VEHICLE_POS_NOSEUP
    public static let noseup = AccelcalVehiclePos(rawValue: 5)
    /// ACCELCAL_VEHICLE_POS_BACK
    public static let back = AccelcalVehiclePos(rawValue: 6)
    /// ACCELCAL_VEHICLE_POS_SUCCESS
    public static let success = AccelcalVehiclePos(rawValue: 16777215)
    /// ACCELCAL_VEHICLE_POS_FAILED
    public static let failed = AccelcalVehiclePos(rawValue: 16777216)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "ACCELCAL_VEHICLE_POS_LEVEL"
        case 2: return "ACCELCAL_VEHICLE_POS_LEFT"
        case 3: return "ACCELCAL_VEHICLE_POS_RIGHT"
        case 4: return "ACCELCAL_VEHICLE_POS_NOSEDOWN"
        case 5: return "ACCELCAL_VEHICLE_POS_NOSEUP"
        case 6: return "ACCELCAL_VEHICLE_POS_BACK"
        case 16777215: return "ACCELCAL_VEHICLE_POS_SUCCESS"
        case 16777216: return "ACCELCAL_VEHICLE_POS_FAILED"
        default: return nil
        }
    }
}

/// CAMERA_FEEDBACK_FLAGS
///
/// MAVLink enum `CAMERA_FEEDBACK_FLAGS`. Unknown values are kept, not rejected.
public struct CameraFeedbackFlags: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Shooting photos, not video.
    public static let cameraFeedbackPhoto = CameraFeedbackFlags(rawValue: 0)
    /// Shooting video, not stills.
    public static let cameraFeedbackVideo = CameraFeedbackFlags(rawValue: 1)
    /// Unable to achieve requested exposure (e.g. shutter speed too low).
    public static let cameraFeedbackBadexposure = CameraFeedbackFlags(rawValue: 2)
    /// Closed loop feedback from camera, we know for sure it has successfully taken a picture.
    public static let cameraFeedbackClosedloop = CameraFeedbackFlags(rawValue: 3)
    /// Open loop camera, an image trigger has been requested but we can't know for sure it has successfully taken a picture.
    public static let cameraFeedbackOpenloop = CameraFeedbackFlags(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAMERA_FEEDBACK_PHOTO"
        case 1: return "CAMERA_FEEDBACK_VIDEO"
        case 2: return "CAMERA_FEEDBACK_BADEXPOSURE"
        case 3: return "CAMERA_FEEDBACK_CLOSEDLOOP"
        case 4: return "CAMERA_FEEDBACK_OPENLOOP"
        default: return nil
        }
    }
}

/// CAMERA_STATUS_TYPES
///
/// MAVLink enum `CAMERA_STATUS_TYPES`. Unknown values are kept, not rejected.
public struct CameraStatusTypes: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Camera heartbeat, announce camera component ID at 1Hz.
    public static let cameraStatusTypeHeartbeat = CameraStatusTypes(rawValue: 0)
    /// Camera image triggered.
    public static let cameraStatusTypeTrigger = CameraStatusTypes(rawValue: 1)
    /// Camera connection lost.
    public static let cameraStatusTypeDisconnect = CameraStatusTypes(rawValue: 2)
    /// Camera unknown error.
    public static let cameraStatusTypeError = CameraStatusTypes(rawValue: 3)
    /// Camera battery low. Parameter p1 shows reported voltage.
    public static let cameraStatusTypeLowbatt = CameraStatusTypes(rawValue: 4)
    /// Camera storage low. Parameter p1 shows reported shots remaining.
    public static let cameraStatusTypeLowstore = CameraStatusTypes(rawValue: 5)
    /// Camera storage low. Parameter p1 shows reported video minutes remaining.
    public static let cameraStatusTypeLowstorev = CameraStatusTypes(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "CAMERA_STATUS_TYPE_HEARTBEAT"
        case 1: return "CAMERA_STATUS_TYPE_TRIGGER"
        case 2: return "CAMERA_STATUS_TYPE_DISCONNECT"
        case 3: return "CAMERA_STATUS_TYPE_ERROR"
        case 4: return "CAMERA_STATUS_TYPE_LOWBATT"
        case 5: return "CAMERA_STATUS_TYPE_LOWSTORE"
        case 6: return "CAMERA_STATUS_TYPE_LOWSTOREV"
        default: return nil
        }
    }
}

/// A mapping of copter flight modes for custom_mode field of heartbeat.
///
/// MAVLink enum `COPTER_MODE`. Unknown values are kept, not rejected.
public struct CopterMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// STABILIZE
    public static let stabilize = CopterMode(rawValue: 0)
    /// ACRO
    public static let acro = CopterMode(rawValue: 1)
    /// ALT HOLD
    public static let altHold = CopterMode(rawValue: 2)
    /// AUTO
    public static let auto = CopterMode(rawValue: 3)
    /// GUIDED
    public static let guided = CopterMode(rawValue: 4)
    /// LOITER
    public static let loiter = CopterMode(rawValue: 5)
    /// RTL
    public static let rtl = CopterMode(rawValue: 6)
    /// CIRCLE
    public static let circle = CopterMode(rawValue: 7)
    /// LAND
    public static let land = CopterMode(rawValue: 9)
    /// DRIFT
    public static let drift = CopterMode(rawValue: 11)
    /// SPORT
    public static let sport = CopterMode(rawValue: 13)
    /// FLIP
    public static let flip = CopterMode(rawValue: 14)
    /// AUTOTUNE
    public static let autotune = CopterMode(rawValue: 15)
    /// POSHOLD
    public static let poshold = CopterMode(rawValue: 16)
    /// BRAKE
    public static let brake = CopterMode(rawValue: 17)
    /// THROW
    public static let `throw` = CopterMode(rawValue: 18)
    /// AVOID ADSB
    public static let avoidAdsb = CopterMode(rawValue: 19)
    /// GUIDED NOGPS
    public static let guidedNogps = CopterMode(rawValue: 20)
    /// SMARTRTL
    public static let smartRtl = CopterMode(rawValue: 21)
    /// FLOWHOLD
    public static let flowhold = CopterMode(rawValue: 22)
    /// FOLLOW
    public static let follow = CopterMode(rawValue: 23)
    /// ZIGZAG
    public static let zigzag = CopterMode(rawValue: 24)
    /// SYSTEMID
    public static let systemid = CopterMode(rawValue: 25)
    /// AUTOROTATE
    public static let autorotate = CopterMode(rawValue: 26)
    /// AUTO RTL
    public static let autoRtl = CopterMode(rawValue: 27)
    /// TURTLE
    public static let turtle = CopterMode(rawValue: 28)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "COPTER_MODE_STABILIZE"
        case 1: return "COPTER_MODE_ACRO"
        case 2: return "COPTER_MODE_ALT_HOLD"
        case 3: return "COPTER_MODE_AUTO"
        case 4: return "COPTER_MODE_GUIDED"
        case 5: return "COPTER_MODE_LOITER"
        case 6: return "COPTER_MODE_RTL"
        case 7: return "COPTER_MODE_CIRCLE"
        case 9: return "COPTER_MODE_LAND"
        case 11: return "COPTER_MODE_DRIFT"
        case 13: return "COPTER_MODE_SPORT"
        case 14: return "COPTER_MODE_FLIP"
        case 15: return "COPTER_MODE_AUTOTUNE"
        case 16: return "COPTER_MODE_POSHOLD"
        case 17: return "COPTER_MODE_BRAKE"
        case 18: return "COPTER_MODE_THROW"
        case 19: return "COPTER_MODE_AVOID_ADSB"
        case 20: return "COPTER_MODE_GUIDED_NOGPS"
        case 21: return "COPTER_MODE_SMART_RTL"
        case 22: return "COPTER_MODE_FLOWHOLD"
        case 23: return "COPTER_MODE_FOLLOW"
        case 24: return "COPTER_MODE_ZIGZAG"
        case 25: return "COPTER_MODE_SYSTEMID"
        case 26: return "COPTER_MODE_AUTOROTATE"
        case 27: return "COPTER_MODE_AUTO_RTL"
        case 28: return "COPTER_MODE_TURTLE"
        default: return nil
        }
    }
}

/// Deepstall flight stage.
///
/// MAVLink enum `DEEPSTALL_STAGE`. Unknown values are kept, not rejected.
public struct DeepstallStage: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Flying to the landing point.
    public static let flyToLanding = DeepstallStage(rawValue: 0)
    /// Building an estimate of the wind.
    public static let estimateWind = DeepstallStage(rawValue: 1)
    /// Waiting to breakout of the loiter to fly the approach.
    public static let waitForBreakout = DeepstallStage(rawValue: 2)
    /// Flying to the first arc point to turn around to the landing point.
    public static let flyToArc = DeepstallStage(rawValue: 3)
    /// Turning around back to the deepstall landing point.
    public static let arc = DeepstallStage(rawValue: 4)
    /// Approaching the landing point.
    public static let approach = DeepstallStage(rawValue: 5)
    /// Stalling and steering towards the land point.
    public static let land = DeepstallStage(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "DEEPSTALL_STAGE_FLY_TO_LANDING"
        case 1: return "DEEPSTALL_STAGE_ESTIMATE_WIND"
        case 2: return "DEEPSTALL_STAGE_WAIT_FOR_BREAKOUT"
        case 3: return "DEEPSTALL_STAGE_FLY_TO_ARC"
        case 4: return "DEEPSTALL_STAGE_ARC"
        case 5: return "DEEPSTALL_STAGE_APPROACH"
        case 6: return "DEEPSTALL_STAGE_LAND"
        default: return nil
        }
    }
}

/// Bus types for device operations.
///
/// MAVLink enum `DEVICE_OP_BUSTYPE`. Unknown values are kept, not rejected.
public struct DeviceOpBustype: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// I2C Device operation.
    public static let i2c = DeviceOpBustype(rawValue: 0)
    /// SPI Device operation.
    public static let spi = DeviceOpBustype(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "DEVICE_OP_BUSTYPE_I2C"
        case 1: return "DEVICE_OP_BUSTYPE_SPI"
        default: return nil
        }
    }
}

/// Flags in EKF_STATUS message.
///
/// MAVLink enum `EKF_STATUS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct EkfStatusFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Set if EKF's attitude estimate is good.
    public static let ekfAttitude = EkfStatusFlags(rawValue: 1)
    /// Set if EKF's horizontal velocity estimate is good.
    public static let ekfVelocityHoriz = EkfStatusFlags(rawValue: 2)
    /// Set if EKF's vertical velocity estimate is good.
    public static let ekfVelocityVert = EkfStatusFlags(rawValue: 4)
    /// Set if EKF's horizontal position (relative) estimate is good.
    public static let ekfPosHorizRel = EkfStatusFlags(rawValue: 8)
    /// Set if EKF's horizontal position (absolute) estimate is good.
    public static let ekfPosHorizAbs = EkfStatusFlags(rawValue: 16)
    /// Set if EKF's vertical position (absolute) estimate is good.
    public static let ekfPosVertAbs = EkfStatusFlags(rawValue: 32)
    /// Set if EKF's vertical position (above ground) estimate is good.
    public static let ekfPosVertAgl = EkfStatusFlags(rawValue: 64)
    /// EKF is in constant position mode and does not know it's absolute or relative position.
    public static let ekfConstPosMode = EkfStatusFlags(rawValue: 128)
    /// Set if EKF's predicted horizontal position (relative) estimate is good.
    public static let ekfPredPosHorizRel = EkfStatusFlags(rawValue: 256)
    /// Set if EKF's predicted horizontal position (absolute) estimate is good.
    public static let ekfPredPosHorizAbs = EkfStatusFlags(rawValue: 512)
    /// Set if EKF believes the GPS input data is faulty.
    public static let ekfGpsGlitching = EkfStatusFlags(rawValue: 32768)
    /// Set if EKF has never been healthy.
    public static let ekfUninitialized = EkfStatusFlags(rawValue: 1024)
}

/// GIMBAL_AXIS
///
/// MAVLink enum `GIMBAL_AXIS`. Unknown values are kept, not rejected.
public struct GimbalAxis: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Gimbal yaw axis.
    public static let yaw = GimbalAxis(rawValue: 0)
    /// Gimbal pitch axis.
    public static let pitch = GimbalAxis(rawValue: 1)
    /// Gimbal roll axis.
    public static let roll = GimbalAxis(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GIMBAL_AXIS_YAW"
        case 1: return "GIMBAL_AXIS_PITCH"
        case 2: return "GIMBAL_AXIS_ROLL"
        default: return nil
        }
    }
}

/// GIMBAL_AXIS_CALIBRATION_REQUIRED
///
/// MAVLink enum `GIMBAL_AXIS_CALIBRATION_REQUIRED`. Unknown values are kept, not rejected.
public struct GimbalAxisCalibrationRequired: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Whether or not this axis requires calibration is unknown at this time.
    public static let unknown = GimbalAxisCalibrationRequired(rawValue: 0)
    /// This axis requires calibration.
    public static let `true` = GimbalAxisCalibrationRequired(rawValue: 1)
    /// This axis does not require calibration.
    public static let `false` = GimbalAxisCalibrationRequired(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GIMBAL_AXIS_CALIBRATION_REQUIRED_UNKNOWN"
        case 1: return "GIMBAL_AXIS_CALIBRATION_REQUIRED_TRUE"
        case 2: return "GIMBAL_AXIS_CALIBRATION_REQUIRED_FALSE"
        default: return nil
        }
    }
}

/// GIMBAL_AXIS_CALIBRATION_STATUS
///
/// MAVLink enum `GIMBAL_AXIS_CALIBRATION_STATUS`. Unknown values are kept, not rejected.
public struct GimbalAxisCalibrationStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Axis calibration is in progress.
    public static let inProgress = GimbalAxisCalibrationStatus(rawValue: 0)
    /// Axis calibration succeeded.
    public static let succeeded = GimbalAxisCalibrationStatus(rawValue: 1)
    /// Axis calibration failed.
    public static let failed = GimbalAxisCalibrationStatus(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GIMBAL_AXIS_CALIBRATION_STATUS_IN_PROGRESS"
        case 1: return "GIMBAL_AXIS_CALIBRATION_STATUS_SUCCEEDED"
        case 2: return "GIMBAL_AXIS_CALIBRATION_STATUS_FAILED"
        default: return nil
        }
    }
}

/// GOPRO_BURST_RATE
///
/// MAVLink enum `GOPRO_BURST_RATE`. Unknown values are kept, not rejected.
public struct GoproBurstRate: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 3 Shots / 1 Second.
    public static let _3In1Second = GoproBurstRate(rawValue: 0)
    /// 5 Shots / 1 Second.
    public static let _5In1Second = GoproBurstRate(rawValue: 1)
    /// 10 Shots / 1 Second.
    public static let _10In1Second = GoproBurstRate(rawValue: 2)
    /// 10 Shots / 2 Second.
    public static let _10In2Second = GoproBurstRate(rawValue: 3)
    /// 10 Shots / 3 Second (Hero 4 Only).
    public static let _10In3Second = GoproBurstRate(rawValue: 4)
    /// 30 Shots / 1 Second.
    public static let _30In1Second = GoproBurstRate(rawValue: 5)
    /// 30 Shots / 2 Second.
    public static let _30In2Second = GoproBurstRate(rawValue: 6)
    /// 30 Shots / 3 Second.
    public static let _30In3Second = GoproBurstRate(rawValue: 7)
    /// 30 Shots / 6 Second.
    public static let _30In6Second = GoproBurstRate(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_BURST_RATE_3_IN_1_SECOND"
        case 1: return "GOPRO_BURST_RATE_5_IN_1_SECOND"
        case 2: return "GOPRO_BURST_RATE_10_IN_1_SECOND"
        case 3: return "GOPRO_BURST_RATE_10_IN_2_SECOND"
        case 4: return "GOPRO_BURST_RATE_10_IN_3_SECOND"
        case 5: return "GOPRO_BURST_RATE_30_IN_1_SECOND"
        case 6: return "GOPRO_BURST_RATE_30_IN_2_SECOND"
        case 7: return "GOPRO_BURST_RATE_30_IN_3_SECOND"
        case 8: return "GOPRO_BURST_RATE_30_IN_6_SECOND"
        default: return nil
        }
    }
}

/// GOPRO_CAPTURE_MODE
///
/// MAVLink enum `GOPRO_CAPTURE_MODE`. Unknown values are kept, not rejected.
public struct GoproCaptureMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Video mode.
    public static let video = GoproCaptureMode(rawValue: 0)
    /// Photo mode.
    public static let photo = GoproCaptureMode(rawValue: 1)
    /// Burst mode, Hero 3+ only.
    public static let burst = GoproCaptureMode(rawValue: 2)
    /// Time lapse mode, Hero 3+ only.
    public static let timeLapse = GoproCaptureMode(rawValue: 3)
    /// Multi shot mode, Hero 4 only.
    public static let multiShot = GoproCaptureMode(rawValue: 4)
    /// Playback mode, Hero 4 only, silver only except when LCD or HDMI is connected to black.
    public static let playback = GoproCaptureMode(rawValue: 5)
    /// Playback mode, Hero 4 only.
    public static let setup = GoproCaptureMode(rawValue: 6)
    /// Mode not yet known.
    public static let unknown = GoproCaptureMode(rawValue: 255)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_CAPTURE_MODE_VIDEO"
        case 1: return "GOPRO_CAPTURE_MODE_PHOTO"
        case 2: return "GOPRO_CAPTURE_MODE_BURST"
        case 3: return "GOPRO_CAPTURE_MODE_TIME_LAPSE"
        case 4: return "GOPRO_CAPTURE_MODE_MULTI_SHOT"
        case 5: return "GOPRO_CAPTURE_MODE_PLAYBACK"
        case 6: return "GOPRO_CAPTURE_MODE_SETUP"
        case 255: return "GOPRO_CAPTURE_MODE_UNKNOWN"
        default: return nil
        }
    }
}

/// GOPRO_CHARGING
///
/// MAVLink enum `GOPRO_CHARGING`. Unknown values are kept, not rejected.
public struct GoproCharging: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Charging disabled.
    public static let disabled = GoproCharging(rawValue: 0)
    /// Charging enabled.
    public static let enabled = GoproCharging(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_CHARGING_DISABLED"
        case 1: return "GOPRO_CHARGING_ENABLED"
        default: return nil
        }
    }
}

/// GOPRO_COMMAND
///
/// MAVLink enum `GOPRO_COMMAND`. Unknown values are kept, not rejected.
public struct GoproCommand: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// (Get/Set).
    public static let power = GoproCommand(rawValue: 0)
    /// (Get/Set).
    public static let captureMode = GoproCommand(rawValue: 1)
    /// (___/Set).
    public static let shutter = GoproCommand(rawValue: 2)
    /// (Get/___).
    public static let battery = GoproCommand(rawValue: 3)
    /// (Get/___).
    public static let model = GoproCommand(rawValue: 4)
    /// (Get/Set).
    public static let videoSettings = GoproCommand(rawValue: 5)
    /// (Get/Set).
    public static let lowLight = GoproCommand(rawValue: 6)
    /// (Get/Set).
    public static let photoResolution = GoproCommand(rawValue: 7)
    /// (Get/Set).
    public static let photoBurstRate = GoproCommand(rawValue: 8)
    /// (Get/Set).
    public static let protune = GoproCommand(rawValue: 9)
    /// (Get/Set) Hero 3+ Only.
    public static let protuneWhiteBalance = GoproCommand(rawValue: 10)
    /// (Get/Set) Hero 3+ Only.
    public static let protuneColour = GoproCommand(rawValue: 11)
    /// (Get/Set) Hero 3+ Only.
    public static let protuneGain = GoproCommand(rawValue: 12)
    /// (Get/Set) Hero 3+ Only.
    public static let protuneSharpness = GoproCommand(rawValue: 13)
    /// (Get/Set) Hero 3+ Only.
    public static let protuneExposure = GoproCommand(rawValue: 14)
    /// (Get/Set).
    public static let time = GoproCommand(rawValue: 15)
    /// (Get/Set).
    public static let charging = GoproCommand(rawValue: 16)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_COMMAND_POWER"
        case 1: return "GOPRO_COMMAND_CAPTURE_MODE"
        case 2: return "GOPRO_COMMAND_SHUTTER"
        case 3: return "GOPRO_COMMAND_BATTERY"
        case 4: return "GOPRO_COMMAND_MODEL"
        case 5: return "GOPRO_COMMAND_VIDEO_SETTINGS"
        case 6: return "GOPRO_COMMAND_LOW_LIGHT"
        case 7: return "GOPRO_COMMAND_PHOTO_RESOLUTION"
        case 8: return "GOPRO_COMMAND_PHOTO_BURST_RATE"
        case 9: return "GOPRO_COMMAND_PROTUNE"
        case 10: return "GOPRO_COMMAND_PROTUNE_WHITE_BALANCE"
        case 11: return "GOPRO_COMMAND_PROTUNE_COLOUR"
        case 12: return "GOPRO_COMMAND_PROTUNE_GAIN"
        case 13: return "GOPRO_COMMAND_PROTUNE_SHARPNESS"
        case 14: return "GOPRO_COMMAND_PROTUNE_EXPOSURE"
        case 15: return "GOPRO_COMMAND_TIME"
        case 16: return "GOPRO_COMMAND_CHARGING"
        default: return nil
        }
    }
}

/// GOPRO_FIELD_OF_VIEW
///
/// MAVLink enum `GOPRO_FIELD_OF_VIEW`. Unknown values are kept, not rejected.
public struct GoproFieldOfView: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 0x00: Wide.
    public static let wide = GoproFieldOfView(rawValue: 0)
    /// 0x01: Medium.
    public static let medium = GoproFieldOfView(rawValue: 1)
    /// 0x02: Narrow.
    public static let narrow = GoproFieldOfView(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_FIELD_OF_VIEW_WIDE"
        case 1: return "GOPRO_FIELD_OF_VIEW_MEDIUM"
        case 2: return "GOPRO_FIELD_OF_VIEW_NARROW"
        default: return nil
        }
    }
}

/// GOPRO_FRAME_RATE
///
/// MAVLink enum `GOPRO_FRAME_RATE`. Unknown values are kept, not rejected.
public struct GoproFrameRate: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 12 FPS.
    public static let _12 = GoproFrameRate(rawValue: 0)
    /// 15 FPS.
    public static let _15 = GoproFrameRate(rawValue: 1)
    /// 24 FPS.
    public static let _24 = GoproFrameRate(rawValue: 2)
    /// 25 FPS.
    public static let _25 = GoproFrameRate(rawValue: 3)
    /// 30 FPS.
    public static let _30 = GoproFrameRate(rawValue: 4)
    /// 48 FPS.
    public static let _48 = GoproFrameRate(rawValue: 5)
    /// 50 FPS.
    public static let _50 = GoproFrameRate(rawValue: 6)
    /// 60 FPS.
    public static let _60 = GoproFrameRate(rawValue: 7)
    /// 80 FPS.
    public static let _80 = GoproFrameRate(rawValue: 8)
    /// 90 FPS.
    public static let _90 = GoproFrameRate(rawValue: 9)
    /// 100 FPS.
    public static let _100 = GoproFrameRate(rawValue: 10)
    /// 120 FPS.
    public static let _120 = GoproFrameRate(rawValue: 11)
    /// 240 FPS.
    public static let _240 = GoproFrameRate(rawValue: 12)
    /// 12.5 FPS.
    public static let _125 = GoproFrameRate(rawValue: 13)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_FRAME_RATE_12"
        case 1: return "GOPRO_FRAME_RATE_15"
        case 2: return "GOPRO_FRAME_RATE_24"
        case 3: return "GOPRO_FRAME_RATE_25"
        case 4: return "GOPRO_FRAME_RATE_30"
        case 5: return "GOPRO_FRAME_RATE_48"
        case 6: return "GOPRO_FRAME_RATE_50"
        case 7: return "GOPRO_FRAME_RATE_60"
        case 8: return "GOPRO_FRAME_RATE_80"
        case 9: return "GOPRO_FRAME_RATE_90"
        case 10: return "GOPRO_FRAME_RATE_100"
        case 11: return "GOPRO_FRAME_RATE_120"
        case 12: return "GOPRO_FRAME_RATE_240"
        case 13: return "GOPRO_FRAME_RATE_12_5"
        default: return nil
        }
    }
}

/// GOPRO_HEARTBEAT_FLAGS
///
/// MAVLink enum `GOPRO_HEARTBEAT_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GoproHeartbeatFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// GoPro is currently recording.
    public static let goproFlagRecording = GoproHeartbeatFlags(rawValue: 1)
}

/// GOPRO_HEARTBEAT_STATUS
///
/// MAVLink enum `GOPRO_HEARTBEAT_STATUS`. Unknown values are kept, not rejected.
public struct GoproHeartbeatStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No GoPro connected.
    public static let disconnected = GoproHeartbeatStatus(rawValue: 0)
    /// The detected GoPro is not HeroBus compatible.
    public static let incompatible = GoproHeartbeatStatus(rawValue: 1)
    /// A HeroBus compatible GoPro is connected.
    public static let connected = GoproHeartbeatStatus(rawValue: 2)
    /// An unrecoverable error was encountered with the connected GoPro, it may require a power cycle.
    public static let error = GoproHeartbeatStatus(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_HEARTBEAT_STATUS_DISCONNECTED"
        case 1: return "GOPRO_HEARTBEAT_STATUS_INCOMPATIBLE"
        case 2: return "GOPRO_HEARTBEAT_STATUS_CONNECTED"
        case 3: return "GOPRO_HEARTBEAT_STATUS_ERROR"
        default: return nil
        }
    }
}

/// GOPRO_MODEL
///
/// MAVLink enum `GOPRO_MODEL`. Unknown values are kept, not rejected.
public struct GoproModel: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unknown gopro model.
    public static let unknown = GoproModel(rawValue: 0)
    /// Hero 3+ Silver (HeroBus not supported by GoPro).
    public static let hero3PlusSilver = GoproModel(rawValue: 1)
    /// Hero 3+ Black.
    public static let hero3PlusBlack = GoproModel(rawValue: 2)
    /// Hero 4 Silver.
    public static let hero4Silver = GoproModel(rawValue: 3)
    /// Hero 4 Black.
    public static let hero4Black = GoproModel(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_MODEL_UNKNOWN"
        case 1: return "GOPRO_MODEL_HERO_3_PLUS_SILVER"
        case 2: return "GOPRO_MODEL_HERO_3_PLUS_BLACK"
        case 3: return "GOPRO_MODEL_HERO_4_SILVER"
        case 4: return "GOPRO_MODEL_HERO_4_BLACK"
        default: return nil
        }
    }
}

/// GOPRO_PHOTO_RESOLUTION
///
/// MAVLink enum `GOPRO_PHOTO_RESOLUTION`. Unknown values are kept, not rejected.
public struct GoproPhotoResolution: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 5MP Medium.
    public static let _5mpMedium = GoproPhotoResolution(rawValue: 0)
    /// 7MP Medium.
    public static let _7mpMedium = GoproPhotoResolution(rawValue: 1)
    /// 7MP Wide.
    public static let _7mpWide = GoproPhotoResolution(rawValue: 2)
    /// 10MP Wide.
    public static let _10mpWide = GoproPhotoResolution(rawValue: 3)
    /// 12MP Wide.
    public static let _12mpWide = GoproPhotoResolution(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PHOTO_RESOLUTION_5MP_MEDIUM"
        case 1: return "GOPRO_PHOTO_RESOLUTION_7MP_MEDIUM"
        case 2: return "GOPRO_PHOTO_RESOLUTION_7MP_WIDE"
        case 3: return "GOPRO_PHOTO_RESOLUTION_10MP_WIDE"
        case 4: return "GOPRO_PHOTO_RESOLUTION_12MP_WIDE"
        default: return nil
        }
    }
}

/// GOPRO_PROTUNE_COLOUR
///
/// MAVLink enum `GOPRO_PROTUNE_COLOUR`. Unknown values are kept, not rejected.
public struct GoproProtuneColour: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Auto.
    public static let standard = GoproProtuneColour(rawValue: 0)
    /// Neutral.
    public static let neutral = GoproProtuneColour(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PROTUNE_COLOUR_STANDARD"
        case 1: return "GOPRO_PROTUNE_COLOUR_NEUTRAL"
        default: return nil
        }
    }
}

/// GOPRO_PROTUNE_EXPOSURE
///
/// MAVLink enum `GOPRO_PROTUNE_EXPOSURE`. Unknown values are kept, not rejected.
public struct GoproProtuneExposure: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// -5.0 EV (Hero 3+ Only).
    public static let neg50 = GoproProtuneExposure(rawValue: 0)
    /// -4.5 EV (Hero 3+ Only).
    public static let neg45 = GoproProtuneExposure(rawValue: 1)
    /// -4.0 EV (Hero 3+ Only).
    public static let neg40 = GoproProtuneExposure(rawValue: 2)
    /// -3.5 EV (Hero 3+ Only).
    public static let neg35 = GoproProtuneExposure(rawValue: 3)
    /// -3.0 EV (Hero 3+ Only).
    public static let neg30 = GoproProtuneExposure(rawValue: 4)
    /// -2.5 EV (Hero 3+ Only).
    public static let neg25 = GoproProtuneExposure(rawValue: 5)
    /// -2.0 EV.
    public static let neg20 = GoproProtuneExposure(rawValue: 6)
    /// -1.5 EV.
    public static let neg15 = GoproProtuneExposure(rawValue: 7)
    /// -1.0 EV.
    public static let neg10 = GoproProtuneExposure(rawValue: 8)
    /// -0.5 EV.
    public static let neg05 = GoproProtuneExposure(rawValue: 9)
    /// 0.0 EV.
    public static let zero = GoproProtuneExposure(rawValue: 10)
    /// +0.5 EV.
    public static let pos05 = GoproProtuneExposure(rawValue: 11)
    /// +1.0 EV.
    public static let pos10 = GoproProtuneExposure(rawValue: 12)
    /// +1.5 EV.
    public static let pos15 = GoproProtuneExposure(rawValue: 13)
    /// +2.0 EV.
    public static let pos20 = GoproProtuneExposure(rawValue: 14)
    /// +2.5 EV (Hero 3+ Only).
    public static let pos25 = GoproProtuneExposure(rawValue: 15)
    /// +3.0 EV (Hero 3+ Only).
    public static let pos30 = GoproProtuneExposure(rawValue: 16)
    /// +3.5 EV (Hero 3+ Only).
    public static let pos35 = GoproProtuneExposure(rawValue: 17)
    /// +4.0 EV (Hero 3+ Only).
    public static let pos40 = GoproProtuneExposure(rawValue: 18)
    /// +4.5 EV (Hero 3+ Only).
    public static let pos45 = GoproProtuneExposure(rawValue: 19)
    /// +5.0 EV (Hero 3+ Only).
    public static let pos50 = GoproProtuneExposure(rawValue: 20)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PROTUNE_EXPOSURE_NEG_5_0"
        case 1: return "GOPRO_PROTUNE_EXPOSURE_NEG_4_5"
        case 2: return "GOPRO_PROTUNE_EXPOSURE_NEG_4_0"
        case 3: return "GOPRO_PROTUNE_EXPOSURE_NEG_3_5"
        case 4: return "GOPRO_PROTUNE_EXPOSURE_NEG_3_0"
        case 5: return "GOPRO_PROTUNE_EXPOSURE_NEG_2_5"
        case 6: return "GOPRO_PROTUNE_EXPOSURE_NEG_2_0"
        case 7: return "GOPRO_PROTUNE_EXPOSURE_NEG_1_5"
        case 8: return "GOPRO_PROTUNE_EXPOSURE_NEG_1_0"
        case 9: return "GOPRO_PROTUNE_EXPOSURE_NEG_0_5"
        case 10: return "GOPRO_PROTUNE_EXPOSURE_ZERO"
        case 11: return "GOPRO_PROTUNE_EXPOSURE_POS_0_5"
        case 12: return "GOPRO_PROTUNE_EXPOSURE_POS_1_0"
        case 13: return "GOPRO_PROTUNE_EXPOSURE_POS_1_5"
        case 14: return "GOPRO_PROTUNE_EXPOSURE_POS_2_0"
        case 15: return "GOPRO_PROTUNE_EXPOSURE_POS_2_5"
        case 16: return "GOPRO_PROTUNE_EXPOSURE_POS_3_0"
        case 17: return "GOPRO_PROTUNE_EXPOSURE_POS_3_5"
        case 18: return "GOPRO_PROTUNE_EXPOSURE_POS_4_0"
        case 19: return "GOPRO_PROTUNE_EXPOSURE_POS_4_5"
        case 20: return "GOPRO_PROTUNE_EXPOSURE_POS_5_0"
        default: return nil
        }
    }
}

/// GOPRO_PROTUNE_GAIN
///
/// MAVLink enum `GOPRO_PROTUNE_GAIN`. Unknown values are kept, not rejected.
public struct GoproProtuneGain: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ISO 400.
    public static let _400 = GoproProtuneGain(rawValue: 0)
    /// ISO 800 (Only Hero 4).
    public static let _800 = GoproProtuneGain(rawValue: 1)
    /// ISO 1600.
    public static let _1600 = GoproProtuneGain(rawValue: 2)
    /// ISO 3200 (Only Hero 4).
    public static let _3200 = GoproProtuneGain(rawValue: 3)
    /// ISO 6400.
    public static let _6400 = GoproProtuneGain(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PROTUNE_GAIN_400"
        case 1: return "GOPRO_PROTUNE_GAIN_800"
        case 2: return "GOPRO_PROTUNE_GAIN_1600"
        case 3: return "GOPRO_PROTUNE_GAIN_3200"
        case 4: return "GOPRO_PROTUNE_GAIN_6400"
        default: return nil
        }
    }
}

/// GOPRO_PROTUNE_SHARPNESS
///
/// MAVLink enum `GOPRO_PROTUNE_SHARPNESS`. Unknown values are kept, not rejected.
public struct GoproProtuneSharpness: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Low Sharpness.
    public static let low = GoproProtuneSharpness(rawValue: 0)
    /// Medium Sharpness.
    public static let medium = GoproProtuneSharpness(rawValue: 1)
    /// High Sharpness.
    public static let high = GoproProtuneSharpness(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PROTUNE_SHARPNESS_LOW"
        case 1: return "GOPRO_PROTUNE_SHARPNESS_MEDIUM"
        case 2: return "GOPRO_PROTUNE_SHARPNESS_HIGH"
        default: return nil
        }
    }
}

/// GOPRO_PROTUNE_WHITE_BALANCE
///
/// MAVLink enum `GOPRO_PROTUNE_WHITE_BALANCE`. Unknown values are kept, not rejected.
public struct GoproProtuneWhiteBalance: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Auto.
    public static let auto = GoproProtuneWhiteBalance(rawValue: 0)
    /// 3000K.
    public static let _3000k = GoproProtuneWhiteBalance(rawValue: 1)
    /// 5500K.
    public static let _5500k = GoproProtuneWhiteBalance(rawValue: 2)
    /// 6500K.
    public static let _6500k = GoproProtuneWhiteBalance(rawValue: 3)
    /// Camera Raw.
    public static let raw = GoproProtuneWhiteBalance(rawValue: 4)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_PROTUNE_WHITE_BALANCE_AUTO"
        case 1: return "GOPRO_PROTUNE_WHITE_BALANCE_3000K"
        case 2: return "GOPRO_PROTUNE_WHITE_BALANCE_5500K"
        case 3: return "GOPRO_PROTUNE_WHITE_BALANCE_6500K"
        case 4: return "GOPRO_PROTUNE_WHITE_BALANCE_RAW"
        default: return nil
        }
    }
}

/// GOPRO_REQUEST_STATUS
///
/// MAVLink enum `GOPRO_REQUEST_STATUS`. Unknown values are kept, not rejected.
public struct GoproRequestStatus: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The write message with ID indicated succeeded.
    public static let goproRequestSuccess = GoproRequestStatus(rawValue: 0)
    /// The write message with ID indicated failed.
    public static let goproRequestFailed = GoproRequestStatus(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_REQUEST_SUCCESS"
        case 1: return "GOPRO_REQUEST_FAILED"
        default: return nil
        }
    }
}

/// GOPRO_RESOLUTION
///
/// MAVLink enum `GOPRO_RESOLUTION`. Unknown values are kept, not rejected.
public struct GoproResolution: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 848 x 480 (480p).
    public static let _480p = GoproResolution(rawValue: 0)
    /// 1280 x 720 (720p).
    public static let _720p = GoproResolution(rawValue: 1)
    /// 1280 x 960 (960p).
    public static let _960p = GoproResolution(rawValue: 2)
    /// 1920 x 1080 (1080p).
    public static let _1080p = GoproResolution(rawValue: 3)
    /// 1920 x 1440 (1440p).
    public static let _1440p = GoproResolution(rawValue: 4)
    /// 2704 x 1440 (2.7k-17:9).
    public static let _27k179 = GoproResolution(rawValue: 5)
    /// 2704 x 1524 (2.7k-16:9).
    public static let _27k169 = GoproResolution(rawValue: 6)
    /// 2704 x 2028 (2.7k-4:3).
    public static let _27k43 = GoproResolution(rawValue: 7)
    /// 3840 x 2160 (4k-16:9).
    public static let _4k169 = GoproResolution(rawValue: 8)
    /// 4096 x 2160 (4k-17:9).
    public static let _4k179 = GoproResolution(rawValue: 9)
    /// 1280 x 720 (720p-SuperView).
    public static let _720pSuperview = GoproResolution(rawValue: 10)
    /// 1920 x 1080 (1080p-SuperView).
    public static let _1080pSuperview = GoproResolution(rawValue: 11)
    /// 2704 x 1520 (2.7k-SuperView).
    public static let _27kSuperview = GoproResolution(rawValue: 12)
    /// 3840 x 2160 (4k-SuperView).
    public static let _4kSuperview = GoproResolution(rawValue: 13)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "GOPRO_RESOLUTION_480p"
        case 1: return "GOPRO_RESOLUTION_720p"
        case 2: return "GOPRO_RESOLUTION_960p"
        case 3: return "GOPRO_RESOLUTION_1080p"
        case 4: return "GOPRO_RESOLUTION_1440p"
        case 5: return "GOPRO_RESOLUTION_2_7k_17_9"
        case 6: return "GOPRO_RESOLUTION_2_7k_16_9"
        case 7: return "GOPRO_RESOLUTION_2_7k_4_3"
        case 8: return "GOPRO_RESOLUTION_4k_16_9"
        case 9: return "GOPRO_RESOLUTION_4k_17_9"
        case 10: return "GOPRO_RESOLUTION_720p_SUPERVIEW"
        case 11: return "GOPRO_RESOLUTION_1080p_SUPERVIEW"
        case 12: return "GOPRO_RESOLUTION_2_7k_SUPERVIEW"
        case 13: return "GOPRO_RESOLUTION_4k_SUPERVIEW"
        default: return nil
        }
    }
}

/// GOPRO_VIDEO_SETTINGS_FLAGS
///
/// MAVLink enum `GOPRO_VIDEO_SETTINGS_FLAGS` (bitmask). Unknown values are kept, not rejected.
public struct GoproVideoSettingsFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// 0=NTSC, 1=PAL.
    public static let goproVideoSettingsTvMode = GoproVideoSettingsFlags(rawValue: 1)
}

/// LED_CONTROL_PATTERN
///
/// MAVLink enum `LED_CONTROL_PATTERN`. Unknown values are kept, not rejected.
public struct LedControlPattern: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// LED patterns off (return control to regular vehicle control).
    public static let off = LedControlPattern(rawValue: 0)
    /// LEDs show pattern during firmware update.
    public static let firmwareupdate = LedControlPattern(rawValue: 1)
    /// Custom Pattern using custom bytes fields.
    public static let custom = LedControlPattern(rawValue: 255)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "LED_CONTROL_PATTERN_OFF"
        case 1: return "LED_CONTROL_PATTERN_FIRMWAREUPDATE"
        case 255: return "LED_CONTROL_PATTERN_CUSTOM"
        default: return nil
        }
    }
}

/// LIMITS_STATE
///
/// MAVLink enum `LIMITS_STATE`. Unknown values are kept, not rejected.
public struct LimitsState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Pre-initialization.
    public static let limitsInit = LimitsState(rawValue: 0)
    /// Disabled.
    public static let limitsDisabled = LimitsState(rawValue: 1)
    /// Checking limits.
    public static let limitsEnabled = LimitsState(rawValue: 2)
    /// A limit has been breached.
    public static let limitsTriggered = LimitsState(rawValue: 3)
    /// Taking action e.g. Return/RTL.
    public static let limitsRecovering = LimitsState(rawValue: 4)
    /// We're no longer in breach of a limit.
    public static let limitsRecovered = LimitsState(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "LIMITS_INIT"
        case 1: return "LIMITS_DISABLED"
        case 2: return "LIMITS_ENABLED"
        case 3: return "LIMITS_TRIGGERED"
        case 4: return "LIMITS_RECOVERING"
        case 5: return "LIMITS_RECOVERED"
        default: return nil
        }
    }
}

/// LIMIT_MODULE
///
/// MAVLink enum `LIMIT_MODULE` (bitmask). Unknown values are kept, not rejected.
public struct LimitModule: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Pre-initialization.
    public static let limitGpslock = LimitModule(rawValue: 1)
    /// Disabled.
    public static let limitGeofence = LimitModule(rawValue: 2)
    /// Checking limits.
    public static let limitAltitude = LimitModule(rawValue: 4)
}

/// MAV_CMD_DO_AUX_FUNCTION_SWITCH_LEVEL
///
/// MAVLink enum `MAV_CMD_DO_AUX_FUNCTION_SWITCH_LEVEL`. Unknown values are kept, not rejected.
public struct MAVCmdDoAuxFunctionSwitchLevel: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Switch Low.
    public static let low = MAVCmdDoAuxFunctionSwitchLevel(rawValue: 0)
    /// Switch Middle.
    public static let middle = MAVCmdDoAuxFunctionSwitchLevel(rawValue: 1)
    /// Switch High.
    public static let high = MAVCmdDoAuxFunctionSwitchLevel(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_CMD_DO_AUX_FUNCTION_SWITCH_LEVEL_LOW"
        case 1: return "MAV_CMD_DO_AUX_FUNCTION_SWITCH_LEVEL_MIDDLE"
        case 2: return "MAV_CMD_DO_AUX_FUNCTION_SWITCH_LEVEL_HIGH"
        default: return nil
        }
    }
}

/// MAV_MODE_GIMBAL
///
/// MAVLink enum `MAV_MODE_GIMBAL`. Unknown values are kept, not rejected.
public struct MAVModeGimbal: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Gimbal is powered on but has not started initializing yet.
    public static let uninitialized = MAVModeGimbal(rawValue: 0)
    /// Gimbal is currently running calibration on the pitch axis.
    public static let calibratingPitch = MAVModeGimbal(rawValue: 1)
    /// Gimbal is currently running calibration on the roll axis.
    public static let calibratingRoll = MAVModeGimbal(rawValue: 2)
    /// Gimbal is currently running calibration on the yaw axis.
    public static let calibratingYaw = MAVModeGimbal(rawValue: 3)
    /// Gimbal has finished calibrating and initializing, but is relaxed pending reception of first rate command from copter.
    public static let initialized = MAVModeGimbal(rawValue: 4)
    /// Gimbal is actively stabilizing.
    public static let active = MAVModeGimbal(rawValue: 5)
    /// Gimbal is relaxed because it missed more than 10 expected rate command messages in a row. Gimbal will move back to active mode when it receives a new rate command.
    public static let rateCmdTimeout = MAVModeGimbal(rawValue: 6)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_MODE_GIMBAL_UNINITIALIZED"
        case 1: return "MAV_MODE_GIMBAL_CALIBRATING_PITCH"
        case 2: return "MAV_MODE_GIMBAL_CALIBRATING_ROLL"
        case 3: return "MAV_MODE_GIMBAL_CALIBRATING_YAW"
        case 4: return "MAV_MODE_GIMBAL_INITIALIZED"
        case 5: return "MAV_MODE_GIMBAL_ACTIVE"
        case 6: return "MAV_MODE_GIMBAL_RATE_CMD_TIMEOUT"
        default: return nil
        }
    }
}

/// Special ACK block numbers control activation of dataflash log streaming.
///
/// MAVLink enum `MAV_REMOTE_LOG_DATA_BLOCK_COMMANDS`. Unknown values are kept, not rejected.
public struct MAVRemoteLogDataBlockCommands: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// UAV to stop sending DataFlash blocks.
    public static let mavRemoteLogDataBlockStop = MAVRemoteLogDataBlockCommands(rawValue: 2147483645)
    /// UAV to start sending DataFlash blocks.
    public static let mavRemoteLogDataBlockStart = MAVRemoteLogDataBlockCommands(rawValue: 2147483646)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 2147483645: return "MAV_REMOTE_LOG_DATA_BLOCK_STOP"
        case 2147483646: return "MAV_REMOTE_LOG_DATA_BLOCK_START"
        default: return nil
        }
    }
}

/// Possible remote log data block statuses.
///
/// MAVLink enum `MAV_REMOTE_LOG_DATA_BLOCK_STATUSES`. Unknown values are kept, not rejected.
public struct MAVRemoteLogDataBlockStatuses: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// This block has NOT been received.
    public static let mavRemoteLogDataBlockNack = MAVRemoteLogDataBlockStatuses(rawValue: 0)
    /// This block has been received.
    public static let mavRemoteLogDataBlockAck = MAVRemoteLogDataBlockStatuses(rawValue: 1)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "MAV_REMOTE_LOG_DATA_BLOCK_NACK"
        case 1: return "MAV_REMOTE_LOG_DATA_BLOCK_ACK"
        default: return nil
        }
    }
}

/// The error type for the OSD parameter editor.
///
/// MAVLink enum `OSD_PARAM_CONFIG_ERROR`. Unknown values are kept, not rejected.
public struct OsdParamConfigError: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// OSD_PARAM_SUCCESS
    public static let osdParamSuccess = OsdParamConfigError(rawValue: 0)
    /// OSD_PARAM_INVALID_SCREEN
    public static let osdParamInvalidScreen = OsdParamConfigError(rawValue: 1)
    /// OSD_PARAM_INVALID_PARAMETER_INDEX
    public static let osdParamInvalidParameterIndex = OsdParamConfigError(rawValue: 2)
    /// OSD_PARAM_INVALID_PARAMETER
    public static let osdParamInvalidParameter = OsdParamConfigError(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "OSD_PARAM_SUCCESS"
        case 1: return "OSD_PARAM_INVALID_SCREEN"
        case 2: return "OSD_PARAM_INVALID_PARAMETER_INDEX"
        case 3: return "OSD_PARAM_INVALID_PARAMETER"
        default: return nil
        }
    }
}

/// The type of parameter for the OSD parameter editor.
///
/// MAVLink enum `OSD_PARAM_CONFIG_TYPE`. Unknown values are kept, not rejected.
public struct OsdParamConfigType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// OSD_PARAM_NONE
    public static let osdParamNone = OsdParamConfigType(rawValue: 0)
    /// OSD_PARAM_SERIAL_PROTOCOL
    public static let osdParamSerialProtocol = OsdParamConfigType(rawValue: 1)
    /// OSD_PARAM_SERVO_FUNCTION
    public static let osdParamServoFunction = OsdParamConfigType(rawValue: 2)
    /// OSD_PARAM_AUX_FUNCTION
    public static let osdParamAuxFunction = OsdParamConfigType(rawValue: 3)
    /// OSD_PARAM_FLIGHT_MODE
    public static let osdParamFlightMode = OsdParamConfigType(rawValue: 4)
    /// OSD_PARAM_FAILSAFE_ACTION
    public static let osdParamFailsafeAction = OsdParamConfigType(rawValue: 5)
    /// OSD_PARAM_FAILSAFE_ACTION_1
    public static let osdParamFailsafeAction1 = OsdParamConfigType(rawValue: 6)
    /// OSD_PARAM_FAILSAFE_ACTION_2
    public static let osdParamFailsafeAction2 = OsdParamConfigType(rawValue: 7)
    /// OSD_PARAM_NUM_TYPES
    public static let osdParamNumTypes = OsdParamConfigType(rawValue: 8)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "OSD_PARAM_NONE"
        case 1: return "OSD_PARAM_SERIAL_PROTOCOL"
        case 2: return "OSD_PARAM_SERVO_FUNCTION"
        case 3: return "OSD_PARAM_AUX_FUNCTION"
        case 4: return "OSD_PARAM_FLIGHT_MODE"
        case 5: return "OSD_PARAM_FAILSAFE_ACTION"
        case 6: return "OSD_PARAM_FAILSAFE_ACTION_1"
        case 7: return "OSD_PARAM_FAILSAFE_ACTION_2"
        case 8: return "OSD_PARAM_NUM_TYPES"
        default: return nil
        }
    }
}

/// PID_TUNING_AXIS
///
/// MAVLink enum `PID_TUNING_AXIS`. Unknown values are kept, not rejected.
public struct PidTuningAxis: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// PID_TUNING_ROLL
    public static let pidTuningRoll = PidTuningAxis(rawValue: 1)
    /// PID_TUNING_PITCH
    public static let pidTuningPitch = PidTuningAxis(rawValue: 2)
    /// PID_TUNING_YAW
    public static let pidTuningYaw = PidTuningAxis(rawValue: 3)
    /// PID_TUNING_ACCZ
    public static let pidTuningAccz = PidTuningAxis(rawValue: 4)
    /// PID_TUNING_STEER
    public static let pidTuningSteer = PidTuningAxis(rawValue: 5)
    /// PID_TUNING_LANDING
    public static let pidTuningLanding = PidTuningAxis(rawValue: 6)
    /// Left wheel rate.
    public static let pidTuningWheelLeft = PidTuningAxis(rawValue: 7)
    /// Right wheel rate.
    public static let pidTuningWheelRight = PidTuningAxis(rawValue: 8)
    /// Sailboat heel to mainsail.
    public static let pidTuningSailHeel = PidTuningAxis(rawValue: 9)
    /// Velocity north.
    public static let pidTuningVelNorth = PidTuningAxis(rawValue: 10)
    /// Velocity east.
    public static let pidTuningVelEast = PidTuningAxis(rawValue: 11)
    /// Velocity down.
    public static let pidTuningVelDown = PidTuningAxis(rawValue: 12)
    /// Position north.
    public static let pidTuningPosNorth = PidTuningAxis(rawValue: 13)
    /// Position east.
    public static let pidTuningPosEast = PidTuningAxis(rawValue: 14)
    /// Position down.
    public static let pidTuningPosDown = PidTuningAxis(rawValue: 15)
    /// Yaw angle.
    public static let pidTuningYawAngle = PidTuningAxis(rawValue: 16)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "PID_TUNING_ROLL"
        case 2: return "PID_TUNING_PITCH"
        case 3: return "PID_TUNING_YAW"
        case 4: return "PID_TUNING_ACCZ"
        case 5: return "PID_TUNING_STEER"
        case 6: return "PID_TUNING_LANDING"
        case 7: return "PID_TUNING_WHEEL_LEFT"
        case 8: return "PID_TUNING_WHEEL_RIGHT"
        case 9: return "PID_TUNING_SAIL_HEEL"
        case 10: return "PID_TUNING_VEL_NORTH"
        case 11: return "PID_TUNING_VEL_EAST"
        case 12: return "PID_TUNING_VEL_DOWN"
        case 13: return "PID_TUNING_POS_NORTH"
        case 14: return "PID_TUNING_POS_EAST"
        case 15: return "PID_TUNING_POS_DOWN"
        case 16: return "PID_TUNING_YAW_ANGLE"
        default: return nil
        }
    }
}

/// A mapping of plane flight modes for custom_mode field of heartbeat.
///
/// MAVLink enum `PLANE_MODE`. Unknown values are kept, not rejected.
public struct PlaneMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MANUAL
    public static let manual = PlaneMode(rawValue: 0)
    /// CIRCLE
    public static let circle = PlaneMode(rawValue: 1)
    /// STABILIZE
    public static let stabilize = PlaneMode(rawValue: 2)
    /// TRAINING
    public static let training = PlaneMode(rawValue: 3)
    /// ACRO
    public static let acro = PlaneMode(rawValue: 4)
    /// FBWA
    public static let flyByWireA = PlaneMode(rawValue: 5)
    /// FBWB
    public static let flyByWireB = PlaneMode(rawValue: 6)
    /// CRUISE
    public static let cruise = PlaneMode(rawValue: 7)
    /// AUTOTUNE
    public static let autotune = PlaneMode(rawValue: 8)
    /// AUTO
    public static let auto = PlaneMode(rawValue: 10)
    /// RTL
    public static let rtl = PlaneMode(rawValue: 11)
    /// LOITER
    public static let loiter = PlaneMode(rawValue: 12)
    /// TAKEOFF
    public static let takeoff = PlaneMode(rawValue: 13)
    /// AVOID ADSB
    public static let avoidAdsb = PlaneMode(rawValue: 14)
    /// GUIDED
    public static let guided = PlaneMode(rawValue: 15)
    /// INITIALISING
    public static let initializing = PlaneMode(rawValue: 16)
    /// QSTABILIZE
    public static let qstabilize = PlaneMode(rawValue: 17)
    /// QHOVER
    public static let qhover = PlaneMode(rawValue: 18)
    /// QLOITER
    public static let qloiter = PlaneMode(rawValue: 19)
    /// QLAND
    public static let qland = PlaneMode(rawValue: 20)
    /// QRTL
    public static let qrtl = PlaneMode(rawValue: 21)
    /// QAUTOTUNE
    public static let qautotune = PlaneMode(rawValue: 22)
    /// QACRO
    public static let qacro = PlaneMode(rawValue: 23)
    /// THERMAL
    public static let thermal = PlaneMode(rawValue: 24)
    /// LOITER2QLAND
    public static let loiterAltQland = PlaneMode(rawValue: 25)
    /// AUTOLAND
    public static let autoland = PlaneMode(rawValue: 26)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "PLANE_MODE_MANUAL"
        case 1: return "PLANE_MODE_CIRCLE"
        case 2: return "PLANE_MODE_STABILIZE"
        case 3: return "PLANE_MODE_TRAINING"
        case 4: return "PLANE_MODE_ACRO"
        case 5: return "PLANE_MODE_FLY_BY_WIRE_A"
        case 6: return "PLANE_MODE_FLY_BY_WIRE_B"
        case 7: return "PLANE_MODE_CRUISE"
        case 8: return "PLANE_MODE_AUTOTUNE"
        case 10: return "PLANE_MODE_AUTO"
        case 11: return "PLANE_MODE_RTL"
        case 12: return "PLANE_MODE_LOITER"
        case 13: return "PLANE_MODE_TAKEOFF"
        case 14: return "PLANE_MODE_AVOID_ADSB"
        case 15: return "PLANE_MODE_GUIDED"
        case 16: return "PLANE_MODE_INITIALIZING"
        case 17: return "PLANE_MODE_QSTABILIZE"
        case 18: return "PLANE_MODE_QHOVER"
        case 19: return "PLANE_MODE_QLOITER"
        case 20: return "PLANE_MODE_QLAND"
        case 21: return "PLANE_MODE_QRTL"
        case 22: return "PLANE_MODE_QAUTOTUNE"
        case 23: return "PLANE_MODE_QACRO"
        case 24: return "PLANE_MODE_THERMAL"
        case 25: return "PLANE_MODE_LOITER_ALT_QLAND"
        case 26: return "PLANE_MODE_AUTOLAND"
        default: return nil
        }
    }
}

/// Flags in RALLY_POINT message.
///
/// MAVLink enum `RALLY_FLAGS`. Unknown values are kept, not rejected.
public struct RallyFlags: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Flag set when requiring favorable winds for landing.
    public static let favorableWind = RallyFlags(rawValue: 1)
    /// Flag set when plane is to immediately descend to break altitude and land without GCS intervention. Flag not set when plane is to loiter at Rally point until commanded to land.
    public static let landImmediately = RallyFlags(rawValue: 2)
    /// True if the following altitude frame value is valid.
    public static let altFrameValid = RallyFlags(rawValue: 4)
    /// 2 bit value representing altitude frame. 0: absolute, 1: relative home, 2: relative origin, 3: relative terrain
    public static let altFrame = RallyFlags(rawValue: 24)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 1: return "FAVORABLE_WIND"
        case 2: return "LAND_IMMEDIATELY"
        case 4: return "ALT_FRAME_VALID"
        case 24: return "ALT_FRAME"
        default: return nil
        }
    }
}

/// A mapping of rover flight modes for custom_mode field of heartbeat.
///
/// MAVLink enum `ROVER_MODE`. Unknown values are kept, not rejected.
public struct RoverMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MANUAL
    public static let manual = RoverMode(rawValue: 0)
    /// ACRO
    public static let acro = RoverMode(rawValue: 1)
    /// STEERING
    public static let steering = RoverMode(rawValue: 3)
    /// HOLD
    public static let hold = RoverMode(rawValue: 4)
    /// LOITER
    public static let loiter = RoverMode(rawValue: 5)
    /// FOLLOW
    public static let follow = RoverMode(rawValue: 6)
    /// SIMPLE
    public static let simple = RoverMode(rawValue: 7)
    /// DOCK
    public static let dock = RoverMode(rawValue: 8)
    /// CIRCLE
    public static let circle = RoverMode(rawValue: 9)
    /// AUTO
    public static let auto = RoverMode(rawValue: 10)
    /// RTL
    public static let rtl = RoverMode(rawValue: 11)
    /// SMART RTL
    public static let smartRtl = RoverMode(rawValue: 12)
    /// GUIDED
    public static let guided = RoverMode(rawValue: 15)
    /// INITIALISING
    public static let initializing = RoverMode(rawValue: 16)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ROVER_MODE_MANUAL"
        case 1: return "ROVER_MODE_ACRO"
        case 3: return "ROVER_MODE_STEERING"
        case 4: return "ROVER_MODE_HOLD"
        case 5: return "ROVER_MODE_LOITER"
        case 6: return "ROVER_MODE_FOLLOW"
        case 7: return "ROVER_MODE_SIMPLE"
        case 8: return "ROVER_MODE_DOCK"
        case 9: return "ROVER_MODE_CIRCLE"
        case 10: return "ROVER_MODE_AUTO"
        case 11: return "ROVER_MODE_RTL"
        case 12: return "ROVER_MODE_SMART_RTL"
        case 15: return "ROVER_MODE_GUIDED"
        case 16: return "ROVER_MODE_INITIALIZING"
        default: return nil
        }
    }
}

/// SCRIPTING_CMD
///
/// MAVLink enum `SCRIPTING_CMD`. Unknown values are kept, not rejected.
public struct ScriptingCmd: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Start a REPL session.
    public static let replStart = ScriptingCmd(rawValue: 0)
    /// End a REPL session.
    public static let replStop = ScriptingCmd(rawValue: 1)
    /// Stop execution of scripts.
    public static let stop = ScriptingCmd(rawValue: 2)
    /// Stop execution of scripts and restart.
    public static let stopAndRestart = ScriptingCmd(rawValue: 3)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SCRIPTING_CMD_REPL_START"
        case 1: return "SCRIPTING_CMD_REPL_STOP"
        case 2: return "SCRIPTING_CMD_STOP"
        case 3: return "SCRIPTING_CMD_STOP_AND_RESTART"
        default: return nil
        }
    }
}

/// SECURE_COMMAND_OP
///
/// MAVLink enum `SECURE_COMMAND_OP`. Unknown values are kept, not rejected.
public struct SecureCommandOp: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Get an 8 byte session key which is used for remote secure updates which operate on flight controller data such as bootloader public keys. Return data will be 8 bytes on success. The session key remains valid until either the flight controller reboots or another SECURE_COMMAND_GET_SESSION_KEY is run.
    public static let secureCommandGetSessionKey = SecureCommandOp(rawValue: 0)
    /// Get an 8 byte session key which is used for remote secure updates which operate on RemoteID module data. Return data will be 8 bytes on success. The session key remains valid until either the remote ID module reboots or another SECURE_COMMAND_GET_REMOTEID_SESSION_KEY is run.
    public static let secureCommandGetRemoteidSessionKey = SecureCommandOp(rawValue: 1)
    /// Remove range of public keys from the bootloader. Command data consists of two bytes, first byte if index of first public key to remove. Second byte is the number of keys to remove. If all keys are removed then secure boot is disabled and insecure firmware can be loaded.
    public static let secureCommandRemovePublicKeys = SecureCommandOp(rawValue: 2)
    /// Get current public keys from the bootloader. Command data consists of two bytes, first byte is index of first public key to fetch, 2nd byte is number of keys to fetch. Total data needs to fit in data portion of reply (max 6 keys for 32 byte keys). Reply data has the index of the first key in the first byte, followed by the keys. Returned keys may be less than the number of keys requested if there are less keys installed than requested.
    public static let secureCommandGetPublicKeys = SecureCommandOp(rawValue: 3)
    /// Set current public keys in the bootloader. Data consists of a one byte public key index followed by the public keys. With 32 byte keys this allows for up to 6 keys to be set in one request. Keys outside of the range that is being set will remain unchanged.
    public static let secureCommandSetPublicKeys = SecureCommandOp(rawValue: 4)
    /// Get config data for remote ID module. This command should be sent to the component ID of the flight controller which will forward it to the RemoteID module either over mavlink or DroneCAN. Data format is specific to the RemoteID implementation, see RemoteID firmware documentation for details.
    public static let secureCommandGetRemoteidConfig = SecureCommandOp(rawValue: 5)
    /// Set config data for remote ID module. This command should be sent to the component ID of the flight controller which will forward it to the RemoteID module either over mavlink or DroneCAN. Data format is specific to the RemoteID implementation, see RemoteID firmware documentation for details.
    public static let secureCommandSetRemoteidConfig = SecureCommandOp(rawValue: 6)
    /// Flash bootloader from local storage. Data is the filename to use for the bootloader. This is intended to be used with MAVFtp to upload a new bootloader to a microSD before flashing.
    public static let secureCommandFlashBootloader = SecureCommandOp(rawValue: 7)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SECURE_COMMAND_GET_SESSION_KEY"
        case 1: return "SECURE_COMMAND_GET_REMOTEID_SESSION_KEY"
        case 2: return "SECURE_COMMAND_REMOVE_PUBLIC_KEYS"
        case 3: return "SECURE_COMMAND_GET_PUBLIC_KEYS"
        case 4: return "SECURE_COMMAND_SET_PUBLIC_KEYS"
        case 5: return "SECURE_COMMAND_GET_REMOTEID_CONFIG"
        case 6: return "SECURE_COMMAND_SET_REMOTEID_CONFIG"
        case 7: return "SECURE_COMMAND_FLASH_BOOTLOADER"
        default: return nil
        }
    }
}

/// A mapping of sub flight modes for custom_mode field of heartbeat.
///
/// MAVLink enum `SUB_MODE`. Unknown values are kept, not rejected.
public struct SubMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// STABILIZE
    public static let stabilize = SubMode(rawValue: 0)
    /// ACRO
    public static let acro = SubMode(rawValue: 1)
    /// ALT HOLD
    public static let altHold = SubMode(rawValue: 2)
    /// AUTO
    public static let auto = SubMode(rawValue: 3)
    /// GUIDED
    public static let guided = SubMode(rawValue: 4)
    /// CIRCLE
    public static let circle = SubMode(rawValue: 7)
    /// SURFACE
    public static let surface = SubMode(rawValue: 9)
    /// POSHOLD
    public static let poshold = SubMode(rawValue: 16)
    /// MANUAL
    public static let manual = SubMode(rawValue: 19)
    /// MOTORDETECT
    public static let motordetect = SubMode(rawValue: 20)
    /// SURFTRAK
    public static let surftrak = SubMode(rawValue: 21)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "SUB_MODE_STABILIZE"
        case 1: return "SUB_MODE_ACRO"
        case 2: return "SUB_MODE_ALT_HOLD"
        case 3: return "SUB_MODE_AUTO"
        case 4: return "SUB_MODE_GUIDED"
        case 7: return "SUB_MODE_CIRCLE"
        case 9: return "SUB_MODE_SURFACE"
        case 16: return "SUB_MODE_POSHOLD"
        case 19: return "SUB_MODE_MANUAL"
        case 20: return "SUB_MODE_MOTORDETECT"
        case 21: return "SUB_MODE_SURFTRAK"
        default: return nil
        }
    }
}

/// A mapping of antenna tracker flight modes for custom_mode field of heartbeat.
///
/// MAVLink enum `TRACKER_MODE`. Unknown values are kept, not rejected.
public struct TrackerMode: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// MANUAL
    public static let manual = TrackerMode(rawValue: 0)
    /// STOP
    public static let stop = TrackerMode(rawValue: 1)
    /// SCAN
    public static let scan = TrackerMode(rawValue: 2)
    /// SERVO TEST
    public static let servoTest = TrackerMode(rawValue: 3)
    /// GUIDED
    public static let guided = TrackerMode(rawValue: 4)
    /// AUTO
    public static let auto = TrackerMode(rawValue: 10)
    /// INITIALISING
    public static let initializing = TrackerMode(rawValue: 16)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "TRACKER_MODE_MANUAL"
        case 1: return "TRACKER_MODE_STOP"
        case 2: return "TRACKER_MODE_SCAN"
        case 3: return "TRACKER_MODE_SERVO_TEST"
        case 4: return "TRACKER_MODE_GUIDED"
        case 10: return "TRACKER_MODE_AUTO"
        case 16: return "TRACKER_MODE_INITIALIZING"
        default: return nil
        }
    }
}

extension MAVCmd {
    /// Set the distance to be repeated on mission resume
    public static let doSetResumeRepeatDist = MAVCmd(rawValue: 215)
    /// Control attached liquid sprayer
    public static let doSprayer = MAVCmd(rawValue: 216)
    /// Pass instructions onto scripting, a script should be checking for a new command
    public static let doSendScriptMessage = MAVCmd(rawValue: 217)
    /// Execute auxiliary function
    public static let doAuxFunction = MAVCmd(rawValue: 218)
    /// Mission command to wait for an altitude or downwards vertical speed. This is meant for high altitude balloon launches, allowing the aircraft to be idle until either an altitude is reached or a negative vertical speed is reached (indicating early balloon burst). The wiggle time is how often to wiggle the control surfaces to prevent them seizing up.
    public static let navAltitudeWait = MAVCmd(rawValue: 83)
    /// A system wide power-off event has been initiated.
    public static let powerOffInitiated = MAVCmd(rawValue: 42000)
    /// FLY button has been clicked.
    public static let soloBtnFlyClick = MAVCmd(rawValue: 42001)
    /// FLY button has been held for 1.5 seconds.
    public static let soloBtnFlyHold = MAVCmd(rawValue: 42002)
    /// PAUSE button has been clicked.
    public static let soloBtnPauseClick = MAVCmd(rawValue: 42003)
    /// Magnetometer calibration based on fixed position
    /// in earth field given by inclination, declination and intensity.
    public static let fixedMagCal = MAVCmd(rawValue: 42004)
    /// Magnetometer calibration based on fixed expected field values.
    public static let fixedMagCalField = MAVCmd(rawValue: 42005)
    /// Set EKF sensor source set.
    public static let setEkfSourceSet = MAVCmd(rawValue: 42007)
    /// Initiate a magnetometer calibration.
    public static let doStartMagCal = MAVCmd(rawValue: 42424)
    /// Accept a magnetometer calibration.
    public static let doAcceptMagCal = MAVCmd(rawValue: 42425)
    /// Cancel a running magnetometer calibration.
    public static let doCancelMagCal = MAVCmd(rawValue: 42426)
    /// Used when doing accelerometer calibration. When sent to the GCS tells it what position to put the vehicle in. When sent to the vehicle says what position the vehicle is in.
    public static let accelcalVehiclePos = MAVCmd(rawValue: 42429)
    /// Reply with the version banner.
    public static let doSendBanner = MAVCmd(rawValue: 42428)
    /// Command autopilot to get into factory test/diagnostic mode.
    public static let setFactoryTestMode = MAVCmd(rawValue: 42427)
    /// Causes the gimbal to reset and boot as if it was just powered on.
    public static let gimbalReset = MAVCmd(rawValue: 42501)
    /// Reports progress and success or failure of gimbal axis calibration procedure.
    public static let gimbalAxisCalibrationStatus = MAVCmd(rawValue: 42502)
    /// Starts commutation calibration on the gimbal.
    public static let gimbalRequestAxisCalibration = MAVCmd(rawValue: 42503)
    /// Erases gimbal application and parameters.
    public static let gimbalFullReset = MAVCmd(rawValue: 42505)
    /// Update the bootloader
    public static let flashBootloader = MAVCmd(rawValue: 42650)
    /// Reset battery capacity for batteries that accumulate consumed battery via integration.
    public static let batteryReset = MAVCmd(rawValue: 42651)
    /// Issue a trap signal to the autopilot process, presumably to enter the debugger.
    public static let debugTrap = MAVCmd(rawValue: 42700)
    /// Control onboard scripting.
    public static let scripting = MAVCmd(rawValue: 42701)
    /// Scripting command as NAV command with wait for completion.
    public static let navScriptTime = MAVCmd(rawValue: 42702)
    /// Maintain an attitude for a specified time.
    public static let navAttitudeTime = MAVCmd(rawValue: 42703)
    /// Provide a value for height above ground level. This can be used for things like fixed wing and VTOL landing.
    public static let setHagl = MAVCmd(rawValue: 43005)
}
