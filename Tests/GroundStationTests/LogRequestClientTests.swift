import MAVLinkDialects
import Testing
@testable import GroundStation
@testable import VehicleServices

/// `LogRequestClient` against the real `LogServer` (through `VehicleLink`) over a link that loses
/// 20 % of the messages each way and reorders some.
@Suite("LOG_REQUEST client")
struct LogRequestClientTests {
    static func bench(logs: [[UInt8]], loss: Double = 0.2, seed: UInt64 = 3) -> LogTransferBench {
        var b = LogTransferBench(loss: loss, seed: seed)
        for (i, log) in logs.enumerated() { b.vehicle.files.files["/logs/flight_\(10 + i).ulg"] = log }
        return b
    }

    @Test func listsEveryLogOverALossyLinkReRequestingMissingEntries() {
        let logs = (0..<25).map { [UInt8](repeating: 0, count: 1000 * ($0 + 1)) }
        var bench = Self.bench(logs: logs, seed: 11)
        var client = LogRequestClient(targetSystem: 1)
        client.start(.list, at: bench.now)
        bench.run(&client)
        guard case .success(.list(let entries))? = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(entries.map(\.id) == Array(1...25))
        #expect(entries.map(\.size) == (1...25).map { $0 * 1000 })
        #expect((bench.requests["LOG_REQUEST_LIST"] ?? 0) > 1, "entries lost on the way were asked for again")
    }

    @Test func aVehicleWithoutLogsListsNone() {
        var bench = Self.bench(logs: [], loss: 0)
        var client = LogRequestClient(targetSystem: 1)
        client.start(.list, at: bench.now)
        bench.run(&client)
        #expect(client.result == .success(.list([])))
    }

    @Test func downloadsAMegabyteLogOverALossyLinkFillingTheGaps() {
        let data = LogTransferBench.content(1_000_000, seed: 21)
        var bench = Self.bench(logs: [[1, 2, 3], data])
        var client = LogRequestClient(targetSystem: 1)
        client.start(.download(id: 2, size: data.count, have: ByteRanges()), at: bench.now)
        bench.run(&client)
        #expect(client.result == .success(.downloaded(size: data.count)))
        #expect(bench.written.elementsEqual(data), "the file arrived whole and in place")
        #expect(bench.down.dropped > 2000)
        #expect((bench.requests["LOG_REQUEST_DATA"] ?? 0) > 10, "gaps re-requested")
        #expect(bench.bytesFromVehicle < data.count * 2, "re-requests cover the gaps, not the file: \(bench.bytesFromVehicle)")
        #expect(bench.requests["LOG_REQUEST_END"] == 1)
        #expect(!bench.link.logs.isBusy)
    }

    @Test func anInterruptedDownloadResumesFromTheRangesHeld() {
        let data = LogTransferBench.content(300_000, seed: 4)
        var bench = Self.bench(logs: [data], seed: 8)
        var first = LogRequestClient(targetSystem: 1)
        first.start(.download(id: 1, size: data.count, have: ByteRanges()), at: bench.now)
        while first.isBusy && first.received.count < 120_000 { bench.step(&first) }
        bench.up.loss = 1; bench.down.loss = 1
        bench.run(&first)
        guard case .failure(.timeout)? = first.result else { Issue.record("\(String(describing: first.result))"); return }
        let kept = first.received
        #expect(kept.count >= 120_000 && kept.count < data.count)

        bench.up.loss = 0.2; bench.down.loss = 0.2
        bench.bytesFromVehicle = 0
        var second = LogRequestClient(targetSystem: 1)
        second.start(.download(id: 1, size: data.count, have: kept), at: bench.now)
        bench.run(&second)
        #expect(second.result == .success(.downloaded(size: data.count)))
        #expect(bench.written.elementsEqual(data), "the file arrived whole and in place")
        #expect(bench.bytesFromVehicle < (data.count - kept.count) * 2, "resumed: \(bench.bytesFromVehicle) bytes for \(data.count - kept.count) missing")
    }

