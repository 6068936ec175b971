import Dispatch
import MAVLink
import MAVLinkDialects
import Synchronization
import VehicleServices

/// MAVLink FTP and log-protocol requests held back from the services while the host file work
/// they need runs off the service loop, and handed on in the order they arrived.
///
/// The work is what a request would otherwise do inside the paced loop: checksumming a file not
/// checksummed yet (`CalcFileCRC32`: a multi-megabyte log took 645 ms) and reading a folder that
/// changed since it was last listed (`ListDirectory`, and `LOG_REQUEST_LIST`/`LOG_REQUEST_DATA`
/// over the flat log folder: re-reading 160 logs after a flight took 10 ms in `scripts/soak`).
/// Once the job is over the request goes to the services, which answer from the remembered
/// result.
///
/// Per link, a request of these protocols that arrives while an earlier one is held waits behind
/// it, so a `LOG_REQUEST_END` or an FTP retry is never handled before the request it follows.
struct HeldFileRequests {
    /// One held request.
    struct Waiting {
        var link: Int
        var frame: MAVLinkFrame
        /// The folder the link's log server lists.
        var logFolder: FilePath
        /// The job it waits for; nil while it waits only for the requests before it.
        var job: FileJob?
    }

    private(set) var waiting: [Waiting] = []
    private let queue = PolledWorkQueue(label: "file work")

    /// Whether `frame` is one of the requests this holds.
    static func isFileRequest(_ frame: MAVLinkFrame) -> Bool {
        switch frame.messageID {
        case FileTransferProtocol.id, LogRequestList.id, LogRequestData.id, LogRequestEnd.id: true
        default: false
        }
    }

    /// The host work `frame` needs before the services can answer it without touching the disk
    /// at length, or nil when none (not a file request, or what it needs is remembered).
    static func work(for frame: MAVLinkFrame, files: DirectoryFileSystem, logFolder: FilePath) -> (@Sendable () -> Void)? {
        switch frame.messageID {
        case FileTransferProtocol.id:
            guard let m = frame.decode(as: FileTransferProtocol.self) else { return nil }
            if let path = FtpServer.checksumRequest(m), files.needsCRC32(of: path) {
                return { files.precomputeCRC32(of: path) }
            }
            if let path = FtpServer.listRequest(m), files.needsListing(of: path) {
                return { files.prepareListing(of: path) }
            }
            return nil
        case LogRequestList.id, LogRequestData.id:
            guard files.needsListing(of: logFolder) else { return nil }
            return { files.prepareListing(of: logFolder) }
        default:
            return nil
        }
    }

    /// Holds `frame` (from link `link`, whose log server lists `logFolder`) when it must wait: behind a held request of its link, or
    /// for host work it needs, which is started on the file-work queue. Returns false for a frame
    /// the services may handle now.
    mutating func hold(_ frame: MAVLinkFrame, link: Int, files: DirectoryFileSystem, logFolder: FilePath) -> Bool {
        guard Self.isFileRequest(frame) else { return false }
        if waiting.contains(where: { $0.link == link }) {
            waiting.append(Waiting(link: link, frame: frame, logFolder: logFolder, job: nil))
            return true
        }
        guard let work = Self.work(for: frame, files: files, logFolder: logFolder) else { return false }
        waiting.append(Waiting(link: link, frame: frame, logFolder: logFolder, job: start(work)))
        return true
    }

    /// Removes and returns, in arrival order, the held requests whose turn has come: each one's
    /// job is over and every request held before it on its link was handed on. A request that
    /// reaches the front of its link and needs work of its own starts it and waits again.
    mutating func takeReady(files: DirectoryFileSystem) -> [(link: Int, frame: MAVLinkFrame)] {
        guard !waiting.isEmpty else { return [] }
        var ready: [(link: Int, frame: MAVLinkFrame)] = []
        var blockedLinks: [Int] = []
        var still: [Waiting] = []
        for var w in waiting {
            if blockedLinks.contains(w.link) { still.append(w); continue }
            if w.job == nil, let work = Self.work(for: w.frame, files: files, logFolder: w.logFolder) { w.job = start(work) }
            if let job = w.job, !job.finished.load(ordering: .acquiring) {
                blockedLinks.append(w.link)
                still.append(w)
                continue
            }
            ready.append((w.link, w.frame))
        }
        waiting = still
        return ready
    }

    private func start(_ work: @escaping @Sendable () -> Void) -> FileJob {
        let job = FileJob()
        queue.submit { work(); job.finished.store(true, ordering: .releasing) }
        return job
    }
}

/// One background file job of `HeldFileRequests`: set once it is over, whatever it found (a read
/// error leaves nothing remembered; the services then meet the error themselves and report it).
final class FileJob: Sendable {
    let finished = Atomic<Bool>(false)
}
