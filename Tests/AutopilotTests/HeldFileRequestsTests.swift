import Foundation
import MAVLink
import MAVLinkDialects
import Testing
import VehicleServices
@testable import Autopilot

/// FTP and log requests that would read host folders or files at length inside the paced loop
/// wait while that is done off it (`HeldFileRequests`), and keep their order.
@Suite struct HeldFileRequestsTests {
    static let logs = FilePath("/logs")

    static func stateFolder(logs: Int) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("held-\(UUID().uuidString)").path
        let day = root + "/log/2026-11-30"
        try FileManager.default.createDirectory(atPath: day, withIntermediateDirectories: true)
        for i in 0..<logs { try addLog(i, in: root) }
        return root
    }

    static func addLog(_ i: Int, in root: String) throws {
        let name = String(format: "%02d_%02d_%02d.ulg", 10 + i / 3600, i / 60 % 60, i % 60)
        try Data(repeating: UInt8(truncatingIfNeeded: i), count: 100 + i).write(to: URL(fileURLWithPath: root + "/log/2026-11-30/" + name))
    }

    static func ftp(_ op: FtpServer.Opcode, path: String, seq: UInt16) -> FileTransferProtocol {
        var p = FixedArray<251, UInt8>(repeating: 0)
        p[0] = UInt8(seq & 0xFF); p[1] = UInt8(seq >> 8); p[3] = op.rawValue
        let bytes = Array(path.utf8)
        p[4] = UInt8(bytes.count)
        for (i, b) in bytes.enumerated() { p[12 + i] = b }
        return FileTransferProtocol(targetSystem: 1, targetComponent: 1, payload: p)
    }

    /// Waits (wall time: the job runs on a Dispatch queue) until `count` held requests came out.
    static func takeReady(_ count: Int, from held: inout HeldFileRequests, files: DirectoryFileSystem)
        -> [(link: Int, frame: MAVLinkFrame)] {
        var out: [(link: Int, frame: MAVLinkFrame)] = []
        let deadline = Date().addingTimeInterval(10)
        while out.count < count && Date() < deadline {
            out += held.takeReady(files: files)
            if out.count < count { usleep(1_000) }
        }
        return out
    }

    @Test func aLogListOverAChangedLogFolderWaitsForItToBeReadOffTheLoopAndKeepsItsPlace() throws {
        let root = try Self.stateFolder(logs: 40)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = DirectoryFileSystem(root: root)
        #expect(files.needsListing(of: Self.logs))
        var held = HeldFileRequests()
        let list = try HILInterfaceTests.wire(LogRequestList(targetSystem: 1, targetComponent: 1, start: 0, end: 0xFFFF))
        let end = try HILInterfaceTests.wire(LogRequestEnd(targetSystem: 1, targetComponent: 1))
        let heartbeat = try HILInterfaceTests.wire(Heartbeat(type: .gcs, autopilot: .invalid, baseMode: [], customMode: 0,
                                                             systemStatus: .active, mavlinkVersion: 3))
        let held1 = held.hold(list, link: 0, files: files, logFolder: Self.logs)
        #expect(held1, "the log folder is read inside the loop")
        let held2 = held.hold(heartbeat, link: 0, files: files, logFolder: Self.logs)
        #expect(!held2, "only file requests wait")
        let held3 = held.hold(end, link: 0, files: files, logFolder: Self.logs)
        #expect(held3, "the end would overtake the list it ends")
        let held4 = held.hold(end, link: 1, files: files, logFolder: Self.logs)
        #expect(!held4, "another link's requests do not wait")

        let out = Self.takeReady(2, from: &held, files: files)
        #expect(out.map(\.link) == [0, 0])
        #expect(out.map(\.frame.messageID) == [LogRequestList.id, LogRequestEnd.id])
        #expect(held.waiting.isEmpty)
        #expect(!files.needsListing(of: Self.logs), "read off the loop and remembered")
        #expect(try files.entryCount(in: Self.logs) == 40)
        let held5 = held.hold(list, link: 0, files: files, logFolder: Self.logs)
        #expect(!held5, "an unchanged folder is answered at once")

        // A flight's log finished: the folder changed, so the next list waits for it again.
        try Self.addLog(40, in: root)
        #expect(files.needsListing(of: Self.logs))
        let data = try HILInterfaceTests.wire(LogRequestData(targetSystem: 1, targetComponent: 1, id: 41, ofs: 0, count: 90))
        let held6 = held.hold(data, link: 0, files: files, logFolder: Self.logs)
        #expect(held6, "finding log 41 reads the changed folder")
        #expect(Self.takeReady(1, from: &held, files: files).map(\.frame.messageID) == [LogRequestData.id])
        #expect(try files.entryCount(in: Self.logs) == 41)
    }

    @Test func ftpListingsOfChangedFoldersAndChecksumsOfNewFilesWaitInOrder() throws {
        let root = try Self.stateFolder(logs: 3)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data(repeating: 7, count: 300_000).write(to: URL(fileURLWithPath: root + "/big.bin"))
        let files = DirectoryFileSystem(root: root)
        var held = HeldFileRequests()
        let listRoot = try HILInterfaceTests.wire(Self.ftp(.listDirectory, path: "/", seq: 1))
        let crc = try HILInterfaceTests.wire(Self.ftp(.calcFileCRC32, path: "/big.bin", seq: 2))
        let listMissing = try HILInterfaceTests.wire(Self.ftp(.listDirectory, path: "/nothing-here", seq: 3))

        let held7 = held.hold(listMissing, link: 0, files: files, logFolder: Self.logs)
        #expect(!held7, "a missing folder is answered at once")
        let held8 = held.hold(listRoot, link: 0, files: files, logFolder: Self.logs)
        #expect(held8)
        let held9 = held.hold(crc, link: 0, files: files, logFolder: Self.logs)
        #expect(held9)
        let out = Self.takeReady(2, from: &held, files: files)
        let sequence = out.compactMap { $0.frame.decode(as: FileTransferProtocol.self) }.map { UInt16($0.payload[0]) }
        #expect(sequence == [1, 2])
        #expect(!files.needsListing(of: FilePath("/")))
        #expect(files.precomputedCRC32(of: FilePath("/big.bin")) != nil, "the checksum was worked out behind the listing")
        let held10 = held.hold(listRoot, link: 0, files: files, logFolder: Self.logs)
        #expect(!held10)
        let held11 = held.hold(crc, link: 0, files: files, logFolder: Self.logs)
        #expect(!held11)
    }

    @Test func aFinishedFlightLogsFolderIsReadOnTheWritersThread() throws {
        let root = try Self.stateFolder(logs: 0)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = DirectoryFileSystem(root: root)
        let writer = StateWriter()
        var recorder = FlightLogRecorder(folder: FlightLogFolder(root: root), utcStartMicros: 1_796_000_000_000_000, softwareVersion: "test")
        recorder.writer = writer
        recorder.afterFinishing = { files.prepareListing(of: Self.logs) }
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 1)
        v.run(seconds: 10) { _ in false }
        #expect(v.stack.arm().isEmpty)
        for _ in 0..<100 { v.step(); recorder.record(v) }
        recorder.close()
        writer.drain()
        let finished = try #require(recorder.finished.last)
        #expect(FileManager.default.fileExists(atPath: finished))
        #expect(!files.needsListing(of: Self.logs), "the loop would read the changed log folder at the next log list")
        #expect(try files.entryCount(in: Self.logs) == 1)
    }

    /// Found by `scripts/soak`: a flight's log finished while a list of 150 logs was being sent,
    /// and the next entry read the whole folder inside the loop. An entry of a list in progress is
    /// answered from the list as it was, with the same ids, and the folder is read in the
    /// background; a change made through the file system itself is seen at once.
    @Test func aListInProgressGoesOnAsItWasWhileTheChangedFolderIsReadInTheBackground() throws {
        let root = try Self.stateFolder(logs: 5)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = DirectoryFileSystem(root: root)
        #expect(try files.entryCount(in: Self.logs) == 5)   // a list starts: read and remembered
        let fifth = try #require(try files.entry(4, in: Self.logs))
        try Self.addLog(5, in: root)                          // a flight's log finished meanwhile
        files.listings.refreshQueue.suspend()                 // the background read waits
        #expect(try files.entry(4, in: Self.logs) == fifth)
        #expect(try files.entry(5, in: Self.logs) == nil, "the list in progress has 5 logs")
        #expect(files.needsListing(of: Self.logs))
        files.listings.refreshQueue.resume()
        let deadline = Date().addingTimeInterval(10)
        while files.needsListing(of: Self.logs) && Date() < deadline { usleep(1_000) }
        #expect(!files.needsListing(of: Self.logs), "the changed folder was read in the background")
        #expect(try files.entry(5, in: Self.logs)?.size == 105)

        try files.remove(FilePath("/logs/2026-11-30_10_00_05.ulg"))
        #expect(try files.entry(5, in: Self.logs) == nil, "a removal through the file system is seen at once")
        #expect(try files.entryCount(in: Self.logs) == 5)
    }
}
