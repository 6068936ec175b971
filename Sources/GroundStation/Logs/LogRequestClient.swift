import MAVLink
import MAVLinkDialects

/// Bytes of a file received at `offset` (bytes from the start), for the caller to write in place.
public struct FileChunk: Sendable, Equatable {
    public var offset: Int
    public var bytes: [UInt8]
    public init(offset: Int, bytes: [UInt8]) { self.offset = offset; self.bytes = bytes }
}

/// One log the vehicle offers (`LOG_ENTRY`).
public struct VehicleLogEntry: Sendable, Equatable {
    /// The vehicle's log id (PX4 counts from 0, ArduPilot and Swiftlet from 1).
    public var id: Int
    /// When the log started, seconds since 1970-01-01 UTC; 0 when the vehicle does not know.
    public var timeUTC: UInt32
    /// Bytes.
    public var size: Int
    public init(id: Int, timeUTC: UInt32, size: Int) { self.id = id; self.timeUTC = timeUTC; self.size = size }
}

/// Why a `LOG_REQUEST_*` operation failed.
public enum LogRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No answer after every retry, while `stage`.
    case timeout(stage: String)
    /// These log ids never arrived in the list, after their re-requests.
    case incompleteList(missing: [Int], of: Int)

    public var description: String {
        switch self {
        case .timeout(let s): "no answer while \(s)"
        case .incompleteList(let m, let n): "\(m.count) of \(n) log entries never arrived (first missing id \(m.first ?? 0))"
        }
    }
}

/// What a finished `LOG_REQUEST_*` operation produced.
public enum LogRequestOutcome: Equatable, Sendable {
    /// Every log, by id.
    case list([VehicleLogEntry])
    /// Every byte was handed out through `takeChunks()`.
    case downloaded(size: Int)
}

/// The ground-station side of the classic log download (`LOG_REQUEST_LIST` / `LOG_REQUEST_DATA` /
/// `LOG_REQUEST_END`), sans I/O: the fallback for vehicles without MAVLink FTP.
///
/// - List: `LOG_REQUEST_LIST` for every id; `LOG_ENTRY` says how many logs there are
///   (`num_logs`, ids `last_log_num - num_logs + 1 … last_log_num`; `num_logs` 0: none). When the
///   entries stop coming with ids missing, those are asked for again by id range, each round up to
///   `maxRetries` times.
/// - Download: `LOG_REQUEST_DATA` from the first missing byte; `LOG_DATA` (90 bytes each) is placed by
///   its offset, so lost ones leave holes. When a request's last byte arrives, or the stream goes
///   quiet, the next request covers the next holes (one span of at most `span` bytes, so a lossy link
///   costs a few re-sent chunks rather than a round trip per hole). A short `LOG_DATA` marks the end
///   of the file. Bytes already held (`have`) are not requested. `LOG_REQUEST_END` closes the
///   transfer (ArduPilot resumes logging only after it), also after a failure.
/// Vehicles serve one data request at a time: each new one replaces the previous.
public struct LogRequestClient: Sendable {
    public enum Operation: Equatable, Sendable {
        case list
        /// Downloads log `id` of `size` bytes, skipping the bytes in `have`.
        case download(id: Int, size: Int, have: ByteRanges)
    }

    public var targetSystem: UInt8, targetComponent: UInt8
    /// Re-requests that brought nothing before giving up.
    public var maxRetries = 5
    /// Wait for the first answer to a request before resending it.
    public var rtt = RoundTripEstimator(initialTimeout: .seconds(1), minimumTimeout: .milliseconds(150), maximumTimeout: .seconds(3))
    /// Stream silence that ends a pass.
    public var quietTime: Duration = .milliseconds(300)
    /// Largest byte span one re-request covers.
    public var span = 90 * 64
    /// Bytes already held that a re-request may send again to cover the next hole too (trading
    /// bandwidth for round trips).
    public var mergeGap = 90 * 2

