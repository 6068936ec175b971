import MAVLink
import MAVLinkDialects

/// MAVLink FTP opcodes (`FILE_TRANSFER_PROTOCOL` payload byte 3), as the FTP spec numbers them.
public enum FtpOpcode: UInt8, Sendable, Equatable {
    case none = 0, terminateSession = 1, resetSessions = 2, listDirectory = 3, openFileRO = 4, readFile = 5,
         createFile = 6, writeFile = 7, removeFile = 8, createDirectory = 9, removeDirectory = 10, openFileWO = 11,
         truncateFile = 12, rename = 13, calcFileCRC32 = 14, burstReadFile = 15, ack = 128, nak = 129
}

/// MAVLink FTP NAK error codes (first data byte of a NAK); `failErrno` carries the errno in the second.
public enum FtpNakCode: UInt8, Sendable, Equatable {
    case none = 0, fail = 1, failErrno = 2, invalidDataSize = 3, invalidSession = 4, noSessionsAvailable = 5,
         endOfFile = 6, unknownCommand = 7, fileExists = 8, fileProtected = 9, fileNotFound = 10

    /// The code in words, for error messages.
    public var meaning: String {
        switch self {
        case .none: "no error"
        case .fail: "failed"
        case .failErrno: "failed with an OS error"
        case .invalidDataSize: "invalid data size"
        case .invalidSession: "no such session"
        case .noSessionsAvailable: "all sessions busy"
        case .endOfFile: "end of file"
        case .unknownCommand: "operation not supported"
        case .fileExists: "file exists"
        case .fileProtected: "file protected"
        case .fileNotFound: "file or directory not found"
        }
    }
}

/// One MAVLink FTP message: the 12-byte header and up to 239 data bytes of a `FILE_TRANSFER_PROTOCOL`
/// payload (seq u16 LE, session, opcode, size, req_opcode, burst_complete, padding, offset u32 LE).
public struct FtpMessage: Sendable, Equatable {
    /// Data bytes one message can carry.
    public static let maxData = 239

    public var seq: UInt16
    public var session: UInt8
    public var opcode: UInt8
    /// The request a reply answers (replies only).
    public var requestOpcode: UInt8
    /// Set on the last message of a burst.
    public var burstComplete: Bool
    /// File offset, bytes (directory entry index for `ListDirectory`).
    public var offset: UInt32
    /// The data (`size` in the header is its count).
    public var data: [UInt8]

    public init(seq: UInt16, session: UInt8 = 0, opcode: FtpOpcode, size: Int? = nil, offset: UInt32 = 0, data: [UInt8] = []) {
        self.seq = seq; self.session = session; self.opcode = opcode.rawValue; requestOpcode = 0; burstComplete = false
        self.offset = offset; self.data = data
        if let size, data.isEmpty { sizeOverride = UInt8(min(size, Self.maxData)) }
    }

    /// A request's `size` field when it carries no data (e.g. bytes wanted by ReadFile).
    var sizeOverride: UInt8?

    /// Decodes a received payload; nil when its size field is out of range.
    public init?(_ m: FileTransferProtocol) {
        let p = m.payload
        let size = Int(p[4])
        guard size <= Self.maxData else { return nil }
        seq = UInt16(p[0]) | UInt16(p[1]) << 8
        session = p[2]; opcode = p[3]; requestOpcode = p[5]; burstComplete = p[6] != 0
        offset = 0
        for k in 0..<4 { offset |= UInt32(p[8 + k]) << (8 * UInt32(k)) }
        data = (0..<size).map { p[12 + $0] }
    }

    /// The NAK code of a NAK reply (`fail` when the vehicle sent none).
    public var nakCode: FtpNakCode? {
        guard opcode == FtpOpcode.nak.rawValue else { return nil }
        return data.first.flatMap(FtpNakCode.init(rawValue:)) ?? .fail
    }

    public var isAck: Bool { opcode == FtpOpcode.ack.rawValue }

    /// The first four data bytes as a little-endian word (file size, CRC-32).
    public var word: UInt32? {
        guard data.count >= 4 else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(data[$1]) << (8 * UInt32($1)) }
    }

    /// The message as a `FILE_TRANSFER_PROTOCOL` to `system`/`component` (network 0).
    public func message(to system: UInt8, _ component: UInt8) -> FileTransferProtocol {
        var p = FixedArray<251, UInt8>(repeating: 0)
        p[0] = UInt8(truncatingIfNeeded: seq); p[1] = UInt8(truncatingIfNeeded: seq >> 8)
        p[2] = session; p[3] = opcode
        p[4] = sizeOverride ?? UInt8(min(data.count, Self.maxData))
        p[5] = requestOpcode; p[6] = burstComplete ? 1 : 0
        for k in 0..<4 { p[8 + k] = UInt8(truncatingIfNeeded: offset >> (8 * UInt32(k))) }
        for (i, b) in data.prefix(Self.maxData).enumerated() { p[12 + i] = b }
        return FileTransferProtocol(targetNetwork: 0, targetSystem: system, targetComponent: component, payload: p)
    }

    /// A path as FTP data: its UTF-8 bytes (no terminator needed: `size` bounds it).
    static func pathData(_ path: String) -> [UInt8] { Array(path.utf8.prefix(maxData)) }
}

/// One entry of an FTP directory listing.
public struct FtpDirectoryEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool
    /// Bytes (0 for directories).
    public var size: Int

    public init(name: String, isDirectory: Bool, size: Int = 0) { self.name = name; self.isDirectory = isDirectory; self.size = size }

    /// The entries of one `ListDirectory` reply and how many index slots it used: `F<name>\t<size>\0`
    /// for files, `D<name>\0` for directories, `S\0` for entries the vehicle skipped (PX4), which
    /// count towards the next request's offset but are not returned. `.` and `..` are dropped.
    public static func parse(_ data: [UInt8]) -> (entries: [FtpDirectoryEntry], slots: Int) {
        var entries: [FtpDirectoryEntry] = []
        var slots = 0
        for raw in data.split(separator: 0, omittingEmptySubsequences: true) {
            guard let kind = raw.first else { continue }
            slots += 1
            let text = String(decoding: raw.dropFirst(), as: UTF8.self)
            switch kind {
            case UInt8(ascii: "F"):
                let parts = text.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                entries.append(FtpDirectoryEntry(name: String(parts[0]), isDirectory: false,
                                                 size: parts.count > 1 ? Int(parts[1]) ?? 0 : 0))
            case UInt8(ascii: "D"):
                if text != "." && text != ".." { entries.append(FtpDirectoryEntry(name: text, isDirectory: true)) }
            default:
                break
            }
        }
        return (entries, slots)
    }
}
