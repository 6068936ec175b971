import MAVLink
import MAVLinkDialects

/// The vehicle side of MAVLink FTP (`FILE_TRANSFER_PROTOCOL`) over a `VehicleFileSystem`.
///
/// Request payload: seq (u16), session, opcode, size, req_opcode, burst_complete, padding,
/// offset (u32), then up to 239 data bytes. Every request is answered with ACK (128) or NAK (129,
/// error code in data[0], errno in data[1] for `FailErrno`) carrying seq + 1 and the request's
/// session. One session at a time, numbered as the client's open request numbered it; reads,
/// writes and `TerminateSession` naming another number get NAK InvalidSession.
/// Implemented opcodes: None 0 (ACK), TerminateSession 1, ResetSessions 2, ListDirectory 3, OpenFileRO 4, ReadFile 5, CreateFile 6, WriteFile 7,
/// RemoveFile 8, CreateDirectory 9, RemoveDirectory 10, OpenFileWO 11, TruncateFile 12 (path,
/// length in `offset`), Rename 13 (data "old\0new"), CalcFileCRC32 14 (`MAVLinkCRC32`),
/// BurstReadFile 15; others → NAK UnknownCommand.
///
/// - Burst reads stream `burstChunksPerPoll` chunks per poll from the requested offset to the end
///   of the file; the last one has `burst_complete` set (a NAK EOF when the offset is at the end).
/// - Writes: `CreateFile` (empty) or `OpenFileWO` (current content) start a write session; the file
///   system keeps the new content aside (`VehicleFileSystem.beginWriting`) and `TerminateSession`
///   puts it in place, unless a write of the session failed. `ResetSessions` drops an unfinished
///   write: it is how a ground station recovers from an interrupted transfer.
/// - A request equal to the last one handled, from the same peer with the same sequence number,
///   is the client resending because the reply was lost: the last reply is sent again and the
///   operation is not run twice (so a resent write is not written twice, a resent `CreateFile` is
///   still ACKed). A resent `BurstReadFile` restarts the burst.
public struct FtpServer: Sendable {
    /// FTP opcodes.
    public enum Opcode: UInt8, Sendable {
        case none = 0, terminateSession = 1, resetSessions = 2, listDirectory = 3, openFileRO = 4, readFile = 5,
             createFile = 6, writeFile = 7, removeFile = 8, createDirectory = 9, removeDirectory = 10, openFileWO = 11,
             truncateFile = 12, rename = 13, calcFileCRC32 = 14, burstReadFile = 15, ack = 128, nak = 129
    }
    /// NAK error codes (data[0]).
    public enum NakCode: UInt8, Sendable {
        case none = 0, fail = 1, failErrno = 2, invalidDataSize = 3, invalidSession = 4, noSessionsAvailable = 5,
             endOfFile = 6, unknownCommand = 7, fileExists = 8, fileProtected = 9, fileNotFound = 10
    }

    public static let maxData = 239
    /// Chunks sent per poll during a burst read.
    public var burstChunksPerPoll = 4

    struct Session: Sendable {
        /// The number the client's open request gave it.
        var id: UInt8
        var path: FilePath
        var writable: Bool
        var size: UInt32
        /// A write of this session failed: its content is dropped at the end.
        var writeFailed = false
    }
    var session: Session?
    struct Burst: Sendable { var offset: UInt32; var seq: UInt16; var session: UInt8; var peer: (UInt8, UInt8); var chunk: UInt8 }
    var burst: Burst?
    /// The last request handled and its reply, to answer a resend.
    struct Handled: Sendable { var request: FixedArray<251, UInt8>; var peer: (UInt8, UInt8); var reply: Reply }
    var last: Handled?

    public init() {}

    /// True while a burst read is streaming.
    public var isBursting: Bool { burst != nil }

    // Header field offsets in the 251-byte payload.
    static let seqAt = 0, sessionAt = 2, opcodeAt = 3, sizeAt = 4, reqOpcodeAt = 5, burstCompleteAt = 6, offsetAt = 8, dataAt = 12

