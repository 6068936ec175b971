import FlightCore
import MAVLinkDialects

extension VehicleLink {
    /// The `param2` of `MAV_CMD_COMPONENT_ARM_DISARM` that forces arming/disarming.
    public static let forceMagic: Float = 21196

    /// Answers one command with `COMMAND_ACK` (resends answered from memory, see `CommandDeduplicator`).
    mutating func handleCommand<V: VehicleModel>(_ r: CommandRequest, at time: Tick, vehicle: inout V, outbox: inout Outbox) {
        let result: CommandOutcome
        if let remembered = commands.repeated(r, at: time) {
            result = remembered
        } else {
            result = execute(r, at: time, vehicle: &vehicle, outbox: &outbox)
            commands.record(r, result: result, at: time)
            if case .denied(let reason) = result {
                tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: StatusTextBuilder(reason).fixedString), into: &outbox)
            }
        }
        if case .inProgress(let p) = result { pendingCommand = (r, p) } else if pendingCommand?.request.command == r.command { pendingCommand = nil }
        sendAck(r, result, outbox: &outbox)
    }

    mutating func sendAck(_ r: CommandRequest, _ result: CommandOutcome, outbox: inout Outbox) {
        var progress: UInt8 = 0
        if case .inProgress(let p) = result { progress = p }
        tx.send(CommandAck(command: MAVCmd(rawValue: r.command), result: MAVResult(rawValue: result.mavResult), progress: progress,
                           targetSystem: r.sourceSystem, targetComponent: r.sourceComponent), into: &outbox)
    }

    /// Sends progress of a long command when it changes, and its closing `COMMAND_ACK` when done.
    mutating func followUp<V: VehicleModel>(_ r: CommandRequest, lastProgress: UInt8, at time: Tick, vehicle: inout V, outbox: inout Outbox) {
        let now = vehicle.progress(ofCommand: r.command)
        if case .inProgress(let p) = now {
            guard p != lastProgress else { return }
            pendingCommand = (r, p)
        } else {
            pendingCommand = nil
            commands.record(r, result: now, at: time)
        }
        sendAck(r, now, outbox: &outbox)
    }

    /// Carries out a command (no deduplication), sending any immediate reply messages it asks for.
    mutating func execute<V: VehicleModel>(_ r: CommandRequest, at time: Tick, vehicle: inout V, outbox: inout Outbox) -> CommandOutcome {
        switch r.command {
        case MAVCmd.componentArmDisarm.rawValue:
            let force = r.param2 == Self.forceMagic
            if r.param1 == 1 { return vehicle.arm(force: force, at: time) }
            if r.param1 == 0 { return vehicle.disarm(force: force, at: time) }
            return .denied(reason: "Arm: param1 must be 0 or 1")
        case MAVCmd.navTakeoff.rawValue:
            var altitude = r.param7
            // A global-frame altitude (COMMAND_LONG and frames 0/5 are AMSL) becomes height above home.
            if altitude.isFinite && r.frame != 3 && r.frame != 6, let home = vehicle.telemetry.home {
                altitude = Float(Double(altitude) - home.global.altitudeMSL)
                if altitude <= 0 { altitude = .nan }
            }
            return vehicle.takeoff(altitude: altitude, at: time)
        case MAVCmd.navLand.rawValue:
            return vehicle.setMode(.land, at: time)
        case MAVCmd.navReturnToLaunch.rawValue:
            return vehicle.setMode(.returnToLaunch, at: time)
        case MAVCmd.doSetMode.rawValue:
            // param1 base mode with CUSTOM_MODE_ENABLED: param2 PX4 main, param3 PX4 sub.
            guard UInt32(r.param1) & 1 != 0 else { return .denied(reason: "Mode: only custom modes") }
            guard let mode = FlightMode(px4: PX4Mode(main: UInt8(clamping: Int(r.param2)), sub: UInt8(clamping: Int(r.param3)))) else {
                return .denied(reason: "Mode: unknown PX4 mode")
            }
            return vehicle.setMode(mode, at: time)
        case MAVCmd.doSetStandardMode.rawValue:
            guard let standard = StandardMode(rawValue: UInt8(clamping: Int(r.param1))), let mode = FlightMode(standardMode: standard) else {
                return .unsupported
            }
            return vehicle.setMode(mode, at: time)
        case MAVCmd.missionStart.rawValue:
            let first = Int(r.param1)
            return vehicle.startMission(firstItem: first > 0 ? first : nil, at: time)
        case MAVCmd.doSetMissionCurrent.rawValue:
            let ok = vehicle.setCurrentMissionItem(Int(r.param1), at: time)
            tx.send(TelemetryMessages.missionCurrent(vehicle.telemetry, vehicle: &vehicle), into: &outbox)
            return ok ? .accepted : .denied(reason: "Mission item out of range")
        case MAVCmd.doReposition.rawValue:
            let t = vehicle.telemetry
            let relative = r.frame == 3 || r.frame == 6
            let base = relative ? (t.home?.global.altitudeMSL ?? t.global.altitudeMSL) : 0
            let req = RepositionRequest(latitudeDegrees: r.latitudeDegrees, longitudeDegrees: r.longitudeDegrees,
                                        altitudeMSL: r.param7.isFinite ? base + Double(r.param7) : .nan,
                                        speed: r.param1 > 0 ? r.param1 : .nan,
                                        yaw: r.param4.isFinite ? r.param4 * Float.pi / 180 : .nan)
            return vehicle.reposition(req, at: time)
        case MAVCmd.doChangeSpeed.rawValue:
            guard let kind = SpeedKind(rawValue: UInt8(clamping: Int(r.param1))) else { return .denied(reason: "Speed: unknown type") }
            return vehicle.changeSpeed(kind, metresPerSecond: r.param2, at: time)
        case MAVCmd.doSetHome.rawValue:
            if r.param1 == 1 { return vehicle.setHome(nil, at: time) }
            return vehicle.setHome(GlobalPosition(latitudeDegrees: r.latitudeDegrees, longitudeDegrees: r.longitudeDegrees,
                                                  altitudeMSL: Double(r.param7)), at: time)
        case MAVCmd.setMessageInterval.rawValue:
            return streams.setInterval(messageID: UInt32(r.param1), intervalMicros: r.param2, at: time) ? .accepted : .unsupported
        case MAVCmd.requestMessage.rawValue:
            return requestMessage(UInt32(r.param1), param2: r.param2, at: time, vehicle: &vehicle, outbox: &outbox)
        case MAVCmd.requestAutopilotCapabilities.rawValue:
            tx.send(TelemetryMessages.autopilotVersion(config.identity, vehicle: V.self), into: &outbox)
            return .accepted
        case MAVCmd.preflightRebootShutdown.rawValue:
            // param1 (autopilot): 1 reboot, 2 shutdown; 0 do nothing.
            switch r.param1 {
            case 1: return vehicle.rebootRequested(shutdown: false, at: time)
            case 2: return vehicle.rebootRequested(shutdown: true, at: time)
            case 0: return .accepted
            default: return .unsupported
            }
        default:
            return .unsupported
        }
    }

    /// `MAV_CMD_REQUEST_MESSAGE`: answers straight away for messages with arguments or state,
    /// otherwise queues the message for the next poll.
    mutating func requestMessage<V: VehicleModel>(_ id: UInt32, param2: Float, at time: Tick, vehicle: inout V, outbox: inout Outbox) -> CommandOutcome {
        switch id {
        case AutopilotVersion.id:
            tx.send(TelemetryMessages.autopilotVersion(config.identity, vehicle: V.self), into: &outbox); return .accepted
        case HomePositionMessage.id:
            guard let m = TelemetryMessages.homePosition(vehicle.telemetry, at: time) else { return .denied(reason: "No home position") }
            tx.send(m, into: &outbox); return .accepted
        case AvailableModes.id:
            let all = FlightMode.allCases
            let index = Int(param2)
            if index >= 1 && index <= all.count {
                tx.send(TelemetryMessages.availableMode(all[index - 1], index: index - 1, count: all.count), into: &outbox)
            } else {
                availableModesNext = 1
            }
            return .accepted
        case MissionCurrent.id:
            tx.send(TelemetryMessages.missionCurrent(vehicle.telemetry, vehicle: &vehicle), into: &outbox); return .accepted
        default:
            return streams.request(messageID: id) ? .accepted : .unsupported
        }
    }
}
