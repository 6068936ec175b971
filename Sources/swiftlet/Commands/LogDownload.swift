import ArgumentParser
import Foundation
import GroundStation
import MAVLinkDialects
import Synchronization

/// `swiftlet log list`: the vehicle's flight logs.
struct LogList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list",
        abstract: "List the vehicle's flight logs: id, start time (UTC), size and file name.",
        discussion: "Ids and sizes come from LOG_REQUEST_LIST; file names from MAVLink FTP when the vehicle offers it.")
    @Option(help: "How to reach the logs: auto (FTP when the vehicle has it, else LOG_REQUEST_*), ftp or log-request.")
    var via: LogTransport = .auto
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var logs = VehicleLogs(c)
            let catalog = try await logs.catalog(via)
            if connection.json {
                let list: [JSONValue] = catalog.logs.map { l in
                    .object([("id", .number(Double(l.entry.id))),
                             ("time_utc", l.entry.timeUTC == 0 ? .null : .number(Double(l.entry.timeUTC))),
                             ("date", l.entry.timeUTC == 0 ? .null : .string(UTCDate.format(l.entry.timeUTC))),
                             ("size", .number(Double(l.entry.size))),
                             ("name", l.file.map { .string($0.name) } ?? .null),
                             ("path", l.file.map { .string($0.path) } ?? .null)])
                }
                MissionCLI.emit(.object([("count", .number(Double(list.count))), ("ftp", .bool(logs.ftpWorks == true)),
                                         ("logs", .array(list))]))
                return
            }
            for n in logs.notes { FileHandle.standardError.write(Data("note: \(n)\n".utf8)) }
            guard !catalog.logs.isEmpty else { print("The vehicle has no logs."); return }
            print("ID".padding(6) + "DATE (UTC)".padding(21) + "SIZE".padding(11) + "NAME")
            for l in catalog.logs {
                let date = l.entry.timeUTC == 0 ? "-" : UTCDate.format(l.entry.timeUTC)
                print("\(l.entry.id)".padding(6) + date.padding(21) + ByteProgress.bytes(l.entry.size).padding(11) + (l.file?.path ?? "-"))
            }
        }
    }
}

