import Testing
@testable import MAVLink

@Suite struct CRC16Tests {
    @Test func matchesTheMCRF4XXCheckValue() {
        // The catalogue check value of CRC-16/MCRF4XX over "123456789" is 0x6F91.
        let bytes: [UInt8] = Array("123456789".utf8)
        #expect(bytes.withUnsafeBytes { CRC16.checksum($0) } == 0x6F91)
    }

    @Test func blockTailWithExtraEqualsBytewiseCRC() {
        // The parser's frame checksum: bytes, then CRC_EXTRA, the last count % 8 bytes and the
        // extra folded as one block loaded from up to 7 bytes before them. Every length up to 72
        // covers each tail size (0...7 bytes plus the extra) after zero to four 16-byte blocks,
        // with and without an 8-byte block between.
        var rng = TestRNG(seed: 11)
        let tables = CRC16.slicingTables
        for n in Array(0...72) + [255] {
            let data = (0..<(8 + n)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let extra = UInt8(truncatingIfNeeded: rng.next())
            let start = UInt16(truncatingIfNeeded: rng.next())
            var bytewise = CRC16()
            bytewise.value = start
            for b in data[8...] { bytewise.accumulate(b) }
            bytewise.accumulate(extra)
            let sliced = data.withUnsafeBytes { d in
                tables.withUnsafeBufferPointer { t in
                    CRC16.update(start, d.baseAddress! + 8, n, extra: extra, tables: t.baseAddress!)
                }
            }
            #expect(sliced == bytewise.value, "length \(n)")
        }
    }

    @Test func slicedRunsEqualBytewiseCRC() {
        // Frames being encoded and `accumulate(_:)` of a buffer: 16-byte blocks, one 8-byte block,
        // a 4-byte step and single bytes, from any starting value, for every length up to 72.
        var rng = TestRNG(seed: 12)
        for n in Array(0...72) + [255, 280] {
            let data = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let start = UInt16(truncatingIfNeeded: rng.next())
            var bytewise = CRC16()
            bytewise.value = start
            for b in data { bytewise.accumulate(b) }
            var sliced = CRC16()
            sliced.value = start
            data.withUnsafeBytes { sliced.accumulate($0) }
            #expect(sliced.value == bytewise.value, "length \(n)")
        }
    }
}