    public private(set) var result: Result<LogRequestOutcome, LogRequestError>?
    /// The bytes held (resumed and received).
    public private(set) var received = ByteRanges()
    /// The size being downloaded (lowered when the vehicle's data ends earlier).
    public private(set) var fileSize = 0
    /// Bytes held and the log's size (downloads), or entries heard and the count (lists).
    public var progress: (done: Int, total: Int) {
        if case .list? = operation { return (entries.count, expected.count) }
        return (received.count, fileSize)
    }

    var operation: Operation?
    var entries: [Int: VehicleLogEntry] = [:]
    var expected: ClosedRange<Int> = 0...0
    var listed = false
    var missingBefore = Int.max
    var tries = 0
    var deadline: Duration = .zero
    var lastHeard: Duration = .zero
    var requestedAt: Duration = .zero
    var heardSinceRequest = false
    var requestStart = 0, requestEnd = 0
    var gain = 0
    var chunks: [FileChunk] = []
    var outbox: [Common.Message] = []

    public init(targetSystem: UInt8, targetComponent: UInt8 = 1) {
        self.targetSystem = targetSystem; self.targetComponent = targetComponent
    }

    public var isBusy: Bool { operation != nil && result == nil }

    public mutating func start(_ op: Operation, at now: Duration) {
        operation = op; result = nil; tries = 0; chunks = []
        switch op {
        case .list:
            entries = [:]; listed = false; expected = 0...0; missingBefore = .max
            requestList(0, 0xFFFF, at: now)
        case .download(_, let size, let have):
            fileSize = size; received = have; received.clip(to: size)
            nextRequest(at: now)
        }
    }

    /// Log bytes received since the last call, to be written at their offsets.
    public mutating func takeChunks() -> [FileChunk] {
        defer { chunks.removeAll(keepingCapacity: true) }
        return chunks
    }

