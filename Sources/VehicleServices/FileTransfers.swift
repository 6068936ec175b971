/// A copy of one link's file transfers in progress (an FTP burst read, `LOG_REQUEST_DATA`, a log
/// listing) with the link's encoder, taken with `VehicleLink.fileTransfers`.
///
/// Polling it does the same reads and encoding the link's next `pollFileTransfers` does, into an
/// outbox of the caller's, and changes nothing of the link: a paced runtime runs a step's file
/// transfers again this way to tell their own cost from a slow machine's (`SITLRuntime`).
public struct FileTransfers: Sendable {
    var ftp: FtpServer
    var logs: LogServer
    var tx: Transmitter

    /// Sends the next chunks of these transfers into `outbox`, reading `files`.
    public mutating func poll<F: VehicleFileSystem>(files: F, into outbox: inout Outbox) {
        Self.poll(ftp: &ftp, logs: &logs, files: files, tx: &tx, outbox: &outbox)
    }

    static func poll<F: VehicleFileSystem>(ftp: inout FtpServer, logs: inout LogServer, files: F, tx: inout Transmitter,
                                           outbox: inout Outbox) {
        if ftp.isBursting { ftp.poll(files: files, tx: &tx, outbox: &outbox) }
        if logs.isBusy { logs.poll(files: files, tx: &tx, outbox: &outbox) }
    }
}
