import FlightCore
import Foundation
import Simulation
import ULog

/// Writes one ULog per flight of a simulated vehicle, PX4's default: from arming until half a
/// second after disarming (so the disarm and its reason are in the log), into a `FlightLogFolder`.
///
/// Call `record(_:)` after every `SITLVehicle.step()` and `event(_:at:)` for every flight-stack
/// event; `close()` finishes a log still open (a clean stop while armed). Each topic of
/// `FlightLogTopic` is written at most at its rate, sensor topics only when their sensor produced
/// a new sample; mode changes, failsafes and the other commander and navigator events are logged
/// strings. The log's contents come only from the simulation and `utcStartMicros`, so a seeded
/// flight gives a byte-identical log.
///
/// Per sample nothing is allocated: messages are built in a fixed `ULogMessage` and appended to a
/// buffer of fixed working size that goes to the file every 32 KiB.
public struct FlightLogRecorder {
    /// Where logs go.
    public let folder: FlightLogFolder
    /// UTC at simulated time zero, µs since the Unix epoch (names the files, `time_utc_usec`).
    public let utcStartMicros: UInt64
    /// `ver_sw` of the log's information messages.
    public let softwareVersion: String
    /// Called when a log cannot be written (the flight goes on without it); from the state
    /// writer's thread when `writer` finishes the log.
    public var onError: (@Sendable (StateFileError) -> Void)?
    /// The logs finished so far, final paths, oldest first (with a `writer`: finished or queued
    /// to be, in order).
    public private(set) var finished: [String] = []
    /// When set, a log's end (`fsync`, rename, folder `fsync`) is done there, off the caller's
    /// loop; nil: at once, in `close`.
    var writer: StateWriter?
    /// Called on the writer's thread after it finished a log under its final name (with a
    /// `writer` only): the SITL runtime reads the changed log folder there, so the next log list
    /// is answered from memory rather than by re-reading every log inside the paced loop.
    var afterFinishing: (@Sendable () -> Void)?

    /// Small on purpose (the encoder, with its 2 KB scratch message, is the recorder's): it is
    /// moved in and out of `current` every physics step.
    struct OpenLog {
        var file: FlightLogFile
        var subscriptions: [ULogSubscription] = []
        var nextDue: [UInt64] = []
        var disarmedAt: UInt64?
    }
    var current: OpenLog?
    var failedThisFlight = false
    /// The name of the last log started (its file may still be being created).
    var lastPath: String?
    var buffer = ULogBuffer(reservingCapacity: 64 * 1024)
    /// The open log's encoder (a fresh one for each log).
    var encoder = ULogEncoder()
    var message = ULogMessage(type: UInt8(ascii: "D"))
    /// A copy that `StepReplay` runs again: it writes no files and hands nothing to a writer, its
    /// buffer is emptied where this one would be written out.
    var isReplay = false
    /// Times the recorder started a log, handed a buffer to the file or finished a log: work a
    /// replay does not repeat (it writes no files), counted so the replay can tell.
    private(set) var fileHandoffs = 0
    static let flushThreshold = 32 * 1024
    /// How long a log continues after disarming, µs.
    static let tailMicros: UInt64 = 500_000

    public init(folder: FlightLogFolder, utcStartMicros: UInt64, softwareVersion: String) {
        self.folder = folder; self.utcStartMicros = utcStartMicros; self.softwareVersion = softwareVersion
    }

    /// True while a flight's log is open.
    public var isLogging: Bool { current != nil }
    /// The temporary file of the log being written (nil when none is open).
    public var currentTemporaryPath: String? { current?.file.temporaryPath }

    /// Starts, continues or finishes the log after one step of `vehicle`.
    public mutating func record(_ vehicle: borrowing SITLVehicle) {
        var v = copy vehicle
        record(inPlace: &v)
    }

