import MAVLink
import MAVLinkDialects

/// Why a parameter operation failed.
public enum ParameterTransferError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No answer after every retry, while `stage`.
    case timeout(stage: String)
    /// The full list is still missing these indices after their retries.
    case incomplete(missing: [Int], of: Int)
    /// The vehicle has no parameter of that name.
    case unknown(String)

    public var description: String {
        switch self {
        case .timeout(let s): "no answer while \(s)"
        case .incomplete(let m, let n): "\(m.count) of \(n) parameters never arrived (first missing index \(m.first ?? 0))"
        case .unknown(let name): "the vehicle has no parameter \(name)"
        }
    }
}

/// What a finished parameter operation produced.
public enum ParameterOutcome: Equatable, Sendable {
    /// Every parameter, in index order.
    case list([ParameterEntry])
    case value(ParameterEntry)
    /// A `PARAM_SET` answered: `accepted` when the vehicle's value is the one asked for; `entry`
    /// is what the vehicle holds now.
    case set(accepted: Bool, entry: ParameterEntry)
}

/// The ground-station side of the MAVLink parameter protocol, sans I/O.
///
/// - List: `PARAM_REQUEST_LIST`, then every `PARAM_VALUE` is kept by index. When the stream goes
///   quiet (`quietTime`) with indices missing, those are asked for one by one with
///   `PARAM_REQUEST_READ` by index (`window` at a time, re-asked after the measured round trip),
///   each up to `maxRetries` times (`maxRetriesWhileHeard` while the vehicle is heard); a lossy
///   57600-baud radio costs the missing values, never a restart.
/// - Read: `PARAM_REQUEST_READ` by name until its `PARAM_VALUE` arrives.
/// - Set: `PARAM_SET` (type from a previous list or read, else read first) until a `PARAM_VALUE`
///   of that name arrives; a value other than the one sent means the vehicle refused it.
/// Integer encoding (`ParameterEncoding`) comes from `AUTOPILOT_VERSION` or the autopilot family.
public struct ParameterClient: Sendable {
    public enum Operation: Equatable, Sendable {
        case list
        case read(String)
        case set(String, Double)
    }

    public var targetSystem: UInt8, targetComponent: UInt8
    public var encoding: ParameterEncoding
    /// Resends of a request without an answer before giving up.
    public var maxRetries = 5
    /// Resends of a missing list index while the vehicle is still heard (anything within
    /// `aliveWindow`) and has sent part of the list: on a lossy radio a few indices need many tries.
    public var maxRetriesWhileHeard = 20
    /// How recently the vehicle must have been heard to count as present.
    public var aliveWindow: Duration = .seconds(3)
    /// Wait for an answer before resending; and stream silence that ends a list's first pass.
    public var timeout: Duration = .milliseconds(1500)
    /// Missing indices requested at a time.
    public var window = 16
    /// Stream silence that ends a list's first pass.
    public var quietTime: Duration = .seconds(1)
    /// Round trip of single reads, setting how long a re-requested index is waited for.
    public var rtt = RoundTripEstimator(initialTimeout: .seconds(1), minimumTimeout: .milliseconds(200), maximumTimeout: .seconds(3))

    /// Every parameter heard so far, by name (from any `PARAM_VALUE`, lists or not).
    public private(set) var known: [String: ParameterEntry] = [:]
    public private(set) var count: Int?
    public private(set) var result: Result<ParameterOutcome, ParameterTransferError>?
    /// Values received and the total, for progress bars.
    public var progress: (done: Int, total: Int) { (received.count, count ?? 0) }

    var operation: Operation?
    var received: [Int: ParameterEntry] = [:]
    var lastHeard: Duration = .zero
    /// When anything from the target last arrived.
    var lastHeardAnything: Duration?
    var retries = 0
    var inFlight: [Int: (sentAt: Duration, tries: Int)] = [:]
    var pendingSet: (name: String, value: Double)?
    var deadline: Duration = .zero
    var outbox: [Common.Message] = []

    public init(targetSystem: UInt8, targetComponent: UInt8 = 1, encoding: ParameterEncoding = .cCast) {
        self.targetSystem = targetSystem; self.targetComponent = targetComponent; self.encoding = encoding
    }

    public var isBusy: Bool { operation != nil && result == nil }

    public mutating func start(_ op: Operation, at now: Duration) {
        operation = op; result = nil; retries = 0; inFlight = [:]; pendingSet = nil
        switch op {
        case .list:
            received = [:]; count = nil
            sendList(at: now)
        case .read(let name):
            sendRead(name, at: now)
        case .set(let name, let value):
            if known[name] != nil { sendSet(name, value, at: now) } else {
                pendingSet = (name, value)
                sendRead(name, at: now)
            }
        }
    }

