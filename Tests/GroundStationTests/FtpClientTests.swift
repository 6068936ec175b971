import MAVLink
import MAVLinkDialects
import Testing
@testable import GroundStation
@testable import VehicleServices

/// `FtpClient` against the real `FtpServer` (through `VehicleLink`) over a link that loses 20 % of
/// the messages each way and reorders some.
@Suite("MAVLink FTP client")
struct FtpClientTests {
    static let logPath = "/logs/2026-11-29_10-00-00.ulg"

    static func bench(files: [String: [UInt8]], loss: Double = 0.2, seed: UInt64 = 1) -> LogTransferBench {
        var b = LogTransferBench(loss: loss, seed: seed)
        b.vehicle.files.files = files
        return b
    }

    @Test func listsADirectoryAcrossSeveralRepliesOverALossyLink() {
        var files: [String: [UInt8]] = [:]
        for i in 0..<40 { files["/fs/microsd/log/2026-11-\(10 + i % 9)/flight_with_a_long_name_\(i).ulg"] = [UInt8](repeating: 1, count: i) }
        files["/fs/microsd/log/2026-11-10/flight_with_a_long_name_0.ulg"] = []
        for i in 0..<30 { files["/logs/log_number_\(100 + i)_of_the_day.ulg"] = [UInt8](repeating: 2, count: 1000 + i) }
        var bench = Self.bench(files: files)
        var client = FtpClient(targetSystem: 1)
        client.start(.list("/logs"), at: bench.now)
        bench.run(&client)
        guard case .success(.listing(let entries))? = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(entries.count == 30)
        #expect(entries.first == FtpDirectoryEntry(name: "log_number_100_of_the_day.ulg", isDirectory: false, size: 1000))
        #expect(entries.map(\.size) == (0..<30).map { 1000 + $0 })
        #expect((bench.requests["listDirectory"] ?? 0) >= 4, "30 entries of 38 bytes need several replies")

        client.start(.list("/fs/microsd/log"), at: bench.now)
        bench.run(&client)
        guard case .success(.listing(let days))? = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(days.map(\.name) == (10...18).map { "2026-11-\($0)" })
        #expect(days.allSatisfy { $0.isDirectory })
    }

    @Test func downloadsAMultiMegabyteFileOverALossyReorderingLinkAndVerifiesItsChecksum() {
        let data = LogTransferBench.content(3_000_000, seed: 42)
        var bench = Self.bench(files: [Self.logPath: data])
        var client = FtpClient(targetSystem: 1)
        client.start(.download(Self.logPath, have: ByteRanges(), verify: true), at: bench.now)
        bench.run(&client)
        guard case .success(.downloaded(let size, let crc))? = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(size == data.count)
        #expect(bench.written.elementsEqual(data), "the file arrived whole and in place")
        #expect(crc == Self.crc(data), "the vehicle's CalcFileCRC32 is the MAVLink CRC32 of the file")
        #expect(bench.down.dropped > 2000, "the link really lost chunks")
        #expect((bench.requests["readFile"] ?? 0) > 1000, "holes are re-read one by one")
        #expect((bench.requests["burstReadFile"] ?? 0) < 40, "…not by bursting the file again")
        #expect(bench.bytesFromVehicle < data.count * 14 / 10, "little is sent twice: \(bench.bytesFromVehicle)")
        #expect(bench.link.ftp.session == nil, "the session is closed at the end")
    }