    /// `record(_:)` reading the vehicle where it lies: `inout` only passes its 6 KB by address
    /// (a borrowed argument held in a class was copied for every physics step); nothing in it
    /// changes.
    mutating func record(inPlace vehicle: inout SITLVehicle) {
        let now = vehicle.time.micros
        let armed = vehicle.stack.commander.isArmed
        if current == nil {
            guard armed else { failedThisFlight = false; return }
            // A log that could not be created or written is not retried until the next arming
            // (one error report per flight, not one per step).
            guard !failedThisFlight else { return }
            start(vehicle)
            if current == nil { failedThisFlight = true }
        }
        guard var log = current.take() else { return }   // moved out: its buffers stay uniquely referenced
        for topic in FlightLogTopic.all where now >= log.nextDue[topic.rawValue] && topic.hasNewSample(vehicle.sensors) {
            let sub = log.subscriptions[topic.rawValue]
            ULogEncoder.startData(&message, of: sub)
            guard topic.appendFields(of: &vehicle, utcStartMicros: utcStartMicros, to: &message) else { continue }
            do throws(ULogError) { try ULogEncoder.data(message, of: sub, into: &buffer) } catch {
                preconditionFailure("flight log topic \(topic.name) does not match its format: \(error)")
            }
            log.nextDue[topic.rawValue] = now + topic.intervalMicros
        }
        if armed { log.disarmedAt = nil } else if log.disarmedAt == nil { log.disarmedAt = now }
        current = log
        if let off = log.disarmedAt, now >= off + Self.tailMicros { close() } else if buffer.bytes.count >= Self.flushThreshold { flush() }
    }

    /// A copy of this recorder for `StepReplay` (`isReplay`), with a buffer of its own.
    func replayCopy() -> FlightLogRecorder {
        var copy = self
        copy.isReplay = true
        copy.writer = nil
        copy.onError = nil
        copy.afterFinishing = nil
        copy.buffer = ULogBuffer(reservingCapacity: 64 * 1024)
        copy.current = nil
        copy.mirror(self)
        return copy
    }

    /// Makes this replay copy (`isReplay`) record as `other` would from here: the same open log,
    /// due times, encoder state and buffer fill. It shares no storage `other` writes to as it
    /// records, so keeping the copy up to date every service period makes `other` copy nothing
    /// onto the heap; and it keeps its own buffer, filled to the same length (the bytes
    /// themselves do not matter to a replay, only when the buffer fills).
    mutating func mirror(_ other: FlightLogRecorder) {
        encoder = other.encoder
        message = other.message
        failedThisFlight = other.failedThisFlight
        lastPath = other.lastPath
        fileHandoffs = other.fileHandoffs
        let fill = other.buffer.bytes.count
        if buffer.bytes.count > fill { buffer.bytes.removeLast(buffer.bytes.count - fill) }
        else if buffer.bytes.count < fill { buffer.bytes.append(contentsOf: repeatElement(0, count: fill - buffer.bytes.count)) }
        guard let log = other.current else { current = nil; return }
        if var mine = current.take(), mine.nextDue.count == log.nextDue.count {
            mine.file = log.file
            mine.subscriptions = log.subscriptions   // written only when a log starts
            mine.disarmedAt = log.disarmedAt
            for i in mine.nextDue.indices { mine.nextDue[i] = log.nextDue[i] }
            current = mine
        } else {
            current = OpenLog(file: log.file, subscriptions: log.subscriptions, nextDue: log.nextDue.map { $0 }, disarmedAt: log.disarmedAt)
        }
    }

    /// Logs a flight-stack event as a string (while a log is open).
    public mutating func event(_ event: FlightStackEvent, at time: Tick) {
        guard current != nil else { return }
        let (level, text) = Self.describe(event)
        log(level, text, at: time)
    }

    /// Logs a string (while a log is open), e.g. from the edge.
    public mutating func log(_ level: ULogLevel, _ text: String, at time: Tick) {
        guard current != nil else { return }
        do throws(ULogError) { try encoder.log(level, timestampMicros: time.micros, text.utf8.prefix(1000), into: &buffer) } catch {}
    }

    /// Finishes the open log, if any: written out, synced and renamed to its final name.
    public mutating func close() {
        guard let log = current else { return }
        flush()
        if isReplay { current = nil; return }
        guard current != nil else { return }   // a failed flush dropped the log
        current = nil
        let file = log.file, report = onError
        guard let writer else {
            do throws(StateFileError) {
                try file.finish()
                finished.append(file.path)
            } catch { report?(error) }
            return
        }
        finished.append(file.path)
        let after = afterFinishing
        writer.submit {
            do throws(StateFileError) { try file.finishAppended() } catch { report?(error) }
            after?()
        }
    }