    @Test func aSilentVehicleTimesOutWithTheStage() {
        var bench = Self.bench(logs: [[1]], loss: 0)
        bench.up.loss = 1
        var client = LogRequestClient(targetSystem: 1)
        client.start(.list, at: bench.now)
        bench.run(&client)
        #expect(client.result == .failure(.timeout(stage: "listing the logs (LOG_REQUEST_LIST)")))
    }
}

@Suite("Log download bookkeeping")
struct LogDownloadBookkeepingTests {
    @Test func byteRangesMergeAndReportWhatIsMissing() {
        var r = ByteRanges()
        r.insert(10 ..< 20); r.insert(30 ..< 40); r.insert(20 ..< 25); r.insert(0 ..< 5); r.insert(35 ..< 50)
        #expect(r.ranges == [0 ..< 5, 10 ..< 25, 30 ..< 50])
        #expect(r.count == 5 + 15 + 20)
        #expect(r.missing(upTo: 60) == [5 ..< 10, 25 ..< 30, 50 ..< 60])
        #expect(r.contains(12 ..< 25) && !r.contains(24 ..< 31))
        r.insert(4 ..< 31)
        #expect(r.ranges == [0 ..< 50] && r.isComplete(size: 50) && !r.isComplete(size: 51))
        #expect(ByteRanges(parsing: "0-5,10-25")?.ranges == [0 ..< 5, 10 ..< 25])
        #expect(ByteRanges(parsing: "0-5,x") == nil && ByteRanges(parsing: "9-3") == nil)
    }

    @Test func thePartRecordRoundTripsAndNamesTheLog() {
        let record = LogPartRecord(systemID: 1, entry: VehicleLogEntry(id: 7, timeUTC: 1_764_410_400, size: 5000),
                                   ranges: ByteRanges([0 ..< 100, 200 ..< 300]))
        #expect(LogPartRecord(text: record.text) == record)
        #expect(LogPartRecord(text: "garbage\n") == nil)
        #expect(record.isSameLog(systemID: 1, entry: VehicleLogEntry(id: 7, timeUTC: 1_764_410_400, size: 5000)))
        #expect(!record.isSameLog(systemID: 1, entry: VehicleLogEntry(id: 7, timeUTC: 1_764_410_400, size: 5001)))
        #expect(UTCDate.format(1_764_410_400) == "2025-11-29 10:00:00")
        #expect(VehicleLogCatalog.fileName(for: record.entry, ardupilot: false) == "log_7_2025-11-29_10-00-00.ulg")
        #expect(VehicleLogCatalog.fileName(for: VehicleLogEntry(id: 3, timeUTC: 0, size: 1), ardupilot: true) == "log_3.bin")
    }

    @Test func ftpFilesArePairedWithLogEntriesByNumberOrOrder() {
        let px4 = [FtpLogFile(path: "/fs/microsd/log/2025-11-29/10_00_00.ulg", size: 100),
                   FtpLogFile(path: "/fs/microsd/log/2025-11-28/09_00_00.ulg", size: 50)]
        #expect(px4[0].px4Time == 1_764_410_400)
        let entries = [VehicleLogEntry(id: 0, timeUTC: 1_764_320_400, size: 50), VehicleLogEntry(id: 1, timeUTC: 1_764_410_400, size: 100)]
        let catalog = VehicleLogCatalog(entries: entries, files: px4)
        #expect(catalog.log(id: 0)?.file == px4[1] && catalog.log(id: 1)?.file == px4[0])
        #expect(catalog.latest?.entry.id == 1)

        let ardupilot = [FtpLogFile(path: "/APM/LOGS/00000003.BIN", size: 30), FtpLogFile(path: "/APM/LOGS/LASTLOG.TXT", size: 2)]
        let ap = VehicleLogCatalog(entries: [VehicleLogEntry(id: 2, timeUTC: 0, size: 20), VehicleLogEntry(id: 3, timeUTC: 0, size: 30)],
                                   files: ardupilot)
        #expect(ap.log(id: 3)?.file == ardupilot[0] && ap.log(id: 2)?.file == nil)
        #expect(ap.latest?.entry.id == 3)

        let mismatched = VehicleLogCatalog(entries: [VehicleLogEntry(id: 1, timeUTC: 0, size: 99)], files: [px4[0]])
        #expect(mismatched.log(id: 1)?.file == nil, "a size that disagrees is not the same log")
    }
}
