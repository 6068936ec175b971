import FlightCore
import FlightMath
import MAVLinkDialects

/// Identity of the autopilot as reported in `HEARTBEAT` and `AUTOPILOT_VERSION`.
public struct AutopilotIdentity: Sendable {
    /// Reported as PX4 (`MAV_AUTOPILOT_PX4` = 12) so MAVSDK, QGroundControl and MAVProxy use PX4's
    /// mode encoding and mission conventions (no home item).
    public var autopilot: UInt8 = 12
    /// `AUTOPILOT_VERSION.flight_sw_version`: major << 24 | minor << 16 | patch << 8 | type (255 release).
    public var flightSoftwareVersion: UInt32 = 0x0001_00FF
    public var uid: UInt64 = 0x5357_4946_544C_4554 // "SWIFTLET"
    public init() {}

    /// Capability bits actually implemented: PARAM_FLOAT 2, MISSION_INT 4, COMMAND_INT 8, FTP 32,
    /// SET_ATTITUDE_TARGET 64, SET_POSITION_TARGET_LOCAL_NED 128, SET_POSITION_TARGET_GLOBAL_INT 256,
    /// MAVLINK2 8192, MISSION_FENCE 16384, MISSION_RALLY 32768, PARAM_ENCODE_C_CAST 131072.
    /// Not claimed: MISSION_FLOAT 1, PARAM_ENCODE_BYTEWISE. Signing has no capability bit; it is
    /// announced by the signed frames themselves.
    public static let capabilities: UInt64 = 2 | 4 | 8 | 32 | 64 | 128 | 256 | 8192 | 16384 | 32768 | 131072

    /// `capabilities` without the bits `V` cannot honour (SET_ATTITUDE_TARGET 64 unless
    /// `V.followsAttitudeTargets`).
    public static func capabilities<V: VehicleModel>(of vehicle: V.Type) -> UInt64 {
        V.followsAttitudeTargets ? capabilities : capabilities & ~64
    }
}

/// Builds each telemetry message from `VehicleTelemetry` (fields converted to MAVLink units).
enum TelemetryMessages {
    static func bootMillis(_ t: Tick) -> UInt32 { UInt32(truncatingIfNeeded: t.micros / 1000) }

    static func heartbeat(_ t: VehicleTelemetry, identity: AutopilotIdentity) -> Heartbeat {
        var base: MAVModeFlag = [.customModeEnabled]
        if t.armed { base.insert(.safetyArmed) }
        switch t.mode {
        case .stabilized, .altitudeHold, .positionHold: base.insert(.manualInputEnabled); base.insert(.stabilizeEnabled)
        case .guided: base.insert(.guidedEnabled); base.insert(.stabilizeEnabled)
        default: base.insert(.autoEnabled); base.insert(.guidedEnabled); base.insert(.stabilizeEnabled)
        }
        return Heartbeat(type: MAVType(rawValue: UInt32(t.vehicleType.rawValue)), autopilot: MAVAutopilot(rawValue: UInt32(identity.autopilot)),
                         baseMode: base, customMode: t.mode.px4CustomMode,
                         systemStatus: MAVState(rawValue: UInt32(t.systemState.rawValue)), mavlinkVersion: 3)
    }

    static func attitude(_ t: VehicleTelemetry, at time: Tick) -> Attitude {
        let e = EulerAngles(t.attitude)
        return Attitude(timeBootMs: bootMillis(time), roll: e.roll, pitch: e.pitch, yaw: e.yaw,
                        rollspeed: t.angularRate.x, pitchspeed: t.angularRate.y, yawspeed: t.angularRate.z)
    }

    static func attitudeQuaternion(_ t: VehicleTelemetry, at time: Tick) -> AttitudeQuaternion {
        AttitudeQuaternion(timeBootMs: bootMillis(time), q1: t.attitude.w, q2: t.attitude.x, q3: t.attitude.y, q4: t.attitude.z,
                           rollspeed: t.angularRate.x, pitchspeed: t.angularRate.y, yawspeed: t.angularRate.z)
    }

    static func localPosition(_ t: VehicleTelemetry, at time: Tick) -> LocalPositionNed {
        LocalPositionNed(timeBootMs: bootMillis(time), x: t.positionNED.x, y: t.positionNED.y, z: t.positionNED.z,
                         vx: t.velocityNED.x, vy: t.velocityNED.y, vz: t.velocityNED.z)
    }

    static func relativeAltitude(_ t: VehicleTelemetry) -> Double {
        guard let h = t.home else { return 0 }
        return t.global.altitudeMSL - h.global.altitudeMSL
    }

    static func headingDegrees(_ t: VehicleTelemetry) -> Float {
        var deg = EulerAngles(t.attitude).yaw * 180 / Float.pi
        if deg < 0 { deg += 360 }
        return deg
    }