    mutating func receive<F: VehicleFileSystem>(_ m: FileTransferProtocol, from peer: (UInt8, UInt8), files: inout F,
                                                tx: inout Transmitter, outbox: inout Outbox) {
        let p = m.payload
        if let l = last, l.peer == peer, l.request == p {
            send(l.reply, to: peer, tx: &tx, outbox: &outbox)
            return
        }
        last = nil
        let seq = UInt16(p[Self.seqAt]) | UInt16(p[Self.seqAt + 1]) << 8
        let opcode = p[Self.opcodeAt]
        let size = min(Int(p[Self.sizeAt]), Self.maxData)
        var offset: UInt32 = 0
        for k in 0..<4 { offset |= UInt32(p[Self.offsetAt + k]) << (8 * UInt32(k)) }
        let (path, next) = Self.path(in: p, from: 0, size: size)
        var reply = Reply(seq: seq &+ 1, request: opcode, offset: offset)
        // Replies carry the request's session (as PX4 and ArduPilot do): pymavlink's mavftp moves
        // to a new session number after each transfer and drops replies that name another.
        reply.session = p[Self.sessionAt]
        guard let op = Opcode(rawValue: opcode) else {
            reply.nak(.unknownCommand); finish(reply, request: p, to: peer, tx: &tx, outbox: &outbox); return
        }
        switch op {
        case .none, .ack, .nak:
            if op != .none { reply.nak(.unknownCommand) }
        case .terminateSession:
            // Only the session it names: MAVProxy's ftp module runs transfers side by side and
            // closes each one's session, which must not end another's transfer.
            guard let s = session else { break }
            guard s.id == reply.session else { reply.nak(.invalidSession); break }
            if s.writable {
                do throws(FileError) { try files.endWriting(s.path, keep: !s.writeFailed) } catch { reply.nak(error) }
            }
            session = nil; burst = nil
        case .resetSessions:
            if let s = session, s.writable { try? files.endWriting(s.path, keep: false) }
            session = nil; burst = nil
        case .listDirectory:
            list(path, from: Int(offset), files: files, into: &reply)
        case .openFileRO, .openFileWO, .createFile:
            guard session == nil else { reply.nak(.noSessionsAvailable); break }
            do throws(FileError) {
                let writable = op != .openFileRO
                let length = writable ? try files.beginWriting(path, truncate: op == .createFile) : try files.size(of: path)
                // The session keeps the number the client's open named (as ArduPilot does):
                // MAVProxy's ftp module routes replies to its transfers by that number.
                session = Session(id: reply.session, path: path, writable: writable, size: length)
                reply.setData(length)
            } catch { reply.nak(error) }
        case .readFile, .burstReadFile:
            guard let s = session, s.id == reply.session, !s.writable else { reply.nak(.invalidSession); break }
            if op == .burstReadFile {
                burst = Burst(offset: offset, seq: seq &+ 1, session: reply.session, peer: peer, chunk: UInt8(min(max(size, 1), Self.maxData)))
                return // the chunks go out from poll; a resend restarts the burst
            }
            read(s.path, at: offset, count: size == 0 ? Self.maxData : size, files: files, into: &reply)
        case .writeFile:
            guard let s = session, s.id == reply.session, s.writable else { reply.nak(.invalidSession); break }
            var data = InlineArray<239, UInt8>(repeating: 0)
            for i in 0..<size { data[i] = p[Self.dataAt + i] }
            do throws(FileError) {
                try withUnsafeBytes(of: data) { (raw) throws(FileError) in
                    try files.write(s.path, at: offset, UnsafeRawBufferPointer(rebasing: raw[0 ..< size]))
                }
            } catch { reply.nak(error); session?.writeFailed = true }
        case .removeFile:
            do throws(FileError) { try files.remove(path) } catch { reply.nak(error) }
        case .createDirectory:
            do throws(FileError) { try files.createDirectory(path) } catch { reply.nak(error) }
        case .removeDirectory:
            do throws(FileError) { try files.removeDirectory(path) } catch { reply.nak(error) }
        case .truncateFile:
            do throws(FileError) { try files.truncate(path, to: offset) } catch { reply.nak(error) }
        case .rename:
            let (destination, _) = Self.path(in: p, from: next, size: size)
            guard path.count > 0, destination.count > 0 else { reply.nak(.invalidDataSize); break }
            do throws(FileError) { try files.rename(path, to: destination) } catch { reply.nak(error) }
        case .calcFileCRC32:
            do throws(FileError) { reply.setData(try Self.crc32(of: path, files: files)) } catch { reply.nak(error) }
        }
        finish(reply, request: p, to: peer, tx: &tx, outbox: &outbox)
    }

