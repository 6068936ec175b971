import Foundation
import MAVLinkDialects
import Testing

/// Inputs that broke a fuzz target's reader, replayed in the ordinary suite. Each input is
/// committed under `Tests/Fuzz/regressions/<target>/`; the first byte of a mavlink input is the
/// fuzz target's chunking seed, the rest the byte stream.
@Suite struct FuzzRegressionTests {
    static func regression(_ target: String, _ name: String) throws -> [UInt8] {
        let dir = String(#filePath.prefix(upTo: #filePath.range(of: "/Tests/MAVLinkTests/")!.lowerBound))
        let path = dir + "/Tests/Fuzz/regressions/\(target)/\(name)"
        return [UInt8](try #require(FileManager.default.contents(atPath: path), "missing \(path)"))
    }

    /// Found while writing the mavlink target (whose chunking feeds empty chunks): an empty chunk (a nil base address, as an empty `Data` or a
    /// zero-byte read gives) while part of a frame was carried over unwrapped the nil pointer.
    @Test func emptyChunkWhileAFrameIsCarriedOverIsANoOp() throws {
        let input = try Self.regression("mavlink", "empty-chunk-with-carry-over.bin")
        let stream = Array(input.dropFirst())
        var parser = MAVLinkParser<ArduPilotMega>()
        var whole = MAVLinkParser<ArduPilotMega>()
        var frames = 0, wholeFrames = 0
        stream.withUnsafeBytes { whole.parse($0) { _ in wholeFrames += 1 } }
        for (i, byte) in stream.enumerated() {
            [byte].withUnsafeBytes { parser.parse($0) { _ in frames += 1 } }
            parser.parse(UnsafeRawBufferPointer(start: nil, count: 0)) { _ in frames += 1 }
            if i == 0 { #expect(parser.bufferedByteCount == 1) }
        }
        #expect(frames == wholeFrames)
        #expect(parser.statistics == whole.statistics)
        #expect(parser.bufferedByteCount == whole.bufferedByteCount)
    }
}