    public mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration) {
        guard systemID == targetSystem, componentID == targetComponent || targetComponent == 0 else { return }
        lastHeardAnything = now
        switch message {
        case .paramValue(let p):
            let type = UInt8(truncatingIfNeeded: p.paramType.rawValue)
            let entry = ParameterEntry(name: p.paramId.string, value: encoding.decode(p.paramValue, type: type), type: type,
                                       index: p.paramIndex == UInt16.max ? -1 : Int(p.paramIndex))
            known[entry.name] = entry
            handle(entry, count: Int(p.paramCount), at: now)
        case .statustext(let t):
            // A vehicle that does not know a name says so (ArduPilot, Swiftlet) instead of answering.
            if case .read(let name)? = operation, t.text.string.contains(name), t.text.string.lowercased().contains("unknown") {
                result = .failure(.unknown(name))
            }
        default:
            break
        }
    }

    mutating func handle(_ entry: ParameterEntry, count total: Int, at now: Duration) {
        guard let op = operation, result == nil else { return }
        switch op {
        case .list:
            guard entry.index >= 0, entry.index < total else { return }
            count = total
            if received[entry.index] == nil { lastHeard = now }
            received[entry.index] = entry
            if let f = inFlight[entry.index], f.tries == 1 { rtt.add(now - f.sentAt) }
            inFlight[entry.index] = nil
            if received.count == total { finishList() }
        case .read(let name):
            if entry.name == name { result = .success(.value(entry)) }
        case .set(let name, let value):
            guard entry.name == name else { return }
            if let p = pendingSet, p.name == name {
                pendingSet = nil
                sendSet(name, value, at: now)
                return
            }
            result = .success(.set(accepted: entry.sameValue(value), entry: entry))
        }
    }

    public mutating func poll(at now: Duration) -> [Common.Message] {
        if isBusy, let op = operation {
            switch op {
            case .list: pollList(at: now)
            case .read(let name):
                if now >= deadline { retryOrFail("reading \(name)", at: now) { $0.sendRead(name, at: now) } }
            case .set(let name, let value):
                if now >= deadline {
                    if pendingSet != nil { retryOrFail("reading \(name) before setting it", at: now) { $0.sendRead(name, at: now) } }
                    else { retryOrFail("setting \(name)", at: now) { $0.sendSet(name, value, at: now) } }
                }
            }
        }
        defer { outbox.removeAll(keepingCapacity: true) }
        return outbox
    }

    mutating func pollList(at now: Duration) {
        guard let total = count else {
            if now >= deadline { retryOrFail("waiting for the parameter list", at: now) { $0.sendList(at: now) } }
            return
        }
        // First pass still streaming: wait for silence.
        guard now - lastHeard >= quietTime || !inFlight.isEmpty || !triesByIndex.isEmpty else { return }
        for (i, f) in inFlight where now - f.sentAt >= rtt.timeout { inFlight[i] = nil }
        for i in missing(total) where inFlight.count < window && inFlight[i] == nil {
            let tries = (triesByIndex[i] ?? 0) + 1
            triesByIndex[i] = tries
            let heard = lastHeardAnything.map { now - $0 <= aliveWindow } == true
            if tries > (heard ? maxRetriesWhileHeard : maxRetries) + 1 { result = .failure(.incomplete(missing: missing(total), of: total)); return }
            inFlight[i] = (now, tries)
            outbox.append(.paramRequestRead(ParamRequestRead(targetSystem: targetSystem, targetComponent: targetComponent,
                                                             paramId: FixedString(""), paramIndex: Int16(truncatingIfNeeded: i))))
        }
    }

    var triesByIndex: [Int: Int] = [:]

    func missing(_ total: Int) -> [Int] { (0..<total).filter { received[$0] == nil } }

    mutating func finishList() {
        result = .success(.list((0..<(count ?? 0)).compactMap { received[$0] }))
    }

    mutating func retryOrFail(_ stage: String, at now: Duration, _ resend: (inout ParameterClient) -> Void) {
        if retries >= maxRetries { result = .failure(.timeout(stage: stage)); return }
        retries += 1
        resend(&self)
    }

    mutating func sendList(at now: Duration) {
        triesByIndex = [:]
        deadline = now + timeout
        lastHeard = now
        outbox.append(.paramRequestList(ParamRequestList(targetSystem: targetSystem, targetComponent: targetComponent)))
    }

    mutating func sendRead(_ name: String, at now: Duration) {
        deadline = now + timeout
        outbox.append(.paramRequestRead(ParamRequestRead(targetSystem: targetSystem, targetComponent: targetComponent,
                                                         paramId: FixedString(name), paramIndex: -1)))
    }

    mutating func sendSet(_ name: String, _ value: Double, at now: Duration) {
        let type = known[name]?.type ?? 9
        deadline = now + timeout
        outbox.append(.paramSet(ParamSet(targetSystem: targetSystem, targetComponent: targetComponent, paramId: FixedString(name),
                                         paramValue: encoding.encode(value, type: type), paramType: MAVParamType(rawValue: UInt32(type)))))
    }
}