    /// Sends `reply` and keeps it as the answer to a resend of `request`.
    mutating func finish(_ reply: Reply, request: FixedArray<251, UInt8>, to peer: (UInt8, UInt8), tx: inout Transmitter, outbox: inout Outbox) {
        last = Handled(request: request, peer: peer, reply: reply)
        send(reply, to: peer, tx: &tx, outbox: &outbox)
    }

    /// The file a `CalcFileCRC32` request names; nil for any other request. The edge uses it to
    /// compute a large file's checksum off the service loop before handing the request on.
    public static func checksumRequest(_ m: FileTransferProtocol) -> FilePath? {
        requestPath(m, for: .calcFileCRC32)
    }

    /// The folder a `ListDirectory` request names; nil for any other request. The edge uses it to
    /// read a changed folder off the service loop before handing the request on.
    public static func listRequest(_ m: FileTransferProtocol) -> FilePath? {
        requestPath(m, for: .listDirectory)
    }

    static func requestPath(_ m: FileTransferProtocol, for opcode: Opcode) -> FilePath? {
        let p = m.payload
        guard p[opcodeAt] == opcode.rawValue else { return nil }
        return path(in: p, from: 0, size: min(Int(p[sizeAt]), maxData)).0
    }

    /// The NUL- or size-terminated path starting at data byte `first`, and the index after its end.
    static func path(in p: FixedArray<251, UInt8>, from first: Int, size: Int) -> (FilePath, next: Int) {
        var path = FilePath()
        var i = first
        while i < size {
            let b = p[dataAt + i]
            i += 1
            if b == 0 { break }
            if path.count < 239 { path.bytes[path.count] = b; path.count += 1 }
        }
        return (path, i)
    }

    /// Streams the next chunks of a burst read.
    mutating func poll<F: VehicleFileSystem>(files: F, tx: inout Transmitter, outbox: inout Outbox) {
        guard var b = burst, let s = session else { burst = nil; return }
        for _ in 0..<burstChunksPerPoll {
            guard outbox.freeBytes > 600 else { break }
            var reply = Reply(seq: b.seq, request: Opcode.burstReadFile.rawValue, offset: b.offset)
            reply.session = b.session
            read(s.path, at: b.offset, count: Int(b.chunk), files: files, into: &reply)
            let done = reply.opcode == Opcode.nak.rawValue || b.offset &+ UInt32(reply.size) >= s.size
            if done { reply.burstComplete = 1 }
            send(reply, to: b.peer, tx: &tx, outbox: &outbox)
            if done { burst = nil; return }
            b.offset &+= UInt32(reply.size)
            b.seq &+= 1
        }
        burst = b
    }

    func list<F: VehicleFileSystem>(_ directory: FilePath, from first: Int, files: F, into reply: inout Reply) {
        var index = first
        var written = 0
        while true {
            let entry: DirectoryEntry?
            do throws(FileError) { entry = try files.entry(index, in: directory) } catch { reply.nak(error); return }
            guard let e = entry else { break }
            // "F<name>\t<size>\0" or "D<name>\0"
            var line = InlineArray<239, UInt8>(repeating: 0)
            var n = 0
            func put(_ b: UInt8) { if n < 239 { line[n] = b }; n += 1 }
            put(e.isDirectory ? UInt8(ascii: "D") : UInt8(ascii: "F"))
            for i in 0..<e.name.count { put(e.name.bytes[i]) }
            if !e.isDirectory {
                put(UInt8(ascii: "\t"))
                var digits = InlineArray<10, UInt8>(repeating: 0)
                var v = e.size, d = 0
                repeat { digits[d] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; d += 1 } while v > 0
                while d > 0 { d -= 1; put(digits[d]) }
            }
            put(0)
            guard written + n <= Self.maxData else { break }
            for i in 0..<n { reply.data[written + i] = line[i] }
            written += n
            index += 1
        }
        if written == 0 { reply.nak(.endOfFile); return }
        reply.size = UInt8(written)
    }

