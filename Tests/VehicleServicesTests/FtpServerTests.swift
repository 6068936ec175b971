import MAVLink
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("MAVLink FTP server")
struct FtpServerTests {
    struct Response { var seq: UInt16; var opcode: UInt8; var size: Int; var request: UInt8; var burstComplete: Bool; var offset: UInt32; var data: [UInt8] }

    static func request(seq: UInt16, _ op: FtpServer.Opcode, session: UInt8 = 0, size: Int = 0, offset: UInt32 = 0, data: [UInt8] = []) -> FileTransferProtocol {
        var p = FixedArray<251, UInt8>(repeating: 0)
        p[0] = UInt8(seq & 0xFF); p[1] = UInt8(seq >> 8); p[2] = session; p[3] = op.rawValue
        p[4] = UInt8(data.isEmpty ? size : data.count)
        for k in 0..<4 { p[8 + k] = UInt8(truncatingIfNeeded: offset >> (8 * UInt32(k))) }
        for (i, b) in data.enumerated() { p[12 + i] = b }
        return FileTransferProtocol(targetSystem: 1, targetComponent: 1, payload: p)
    }
    static func path(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func responses(_ frames: [MAVLinkFrame]) -> [Response] {
        frames.messages(FileTransferProtocol.self).map { m in
            let p = m.payload
            let size = Int(p[4])
            var offset: UInt32 = 0
            for k in 0..<4 { offset |= UInt32(p[8 + k]) << (8 * UInt32(k)) }
            return Response(seq: UInt16(p[0]) | UInt16(p[1]) << 8, opcode: p[3], size: size, request: p[5],
                            burstComplete: p[6] != 0, offset: offset, data: (0..<size).map { p[12 + $0] })
        }
    }

    static func withLog(_ bytes: Int) -> FakeGroundStation {
        var gcs = FakeGroundStation()
        gcs.vehicle.files.files["/logs/flight1.ulg"] = (0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        gcs.vehicle.files.files["/logs/flight2.ulg"] = [1, 2, 3]
        return gcs
    }

    @Test func listDirectoryNamesFilesWithSizes() {
        var gcs = Self.withLog(1000)
        let r = Self.responses(gcs.send(Self.request(seq: 5, .listDirectory, data: Self.path("/logs"))))
        #expect(r.count == 1)
        #expect(r.first?.opcode == FtpServer.Opcode.ack.rawValue)
        #expect(r.first?.seq == 6)
        #expect(String(decoding: r.first?.data ?? [], as: UTF8.self) == "Fflight1.ulg\t1000\0Fflight2.ulg\t3\0")
        let past = Self.responses(gcs.send(Self.request(seq: 6, .listDirectory, offset: 2, data: Self.path("/logs"))))
        #expect(past.first?.opcode == FtpServer.Opcode.nak.rawValue)
        #expect(past.first?.data == [FtpServer.NakCode.endOfFile.rawValue])
    }

    @Test func burstReadStreamsTheWholeFileInOrderAndMarksTheLastChunk() {
        var gcs = Self.withLog(1000)
        let open = Self.responses(gcs.send(Self.request(seq: 1, .openFileRO, data: Self.path("/logs/flight1.ulg"))))
        #expect(open.first?.data == [0xE8, 0x03, 0, 0], "size 1000, little-endian")
        gcs.send(Self.request(seq: 2, .burstReadFile, size: 239))
        let chunks = Self.responses(gcs.run(forMicros: 100_000))
        var received: [UInt8] = []
        for c in chunks { #expect(Int(c.offset) == received.count); received += c.data }
        #expect(received == gcs.vehicle.files.files["/logs/flight1.ulg"])
        #expect(chunks.last?.burstComplete == true)
        #expect(chunks.dropLast().allSatisfy { !$0.burstComplete })
        #expect(!gcs.link.ftp.isBursting)
    }

    /// A copy of the transfers in progress polls the same chunks, byte for byte, as the link's
    /// own next poll, and leaves the link as it was (a paced runtime runs them again to check a
    /// slow step this way).
    @Test func aCopyOfTheTransfersPollsWhatTheLinkWouldAndChangesNothing() throws {
        var gcs = Self.withLog(3000)
        #expect(gcs.link.fileTransfers == nil)
        gcs.send(Self.request(seq: 1, .openFileRO, data: Self.path("/logs/flight1.ulg")))
        gcs.send(Self.request(seq: 2, .burstReadFile, size: 239))
        var copy = try #require(gcs.link.fileTransfers)
        var scratch = Outbox()
        copy.poll(files: gcs.vehicle.files, into: &scratch)
        let replayed = scratch.withBytes { Array($0) }
        #expect(Self.responses(gcs.drain()).isEmpty, "the copy sent nothing on the link")
        gcs.link.pollFileTransfers(files: gcs.vehicle.files, into: &gcs.outbox)
        let live = gcs.outbox.withBytes { Array($0) }
        #expect(live.count > 4 * 239 && replayed == live)
        let chunks = Self.responses(gcs.drain())
        #expect(chunks.count == gcs.link.ftp.burstChunksPerPoll && chunks.first?.offset == 0)
        // The copy moved nothing on: the link's next poll goes on from where its own left off.
        let next = Self.responses(gcs.advance(byMicros: 5_000))
        #expect(next.first?.offset == UInt32(gcs.link.ftp.burstChunksPerPoll * 239))
    }

    @Test func readPastTheEndIsEndOfFile() {
        var gcs = Self.withLog(10)
        gcs.send(Self.request(seq: 1, .openFileRO, data: Self.path("/logs/flight1.ulg")))
        let r = Self.responses(gcs.send(Self.request(seq: 2, .readFile, size: 100, offset: 10)))
        #expect(r.first?.data == [FtpServer.NakCode.endOfFile.rawValue])
    }

    static func crcBytes(_ content: [UInt8]) -> [UInt8] {
        var expected = MAVLinkCRC32()
        content.withUnsafeBytes { expected.add($0) }
        let v = expected.value
        return [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
    }

    @Test func createWriteAndCrcRoundTrip() {
        var gcs = FakeGroundStation()
        let content = Array("MC_ROLL_P 6.5\n".utf8)
        #expect(Self.responses(gcs.send(Self.request(seq: 1, .createFile, data: Self.path("/params/backup.parm")))).first?.opcode == 128)
        #expect(Self.responses(gcs.send(Self.request(seq: 2, .writeFile, data: content))).first?.opcode == 128)
        #expect(gcs.vehicle.files.files["/params/backup.parm"] == nil, "not visible before the session ends")
        gcs.send(Self.request(seq: 3, .terminateSession))
        #expect(gcs.vehicle.files.files["/params/backup.parm"] == content)
        let crc = Self.responses(gcs.send(Self.request(seq: 4, .calcFileCRC32, data: Self.path("/params/backup.parm")))).first?.data
        #expect(crc == Self.crcBytes(content), "CalcFileCRC32 is the MAVLink CRC32")
    }

    @Test func theMAVLinkCRC32MatchesTheSpecCheckValue() {
        var crc = MAVLinkCRC32()
        Array("123456789".utf8).withUnsafeBytes { crc.add($0) }
        #expect(crc.value == 0x2DFD_2D88, "reflected 0xEDB88320, from 0, no final XOR")
        #expect(Self.crcBytes(Array("123456789".utf8)) == [0x88, 0x2D, 0xFD, 0x2D])
        var iso = ISOCRC32()
        Array("123456789".utf8).withUnsafeBytes { iso.add($0) }
        #expect(iso.value == 0xCBF4_3926, "the plan identity's hash stays the ISO CRC-32")
    }

    @Test func aResentWriteIsAnsweredAgainButWrittenOnce() {
        var gcs = FakeGroundStation()
        gcs.send(Self.request(seq: 10, .createFile, data: Self.path("/a.bin")))
        let write = Self.request(seq: 11, .writeFile, offset: 0, data: [1, 2, 3])
        let first = Self.responses(gcs.send(write))
        let again = Self.responses(gcs.send(write))   // the ACK was lost: the client resends
        #expect(first.first?.opcode == 128 && first.first?.seq == 12)
        #expect(again.count == 1 && again.first?.seq == 12 && again.first?.opcode == 128 && again.first?.request == 7)
        #expect(gcs.vehicle.files.writes == 1, "the resent write is not written twice")
        // The next write with a new sequence number runs.
        #expect(Self.responses(gcs.send(Self.request(seq: 12, .writeFile, offset: 3, data: [4]))).first?.opcode == 128)
        #expect(gcs.vehicle.files.writes == 2)
        gcs.send(Self.request(seq: 13, .terminateSession))
        #expect(gcs.vehicle.files.files["/a.bin"] == [1, 2, 3, 4])
    }

    @Test func aResentCreateFileWhoseAckWasLostIsStillAcked() {
        var gcs = FakeGroundStation()
        gcs.vehicle.files.files["/b.txt"] = [9]
        let create = Self.request(seq: 20, .createFile, data: Self.path("/b.txt"))
        let first = Self.responses(gcs.send(create))
        let again = Self.responses(gcs.send(create))
        #expect(first.first?.opcode == 128)
        #expect(again.first?.opcode == 128, "not NAK'd as 'no session' or 'exists': \(again)")
        #expect(again.first?.data == first.first?.data && again.first?.seq == 21)
        // Another client's identical-looking request from another peer is handled afresh.
        var other = MAVLinkEncoder(systemID: 254, componentID: 190)
        let fromOther = Self.responses(gcs.deliver(try! other.frame(create, unixMicros: gcs.unixMicros)))
        #expect(fromOther.first?.data == [FtpServer.NakCode.noSessionsAvailable.rawValue])
        gcs.send(Self.request(seq: 21, .terminateSession))
        #expect(gcs.vehicle.files.files["/b.txt"] == [], "CreateFile truncates (O_CREAT|O_TRUNC)")
    }

    @Test func openFileWOKeepsTheContentAndAFailedWriteOrAResetKeepsTheOldFile() {
        var gcs = FakeGroundStation()
        gcs.vehicle.files.files["/c.txt"] = [1, 2, 3]
        let open = Self.responses(gcs.send(Self.request(seq: 1, .openFileWO, data: Self.path("/c.txt"))))
        #expect(open.first?.data == [3, 0, 0, 0], "the size it starts from")
        gcs.send(Self.request(seq: 2, .writeFile, offset: 1, data: [7]))
        gcs.send(Self.request(seq: 3, .resetSessions))
        #expect(gcs.vehicle.files.files["/c.txt"] == [1, 2, 3], "a reset drops the unfinished write")
        gcs.send(Self.request(seq: 4, .openFileWO, data: Self.path("/c.txt")))
        gcs.send(Self.request(seq: 5, .writeFile, offset: 3, data: [4]))
        gcs.send(Self.request(seq: 6, .terminateSession))
        #expect(gcs.vehicle.files.files["/c.txt"] == [1, 2, 3, 4])
        // A read session cannot write, and reading needs a read session.
        gcs.send(Self.request(seq: 7, .openFileRO, data: Self.path("/c.txt")))
        #expect(Self.responses(gcs.send(Self.request(seq: 8, .writeFile, data: [0]))).first?.data == [FtpServer.NakCode.invalidSession.rawValue])
        gcs.send(Self.request(seq: 9, .terminateSession))
        #expect(gcs.vehicle.files.files["/c.txt"] == [1, 2, 3, 4])
    }

    @Test func renameTruncateAndDirectoriesFollowTheSpecsPayloads() {
        var gcs = FakeGroundStation()
        gcs.vehicle.files.files["/d/old.txt"] = Array("hello".utf8)
        let rename = Self.responses(gcs.send(Self.request(seq: 1, .rename, data: Self.path("/d/old.txt") + [0] + Self.path("/d/new.txt"))))
        #expect(rename.first?.opcode == 128)
        #expect(gcs.vehicle.files.files["/d/new.txt"] == Array("hello".utf8) && gcs.vehicle.files.files["/d/old.txt"] == nil)
        let half = Self.responses(gcs.send(Self.request(seq: 2, .rename, data: Self.path("/d/new.txt"))))
        #expect(half.first?.data == [FtpServer.NakCode.invalidDataSize.rawValue], "a rename needs two paths")
        #expect(Self.responses(gcs.send(Self.request(seq: 3, .truncateFile, offset: 2, data: Self.path("/d/new.txt")))).first?.opcode == 128)
        #expect(gcs.vehicle.files.files["/d/new.txt"] == Array("he".utf8), "TruncateFile: the length is the offset")
        #expect(Self.responses(gcs.send(Self.request(seq: 4, .createDirectory, data: Self.path("/e")))).first?.opcode == 128)
        #expect(Self.responses(gcs.send(Self.request(seq: 5, .createDirectory, data: Self.path("/e")))).first?.data == [FtpServer.NakCode.fileExists.rawValue])
        #expect(Self.responses(gcs.send(Self.request(seq: 6, .removeDirectory, data: Self.path("/d")))).first?.data == [FtpServer.NakCode.fileNotFound.rawValue])
        #expect(Self.responses(gcs.send(Self.request(seq: 7, .removeDirectory, data: Self.path("/e")))).first?.opcode == 128)
        gcs.vehicle.files.directories.insert("/f"); gcs.vehicle.files.files["/f/x"] = [1]
        let notEmpty = Self.responses(gcs.send(Self.request(seq: 8, .removeDirectory, data: Self.path("/f"))))
        #expect(notEmpty.first?.size == 2 && notEmpty.first?.data == [FtpServer.NakCode.failErrno.rawValue, 39], "FailErrno carries the errno")
        #expect(Self.responses(gcs.send(Self.request(seq: 9, .none))).first?.opcode == 128, "None is always ACKed")
    }

    @Test func aSessionIsTheClientsNumberAndOnlyItsOwnTerminateEndsIt() {
        var gcs = FakeGroundStation()
        let open = Self.responses(gcs.send(Self.request(seq: 1, .createFile, session: 222, data: Self.path("/q.bin"))))
        #expect(open.first?.opcode == 128)
        // MAVProxy closes a side transfer's session (a mkdir's) while the upload runs.
        let other = Self.responses(gcs.send(Self.request(seq: 1, .terminateSession, session: 221)))
        #expect(other.first?.data == [FtpServer.NakCode.invalidSession.rawValue])
        #expect(Self.responses(gcs.send(Self.request(seq: 2, .writeFile, session: 221, data: [1]))).first?.data == [FtpServer.NakCode.invalidSession.rawValue])
        let write = Self.responses(gcs.send(Self.request(seq: 3, .writeFile, session: 222, data: [7, 8])))
        #expect(write.first?.opcode == 128)
        #expect(Self.responses(gcs.send(Self.request(seq: 4, .terminateSession, session: 222))).first?.opcode == 128)
        #expect(gcs.vehicle.files.files["/q.bin"] == [7, 8])
        #expect(Self.responses(gcs.send(Self.request(seq: 5, .terminateSession, session: 9))).first?.opcode == 128,
                "terminating with no session open is harmless (clients do it after a failed open)")
    }

    @Test func removeAndMissingFilesAreReported() {
        var gcs = Self.withLog(10)
        #expect(Self.responses(gcs.send(Self.request(seq: 1, .removeFile, data: Self.path("/logs/flight2.ulg")))).first?.opcode == 128)
        let again = Self.responses(gcs.send(Self.request(seq: 2, .removeFile, data: Self.path("/logs/flight2.ulg"))))
        #expect(again.first?.data == [FtpServer.NakCode.fileNotFound.rawValue])
    }

    @Test func secondOpenWithoutTerminateIsRefusedAndReadWithoutSessionToo() {
        var gcs = Self.withLog(10)
        let noSession = Self.responses(gcs.send(Self.request(seq: 1, .readFile, size: 10)))
        #expect(noSession.first?.data == [FtpServer.NakCode.invalidSession.rawValue])
        gcs.send(Self.request(seq: 2, .openFileRO, data: Self.path("/logs/flight1.ulg")))
        let second = Self.responses(gcs.send(Self.request(seq: 3, .openFileRO, data: Self.path("/logs/flight2.ulg"))))
        #expect(second.first?.data == [FtpServer.NakCode.noSessionsAvailable.rawValue])
    }
}