    static func globalPosition(_ t: VehicleTelemetry, at time: Tick) -> GlobalPositionInt {
        func cms(_ v: Float) -> Int16 { Int16(clamping: Int((v * 100).rounded())) }
        return GlobalPositionInt(timeBootMs: bootMillis(time), lat: t.global.latE7, lon: t.global.lonE7,
                                 alt: Int32(clamping: Int64((t.global.altitudeMSL * 1000).rounded())),
                                 relativeAlt: Int32(clamping: Int64((relativeAltitude(t) * 1000).rounded())),
                                 vx: cms(t.velocityNED.x), vy: cms(t.velocityNED.y), vz: cms(t.velocityNED.z),
                                 hdg: UInt16(clamping: Int((headingDegrees(t) * 100).rounded()) % 36000))
    }

    static func gpsRaw(_ t: VehicleTelemetry, at time: Tick) -> GpsRawInt {
        func mm(_ v: Float) -> UInt32 { v.isFinite ? UInt32(clamping: Int((v * 1000).rounded())) : 0 }
        var cog = t.gnss.course * 180 / Float.pi
        if cog < 0 { cog += 360 }
        return GpsRawInt(timeUsec: time.micros, fixType: GpsFixType(rawValue: UInt32(t.gnss.fixType)),
                         lat: t.gnss.position.latE7, lon: t.gnss.position.lonE7,
                         alt: Int32(clamping: Int64((t.gnss.position.altitudeMSL * 1000).rounded())),
                         eph: UInt16.max, epv: UInt16.max,
                         vel: UInt16(clamping: Int((t.gnss.groundSpeed * 100).rounded())),
                         cog: UInt16(clamping: Int((cog * 100).rounded()) % 36000), satellitesVisible: t.gnss.satellites,
                         hAcc: mm(t.gnss.horizontalAccuracy), vAcc: mm(t.gnss.verticalAccuracy))
    }

    static func vfrHud(_ t: VehicleTelemetry) -> VfrHud {
        let speed = t.velocityNED.horizontalLength
        return VfrHud(airspeed: speed, groundspeed: speed, heading: Int16(headingDegrees(t)),
                      throttle: UInt16(clamping: Int((t.throttle * 100).rounded())),
                      alt: Float(t.global.altitudeMSL), climb: -t.velocityNED.z)
    }

    static func sysStatus(_ t: VehicleTelemetry) -> SysStatus {
        // Sensors: gyro 1, accel 2, mag 4, baro 8, GPS 32, attitude 0x400 (angular rate ctl), motor outputs 0x8000, battery 0x2000000.
        let present: UInt32 = 1 | 2 | 4 | 8 | 32 | 0x8000 | 0x200_0000
        var health = present
        if !t.estimator.attitudeValid { health &= ~UInt32(1 | 2 | 4) }
        if t.gnss.fixType < 3 { health &= ~UInt32(32) }
        let b = t.battery
        return SysStatus(onboardControlSensorsPresent: MAVSysStatusSensor(rawValue: present),
                         onboardControlSensorsEnabled: MAVSysStatusSensor(rawValue: present),
                         onboardControlSensorsHealth: MAVSysStatusSensor(rawValue: health),
                         voltageBattery: b.volts.isFinite ? UInt16(clamping: Int((b.volts * 1000).rounded())) : UInt16.max,
                         currentBattery: b.amps.isFinite ? Int16(clamping: Int((b.amps * 100).rounded())) : -1,
                         batteryRemaining: b.remaining.isFinite ? Int8(clamping: Int((b.remaining * 100).rounded())) : -1)
    }

    static func batteryStatus(_ t: VehicleTelemetry) -> BatteryStatus {
        let b = t.battery
        var cells = FixedArray<10, UInt16>(repeating: UInt16.max)
        cells[0] = b.volts.isFinite ? UInt16(clamping: Int((b.volts * 1000).rounded())) : UInt16.max
        return BatteryStatus(id: 0, batteryFunction: MAVBatteryFunction(rawValue: 1), type: MAVBatteryType(rawValue: 1),
                             temperature: Int16.max, voltages: cells,
                             currentBattery: b.amps.isFinite ? Int16(clamping: Int((b.amps * 100).rounded())) : -1,
                             currentConsumed: b.consumedMilliampHours.isFinite ? Int32(clamping: Int(b.consumedMilliampHours.rounded())) : -1,
                             // hJ: 1 Wh = 3600 J = 36 hJ.
                             energyConsumed: b.consumedWattHours.isFinite ? Int32(clamping: Int((b.consumedWattHours * 36).rounded())) : -1,
                             batteryRemaining: b.remaining.isFinite ? Int8(clamping: Int((b.remaining * 100).rounded())) : -1)
    }

    static func extendedSysState(_ t: VehicleTelemetry) -> ExtendedSysState {
        ExtendedSysState(vtolState: MAVVtolState(rawValue: 0), landedState: MAVLandedState(rawValue: UInt32(t.landedState.rawValue)))
    }

