import MAVLinkDialects

/// The classic log download (`LOG_REQUEST_LIST` / `LOG_REQUEST_DATA` / `LOG_REQUEST_END`), the
/// fallback for ground stations without FTP, over the files in `directory` (default `/logs`).
///
/// Log ids are 1-based positions in the directory listing; `LOG_ENTRY` carries each file's size
/// and `DirectoryEntry.timeUTC`. A data request streams `LOG_DATA`
/// (90 bytes each) from the offset for `count` bytes (or to the end), `chunksPerPoll` (at most 8,
/// read in one go) per poll; a
/// final `LOG_DATA` with count 0 marks the end of the file.
public struct LogServer: Sendable {
    public var directory = FilePath("/logs")
    public var chunksPerPoll = 8
    /// `LOG_ENTRY` messages sent per poll at most. Each is a directory lookup on the host: a list
    /// of 160 logs sent in one poll took 1–3 ms of the service loop (`scripts/soak`), and grows
    /// with the logs; ten a poll list 160 logs in 16 polls (80 ms at the 5 ms service period).
    public var entriesPerPoll = 10
    struct Transfer: Sendable { var id: UInt16; var path: FilePath; var offset: UInt32; var end: UInt32 }
    var transfer: Transfer?
    /// Log entries still to announce: next id and last id of a list request, and the number of
    /// logs counted when it came (counted once per request: recounting on every poll made a long
    /// listing cost O(logs²) directory lookups, which `scripts/soak` saw as late service steps).
    var listing: (next: UInt16, last: UInt16, count: UInt16)?

    public init() {}

    /// True while a list or data transfer is in progress.
    public var isBusy: Bool { transfer != nil || listing != nil }

    mutating func requestList<F: VehicleFileSystem>(_ m: LogRequestList, files: F, tx: inout Transmitter, outbox: inout Outbox) {
        let count = logCount(files)
        guard count > 0 else {
            tx.send(LogEntry(id: 0, numLogs: 0, lastLogNum: 0), into: &outbox); return
        }
        let first = max(m.start, 1)
        let last = min(m.end, count)
        guard first <= last else { return }
        listing = (first, last, count)
    }

    mutating func requestData<F: VehicleFileSystem>(_ m: LogRequestData, files: F) {
        guard let path = path(ofLog: m.id, files: files) else { transfer = nil; return }
        let end = m.count == UInt32.max ? UInt32.max : m.ofs &+ m.count
        transfer = Transfer(id: m.id, path: path, offset: m.ofs, end: end)
    }

    mutating func end() { transfer = nil; listing = nil }

    mutating func poll<F: VehicleFileSystem>(files: F, tx: inout Transmitter, outbox: inout Outbox) {
        if let l = listing {
            var next = l.next
            var sent = 0
            while next <= l.last && sent < entriesPerPoll && outbox.freeBytes > 600 {
                // One directory lookup per entry: its size and start time come with it.
                let e: DirectoryEntry?
                do throws(FileError) { e = try files.entry(Int(next) - 1, in: directory) } catch { e = nil }
                tx.send(LogEntry(id: next, numLogs: l.count, lastLogNum: l.count, timeUtc: e?.timeUTC ?? 0, size: e?.size ?? 0),
                        into: &outbox)
                next += 1
                sent += 1
            }
            listing = next <= l.last ? (next, l.last, l.count) : nil
        }
        guard var t = transfer else { return }
        // One read for the poll's chunks (a read is a system call or more on the host, several
        // per chunk made a long download cost about a millisecond per poll in the soak).
        var block = FixedArray<720, UInt8>(repeating: 0)
        let chunks = min(chunksPerPoll, 8)
        let wantBlock = Int(min(UInt32(90 * chunks), t.end &- t.offset))
        var have = 0
        if wantBlock > 0 {
            do throws(FileError) {
                have = try withUnsafeMutableBytes(of: &block.storage) { (raw) throws(FileError) -> Int in
                    try files.read(t.path, at: t.offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[0 ..< wantBlock]))
                }
            } catch { have = 0 }
        }
        var used = 0
        for _ in 0..<chunks {
            guard outbox.freeBytes > 600 else { break }
            var data = FixedArray<90, UInt8>(repeating: 0)
            let n = min(90, have - used)
            for i in 0..<n { data[i] = block[used + i] }
            tx.send(LogData(id: t.id, ofs: t.offset, count: UInt8(n), data: data), into: &outbox)
            if n == 0 || t.offset &+ UInt32(n) >= t.end { transfer = nil; return }
            t.offset &+= UInt32(n)
            used += n
            // A short read (the file's end, or a read that stopped early): the next poll goes on.
            if n < 90 { break }
        }
        transfer = t
    }

    func logCount<F: VehicleFileSystem>(_ files: F) -> UInt16 {
        let n: Int
        do throws(FileError) { n = try files.entryCount(in: directory) } catch { return 0 }
        return UInt16(clamping: n)
    }

    func path<F: VehicleFileSystem>(ofLog id: UInt16, files: F) -> FilePath? {
        guard id >= 1 else { return nil }
        let e: DirectoryEntry?
        do throws(FileError) { e = try files.entry(Int(id) - 1, in: directory) } catch { return nil }
        guard let entry = e else { return nil }
        var p = directory
        if p.count < 239 { p.bytes[p.count] = UInt8(ascii: "/"); p.count += 1 }
        for i in 0..<entry.name.count where p.count < 239 { p.bytes[p.count] = entry.name.bytes[i]; p.count += 1 }
        return p
    }
}
