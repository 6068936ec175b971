import MAVLink
import MAVLinkDialects

/// Why an FTP operation failed.
public enum FtpError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No answer after every retry, while `stage` (the link is lost or the vehicle has no FTP).
    case timeout(stage: String)
    /// The path does not exist on the vehicle.
    case notFound(String)
    /// The vehicle refused a request (`NAK`), with its code.
    case refused(FtpNakCode, stage: String)
    /// The vehicle said end-of-file at `at` although it had announced `size` bytes.
    case shortFile(at: Int, size: Int)

    public var description: String {
        switch self {
        case .timeout(let s): "no FTP answer while \(s)"
        case .notFound(let p): "\(p): no such file or directory on the vehicle"
        case .refused(let code, let s): "the vehicle refused \(s): \(code.meaning)"
        case .shortFile(let at, let size): "the vehicle's file ended at byte \(at) of the \(size) it announced"
        }
    }
}

/// What a finished FTP operation produced.
public enum FtpOutcome: Equatable, Sendable {
    /// A directory's entries in the vehicle's order (without `.`/`..` and skipped entries).
    case listing([FtpDirectoryEntry])
    /// Every byte of the file was handed out through `takeChunks()`; `crc32` is the vehicle's
    /// `CalcFileCRC32` answer, the file's `MAVLinkCRC32` (nil when the vehicle does not compute it
    /// or verification was off).
    case downloaded(size: Int, crc32: UInt32?)
}

/// The ground-station side of MAVLink FTP (`FILE_TRANSFER_PROTOCOL`), sans I/O.
///
/// - List: `ListDirectory` from entry 0, then from each next entry index until the vehicle NAKs
///   end-of-file (a reply holds as many entries as fit in 239 bytes).
/// - Download: `OpenFileRO` (a vehicle with no free session — a session left over from an
///   interrupted transfer — is sent `ResetSessions` and asked again), `BurstReadFile` from the
///   first byte still missing; the burst's chunks are placed by their offset, so lost ones leave
///   holes. When the burst completes (or stops short, as ArduPilot's bounded bursts do, or goes quiet
///   because its last chunks were lost) a new burst covers a missing tail, and the holes are read
///   with `ReadFile`, `readWindow` requests in flight, each resent on timeout. Bytes already held
///   (`have`, from an earlier interrupted download) are not read again. Then, when asked,
///   `CalcFileCRC32` gets the vehicle's checksum for the caller to compare, and `TerminateSession`
///   closes the session.
/// Single requests are resent with the same sequence number (the vehicle may answer a duplicate
/// with its last reply); every answer carries the request's sequence number + 1. Timeouts adapt to
/// the measured round trip. Received bytes come out through `takeChunks()` as they arrive.
public struct FtpClient: Sendable {
    public enum Operation: Equatable, Sendable {
        /// Lists a directory.
        case list(String)
        /// Downloads a file, skipping the bytes in `have`; `verify` asks for the vehicle's CRC-32.
        case download(String, have: ByteRanges, verify: Bool)
    }

    public var targetSystem: UInt8, targetComponent: UInt8
    /// Resends of an unanswered request (or bursts that brought nothing) before giving up.
    public var maxRetries = 5
    /// Round trip of single requests, giving the resend timeout.
    public var rtt = RoundTripEstimator(initialTimeout: .milliseconds(500), minimumTimeout: .milliseconds(100),
                                        maximumTimeout: .seconds(3))
    /// `ReadFile` requests in flight while filling holes.
    public var readWindow = 8
    /// How long a `CalcFileCRC32` may take (the vehicle reads the whole file).
    public var checksumTimeout: Duration = .seconds(5)
    /// Burst silence after which the burst is taken as ended.
    public var burstIdle: Duration = .milliseconds(300)

    public private(set) var result: Result<FtpOutcome, FtpError>?
    /// The file's size once opened, bytes.
    public private(set) var fileSize: Int?
    /// The bytes held (resumed and received).
    public private(set) var received = ByteRanges()
    /// Bytes held and the file size, for progress bars.
    public var progress: (done: Int, total: Int) { (received.count, fileSize ?? 0) }