/// `swiftlet log download ID|latest|all`.
struct LogDownload: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "download",
        abstract: "Download flight logs from the vehicle, resuming an interrupted download.",
        discussion: """
            MAVLink FTP (burst reads, holes re-read, CRC-32 checked) when the vehicle offers it, else \
            LOG_REQUEST_DATA. Data goes to NAME.part beside a NAME.part.state record of what arrived; a \
            rerun continues where it stopped, and only a complete file is renamed to NAME \
            (log_<id>_<date>_<time>.ulg, .bin for ArduPilot).
            """)
    @Argument(help: "A log id (from `swiftlet log list`), latest, or all.") var which: String
    @Option(name: .shortAndLong, help: "Folder for the logs (created if missing).") var output = "."
    @Option(help: "auto (FTP when the vehicle has it, else LOG_REQUEST_*), ftp or log-request.") var via: LogTransport = .auto
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard ["latest", "all"].contains(which) || Int(which).map({ $0 >= 0 }) == true else {
            throw ValidationError("ID must be a log id, latest or all, not '\(which)'")
        }
    }

    /// One downloaded log for the report.
    struct Done { var id: Int; var path: String; var size: Int; var via: String; var verified: String }

    func run() async throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        final class Flag: Sendable { let raised = Atomic<Bool>(false) }
        let stopRequested = Flag()
        let stop = StopOnSignal { stopRequested.raised.store(true, ordering: .relaxed) }
        defer { withExtendedLifetime(stop) {} }
        try await MissionCLI.withVehicle(connection) { c in
            var logs = VehicleLogs(c)
            let catalog = try await logs.catalog(via)
            for n in logs.notes where !connection.json { FileHandle.standardError.write(Data("note: \(n)\n".utf8)) }
            guard !catalog.logs.isEmpty else { throw CLIError("the vehicle has no logs") }
            let chosen: [VehicleLogCatalog.Log]
            switch which {
            case "all": chosen = catalog.logs
            case "latest": chosen = catalog.latest.map { [$0] } ?? []
            default:
                guard let l = catalog.log(id: Int(which)!) else {
                    let ids = catalog.logs.map(\.entry.id)
                    throw CLIError("no log \(which) on the vehicle (its logs: \(ids.count == 1 ? "\(ids[0])" : "\(ids.min()!)…\(ids.max()!)"))")
                }
                chosen = [l]
            }
            var done: [Done] = []
            for log in chosen {
                done.append(try await download(log, logs: &logs, stop: { stopRequested.raised.load(ordering: .relaxed) }))
            }
            if connection.json {
                MissionCLI.emit(.object([("ok", .bool(true)), ("logs", .array(done.map { d in
                    .object([("id", .number(Double(d.id))), ("path", .string(d.path)), ("size", .number(Double(d.size))),
                             ("via", .string(d.via)), ("verified", .string(d.verified))])
                }))]))
            }
        }
    }

    func download(_ log: VehicleLogCatalog.Log, logs: inout VehicleLogs, stop: () -> Bool) async throws -> Done {
        let c = logs.c
        let entry = log.entry
        let name = VehicleLogCatalog.fileName(for: entry, ardupilot: logs.ardupilot)
        let finalPath = (output as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: finalPath) {
            if !connection.json { print("log \(entry.id): \(finalPath) is already there") }
            return Done(id: entry.id, path: finalPath, size: entry.size, via: "none", verified: "existing")
        }
        let part = try PartFile(finalPath: finalPath, systemID: Int(logs.target.system), entry: entry)
        if let d = part.discarded, !connection.json { FileHandle.standardError.write(Data("note: \(d)\n".utf8)) }
        if !part.ranges.isEmpty && !connection.json {
            print("log \(entry.id): resuming \(part.partPath) (\(part.ranges.count) of \(entry.size) bytes there)")
        }
        var progress = ByteProgress("log \(entry.id)", quiet: connection.json, startBytes: part.ranges.count)
        let write: ([FileChunk]) throws -> Void = { try part.write($0) }
        let report: (ByteRanges) throws -> Void = { held in
            try part.checkpoint(held)
            progress.update(held.count, of: entry.size)
        }

        func interrupted(_ why: String) -> CLIError {
            progress.end()
            try? part.checkpoint(part.ranges, force: true)
            return CLIError("\(why) while downloading log \(entry.id); \(part.ranges.count) of \(entry.size) bytes are kept in "
                            + "\(part.partPath): run the same command again to resume")
        }

        // FTP first when the log's file is known and FTP works.
        if let file = log.file, via != .logRequest, logs.ftpWorks == true {
            var client = logs.ftpClient()
            client.start(.download(file.path, have: part.ranges, verify: true), at: c.now)
            guard try await logs.drive(&client, stop: stop, write: write, progress: report) else { throw interrupted("interrupted") }
            try part.checkpoint(client.received, force: true)
            switch client.result {
            case .success(.downloaded(let size, let crc))?:
                var verified = "size"
                if let crc {
                    guard part.checksum(size: size) == crc else {
                        progress.end()
                        part.discard()
                        throw CLIError("log \(entry.id): the downloaded bytes do not match the vehicle's CRC-32 of \(file.path); "
                                       + "the partial file was discarded: run the command again")
                    }
                    verified = "crc32"
                }
                try part.complete(size: size)
                if !connection.json { print("log \(entry.id) → \(finalPath) (\(size) bytes, MAVLink FTP, \(verified == "crc32" ? "CRC-32 verified" : "size checked"))") }
                return Done(id: entry.id, path: finalPath, size: size, via: "ftp", verified: verified)
            case .failure(.timeout(let stage))? where via == .ftp:
                throw interrupted("lost the link (no FTP answer while \(stage))")
            case .failure(let e)? where via == .ftp:
                throw interrupted("FTP failed (\(e))")
            case .failure(let e)?:
                progress.end()
                if !connection.json { FileHandle.standardError.write(Data("note: FTP failed (\(e)): continuing with LOG_REQUEST_DATA\n".utf8)) }
            case nil, .success?:
                break
            }
        } else if via == .ftp {
            throw CLIError("log \(entry.id) has no file the vehicle offers over MAVLink FTP (try --via log-request)")
        }

        var client = logs.logRequestClient()
        client.start(.download(id: entry.id, size: entry.size, have: part.ranges), at: c.now)
        guard try await logs.drive(&client, stop: stop, write: write, progress: report) else {
            c.send(client.poll(at: c.now))
            c.send(LogRequestEnd(targetSystem: logs.target.system, targetComponent: logs.target.component))
            throw interrupted("interrupted")
        }
        c.send(client.poll(at: c.now))   // LOG_REQUEST_END
        try part.checkpoint(client.received, force: true)
        switch client.result {
        case .success(.downloaded(let size))?:
            guard client.received.isComplete(size: size) else { throw interrupted("the transfer ended early") }
            try part.complete(size: size)
            if !connection.json { print("log \(entry.id) → \(finalPath) (\(size) bytes, LOG_REQUEST_DATA, size checked)") }
            return Done(id: entry.id, path: finalPath, size: size, via: "log-request", verified: "size")
        case .failure(let e)?:
            throw interrupted("lost the link (\(e))")
        default:
            throw interrupted("the transfer stopped")
        }
    }
}