    mutating func flush() {
        guard let log = current, !buffer.bytes.isEmpty else { return }
        fileHandoffs &+= 1
        if isReplay { buffer.removeAll(); return }
        if let writer {
            // Written on the writer's thread: a write() can wait on the disk's dirty-page
            // throttling while other processes write a lot (seen as missed deadlines in the soak).
            if let failure = log.file.backgroundFailure {
                onError?(failure)
                let file = log.file
                writer.submit { unlink(file.temporaryPath) }
                current = nil
                failedThisFlight = true
            } else {
                let bytes = buffer.bytes, file = log.file
                writer.submit { file.append(bytes) }
            }
            buffer.removeAll()
            return
        }
        let failure = buffer.bytes.withUnsafeBytes { raw -> StateFileError? in
            do throws(StateFileError) { try log.file.write(raw); return nil } catch { return error }
        }
        if let failure {
            onError?(failure)
            unlink(log.file.temporaryPath)
            current = nil
            failedThisFlight = true
        }
        buffer.removeAll()
    }

    /// Opens a new log: header, information, formats, parameters and subscriptions.
    mutating func start(_ vehicle: borrowing SITLVehicle) {
        let now = vehicle.time.micros
        let file: FlightLogFile
        fileHandoffs &+= 1
        if isReplay {
            file = FlightLogFile(namedIn: folder, startedAt: utcStartMicros &+ now, avoiding: lastPath)   // never created
        } else if let writer {
            // Named here, created on the writer's thread ahead of the first append.
            file = FlightLogFile(namedIn: folder, startedAt: utcStartMicros &+ now, avoiding: lastPath)
            writer.submit { file.createInBackground() }
        } else {
            do throws(StateFileError) { file = try FlightLogFile(folder: folder, startedAt: utcStartMicros &+ now, avoiding: lastPath) } catch {
                onError?(error); return
            }
        }
        lastPath = file.path
        var log = OpenLog(file: file)
        buffer.removeAll()
        encoder = ULogEncoder()
        encoder.begin(timestampMicros: now, into: &buffer)
        do throws(ULogError) {
            try encoder.info("sys_name", text: "Swiftlet".utf8, into: &buffer)
            try encoder.info("ver_hw", text: "SITL".utf8, into: &buffer)
            try encoder.info("ver_sw", text: softwareVersion.utf8, into: &buffer)
            try encoder.info("sys_toolchain", text: "Swift".utf8, into: &buffer)
            try encoder.info("sys_os_name", text: "Linux".utf8, into: &buffer)
            try encoder.info("time_ref_utc", int32: 0, into: &buffer)
            var formats: [ULogFormat] = []
            for topic in FlightLogTopic.all {
                formats.append(try encoder.format(topic.name, fields: topic.fields, into: &buffer))
            }
            let table = vehicle.stack.parameters
            for (i, definition) in table.definitions.enumerated() {
                var failure: ULogError?
                definition.name.withUTF8Buffer { name in
                    do throws(ULogError) {
                        switch table.values[i] {
                        case .float(let v): try encoder.parameter(name, float: v, into: &buffer)
                        case .int32(let v): try encoder.parameter(name, int32: v, into: &buffer)
                        }
                    } catch { failure = error }
                }
                if let failure { throw failure }
            }
            for f in formats { log.subscriptions.append(try encoder.subscribe(f, into: &buffer)) }
        } catch {
            preconditionFailure("flight log definitions do not fit ULog: \(error)")
        }
        log.nextDue = [UInt64](repeating: 0, count: FlightLogTopic.all.count)
        current = log
        self.log(.info, "Flight log started", at: vehicle.time)
    }

    /// The level and text of a flight-stack event (commander texts are PX4/QGC's wording).
    static func describe(_ event: FlightStackEvent) -> (ULogLevel, String) {
        switch event {
        case .commander(let c):
            let level = ULogLevel(rawValue: c.severity) ?? .info
            switch c {
            case .armed(let mode): return (level, "Armed in \(mode.name)")
            case .modeChanged(let mode): return (level, "Mode: \(mode.name)")
            case .modeDenied(let mode, let why): return (level, "\(why.message) (\(mode.name))")
            case .failsafe(let trigger, let action): return (level, "Failsafe: \(trigger), action \(action)")
            case .failsafeCleared(let trigger): return (level, "Failsafe cleared: \(trigger)")
            default: return (level, "\(c.text)")
            }
        case .navigator(let n):
            switch n {
            case .itemReached(let i): return (.info, "Mission item \(i) reached")
            case .missionFinished: return (.info, "Mission finished")
            default: return (.info, "\(n)")
            }
        case .motorFailure(let motor):
            return (.critical, "Motor \(motor + 1) failed: taken out of the allocation")
        }
    }
}