    enum Phase: Equatable {
        case idle, listing, resetting, opening, bursting, filling, checksum, closing
    }
    var phase = Phase.idle
    var operation: Operation?
    var path = ""
    var verify = false
    var seq: UInt16 = 0
    var session: UInt8 = 0
    var hasSession = false
    var resets = 0
    /// The one outstanding request of the current phase (all phases but filling).
    var pending: (message: FtpMessage, sentAt: Duration, tries: Int, deadline: Duration)?
    var entries: [FtpDirectoryEntry] = []
    var nextEntry = 0
    var burstStartedAt: Duration = .zero
    var lastBurstData: Duration = .zero
    var burstGain = 0
    var burstTries = 0
    var burstEnded = false
    /// `ReadFile` requests in flight by offset.
    var reads: [Int: (count: Int, seq: UInt16, sentAt: Duration)] = [:]
    var readTries: [Int: Int] = [:]
    /// When bytes last arrived that were not held before.
    var lastProgress: Duration = .zero
    var crc: UInt32?
    var chunks: [FileChunk] = []
    var outbox: [Common.Message] = []

    public init(targetSystem: UInt8, targetComponent: UInt8 = 1) {
        self.targetSystem = targetSystem; self.targetComponent = targetComponent
    }

    /// True while an operation runs.
    public var isBusy: Bool { operation != nil && result == nil }

    /// Starts `op`, replacing any running one.
    public mutating func start(_ op: Operation, at now: Duration) {
        operation = op; result = nil; pending = nil; reads = [:]; readTries = [:]; chunks = []; crc = nil
        fileSize = nil; hasSession = false; resets = 0; burstTries = 0
        switch op {
        case .list(let p):
            path = p; entries = []; nextEntry = 0; phase = .listing
            request(FtpMessage(seq: 0, opcode: .listDirectory, offset: 0, data: FtpMessage.pathData(p)), at: now)
        case .download(let p, let have, let v):
            path = p; verify = v; received = have; phase = .opening
            request(FtpMessage(seq: 0, opcode: .openFileRO, data: FtpMessage.pathData(p)), at: now)
        }
    }

    /// Bytes received since the last call, to be written at their offsets.
    public mutating func takeChunks() -> [FileChunk] {
        defer { chunks.removeAll(keepingCapacity: true) }
        return chunks
    }

