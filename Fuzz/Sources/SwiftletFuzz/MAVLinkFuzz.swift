// Fuzz target for the MAVLink codec: the stream parser fed the input whole, in chunks whose sizes
// the input picks (empty chunks included) and through the pull API; every frame decoded with the
// common and ardupilotmega dialects, re-serialised, and judged by a signature verifier.
import MAVLink
import MAVLinkDialects

enum MAVLinkFuzz {
    /// A fixed signing key: mutated inputs that keep a signed frame from the seed corpus still
    /// reach the signature check.
    static let key = SigningKey(Array(0..<32))!

    static func run(_ input: UnsafeRawBufferPointer) {
        guard let first = input.first else { return }
        let data = UnsafeRawBufferPointer(rebasing: input.dropFirst())

        // 1. The whole input at once: the reference sequence of frames.
        var whole = MAVLinkParser<ArduPilotMega>()
        var frames: [[UInt8]] = []
        frames.reserveCapacity(data.count / 12)
        whole.parse(data) { frames.append(Array($0.bytes)) }

        // 2. The same bytes in chunks of 0...(first % 64) bytes (the first input byte seeds the
        //    sizes, 0...64): same frames, same order, same counters.
        var chunked = MAVLinkParser<ArduPilotMega>()
        var index = 0
        var offset = 0
        var seed = UInt32(first) &* 2_654_435_761 | 1
        let largest = 1 + Int(first % 64)
        while offset < data.count {
            seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5
            let n = Swift.min(Int(seed % UInt32(largest + 1)), data.count - offset)
            let chunk = n == 0 ? UnsafeRawBufferPointer(start: nil, count: 0)
                : UnsafeRawBufferPointer(rebasing: data[offset..<(offset + n)])
            chunked.parse(chunk) { view in
                precondition(index < frames.count && frames[index].elementsEqual(view.bytes),
                             "chunked parse gave frame \(index) differently from a whole-buffer parse")
                index += 1
            }
            offset += n
        }
        precondition(index == frames.count, "chunked parse found \(index) frames, whole-buffer parse \(frames.count)")
        precondition(chunked.statistics == whole.statistics, "chunked parse counted \(chunked.statistics), whole \(whole.statistics)")

        // 3. The pull API: append as much as fits, drain with next().
        var pull = MAVLinkParser<ArduPilotMega>()
        var pulled: [MAVLinkFrame] = []
        offset = 0
        while offset < data.count {
            offset += pull.append(UnsafeRawBufferPointer(rebasing: data[offset...]))
            while let f = pull.next() { pulled.append(f) }
        }
        precondition(pulled.count == frames.count, "pull API found \(pulled.count) frames, push API \(frames.count)")

        // 4. Decode, re-serialise and verify every frame.
        var verifier = SignatureVerifier(key: key, acceptUnsigned: first & 0x80 != 0)
        var now: UInt64 = 1_700_000_000_000_000
        for (i, frame) in pulled.enumerated() {
            let bytes = frame.bytes
            precondition(bytes == frames[i], "pull API gave frame \(i) differently from the push API")
            let reread = bytes.withUnsafeBytes { MAVLinkFrameView(bytes: $0).frame.bytes }
            precondition(reread == bytes, "a frame copied out of a view does not serialise to the same bytes")
            _ = Common.Message(frame: frame)
            if let message = ArduPilotMega.Message(frame: frame) { _ = message.name }
            bytes.withUnsafeBytes { b in
                _ = Common.Message(view: MAVLinkFrameView(bytes: b))
                _ = ArduPilotMega.Message(view: MAVLinkFrameView(bytes: b))
            }
            _ = verifier.verify(frame, unixMicros: now)
            now &+= UInt64(frame.sequence) &* 1_000_000
        }
    }
}
