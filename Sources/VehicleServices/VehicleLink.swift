import FlightCore
import FlightMath
import MAVLinkDialects

/// The vehicle side of one ground-station link: every MAVLink microservice as a state machine.
///
/// The edge hands in each parsed frame with `receive` and calls `poll` regularly (every control
/// step is fine); both append encoded frames to the caller's `Outbox`, which the edge sends.
/// Time is explicit: `Tick` (monotonic, since boot) for timeouts and rates, and Unix time in
/// microseconds for signing and `SYSTEM_TIME`. No allocation per message on the telemetry path.
public struct VehicleLink: Sendable {
    /// Link settings.
    public struct Config: Sendable {
        public var systemID: UInt8 = 1
        public var componentID: UInt8 = 1
        /// MAVLink link id for outgoing signatures.
        public var signingLinkID: UInt8 = 0
        /// With a signing key installed, still accept unsigned HEARTBEAT (RADIO_STATUS always is).
        ///
        /// Off by default, as in ArduPilot: an accepted HEARTBEAT of type GCS keeps the ground
        /// station link alive, so anyone who can reach the vehicle could otherwise hold off the
        /// link-loss failsafe after the real ground station is gone.
        public var acceptUnsignedHeartbeat = false
        public var identity = AutopilotIdentity()
        public init() {}
    }

    public var config: Config
    /// This link's encoder (sequence numbers, signing) and the current Unix time.
    public var tx: Transmitter
    /// Periodic telemetry and its per-message intervals.
    public var streams = TelemetryStreams()
    /// Mission, fence and rally transfers.
    public var missions = MissionServer()
    /// Parameter list stream, reads and sets.
    public var parameters = ParameterServer()
    /// Resent-command memory.
    public var commands = CommandDeduplicator()
    /// MAVLink FTP session and burst state.
    public var ftp = FtpServer()
    /// `LOG_REQUEST_*` transfers.
    public var logs = LogServer()
    /// Ground-station presence from its heartbeats (feeds the link-loss failsafe).
    public var groundStation = PeerTracker()
    var verifier: SignatureVerifier?
    /// Frames dropped by signing, by reason, since the link was created.
    public private(set) var refused = RefusedFrameCounts()
    /// The reason of the most recent refusal (nil before the first).
    public private(set) var lastRefusal: FrameRefusal?
    /// Refusals already announced to the ground station in a `STATUSTEXT` warning.
    var refusalsAnnounced = 0
    /// No refusal warning before this instant (rate limit).
    var nextRefusalWarning = Tick.zero
    /// The least time between two refusal warnings on one link, µs.
    public static let refusalWarningIntervalMicros: UInt64 = 10_000_000
    /// Status texts already forwarded (running number of `VehicleTelemetry.statusTexts`).
    var statusTextsSent: UInt32 = 0
    var itemsReachedSent: UInt32 = 0
    /// Parameter changes already announced (running number of `VehicleTelemetry.parameterChanges`).
    var parameterChangesSent: UInt32 = 0
    var primed = false
    /// A command answered IN_PROGRESS whose final COMMAND_ACK is still owed, with its last progress.
    var pendingCommand: (request: CommandRequest, progress: UInt8)?
    /// Mode index still to announce in `AVAILABLE_MODES` (0: none pending).
    var availableModesNext = 0
    var lastMode: FlightMode?

    public init(config: Config = Config()) {
        self.config = config
        tx = Transmitter(encoder: MAVLinkEncoder(systemID: config.systemID, componentID: config.componentID, version: .v2))
    }

    // MARK: Signing

    /// The installed signing key (for the edge to persist outside parameters and logs), nil when off.
    public var signingKey: SigningKey? { verifier?.key }

    /// Installs (or, with nil or an all-zero key, removes) the signing key: from then on outgoing
    /// frames are signed and unsigned incoming frames refused, except RADIO_STATUS (and HEARTBEAT
    /// with `Config.acceptUnsignedHeartbeat`).
    public mutating func installSigningKey(_ key: SigningKey?, initialTimestamp: UInt64 = 0) {
        guard let key, !Self.isZero(key) else {
            verifier = nil; tx.encoder.signer = nil; return
        }
        var allowed: [UInt32] = [109]
        if config.acceptUnsignedHeartbeat { allowed.append(0) }
        verifier = SignatureVerifier(key: key, acceptUnsigned: false, unsignedAllowedIDs: allowed)
        tx.encoder.signer = MAVLinkSigner(key: key, linkID: config.signingLinkID, lastTimestamp: initialTimestamp)
    }

