import MAVLinkDialects
import Testing

/// Frames built by our encoder for a mix of messages, with their bytes.
func sampleStream(count: Int, version: MAVLinkVersion = .v2, seed: UInt64 = 1) -> (bytes: [UInt8], messages: [Common.Message]) {
    var rng = TestRNG(seed: seed)
    var enc = MAVLinkEncoder(systemID: 1, componentID: 1, version: version)
    var bytes: [UInt8] = [], messages: [Common.Message] = []
    for i in 0..<count {
        let m: Common.Message
        switch i % 4 {
        case 0: m = .heartbeat(Heartbeat(type: .quadrotor, autopilot: .px4, baseMode: [.customModeEnabled], customMode: UInt32(i), systemStatus: .active))
        case 1: m = .attitude(Attitude(timeBootMs: UInt32(i), roll: rng.float(), pitch: rng.float(), yaw: rng.float(), rollspeed: 0, pitchspeed: 0, yawspeed: 0))
        case 2: m = .paramValue(ParamValue(paramId: FixedString("MPC_XY_CRUISE"), paramValue: rng.float(), paramType: .real32, paramCount: 300, paramIndex: UInt16(i % 300)))
        default: m = .globalPositionInt(GlobalPositionInt(timeBootMs: UInt32(i), lat: 473_977_420, lon: 85_455_940, alt: 488_000, relativeAlt: Int32(i), vx: -3, vy: 4, vz: 0, hdg: 9000))
        }
        bytes += try! m.frame(with: &enc).bytes
        messages.append(m)
    }
    return (bytes, messages)
}

struct TestRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func float() -> Float { Float(next() >> 40) * 0x1p-24 * 2 - 1 }
}

func parseAll(_ bytes: [UInt8], chunk: Int, parser: inout MAVLinkParser<Common>) -> [MAVLinkFrame] {
    var frames: [MAVLinkFrame] = []
    var i = 0
    while i < bytes.count {
        let end = min(bytes.count, i + chunk)
        bytes[i..<end].withUnsafeBytes { parser.parse($0) { frames.append($0) } }
        i = end
    }
    return frames
}

@Suite struct ParserTests {
    @Test(arguments: [1, 3, 17, 280, 4096, 1 << 20])
    func anyChunkSizeYieldsEveryFrameInOrder(chunk: Int) {
        let (bytes, messages) = sampleStream(count: 2000)
        var parser = MAVLinkParser<Common>()
        let frames = parseAll(bytes, chunk: chunk, parser: &parser)
        #expect(frames.count == messages.count)
        #expect(zip(frames, messages).allSatisfy { Common.Message(frame: $0) == $1 })
        #expect(parser.statistics.frames == 2000 && parser.statistics.crcErrors == 0 && parser.statistics.droppedBytes == 0)
        #expect(parser.bufferedByteCount == 0)
    }

    @Test func nextReturnsNilUntilTheLastByteArrives() {
        let (bytes, _) = sampleStream(count: 1)
        var parser = MAVLinkParser<Common>()
        for b in bytes.dropLast() {
            _ = [b].withUnsafeBytes { parser.append($0) }
            #expect(parser.next() == nil)
        }
        _ = [bytes.last!].withUnsafeBytes { parser.append($0) }
        #expect(parser.next()?.messageID == Heartbeat.id)
    }

    @Test func resynchronisesAfterGarbageAndCountsWhatItDropped() {
        let (bytes, messages) = sampleStream(count: 40)
        let garbage: [UInt8] = [0x00, 0x13, 0x37, 0xFD, 0x02, 0xFE, 0x55]
        var stream: [UInt8] = garbage
        stream += bytes[0..<100]
        var parser = MAVLinkParser<Common>()
        var frames = parseAll(stream + bytes[100...], chunk: 5, parser: &parser)
        #expect(frames.count == messages.count)
        #expect(parser.statistics.droppedBytes >= garbage.count - 2)
        frames = parseAll(garbage + garbage, chunk: 1, parser: &parser)
        #expect(frames.isEmpty)
    }

    @Test func corruptedFrameIsCountedAsCRCErrorAndTheNextOneStillParses() {
        var (bytes, _) = sampleStream(count: 3)
        bytes[12] ^= 0x40 // a payload byte of the first frame
        var parser = MAVLinkParser<Common>()
        let frames = parseAll(bytes, chunk: 64, parser: &parser)
        #expect(frames.count == 2)
        #expect(parser.statistics.crcErrors == 1)
    }

