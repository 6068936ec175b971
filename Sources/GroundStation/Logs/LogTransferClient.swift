import MAVLinkDialects

/// What `FtpClient` and `LogRequestClient` share, so one I/O loop (generic, no existential) can
/// drive either: messages and time in, requests and file chunks out.
public protocol LogTransferClient {
    /// True while an operation runs.
    var isBusy: Bool { get }
    /// The bytes of the file held so far.
    var received: ByteRanges { get }
    mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration)
    mutating func poll(at now: Duration) -> [Common.Message]
    mutating func takeChunks() -> [FileChunk]
}

extension FtpClient: LogTransferClient {}
extension LogRequestClient: LogTransferClient {}