    @Test func aDownloadInterruptedByLinkLossResumesWithoutReadingTheBytesAgain() {
        let data = LogTransferBench.content(600_000, seed: 7)
        var bench = Self.bench(files: [Self.logPath: data], seed: 5)
        var first = FtpClient(targetSystem: 1)
        first.start(.download(Self.logPath, have: ByteRanges(), verify: true), at: bench.now)
        while first.isBusy && first.received.count < 250_000 { bench.step(&first) }
        bench.up.loss = 1; bench.down.loss = 1   // the radio drops out
        bench.run(&first)
        guard case .failure(.timeout)? = first.result else { Issue.record("\(String(describing: first.result))"); return }
        let kept = first.received
        #expect(kept.count >= 250_000 && kept.count < data.count)
        for r in kept.ranges { #expect(bench.written[r].elementsEqual(data[r])) }

        // The vehicle still holds the dead session: the new client resets it and reads only the rest.
        #expect(bench.link.ftp.session != nil)
        bench.up.loss = 0.2; bench.down.loss = 0.2
        bench.bytesFromVehicle = 0
        var second = FtpClient(targetSystem: 1)
        second.start(.download(Self.logPath, have: kept, verify: true), at: bench.now)
        bench.run(&second)
        guard case .success(.downloaded(_, let crc))? = second.result else { Issue.record("\(String(describing: second.result))"); return }
        #expect(bench.written.elementsEqual(data), "the file arrived whole and in place")
        #expect(crc == Self.crc(data), "the vehicle's CalcFileCRC32 is the MAVLink CRC32 of the file")
        #expect(bench.requests["resetSessions"] ?? 0 >= 1)
        #expect(bench.bytesFromVehicle < (data.count - kept.count) * 14 / 10, "resumed: \(bench.bytesFromVehicle) bytes for \(data.count - kept.count) missing")
    }

    @Test func aChunkCorruptedOnTheWayFailsTheChecksum() {
        let data = LogTransferBench.content(100_000, seed: 9)
        var bench = Self.bench(files: [Self.logPath: data], loss: 0)
        bench.corruptChunkAt = 239 * 100
        var client = FtpClient(targetSystem: 1)
        client.start(.download(Self.logPath, have: ByteRanges(), verify: true), at: bench.now)
        bench.run(&client)
        guard case .success(.downloaded(_, let crc?))? = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(!bench.written.elementsEqual(data))
        #expect(Self.crc(bench.written) != crc, "the vehicle's CRC-32 exposes the corrupted byte")
        #expect(Self.crc(data) == crc)
    }

    @Test func aMissingFileAndASilentVehicleAreClearErrors() {
        var bench = Self.bench(files: [Self.logPath: [1, 2, 3]], loss: 0)
        var client = FtpClient(targetSystem: 1)
        client.start(.download("/logs/nope.ulg", have: ByteRanges(), verify: true), at: bench.now)
        bench.run(&client)
        #expect(client.result == .failure(.notFound("/logs/nope.ulg")))
        #expect(client.result.map { "\($0)" } != nil)

        client.start(.list("/APM/LOGS"), at: bench.now)
        bench.run(&client)
        #expect(client.result == .failure(.notFound("/APM/LOGS")))

        bench.up.loss = 1
        let start = bench.now
        client.start(.download(Self.logPath, have: ByteRanges(), verify: true), at: bench.now)
        bench.run(&client)
        guard case .failure(let e)? = client.result else { Issue.record("no failure"); return }
        #expect(e == .timeout(stage: "opening \(Self.logPath)"))
        #expect(bench.now - start < .seconds(10))
    }

    @Test func aZeroByteFileAndAFileAlreadyHeldNeedNoReads() {
        var bench = Self.bench(files: ["/logs/empty.ulg": [], Self.logPath: [9, 8, 7]], loss: 0)
        var client = FtpClient(targetSystem: 1)
        client.start(.download("/logs/empty.ulg", have: ByteRanges(), verify: false), at: bench.now)
        bench.run(&client)
        #expect(client.result == .success(.downloaded(size: 0, crc32: nil)))
        client.start(.download(Self.logPath, have: ByteRanges([0 ..< 3]), verify: false), at: bench.now)
        bench.run(&client)
        #expect(client.result == .success(.downloaded(size: 3, crc32: nil)))
        #expect(bench.requests["burstReadFile"] == nil && bench.requests["readFile"] == nil)
    }

    @Test func directoryRepliesParseFilesFoldersAndSkippedEntries() {
        let reply = Array("Fa.ulg\t12\0D2024-01-02\0S\0D.\0Fb.bin\t7\0".utf8)
        let (entries, slots) = FtpDirectoryEntry.parse(reply)
        #expect(slots == 5)
        #expect(entries == [FtpDirectoryEntry(name: "a.ulg", isDirectory: false, size: 12),
                            FtpDirectoryEntry(name: "2024-01-02", isDirectory: true),
                            FtpDirectoryEntry(name: "b.bin", isDirectory: false, size: 7)])
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var sum = MAVLinkCRC32()
        bytes.withUnsafeBytes { sum.add($0) }
        return sum.value
    }

    @Test func theFtpChecksumIsTheMAVLinkCRC32() {
        #expect(Self.crc(Array("123456789".utf8)) == 0x2DFD_2D88, "reflected 0xEDB88320 from 0, no final inversion (PX4, ArduPilot)")
        #expect(Self.crc([]) == 0)
        var bytewise = MAVLinkCRC32()
        for b in "123456789".utf8 { bytewise.add(byte: b) }
        #expect(bytewise.value == 0x2DFD_2D88)
    }
}