    @Test func unknownMessageIdsPassThroughIntact() throws {
        // An ardupilotmega-only message is unknown to a common-dialect parser: forwarded unchanged.
        var enc = MAVLinkEncoder(systemID: 3, componentID: 4)
        let frame = try enc.frame(Meminfo(brkval: 100, freemem: 2000, freemem32: 70000))
        var parser = MAVLinkParser<Common>()
        var out: [MAVLinkFrame] = []
        frame.bytes.withUnsafeBytes { parser.parse($0) { out.append($0) } }
        #expect(out.count == 1)
        #expect(out.first?.bytes == frame.bytes)
        #expect(parser.statistics.unknownMessages == 1)
    }

    @Test func frameWithUnknownIncompatibilityFlagIsDropped() throws {
        var enc = MAVLinkEncoder(systemID: 3, componentID: 4)
        var frame = try enc.frame(Heartbeat())
        frame.incompatFlags = 0x02
        frame.checksum = frame.computeChecksum(crcExtra: Heartbeat.crcExtra)
        var parser = MAVLinkParser<Common>()
        var out: [MAVLinkFrame] = []
        (frame.bytes + (try enc.frame(Heartbeat())).bytes).withUnsafeBytes { parser.parse($0) { out.append($0) } }
        #expect(out.count == 1)
        #expect(parser.statistics.incompatibleFrames == 1)
    }

    @Test func mavlink2TruncatesTrailingZerosAndTheReceiverZeroExtends() throws {
        var enc = MAVLinkEncoder(systemID: 1, componentID: 1)
        let m = CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, confirmation: 0, param1: 1)
        let f = try enc.frame(m)
        // param1 is the first field on the wire; everything after target_component is zero.
        #expect(Int(f.payloadLength) < CommandLong.maxLength)
        var parser = MAVLinkParser<Common>()
        var decoded: CommandLong?
        f.bytes.withUnsafeBytes { parser.parse($0) { decoded = $0.decode(as: CommandLong.self) } }
        #expect(decoded == m)
    }

    @Test func payloadOfAllZerosStillSendsOneByte() throws {
        var enc = MAVLinkEncoder(systemID: 1, componentID: 1)
        let f = try enc.frame(Heartbeat(mavlinkVersion: 0))
        #expect(f.payloadLength == 1)
    }

    @Test func mavlink1RefusesMessagesAbove255() {
        var enc = MAVLinkEncoder(systemID: 1, componentID: 1, version: .v1)
        #expect(throws: MAVLinkError.messageNeedsMAVLink2(messageID: 331)) { try enc.frame(Odometry()) }
    }

    @Test func sequenceNumbersWrapAndGapsCountAsLoss() throws {
        var tracker = SequenceTracker()
        var enc = MAVLinkEncoder(systemID: 1, componentID: 1)
        var lost = 0
        for i in 0..<600 {
            let f = try enc.frame(Heartbeat())
            if i % 10 == 3 { continue } // drop every tenth frame
            lost += tracker.record(systemID: f.systemID, componentID: f.componentID, sequence: f.sequence)
        }
        #expect(tracker.lost == 60 || tracker.lost == 59)
        #expect(Int(tracker.lost) == lost)
        #expect(abs(tracker.lossRatio - 0.1) < 0.002)
    }

    @Test func randomAndMutatedInputNeverCrashesOrStalls() {
        // A property-based run: random bytes, and valid streams with random bit flips, insertions
        // and deletions. Every byte must be consumed; the parser must keep producing frames.
        var rng = TestRNG(seed: 99)
        var parser = MAVLinkParser<ArduPilotMega>()
        let (valid, _) = sampleStream(count: 300)
        var total = 0
        for round in 0..<400 {
            var input: [UInt8]
            if round % 2 == 0 {
                input = (0..<Int(rng.next() % 3000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                // Sprinkle start markers so the parser has to judge many candidate frames.
                for _ in 0..<(input.count / 20) where !input.isEmpty { input[Int(rng.next() % UInt64(input.count))] = 0xFD }
            } else {
                input = valid
                for _ in 0..<Int(rng.next() % 40) {
                    let i = Int(rng.next() % UInt64(input.count))
                    switch rng.next() % 3 {
                    case 0: input[i] ^= UInt8(1 << (rng.next() % 8))
                    case 1: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: i)
                    default: input.remove(at: i)
                    }
                }
            }
            var chunk = 1 + Int(rng.next() % 700)
            var i = 0
            while i < input.count {
                let end = min(input.count, i + chunk)
                input[i..<end].withUnsafeBytes { parser.parse($0) { _ in total += 1 } }
                i = end
                chunk = 1 + Int(rng.next() % 700)
            }
        }
        #expect(total > 200 * 250) // most frames of the mutated valid streams survive
        #expect(parser.bufferedByteCount < 300)
    }
}