    static func isZero(_ key: SigningKey) -> Bool {
        for i in 0..<32 where key.bytes[i] != 0 { return false }
        return true
    }

    // MARK: Receive

    /// Handles one frame from the ground station; replies go into `outbox`.
    ///
    /// With a signing key installed, a frame that fails the signing checks reaches no service and
    /// gets no reply: it is counted in `refused`, announced by a rate-limited `STATUSTEXT`
    /// warning from `poll`, and its reason returned so the edge can log it with the sender.
    ///
    /// - Parameters:
    ///   - time: monotonic time since boot.
    ///   - unixMicros: wall-clock Unix time, microseconds (signature checks, `SYSTEM_TIME`).
    /// - Returns: why the frame was refused, or nil when it was handed to the services.
    @discardableResult
    public mutating func receive<V: VehicleModel>(_ frame: MAVLinkFrame, at time: Tick, unixMicros: UInt64,
                                                  vehicle: inout V, into outbox: inout Outbox) -> FrameRefusal? {
        tx.unixMicros = unixMicros
        if verifier != nil, let reason = FrameRefusal(verifier!.verify(frame, unixMicros: unixMicros)) {
            refused[reason] += 1
            lastRefusal = reason
            return reason
        }
        handle(frame, at: time, vehicle: &vehicle, outbox: &outbox)
        return nil
    }