    /// Handles a message from the vehicle (others than `FILE_TRANSFER_PROTOCOL` are ignored).
    public mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration) {
        guard isBusy, systemID == targetSystem, componentID == targetComponent || targetComponent == 0,
              case .fileTransferProtocol(let raw) = message, let m = FtpMessage(raw) else { return }
        guard m.isAck || m.nakCode != nil else { return }
        let request = FtpOpcode(rawValue: m.requestOpcode)
        // Data may arrive late (reordered, or after a resend): keep it whatever the phase.
        if m.isAck, hasSession, m.session == session, request == .burstReadFile || request == .readFile {
            accept(m, at: now)
            return
        }
        if request == .burstReadFile, phase == .bursting, m.nakCode != nil {
            pending = nil
            if m.nakCode == .endOfFile { endBurst(at: now) } else { fail(.refused(m.nakCode!, stage: "a burst read of \(path)")) }
            return
        }
        if request == .readFile, phase == .filling, let code = m.nakCode {
            if code == .endOfFile, let read = reads.first(where: { $0.value.seq &+ 1 == m.seq }) {
                fail(.shortFile(at: read.key, size: fileSize ?? 0))
            } else if code != .endOfFile {
                fail(.refused(code, stage: "reading \(path)"))
            }
            return
        }
        guard let p = pending, m.seq == p.message.seq &+ 1, m.requestOpcode == p.message.opcode || m.requestOpcode == 0 else { return }
        if p.tries == 1 { rtt.add(now - p.sentAt) }
        pending = nil
        answered(p.message, by: m, at: now)
    }

    /// Requests to send now: first sends, resends whose timeout passed, the next steps.
    public mutating func poll(at now: Duration) -> [Common.Message] {
        if isBusy {
            switch phase {
            case .bursting:
                if pending == nil && (now - lastBurstData >= max(burstIdle, rtt.timeout) || burstEnded) { endBurst(at: now) }
            case .filling:
                fill(at: now)
            default:
                break
            }
            if let p = pending, now >= p.deadline { resend(p, at: now) }
        }
        defer { outbox.removeAll(keepingCapacity: true) }
        return outbox
    }

    // MARK: Replies

    mutating func answered(_ request: FtpMessage, by reply: FtpMessage, at now: Duration) {
        let op = FtpOpcode(rawValue: request.opcode)
        switch (phase, op) {
        case (.listing, .listDirectory?):
            if let code = reply.nakCode {
                switch code {
                case .endOfFile: finish(.listing(entries))
                case .fileNotFound: fail(.notFound(path))
                default: fail(.refused(code, stage: "listing \(path)"))
                }
                return
            }
            let (found, slots) = FtpDirectoryEntry.parse(reply.data)
            entries += found
            guard slots > 0 else { finish(.listing(entries)); return }
            nextEntry += slots
            self.request(FtpMessage(seq: 0, opcode: .listDirectory, offset: UInt32(nextEntry), data: FtpMessage.pathData(path)), at: now)
        case (.opening, .openFileRO?):
            if let code = reply.nakCode {
                switch code {
                case .fileNotFound: fail(.notFound(path))
                case .noSessionsAvailable where resets < maxRetries:
                    // A session left by an interrupted transfer — or our own, when the ACK of an open
                    // was lost and the resent open found it taken (servers without duplicate detection).
                    resets += 1
                    phase = .resetting
                    self.request(FtpMessage(seq: 0, opcode: .resetSessions), at: now)
                default: fail(.refused(code, stage: "opening \(path)"))
                }
                return
            }
            guard let size = reply.word else { fail(.refused(.invalidDataSize, stage: "opening \(path)")); return }
            session = reply.session; hasSession = true
            fileSize = Int(size)
            received.clip(to: Int(size))
            startReading(at: now)
        case (.resetting, .resetSessions?):
            phase = .opening
            self.request(FtpMessage(seq: 0, opcode: .openFileRO, data: FtpMessage.pathData(path)), at: now)
        case (.bursting, .burstReadFile?):
            break   // handled as data or NAK before
        case (.checksum, .calcFileCRC32?):
            crc = reply.isAck ? reply.word : nil
            close(at: now)
        case (.closing, .terminateSession?):
            hasSession = false
            finish(.downloaded(size: fileSize ?? 0, crc32: crc))
        default:
            break
        }
    }

    mutating func accept(_ m: FtpMessage, at now: Duration) {
        let size = fileSize ?? 0
        let start = Int(m.offset)
        if m.requestOpcode == FtpOpcode.burstReadFile.rawValue {
            if phase == .bursting { pending = nil; lastBurstData = now; if m.burstComplete { burstEnded = true } }
        } else if let r = reads[start], r.seq &+ 1 == m.seq || m.data.count == r.count {
            if readTries[start] == 1 { rtt.add(now - r.sentAt) }
            reads[start] = nil
            if m.data.isEmpty { fail(.shortFile(at: start, size: size)); return }
        }
        let range = start ..< min(start + m.data.count, size)
        guard !range.isEmpty, !received.contains(range) else { return }
        let before = received.count
        received.insert(range)
        lastProgress = now
        if phase == .bursting { burstGain += received.count - before }
        chunks.append(FileChunk(offset: start, bytes: Array(m.data.prefix(range.count))))
    }

    // MARK: Reading

    mutating func startReading(at now: Duration) {
        let size = fileSize ?? 0
        let gaps = received.missing(upTo: size)
        // A burst for the missing tail; holes before it are read one by one.
        if let tail = gaps.last, tail.upperBound == size {
            burst(from: tail.lowerBound, at: now)
        } else {
            phase = .filling
            lastProgress = now
            fill(at: now)
        }
    }

    mutating func burst(from offset: Int, at now: Duration) {
        phase = .bursting
        burstGain = 0; burstEnded = false
        burstStartedAt = now; lastBurstData = now
        request(FtpMessage(seq: 0, session: session, opcode: .burstReadFile, size: FtpMessage.maxData, offset: UInt32(offset)), at: now)
    }

    mutating func endBurst(at now: Duration) {
        guard phase == .bursting else { return }
        let size = fileSize ?? 0
        if burstGain > 0 { burstTries = 0 } else {
            burstTries += 1
            if burstTries > maxRetries { fail(.timeout(stage: "burst-reading \(path)")); return }
        }
        if let tail = received.missing(upTo: size).last, tail.upperBound == size, burstGain > 0 || burstTries > 0 {
            // The burst stopped short or its last chunks were lost: another one for the tail.
            burst(from: tail.lowerBound, at: now)
            return
        }
        phase = .filling
        lastProgress = now
        fill(at: now)
    }

    mutating func fill(at now: Duration) {
        let size = fileSize ?? 0
        // Expired reads are sent again; reads for bytes that came meanwhile (a late burst chunk) are dropped.
        for (offset, r) in reads where now - r.sentAt >= rtt.timeout || received.contains(offset ..< offset + r.count) {
            reads[offset] = nil
        }
        let gaps = received.missing(upTo: size)
        if gaps.isEmpty && reads.isEmpty { readingDone(at: now); return }
        // On a lossy link single reads fail often; only a link that brings nothing for every retry is lost.
        if now - lastProgress > rtt.timeout * (maxRetries + 1) { fail(.timeout(stage: "reading \(path)")); return }
        for gap in gaps {
            var at = gap.lowerBound
            while at < gap.upperBound && reads.count < readWindow {
                let count = min(FtpMessage.maxData, gap.upperBound - at)
                if reads[at] == nil {
                    readTries[at, default: 0] += 1
                    seq &+= 1
                    reads[at] = (count, seq, now)
                    send(FtpMessage(seq: seq, session: session, opcode: .readFile, size: count, offset: UInt32(at)))
                }
                at += count
            }
            if reads.count >= readWindow { break }
        }
    }

    mutating func readingDone(at now: Duration) {
        if verify {
            phase = .checksum
            request(FtpMessage(seq: 0, opcode: .calcFileCRC32, data: FtpMessage.pathData(path)), at: now, timeout: checksumTimeout)
        } else {
            close(at: now)
        }
    }

    mutating func close(at now: Duration) {
        phase = .closing
        request(FtpMessage(seq: 0, session: session, opcode: .terminateSession), at: now)
    }

    // MARK: Requests

    mutating func request(_ message: FtpMessage, at now: Duration, timeout: Duration? = nil) {
        var m = message
        seq &+= 1
        m.seq = seq
        pending = (m, now, 1, now + (timeout ?? rtt.timeout))
        send(m)
    }

    mutating func resend(_ p: (message: FtpMessage, sentAt: Duration, tries: Int, deadline: Duration), at now: Duration) {
        guard p.tries <= maxRetries else {
            switch phase {
            case .checksum:
                // The vehicle never answered the checksum: finish unverified rather than lose the file.
                pending = nil; crc = nil; close(at: now)
            case .closing:
                pending = nil; hasSession = false; finish(.downloaded(size: fileSize ?? 0, crc32: crc))
            default:
                fail(.timeout(stage: stageName))
            }
            return
        }
        let wait = phase == .checksum ? checksumTimeout : rtt.timeout
        pending = (p.message, now, p.tries + 1, now + wait)
        send(p.message)
    }

    var stageName: String {
        switch phase {
        case .listing: "listing \(path)"
        case .opening, .resetting: "opening \(path)"
        case .bursting: "burst-reading \(path)"
        default: "reading \(path)"
        }
    }

    mutating func send(_ m: FtpMessage) {
        outbox.append(.fileTransferProtocol(m.message(to: targetSystem, targetComponent)))
    }

    mutating func finish(_ outcome: FtpOutcome) {
        result = .success(outcome)
        operation = nil; pending = nil; reads = [:]; phase = .idle
    }

    mutating func fail(_ error: FtpError) {
        // Free the vehicle's session (best effort: nobody waits for the answer).
        if hasSession { seq &+= 1; send(FtpMessage(seq: seq, session: session, opcode: .terminateSession)); hasSession = false }
        result = .failure(error)
        operation = nil; pending = nil; reads = [:]; phase = .idle
    }
}
