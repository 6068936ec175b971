import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Log download (LOG_REQUEST_*)")
struct LogServerTests {
    static func gcsWithLogs() -> FakeGroundStation {
        var gcs = FakeGroundStation()
        gcs.vehicle.files.files["/logs/a.ulg"] = (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        gcs.vehicle.files.files["/logs/b.ulg"] = [9, 9]
        return gcs
    }

    @Test func listAnnouncesEveryLogWithItsSize() {
        var gcs = Self.gcsWithLogs()
        gcs.send(LogRequestList(targetSystem: 1, targetComponent: 1, start: 0, end: 0xFFFF))
        let entries = gcs.advance(byMicros: 10_000).messages(LogEntry.self)
        #expect(entries.map { $0.id } == [1, 2])
        #expect(entries.map { $0.size } == [500, 2])
        #expect(entries.allSatisfy { $0.numLogs == 2 && $0.lastLogNum == 2 })
    }

    /// Found by `scripts/soak`: the server used to recount the logs on every poll of a listing, so
    /// a listing of n logs cost O(n²) directory lookups and stalled the service loop as logs piled up.
    @Test func listingCostsAFewLookupsPerLogNotOnePerLogPerPoll() {
        var gcs = FakeGroundStation()
        for i in 0..<300 { gcs.vehicle.files.files["/logs/\(1000 + i).ulg"] = [UInt8(truncatingIfNeeded: i)] }
        let lookups = gcs.vehicle.files.entryLookups
        gcs.send(LogRequestList(targetSystem: 1, targetComponent: 1, start: 0, end: 0xFFFF))
        let entries = gcs.run(forMicros: 2_000_000).messages(LogEntry.self)
        #expect(entries.map { Int($0.id) } == Array(1...300))
        #expect(entries.allSatisfy { $0.numLogs == 300 && $0.size == 1 })
        #expect(lookups.value <= 2 * 300 + 2, "\(lookups.value) directory lookups to list 300 logs")
    }

    /// Found by `scripts/soak`: 160 logs listed in one poll held the service loop for 1–3 ms, and
    /// the cost grows with the logs. Entries go out a few per poll, in order, none lost.
    @Test func aLongListIsSpreadOverPolls() {
        var gcs = FakeGroundStation()
        for i in 0..<160 { gcs.vehicle.files.files["/logs/\(1000 + i).ulg"] = [UInt8(truncatingIfNeeded: i)] }
        gcs.send(LogRequestList(targetSystem: 1, targetComponent: 1, start: 0, end: 0xFFFF))
        var perPoll: [Int] = []
        var ids: [UInt16] = []
        for _ in 0..<20 {
            let entries = gcs.advance(byMicros: 5_000).messages(LogEntry.self)
            perPoll.append(entries.count)
            ids += entries.map(\.id)
        }
        #expect(perPoll.allSatisfy { $0 <= LogServer().entriesPerPoll }, "\(perPoll)")
        #expect(ids == Array(1...160))
    }

    @Test func listWithoutLogsSaysNone() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(LogRequestList(targetSystem: 1, targetComponent: 1, start: 0, end: 0xFFFF)).messages(LogEntry.self)
        #expect(reply.map { $0.numLogs } == [0])
    }

    @Test func dataStreamsTheRequestedRangeThenAnEmptyChunkAtTheEnd() {
        var gcs = Self.gcsWithLogs()
        gcs.send(LogRequestData(targetSystem: 1, targetComponent: 1, id: 1, ofs: 0, count: UInt32.max))
        let chunks = gcs.run(forMicros: 100_000).messages(LogData.self)
        var bytes: [UInt8] = []
        for c in chunks { #expect(Int(c.ofs) == bytes.count); bytes += (0..<Int(c.count)).map { c.data[$0] } }
        #expect(bytes == gcs.vehicle.files.files["/logs/a.ulg"])
        #expect(chunks.last?.count == 0)
        #expect(!gcs.link.logs.isBusy)
    }

    @Test func partialRangeStopsAtItsEnd() {
        var gcs = Self.gcsWithLogs()
        gcs.send(LogRequestData(targetSystem: 1, targetComponent: 1, id: 1, ofs: 100, count: 150))
        let chunks = gcs.run(forMicros: 100_000).messages(LogData.self)
        #expect(chunks.map { Int($0.count) }.reduce(0, +) == 150)
        #expect(chunks.first?.ofs == 100)
    }
}