    /// Dispatches one accepted frame to its service.
    mutating func handle<V: VehicleModel>(_ frame: MAVLinkFrame, at time: Tick, vehicle: inout V, outbox: inout Outbox) {
        if let info = Common.messageInfo(id: frame.messageID), info.targetSystemOffset >= 0 {
            let target = frame.payload[Int(info.targetSystemOffset)]
            if target != 0 && target != config.systemID { return }
            if info.targetComponentOffset >= 0 {
                let component = frame.payload[Int(info.targetComponentOffset)]
                if component != 0 && component != config.componentID { return }
            }
        }
        let peer = (frame.systemID, frame.componentID)
        switch frame.messageID {
        case Heartbeat.id:
            guard let m = frame.decode(as: Heartbeat.self) else { return }
            // Ground stations and companion computers: type GCS (6) or autopilot INVALID (8).
            if m.type.rawValue == 6 || m.autopilot.rawValue == 8 {
                switch groundStation.heartbeat(at: time) {
                case .connected?, .regained?: vehicle.groundStationLink(connected: true, at: time)
                default: break
                }
            }
        case CommandLong.id:
            guard let m = frame.decode(as: CommandLong.self) else { return }
            let r = CommandRequest(command: m.command.rawValue, param1: m.param1, param2: m.param2, param3: m.param3,
                                   param4: m.param4, param5: m.param5, param6: m.param6, param7: m.param7,
                                   confirmation: m.confirmation, sourceSystem: peer.0, sourceComponent: peer.1)
            handleCommand(r, at: time, vehicle: &vehicle, outbox: &outbox)
        case CommandInt.id:
            guard let m = frame.decode(as: CommandInt.self) else { return }
            let r = CommandRequest(command: m.command.rawValue, param1: m.param1, param2: m.param2, param3: m.param3,
                                   param4: m.param4, param5: Float(m.x), param6: Float(m.y), param7: m.z,
                                   latitudeDegrees: Double(m.x) * 1e-7, longitudeDegrees: Double(m.y) * 1e-7,
                                   frame: UInt8(truncatingIfNeeded: m.frame.rawValue), sourceSystem: peer.0, sourceComponent: peer.1)
            handleCommand(r, at: time, vehicle: &vehicle, outbox: &outbox)
        case MissionCount.id:
            guard let m = frame.decode(as: MissionCount.self) else { return }
            missions.count(m, from: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionItemInt.id:
            guard let m = frame.decode(as: MissionItemInt.self) else { return }
            missions.item(MissionItemConversion.item(from: m), seq: Int(m.seq), kind: m.missionType.rawValue, legacy: false,
                          from: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case LegacyMissionItem.id:
            guard let m = frame.decode(as: LegacyMissionItem.self) else { return }
            missions.item(MissionItemConversion.item(from: m), seq: Int(m.seq), kind: m.missionType.rawValue, legacy: true,
                          from: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionRequestList.id:
            guard let m = frame.decode(as: MissionRequestList.self) else { return }
            missions.requestList(kind: m.missionType.rawValue, from: peer, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionRequestPartialList.id:
            guard let m = frame.decode(as: MissionRequestPartialList.self) else { return }
            missions.requestPartial(m, from: peer, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionWritePartialList.id:
            guard let m = frame.decode(as: MissionWritePartialList.self) else { return }
            missions.writePartial(m, from: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionRequestInt.id:
            guard let m = frame.decode(as: MissionRequestInt.self) else { return }
            missions.requestItem(seq: Int(m.seq), kind: m.missionType.rawValue, legacy: false, from: peer, vehicle: &vehicle,
                                 tx: &tx, outbox: &outbox)
        case MissionRequest.id:
            guard let m = frame.decode(as: MissionRequest.self) else { return }
            missions.requestItem(seq: Int(m.seq), kind: m.missionType.rawValue, legacy: true, from: peer, vehicle: &vehicle,
                                 tx: &tx, outbox: &outbox)
        case MissionAck.id:
            guard let m = frame.decode(as: MissionAck.self) else { return }
            missions.groundStationAck(kind: m.missionType.rawValue)
        case MissionClearAll.id:
            guard let m = frame.decode(as: MissionClearAll.self) else { return }
            missions.clear(kind: m.missionType.rawValue, from: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case MissionSetCurrent.id:
            guard let m = frame.decode(as: MissionSetCurrent.self) else { return }
            _ = vehicle.setCurrentMissionItem(Int(m.seq), at: time)
            tx.send(TelemetryMessages.missionCurrent(vehicle.telemetry, vehicle: &vehicle), into: &outbox)
        case ParamRequestList.id:
            parameters.requestList(at: time)
        case ParamRequestRead.id:
            guard let m = frame.decode(as: ParamRequestRead.self) else { return }
            parameters.read(name: m.paramId, index: m.paramIndex, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        case ParamSet.id:
            guard let m = frame.decode(as: ParamSet.self) else { return }
            let changesBefore = vehicle.telemetry.parameterChanges.total
            parameters.set(m, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
            // The PARAM_VALUE just sent is this link's announcement of its own change.
            if primed && parameterChangesSent == changesBefore && vehicle.telemetry.parameterChanges.total == changesBefore &+ 1 {
                parameterChangesSent = changesBefore &+ 1
            }
        case Timesync.id:
            guard let m = frame.decode(as: Timesync.self), m.tc1 == 0 else { return }
            tx.send(Timesync(tc1: Int64(bitPattern: time.micros &* 1000), ts1: m.ts1, targetSystem: peer.0, targetComponent: peer.1),
                    into: &outbox)
        case SetupSigning.id:
            guard let m = frame.decode(as: SetupSigning.self) else { return }
            // Without a key anyone may install one; with a key only a correctly signed frame reaches here.
            installSigningKey(SigningKey(bytes: m.secretKey), initialTimestamp: m.initialTimestamp)
        case SetPositionTargetLocalNed.id:
            guard let m = frame.decode(as: SetPositionTargetLocalNed.self) else { return }
            _ = vehicle.setGuidedTarget(GuidanceConversion.target(m), at: time)
        case SetPositionTargetGlobalInt.id:
            guard let m = frame.decode(as: SetPositionTargetGlobalInt.self) else { return }
            if let t = GuidanceConversion.target(m, telemetry: vehicle.telemetry, local: { vehicle.localPosition(of: $0) }) {
                _ = vehicle.setGuidedTarget(t, at: time)
            }
        case MAVLinkDialects.ManualControl.id:
            receiveManualControl(frame, at: time, vehicle: &vehicle)
        case SetAttitudeTarget.id:
            guard let m = frame.decode(as: SetAttitudeTarget.self) else { return }
            _ = vehicle.setAttitudeTarget(GuidanceConversion.target(m), at: time)
        case FileTransferProtocol.id:
            guard let m = frame.decode(as: FileTransferProtocol.self) else { return }
            ftp.receive(m, from: peer, files: &vehicle.files, tx: &tx, outbox: &outbox)
        case LogRequestList.id:
            guard let m = frame.decode(as: LogRequestList.self) else { return }
            logs.requestList(m, files: vehicle.files, tx: &tx, outbox: &outbox)
        case LogRequestData.id:
            guard let m = frame.decode(as: LogRequestData.self) else { return }
            logs.requestData(m, files: vehicle.files)
        case LogRequestEnd.id:
            logs.end()
        default:
            break
        }
    }

    // MARK: Poll

    /// Sends what is due at `time`: telemetry, status texts, mission events, parameter stream
    /// values and upload retries; reports ground-station link loss to the vehicle. With
    /// `fileTransfers` false, the next chunks of a file transfer are left to `pollFileTransfers`
    /// (an edge that times them on their own calls it right after).
    public mutating func poll<V: VehicleModel>(at time: Tick, unixMicros: UInt64, vehicle: inout V, into outbox: inout Outbox,
                                               fileTransfers: Bool = true) {
        tx.unixMicros = unixMicros
        let t = vehicle.telemetry
        if !primed {
            // Start with what is already history: only new events are forwarded.
            primed = true
            statusTextsSent = t.statusTexts.total
            itemsReachedSent = t.mission.reachedCount
            parameterChangesSent = t.parameterChanges.total
        }
        if groundStation.poll(at: time) == .lost { vehicle.groundStationLink(connected: false, at: time) }
        missions.poll(at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        if let pending = pendingCommand { followUp(pending.request, lastProgress: pending.progress, at: time, vehicle: &vehicle, outbox: &outbox) }
        warnOfRefusals(at: time, outbox: &outbox)
        // Events first: they matter more than the next attitude sample.
        while statusTextsSent < t.statusTexts.total && outbox.freeBytes > 300 {
            if let line = t.statusTexts.line(statusTextsSent) {
                tx.send(Statustext(severity: MAVSeverity(rawValue: UInt32(line.severity.rawValue)),
                                   text: StatusTextBuilder(line.text).fixedString), into: &outbox)
            }
            statusTextsSent += 1
        }
        while itemsReachedSent != t.mission.reachedCount && outbox.freeBytes > 300 {
            // A link more than `reachedMemory` items behind skips what was forgotten.
            if let item = t.mission.reachedItem(itemsReachedSent) {
                tx.send(MissionItemReached(seq: UInt16(clamping: item)), into: &outbox)
            }
            itemsReachedSent &+= 1
        }
        if t.parameterChanges.total &- parameterChangesSent > UInt32(ParameterChangeLog.capacity) {
            parameterChangesSent = t.parameterChanges.total &- UInt32(ParameterChangeLog.capacity) // older ones forgotten
        }
        while parameterChangesSent != t.parameterChanges.total && outbox.freeBytes > 300 {
            // A change made elsewhere (another link, a command): every ground station hears of it.
            if let index = t.parameterChanges.index(ofChange: parameterChangesSent), index < vehicle.parameters.count {
                tx.send(ParameterServer.value(at: index, in: vehicle.parameters), into: &outbox)
            }
            parameterChangesSent &+= 1
        }
        if lastMode != t.mode {
            if lastMode != nil { _ = streams.request(messageID: CurrentMode.id); _ = streams.request(messageID: Heartbeat.id) }
            lastMode = t.mode
        }
        var txCopy = tx
        var wantModes = false
        let identity = config.identity
        streams.due(at: time) { id in
            guard outbox.freeBytes > 600 else { return false }
            if id == AvailableModes.id { wantModes = true; return true }
            Self.sendTelemetry(id, t, at: time, unixMicros: unixMicros, identity: identity, vehicle: &vehicle, tx: &txCopy, outbox: &outbox)
            return true
        }
        tx = txCopy
        if wantModes { availableModesNext = 1 }
        while availableModesNext > 0 && outbox.freeBytes > 600 {
            let all = FlightMode.allCases
            let i = availableModesNext - 1
            tx.send(TelemetryMessages.availableMode(all[i], index: i, count: all.count), into: &outbox)
            availableModesNext = i + 1 < all.count ? availableModesNext + 1 : 0
        }
        parameters.poll(at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
        if fileTransfers { pollFileTransfers(files: vehicle.files, into: &outbox) }
    }

    /// The file transfers in progress (an FTP burst read, `LOG_REQUEST_DATA`, a log listing) as
    /// they stand now, to be polled again later from here (`FileTransfers.poll`); nil when none is.
    public var fileTransfers: FileTransfers? {
        ftp.isBursting || logs.isBusy ? FileTransfers(ftp: ftp, logs: logs, tx: tx) : nil
    }

    /// Sends the next chunks of the file transfers in progress (what `poll` does last).
    public mutating func pollFileTransfers<F: VehicleFileSystem>(files: F, into outbox: inout Outbox) {
        FileTransfers.poll(ftp: &ftp, logs: &logs, files: files, tx: &tx, outbox: &outbox)
    }

    /// Sends "Signing: N refused (last: REASON)" as a `STATUSTEXT` warning when frames were refused
    /// since the last one, at most once per `refusalWarningIntervalMicros`.
    mutating func warnOfRefusals(at time: Tick, outbox: inout Outbox) {
        guard refused.total != refusalsAnnounced, time >= nextRefusalWarning, let last = lastRefusal,
              outbox.freeBytes > 300 else { return }
        var text = StatusTextBuilder("Signing: ")
        text.append(refused.total)
        text.append(" refused (last: ")
        text.append(last.name)
        text.append(")")
        tx.send(Statustext(severity: .warning, text: text.fixedString), into: &outbox)
        refusalsAnnounced = refused.total
        nextRefusalWarning = time.advanced(byMicros: Self.refusalWarningIntervalMicros)
    }

    static func sendTelemetry<V: VehicleModel>(_ id: UInt32, _ t: VehicleTelemetry, at time: Tick, unixMicros: UInt64,
                                               identity: AutopilotIdentity, vehicle: inout V, tx: inout Transmitter,
                                               outbox: inout Outbox) {
        switch id {
        case Heartbeat.id: tx.send(TelemetryMessages.heartbeat(t, identity: identity), into: &outbox)
        case SysStatus.id: tx.send(TelemetryMessages.sysStatus(t), into: &outbox)
        case SystemTime.id: tx.send(SystemTime(timeUnixUsec: unixMicros, timeBootMs: TelemetryMessages.bootMillis(time)), into: &outbox)
        case GpsRawInt.id: tx.send(TelemetryMessages.gpsRaw(t, at: time), into: &outbox)
        case Attitude.id: tx.send(TelemetryMessages.attitude(t, at: time), into: &outbox)
        case AttitudeQuaternion.id: tx.send(TelemetryMessages.attitudeQuaternion(t, at: time), into: &outbox)
        case LocalPositionNed.id: tx.send(TelemetryMessages.localPosition(t, at: time), into: &outbox)
        case GlobalPositionInt.id: tx.send(TelemetryMessages.globalPosition(t, at: time), into: &outbox)
        case ServoOutputRaw.id: tx.send(TelemetryMessages.servoOutputs(t, at: time), into: &outbox)
        case MissionCurrent.id: tx.send(TelemetryMessages.missionCurrent(t, vehicle: &vehicle), into: &outbox)
        case VfrHud.id: tx.send(TelemetryMessages.vfrHud(t), into: &outbox)
        case Altitude.id: tx.send(TelemetryMessages.altitude(t, at: time), into: &outbox)
        case BatteryStatus.id: tx.send(TelemetryMessages.batteryStatus(t), into: &outbox)
        case AutopilotVersion.id: tx.send(TelemetryMessages.autopilotVersion(identity, vehicle: V.self), into: &outbox)
        case MAVLinkDialects.EstimatorStatus.id: tx.send(TelemetryMessages.estimatorStatus(t, at: time), into: &outbox)
        case HomePositionMessage.id:
            if let m = TelemetryMessages.homePosition(t, at: time) { tx.send(m, into: &outbox) }
        case ExtendedSysState.id: tx.send(TelemetryMessages.extendedSysState(t), into: &outbox)
        case CurrentMode.id: tx.send(TelemetryMessages.currentMode(t), into: &outbox)
        case SimState.id: if let truth = t.truth { tx.send(truth.simState, into: &outbox) }
        case HilStateQuaternion.id: if let truth = t.truth { tx.send(truth.hilStateQuaternion, into: &outbox) }
        default: break
        }
    }
}