    static func homePosition(_ t: VehicleTelemetry, at time: Tick) -> HomePositionMessage? {
        guard let h = t.home else { return nil }
        var q = FixedArray<4, Float>(repeating: 0); q[0] = 1
        return HomePositionMessage(latitude: h.global.latE7, longitude: h.global.lonE7,
                             altitude: Int32(clamping: Int64((h.global.altitudeMSL * 1000).rounded())),
                             x: h.localNED.x, y: h.localNED.y, z: h.localNED.z, q: q, timeUsec: time.micros)
    }

    static func altitude(_ t: VehicleTelemetry, at time: Tick) -> Altitude {
        let amsl = Float(t.global.altitudeMSL)
        return Altitude(timeUsec: time.micros, altitudeMonotonic: amsl, altitudeAmsl: amsl, altitudeLocal: -t.positionNED.z,
                        altitudeRelative: Float(relativeAltitude(t)), altitudeTerrain: .nan, bottomClearance: .nan)
    }

    static func estimatorStatus(_ t: VehicleTelemetry, at time: Tick) -> MAVLinkDialects.EstimatorStatus {
        let e = t.estimator
        var flags: UInt32 = 0
        if e.attitudeValid { flags |= 1 }
        if e.horizontalVelocityValid { flags |= 2 }
        if e.verticalVelocityValid { flags |= 4 }
        if e.horizontalPositionValid { flags |= 8 | 16 | 256 }
        if e.verticalPositionValid { flags |= 32 }
        if e.accelerometerError { flags |= EstimatorStatusFlags.estimatorAccelError.rawValue }
        return MAVLinkDialects.EstimatorStatus(timeUsec: time.micros, flags: EstimatorStatusFlags(rawValue: flags),
                               velRatio: e.velocityRatio, posHorizRatio: e.horizontalPositionRatio,
                               posVertRatio: e.verticalPositionRatio, magRatio: e.magnetometerRatio,
                               haglRatio: 0, tasRatio: 0, posHorizAccuracy: e.horizontalAccuracy, posVertAccuracy: e.verticalAccuracy)
    }

    static func servoOutputs(_ t: VehicleTelemetry, at time: Tick) -> ServoOutputRaw {
        func s(_ i: Int) -> UInt16 { i < t.servoCount ? t.servoOutputs[i] : 0 }
        return ServoOutputRaw(timeUsec: UInt32(truncatingIfNeeded: time.micros), port: 0,
                              servo1Raw: s(0), servo2Raw: s(1), servo3Raw: s(2), servo4Raw: s(3),
                              servo5Raw: s(4), servo6Raw: s(5), servo7Raw: s(6), servo8Raw: s(7))
    }

    static func currentMode(_ t: VehicleTelemetry) -> CurrentMode {
        CurrentMode(standardMode: MAVStandardMode(rawValue: UInt32(t.mode.standardMode.rawValue)),
                    customMode: t.mode.px4CustomMode, intendedCustomMode: t.mode.px4CustomMode)
    }

    static func availableMode(_ mode: FlightMode, index: Int, count: Int) -> AvailableModes {
        var name = FixedString<35>()
        mode.name.withUTF8Buffer { for (i, b) in $0.enumerated() where i < 35 { name.bytes[i] = b } }
        return AvailableModes(numberModes: UInt8(count), modeIndex: UInt8(index + 1),
                              standardMode: MAVStandardMode(rawValue: UInt32(mode.standardMode.rawValue)),
                              customMode: mode.px4CustomMode, properties: MAVModeProperty(rawValue: 0), modeName: name)
    }

    static func autopilotVersion<V: VehicleModel>(_ identity: AutopilotIdentity, vehicle: V.Type) -> AutopilotVersion {
        AutopilotVersion(capabilities: MAVProtocolCapability(rawValue: AutopilotIdentity.capabilities(of: vehicle)),
                         flightSwVersion: identity.flightSoftwareVersion, uid: identity.uid)
    }

    static func missionCurrent(_ t: VehicleTelemetry, vehicle: inout some VehicleModel) -> MissionCurrent {
        let mission = vehicle.plan(.mission)
        return MissionCurrent(seq: UInt16(clamping: t.mission.currentItem), total: UInt16(clamping: mission.count),
                              missionState: MissionState(rawValue: UInt32(t.mission.state)),
                              missionMode: t.mode == .mission ? 1 : 0,
                              missionId: PlanIdentity.opaqueID(of: mission),
                              fenceId: PlanIdentity.opaqueID(of: vehicle.plan(.fence)),
                              rallyPointsId: PlanIdentity.opaqueID(of: vehicle.plan(.rally)))
    }
}

/// The `HOME_POSITION` message (renamed here: avoids clashing with other modules).
public typealias HomePositionMessage = MAVLinkDialects.HomePosition