    public mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration) {
        guard isBusy, let op = operation, systemID == targetSystem, componentID == targetComponent || targetComponent == 0 else { return }
        switch (op, message) {
        case (.list, .logEntry(let e)):
            if !listed && tries <= 1 { rtt.add(now - requestedAt) }
            guard e.numLogs > 0 else { finish(.list([])); return }
            if !listed {
                listed = true
                let last = Int(e.lastLogNum), first = max(0, last - Int(e.numLogs) + 1)
                expected = first...max(first, last)
            }
            lastHeard = now
            if expected.contains(Int(e.id)) {
                entries[Int(e.id)] = VehicleLogEntry(id: Int(e.id), timeUTC: e.timeUtc, size: Int(e.size))
            }
            if entries.count == expected.count { finish(.list(expected.compactMap { entries[$0] })) }
        case (.download(let id, _, _), .logData(let d)) where Int(d.id) == id:
            dataArrived(d, at: now)
        default:
            break
        }
    }

    public mutating func poll(at now: Duration) -> [Common.Message] {
        if isBusy, let op = operation {
            switch op {
            case .list: pollList(at: now)
            case .download: pollDownload(at: now)
            }
        }
        defer { outbox.removeAll(keepingCapacity: true) }
        return outbox
    }

    // MARK: List

    mutating func pollList(at now: Duration) {
        guard listed else {
            if now >= deadline {
                guard tries <= maxRetries else { fail(.timeout(stage: "listing the logs (LOG_REQUEST_LIST)")); return }
                requestList(0, 0xFFFF, at: now)
            }
            return
        }
        guard now - lastHeard >= max(quietTime, rtt.timeout) else { return }
        let missing = expected.filter { entries[$0] == nil }
        // Only rounds that brought nothing count against the retries.
        if missing.count < missingBefore { tries = 0 }
        missingBefore = missing.count
        guard tries <= maxRetries else { fail(.incompleteList(missing: missing, of: expected.count)); return }
        // Contiguous runs of missing ids, one request each.
        var i = 0
        while i < missing.count {
            var j = i
            while j + 1 < missing.count && missing[j + 1] == missing[j] + 1 { j += 1 }
            outbox.append(.logRequestList(LogRequestList(targetSystem: targetSystem, targetComponent: targetComponent,
                                                         start: UInt16(missing[i]), end: UInt16(missing[j]))))
            i = j + 1
        }
        tries += 1
        lastHeard = now
    }

    mutating func requestList(_ start: UInt16, _ end: UInt16, at now: Duration) {
        tries += 1
        requestedAt = now
        deadline = now + rtt.timeout
        outbox.append(.logRequestList(LogRequestList(targetSystem: targetSystem, targetComponent: targetComponent, start: start, end: end)))
    }

    // MARK: Download

    mutating func dataArrived(_ d: LogData, at now: Duration) {
        let start = Int(d.ofs), count = Int(min(d.count, 90))
        // Chunks of an earlier request (delayed, reordered) are kept but do not pace this one.
        let current = start >= requestStart && start < max(requestEnd, requestStart + 1)
        if current {
            if !heardSinceRequest {
                heardSinceRequest = true
                if tries <= 1 { rtt.add(now - requestedAt) }
            }
            lastHeard = now
            if count < 90 && start + count < requestEnd {
                // The vehicle's file ends here: shorter than its LOG_ENTRY said (or a 0-byte end marker).
                fileSize = start + count
                received.clip(to: fileSize)
            }
        }
        let range = start ..< min(start + count, fileSize)
        if !range.isEmpty && !received.contains(range) {
            let before = received.count
            received.insert(range)
            gain += received.count - before
            chunks.append(FileChunk(offset: start, bytes: (0..<range.count).map { d.data[$0] }))
        }
        if current && (start + count >= requestEnd || count < 90) { passDone(at: now) }
    }

    mutating func pollDownload(at now: Duration) {
        if !heardSinceRequest {
            if now - requestedAt >= rtt.timeout { passDone(at: now) }
        } else if now - lastHeard >= max(quietTime, rtt.timeout) {
            passDone(at: now)
        }
    }

    mutating func passDone(at now: Duration) {
        if gain > 0 { tries = 0 }
        nextRequest(at: now)
    }

    mutating func nextRequest(at now: Duration) {
        guard case .download(let id, _, _)? = operation else { return }
        let gaps = received.missing(upTo: fileSize)
        guard let first = gaps.first else { end(); finish(.downloaded(size: fileSize)); return }
        tries += 1
        // A re-request of one small hole is lost often on a bad radio; only a run of fruitless
        // requests three times the retries long means the link is gone.
        guard tries <= 3 * maxRetries + 1 else { end(); fail(.timeout(stage: "downloading log \(id) (LOG_REQUEST_DATA)")); return }
        // A first pass (or a resumed tail) asks for everything to the end at once; holes separated
        // by at most `mergeGap` bytes held are gathered into one span of at most `span` bytes.
        let limit = first.lowerBound + span
        var upper = first.upperBound
        if first.upperBound < fileSize {
            for g in gaps.dropFirst() {
                guard g.lowerBound - upper <= mergeGap, g.lowerBound < limit else { break }
                upper = min(g.upperBound, limit)
            }
        }
        requestStart = first.lowerBound; requestEnd = upper
        gain = 0; heardSinceRequest = false; requestedAt = now; lastHeard = now
        outbox.append(.logRequestData(LogRequestData(targetSystem: targetSystem, targetComponent: targetComponent, id: UInt16(id),
                                                     ofs: UInt32(first.lowerBound), count: UInt32(upper - first.lowerBound))))
    }

    /// Sends `LOG_REQUEST_END`.
    mutating func end() {
        outbox.append(.logRequestEnd(LogRequestEnd(targetSystem: targetSystem, targetComponent: targetComponent)))
    }

    mutating func finish(_ outcome: LogRequestOutcome) { result = .success(outcome); operation = nil }
    mutating func fail(_ error: LogRequestError) { result = .failure(error); operation = nil }
}