    func read<F: VehicleFileSystem>(_ path: FilePath, at offset: UInt32, count: Int, files: F, into reply: inout Reply) {
        let n: Int
        do throws(FileError) {
            n = try withUnsafeMutableBytes(of: &reply.data) { (raw) throws(FileError) -> Int in
                try files.read(path, at: offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[0 ..< min(count, Self.maxData)]))
            }
        } catch { reply.nak(error); return }
        if n == 0 { reply.nak(.endOfFile); return }
        reply.size = UInt8(n)
    }

    /// The `MAVLinkCRC32` of a file (what `CalcFileCRC32` answers).
    static func crc32<F: VehicleFileSystem>(of path: FilePath, files: F) throws(FileError) -> UInt32 {
        if let ready = files.precomputedCRC32(of: path) { return ready }
        var crc = MAVLinkCRC32()
        var offset: UInt32 = 0
        var chunk = InlineArray<239, UInt8>(repeating: 0)
        while true {
            let n = try withUnsafeMutableBytes(of: &chunk) { (raw) throws(FileError) -> Int in try files.read(path, at: offset, into: raw) }
            if n == 0 { break }
            withUnsafeBytes(of: chunk) { crc.add(UnsafeRawBufferPointer(rebasing: $0[0 ..< n])) }
            offset &+= UInt32(n)
        }
        return crc.value
    }

    /// One response being built.
    struct Reply: Sendable {
        var seq: UInt16
        var session: UInt8 = 0
        var opcode = Opcode.ack.rawValue
        var size: UInt8 = 0
        var request: UInt8
        var burstComplete: UInt8 = 0
        var offset: UInt32
        var data = InlineArray<239, UInt8>(repeating: 0)

        init(seq: UInt16, request: UInt8, offset: UInt32) { self.seq = seq; self.request = request; self.offset = offset }

        mutating func nak(_ code: NakCode) { opcode = Opcode.nak.rawValue; size = 1; data[0] = code.rawValue }
        mutating func nak(_ error: FileError) {
            switch error {
            case .notFound: nak(.fileNotFound)
            case .exists: nak(.fileExists)
            case .protected: nak(.fileProtected)
            case .failed: nak(.fail)
            case .failedErrno(let number): nak(.failErrno); size = 2; data[1] = number
            }
        }
        mutating func setData(_ word: UInt32) {
            for k in 0..<4 { data[k] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(k))) }
            size = 4
        }
    }

    func send(_ r: Reply, to peer: (UInt8, UInt8), tx: inout Transmitter, outbox: inout Outbox) {
        var p = FixedArray<251, UInt8>(repeating: 0)
        // Written through a buffer: a burst sends four replies a service step, and element by
        // element (each index checked) this was a tenth of the step's service time.
        withUnsafeMutableBytes(of: &p.storage) { raw in
            raw.storeBytes(of: r.seq.littleEndian, toByteOffset: Self.seqAt, as: UInt16.self)
            raw[Self.sessionAt] = r.session; raw[Self.opcodeAt] = r.opcode; raw[Self.sizeAt] = r.size
            raw[Self.reqOpcodeAt] = r.request; raw[Self.burstCompleteAt] = r.burstComplete
            raw.storeBytes(of: r.offset.littleEndian, toByteOffset: Self.offsetAt, as: UInt32.self)
            let size = min(Int(r.size), Self.maxData)
            withUnsafeBytes(of: r.data) { data in
                UnsafeMutableRawBufferPointer(rebasing: raw[Self.dataAt ..< Self.dataAt + size])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: data[0 ..< size]))
            }
        }
        tx.send(FileTransferProtocol(targetNetwork: 0, targetSystem: peer.0, targetComponent: peer.1, payload: p), into: &outbox)
    }
}
