import FlightCore
import MAVLinkDialects

/// The vehicle side of the MAVLink parameter protocol over a `ParameterTable`.
///
/// `PARAM_REQUEST_LIST` starts a paced stream of every `PARAM_VALUE`: a token bucket of
/// `bytesPerSecond` (default 1200 B/s, about a fifth of a 57600-baud radio) and at most
/// `maxPerPoll` per poll, so telemetry and commands still get through. A new list request restarts
/// the stream. `PARAM_REQUEST_READ` answers one value by name (index −1) or by index.
/// `PARAM_SET` checks type and range through the vehicle (`VehicleModel.setParameter`) and always
/// answers with `PARAM_VALUE`: the new value, or the unchanged current value plus a `STATUSTEXT`
/// saying why when refused. Values travel C-cast in the float field (an INT32 42 is sent as 42.0),
/// as declared by `PARAM_ENCODE_C_CAST` in `AUTOPILOT_VERSION`; a set of a non-integral value for
/// an INT32 parameter is refused.
///
/// Methods take the vehicle `inout` even where they only read it: a by-value argument taken from
/// the caller's `inout` vehicle is a copy of the whole vehicle (the flight stack and its telemetry,
/// kilobytes) on the stack, which the firmware's 64 KB stack cannot afford (docs/FIRMWARE.md).
public struct ParameterServer: Sendable {
    /// Stream budget, bytes per second on the wire (one `PARAM_VALUE` frame is 37 bytes unsigned).
    public var bytesPerSecond: Float = 1200
    /// Most `PARAM_VALUE` frames per poll.
    public var maxPerPoll = 8
    /// Next index of the list stream, nil when not streaming.
    public private(set) var nextListIndex: Int?
    /// Running count of `PARAM_SET`s that changed the table (wraps); the edge watches it to know
    /// when to persist the parameters.
    public private(set) var acceptedSets: UInt32 = 0
    var tokens: Float = 0
    var lastPoll: Tick?

    static let frameBytes: Float = 37

    public init() {}

    mutating func requestList(at time: Tick) {
        nextListIndex = 0
        tokens = Self.frameBytes // the first value goes out at once
        lastPoll = time
    }

    func read(name: FixedString<16>, index: Int16, vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        let table = vehicle.parameters
        let i: Int?
        if index >= 0 { i = Int(index) < table.count ? Int(index) : nil } else { i = Self.index(of: name, in: table) }
        guard let found = i else { return } // unknown: no answer (the spec's behaviour without PARAM_ERROR)
        tx.send(Self.value(at: found, in: table), into: &outbox)
    }

    mutating func set(_ m: ParamSet, at time: Tick, vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard let index = Self.index(of: m.paramId, in: vehicle.parameters) else {
            var line = StatusTextBuilder("Param unknown: ")
            line.append(bytes: m.paramId.bytes, count: m.paramId.length)
            tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: line.fixedString), into: &outbox)
            return
        }
        let type = vehicle.parameters.definitions[index].type
        var refusal: StaticString? = nil
        switch type {
        case .float:
            do throws(ParameterError) { try vehicle.setParameter(at: index, to: .float(m.paramValue), at: time) }
            catch { refusal = Self.reason(error) }
        case .int32:
            let v = m.paramValue
            if v.isFinite, v == v.rounded(), v >= -2_147_483_648, v < 2_147_483_648 {
                do throws(ParameterError) { try vehicle.setParameter(at: index, to: .int32(Int32(v)), at: time) }
                catch { refusal = Self.reason(error) }
            } else {
                refusal = "not an integer"
            }
        }
        if let why = refusal {
            var line = StatusTextBuilder("Param ")
            line.append(bytes: m.paramId.bytes, count: m.paramId.length)
            line.append(" refused: "); line.append(why)
            tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: line.fixedString), into: &outbox)
        } else {
            acceptedSets &+= 1
        }
        tx.send(Self.value(at: index, in: vehicle.parameters), into: &outbox)
    }

    /// Sends the next values of a list stream within the byte budget.
    mutating func poll(at time: Tick, vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard var next = nextListIndex else { return }
        let elapsed = lastPoll.map { time.seconds(since: $0) } ?? 0
        lastPoll = time
        tokens = min(tokens + max(elapsed, 0) * bytesPerSecond, max(bytesPerSecond * 0.1, Self.frameBytes))
        let table = vehicle.parameters
        var sent = 0
        while next < table.count && tokens >= Self.frameBytes && sent < maxPerPoll {
            guard tx.send(Self.value(at: next, in: table), into: &outbox) else { break }
            tokens -= Self.frameBytes
            next += 1; sent += 1
        }
        nextListIndex = next < table.count ? next : nil
    }

    static func index(of name: FixedString<16>, in table: ParameterTable) -> Int? {
        let n = name.length
        return withUnsafeBytes(of: name.bytes.storage) { table.index(ofName: UnsafeRawBufferPointer(rebasing: $0[0 ..< n])) }
    }

    static func value(at index: Int, in table: ParameterTable) -> ParamValue {
        var id = FixedString<16>()
        table.definitions[index].name.withUTF8Buffer { for (i, b) in $0.enumerated() where i < 16 { id.bytes[i] = b } }
        let v = table.values[index]
        return ParamValue(paramId: id, paramValue: v.floatValue, paramType: MAVParamType(rawValue: UInt32(v.type.rawValue)),
                          paramCount: UInt16(clamping: table.count), paramIndex: UInt16(clamping: index))
    }

    static func reason(_ e: ParameterError) -> StaticString {
        switch e {
        case .unknownName: "unknown name"
        case .wrongType: "wrong type"
        case .outOfRange: "out of range"
        case .indexOutOfRange: "no such index"
        }
    }
}
