import Autopilot
import Foundation
import Testing
import VehicleServices

/// `DirectoryFileSystem`'s changes: the state folder writable as PX4's SD card, the log tree the
/// logger's, nothing outside the root, a file visible under its name only once written whole.
@Suite struct DirectoryFileSystemTests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func names(_ files: DirectoryFileSystem, _ dir: StaticString) throws -> [String] {
        var out: [String] = []
        while let e = try files.entry(out.count, in: FilePath(dir)) {
            out.append(e.name.withBytes { String(decoding: $0, as: UTF8.self) } + (e.isDirectory ? "/" : " \(e.size)"))
        }
        return out
    }

    static func write(_ files: inout DirectoryFileSystem, _ path: StaticString, _ text: String, at offset: UInt32 = 0) throws {
        // An untyped closure: a typed-throws one here crashes Swift 6.3.1's IR generation.
        try bytes(text).withUnsafeBytes { (raw) throws in try files.write(FilePath(path), at: offset, raw) }
    }

    @Test func aWrittenFileAppearsWholeUnderItsNameOnlyWhenTheWriteEnds() throws {
        let root = try FlightLogTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = DirectoryFileSystem(root: root)
        #expect(try files.beginWriting(FilePath("/fs/microsd/notes.txt"), truncate: true) == 0)
        try Self.write(&files, "/fs/microsd/notes.txt", "hello ")
        try Self.write(&files, "/fs/microsd/notes.txt", "world", at: 6)
        #expect(try Self.names(files, "/") == [], "the part is hidden while it is written")
        #expect(throws: FileError.notFound) { _ = try files.size(of: FilePath("/notes.txt")) }
        try files.endWriting(FilePath("/notes.txt"), keep: true)
        #expect(Self.contents(root + "/notes.txt") == "hello world")
        #expect(try Self.names(files, "/") == ["notes.txt 11"])

        // OpenFileWO starts from the content; until the end the old file is what is read.
        #expect(try files.beginWriting(FilePath("/notes.txt"), truncate: false) == 11)
        try Self.write(&files, "/notes.txt", "W", at: 6)
        #expect(Self.contents(root + "/notes.txt") == "hello world")
        try files.endWriting(FilePath("/notes.txt"), keep: true)
        #expect(Self.contents(root + "/notes.txt") == "hello World")

        // A dropped write (reset, failed write) leaves the file as it was and no part behind.
        _ = try files.beginWriting(FilePath("/notes.txt"), truncate: true)
        try Self.write(&files, "/notes.txt", "gone")
        try files.endWriting(FilePath("/notes.txt"), keep: false)
        #expect(Self.contents(root + "/notes.txt") == "hello World")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["notes.txt"])
        #expect(throws: FileError.notFound) { try Self.write(&files, "/notes.txt", "no session") }
    }

    @Test func directoriesRenameTruncateAndRemoveFollowTheFtpOpcodes() throws {
        let root = try FlightLogTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = DirectoryFileSystem(root: root)
        try files.createDirectory(FilePath("/scripts"))
        #expect(throws: FileError.exists) { try files.createDirectory(FilePath("/scripts")) }
        #expect(throws: FileError.notFound) { try files.createDirectory(FilePath("/a/b")) }
        _ = try files.beginWriting(FilePath("/scripts/a.lua"), truncate: true)
        try Self.write(&files, "/scripts/a.lua", "print(1)")
        try files.endWriting(FilePath("/scripts/a.lua"), keep: true)
        #expect(throws: FileError.failedErrno(UInt8(ENOTEMPTY))) { try files.removeDirectory(FilePath("/scripts")) }
        try files.rename(FilePath("/scripts/a.lua"), to: FilePath("/scripts/b.lua"))
        #expect(try Self.names(files, "/scripts") == ["b.lua 8"])
        #expect(throws: FileError.notFound) { try files.rename(FilePath("/scripts/a.lua"), to: FilePath("/c.lua")) }
        try files.truncate(FilePath("/scripts/b.lua"), to: 5)
        #expect(Self.contents(root + "/scripts/b.lua") == "print")
        #expect(throws: FileError.failedErrno(UInt8(EISDIR))) { try files.remove(FilePath("/scripts")) }
        try files.remove(FilePath("/scripts/b.lua"))
        #expect(throws: FileError.notFound) { try files.remove(FilePath("/scripts/b.lua")) }
        try files.removeDirectory(FilePath("/scripts"))
        #expect(try Self.names(files, "/") == [])
    }

    @Test func nothingOutsideTheRootAndOnlyRemovalsInTheLogTree() throws {
        let root = try FlightLogTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/log/2026-03-14", withIntermediateDirectories: true)
        try Data("flight".utf8).write(to: URL(fileURLWithPath: root + "/log/2026-03-14/15_09_26.ulg"))
        try Data("key".utf8).write(to: URL(fileURLWithPath: root + "/signing.key"))
        var files = DirectoryFileSystem(root: root)
        for escape: StaticString in ["/../escape.txt", "/log/../../escape.txt", "/.hidden", "/signing.key"] {
            #expect(throws: FileError.notFound) { _ = try files.beginWriting(FilePath(escape), truncate: true) }
        }
        #expect(throws: FileError.notFound) { try files.createDirectory(FilePath("/../outside")) }
        #expect(throws: FileError.notFound) { try files.remove(FilePath("/signing.key")) }
        try files.createDirectory(FilePath("/notes"))
        #expect(throws: FileError.notFound) { try files.rename(FilePath("/notes"), to: FilePath("/../stolen")) }
        #expect(!fm.fileExists(atPath: root + "/../escape.txt") && !fm.fileExists(atPath: root + "/../outside"))
        #expect(Self.contents(root + "/signing.key") == "key")

        #expect(throws: FileError.protected) { _ = try files.beginWriting(FilePath("/log/2026-03-14/fake.ulg"), truncate: true) }
        #expect(throws: FileError.protected) { _ = try files.beginWriting(FilePath("/logs/2026-03-14_16_00_00.ulg"), truncate: true) }
        #expect(throws: FileError.protected) { try files.createDirectory(FilePath("/log/2026-03-15")) }
        #expect(throws: FileError.protected) { try files.truncate(FilePath("/log/2026-03-14/15_09_26.ulg"), to: 0) }
        #expect(throws: FileError.protected) { try files.removeDirectory(FilePath("/log")) }
        #expect(throws: FileError.protected) { try files.removeDirectory(FilePath("/")) }
        #expect(throws: FileError.protected) { try files.createDirectory(FilePath("/logs")) }
        // A finished log may be removed (by its tree or its flat name), then its empty day folder.
        try files.remove(FilePath("/logs/2026-03-14_15_09_26.ulg"))
        #expect(try Self.names(files, "/logs") == [])
        try files.removeDirectory(FilePath("/fs/microsd/log/2026-03-14"))
        #expect(try Self.names(files, "/log") == [])
    }

    static func read(_ files: DirectoryFileSystem, _ path: StaticString, at offset: Int, count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = try out.withUnsafeMutableBytes { (raw) throws in try files.read(FilePath(path), at: UInt32(offset), into: raw) }
        return Array(out[0 ..< n])
    }

    /// Reads are served from a block read ahead of an open file (a burst reads 239 bytes at a
    /// time): they must give the file's bytes at any offset, across blocks and at its end, and a
    /// transfer that begins after the file changed reads the file as it is now.
    @Test func readsGiveTheFilesBytesAtAnyOffsetAndAChangedFileAsItIsNow() throws {
        let root = try FlightLogTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var generator = UInt32(7)
        let content = (0 ..< 100_000).map { _ in generator = generator &* 1_664_525 &+ 1_013_904_223; return UInt8(truncatingIfNeeded: generator >> 24) }
        try Data(content).write(to: URL(fileURLWithPath: root + "/big.bin"))
        var files = DirectoryFileSystem(root: root)
        #expect(try files.size(of: FilePath("/big.bin")) == 100_000)

        var whole: [UInt8] = []
        while true {
            let chunk = try Self.read(files, "/big.bin", at: whole.count, count: 239)
            if chunk.isEmpty { break }
            whole += chunk
        }
        #expect(whole == content, "a burst from the start reads the file whole")
        for (offset, count) in [(32_760, 239), (65_530, 239), (5, 90), (99_990, 239), (40_000, 239), (1_000, 239)] {
            #expect(try Self.read(files, "/big.bin", at: offset, count: count) == Array(content[offset ..< min(offset + count, content.count)]),
                    "at \(offset)")
        }
        #expect(try Self.read(files, "/big.bin", at: 100_000, count: 239).isEmpty)
        #expect(try Self.read(files, "/big.bin", at: 200_000, count: 239).isEmpty)

        // Replaced by another program: a transfer opening it (FTP OpenFileRO asks its size) reads the new file.
        try Data("replaced".utf8).write(to: URL(fileURLWithPath: root + "/big.bin"), options: .atomic)
        #expect(try files.size(of: FilePath("/big.bin")) == 8)
        #expect(try Self.read(files, "/big.bin", at: 0, count: 239) == Self.bytes("replaced"))
        // Written over FTP: read as written.
        _ = try files.beginWriting(FilePath("/big.bin"), truncate: true)
        try Self.write(&files, "/big.bin", "written")
        try files.endWriting(FilePath("/big.bin"), keep: true)
        #expect(try Self.read(files, "/big.bin", at: 0, count: 239) == Self.bytes("written"))
        try files.remove(FilePath("/big.bin"))
        #expect(throws: FileError.notFound) { _ = try Self.read(files, "/big.bin", at: 0, count: 239) }
        try files.createDirectory(FilePath("/folder"))
        #expect(throws: FileError.failed) { _ = try Self.read(files, "/folder", at: 0, count: 239) }
    }
}
