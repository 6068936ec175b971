import ArgumentParser
import Foundation
import GroundStation
import MAVLinkDialects

/// `swiftlet param`: read, change, save and flash parameter configurations.
struct Param: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, get, set, diff, save, load and restore vehicle parameters.",
        discussion: """
            Files by extension: .params (QGroundControl), .parm/.param (MAVProxy, ArduPilot), .txt (sorted, \
            diff-friendly). 'param load' first saves a backup of the vehicle's values, writes only what \
            differs, verifies every write by reading it back, and reports what changed and what was refused.
            """,
        subcommands: [ParamList.self, ParamGet.self, ParamSet.self, ParamDiff.self, ParamSave.self, ParamLoad.self, ParamRestore.self])
}

/// Shared parameter plumbing for the CLI.
enum ParamCLI {
    /// A parameter client for the connected vehicle, its integer encoding from `AUTOPILOT_VERSION`
    /// (asked for, a second at most) or the autopilot family.
    static func client(_ c: VehicleConnection) async throws -> ParameterClient {
        // The declared encoding matters (integers decode wrongly otherwise): ask until it comes,
        // a few times over a lossy link, before falling back on the autopilot family's convention.
        if let t = c.target {
            for _ in 0...max(3, c.retries) where c.state.capabilities == nil {
                c.send(CommandLong(targetSystem: t.system, targetComponent: t.component, command: .requestMessage, param1: 148))
                try await c.run(timeout: .milliseconds(500)) { _, _ in c.state.capabilities != nil }
            }
        }
        var p = ParameterClient(targetSystem: c.state.systemID ?? 1, targetComponent: c.state.componentID,
                                encoding: ParameterEncoding(capabilities: c.state.capabilities, family: c.state.autopilot))
        p.maxRetries = c.retries
        return p
    }

    /// Runs one operation to its end, with a progress bar for lists.
    static func perform(_ op: ParameterClient.Operation, _ p: inout ParameterClient, on c: VehicleConnection,
                        quiet: Bool) async throws -> Result<ParameterOutcome, ParameterTransferError> {
        p.start(op, at: c.now)
        var bar = ProgressLine("Parameters", quiet: quiet || op != .list)
        while true {
            for f in c.receive() {
                if let m = Common.Message(frame: f) { p.receive(m, systemID: f.systemID, componentID: f.componentID, at: c.now) }
            }
            c.send(p.poll(at: c.now))
            if let r = p.result {
                if case .success = r { bar.update(p.progress.total, of: p.progress.total) } else { bar.end() }
                return r
            }
            bar.update(p.progress.done, of: p.progress.total)
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    static func list(_ p: inout ParameterClient, on c: VehicleConnection, quiet: Bool) async throws -> [ParameterEntry] {
        switch try await perform(.list, &p, on: c, quiet: quiet) {
        case .success(.list(let all)): return all
        case .failure(let e): throw CLIError("parameter download failed: \(e)")
        default: throw CLIError("parameter download failed")
        }
    }

    static func load(_ path: String) throws -> [ParameterEntry] {
        do { return try ParameterFiles.load(path) } catch { throw CLIError("\(error)") }
    }

    static func save(_ entries: [ParameterEntry], _ path: String, _ c: VehicleConnection) throws {
        do { try ParameterFiles.save(entries, to: path, systemID: c.state.systemID ?? 1, componentID: c.state.componentID) }
        catch { throw CLIError("\(error)") }
    }

    static func json(_ e: ParameterEntry) -> JSONValue {
        .object([("name", .string(e.name)), ("value", .number(e.value)), ("type", .string(ParameterEntry.typeName(e.type)))])
    }

    /// Shell-style `*` and `?` matching, case-insensitive.
    static func matches(_ name: String, _ pattern: String) -> Bool {
        let n = Array(name.uppercased()), p = Array(pattern.uppercased())
        func go(_ i: Int, _ j: Int) -> Bool {
            if j == p.count { return i == n.count }
            if p[j] == "*" { return go(i, j + 1) || (i < n.count && go(i + 1, j)) }
            return i < n.count && (p[j] == "?" || p[j] == n[i]) && go(i + 1, j + 1)
        }
        return go(0, 0)
    }
}

struct ParamList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Download every parameter and print them (optionally those matching a pattern such as 'MPC_*').")
    @Argument(help: "Name pattern with * and ?.") var pattern: String?
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            let all = try await ParamCLI.list(&p, on: c, quiet: connection.json)
            let shown = all.filter { e in pattern.map { ParamCLI.matches(e.name, $0) } ?? true }
            if connection.json { MissionCLI.emit(.object([("count", .number(Double(all.count))), ("parameters", .array(shown.map(ParamCLI.json)))])) }
            else { print(ParameterFiles.text(shown, format: .sorted), terminator: "") }
        }
    }
}

struct ParamGet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Read one parameter.")
    @Argument(help: "Parameter name.") var name: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            switch try await ParamCLI.perform(.read(name.uppercased()), &p, on: c, quiet: true) {
            case .success(.value(let e)):
                if connection.json { MissionCLI.emit(ParamCLI.json(e)) } else { print("\(e.name) \(e.valueText)") }
            case .failure(.timeout): throw CLIError("\(name): no answer; the vehicle has no such parameter, or the link is down")
            case .failure(let e): throw CLIError("\(name): \(e)")
            default: break
            }
        }
    }
}

struct ParamSet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Change one parameter; the vehicle's answer says whether it took the value.")
    @Argument(help: "Parameter name.") var name: String
    @Argument(help: "New value.") var value: Double
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            switch try await ParamCLI.perform(.set(name.uppercased(), value), &p, on: c, quiet: true) {
            case .success(.set(let accepted, let e)):
                if connection.json {
                    MissionCLI.emit(.object([("accepted", .bool(accepted)), ("requested", .number(value)), ("parameter", ParamCLI.json(e))]))
                } else {
                    print(accepted ? "\(e.name) set to \(e.valueText)" : "\(e.name): refused \(ParameterEntry.text(value, type: e.type)); the vehicle keeps \(e.valueText)")
                }
                if !accepted { throw ExitCode(1) }
            case .failure(let e): throw CLIError("\(name): \(e)")
            default: break
            }
        }
    }
}

struct ParamSave: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "save", abstract: "Download every parameter into a file (written atomically).")
    @Argument(help: "File: .params, .parm or .txt.") var file: String
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if ParameterFiles.Format(path: file) == nil { throw ValidationError("\(file): use .params (QGroundControl), .parm (MAVProxy/ArduPilot) or .txt (sorted)") }
    }

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            let all = try await ParamCLI.list(&p, on: c, quiet: connection.json)
            try ParamCLI.save(all, file, c)
            if connection.json { MissionCLI.emit(.object([("file", .string(file)), ("count", .number(Double(all.count)))])) }
            else { print("Wrote \(file): \(all.count) parameters") }
        }
    }
}

struct ParamDiff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff",
        abstract: "Compare a file with the vehicle (or two files): what differs, what only one side has.")
    @Argument(help: "A parameter file, or two to compare offline.") var files: [String]
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { guard (1...2).contains(files.count) else { throw ValidationError("give one file (against the vehicle) or two") } }

    func run() async throws {
        let theirs = try ParamCLI.load(files[0])
        if files.count == 2 {
            report(ParameterDiff(current: theirs, wanted: try ParamCLI.load(files[1])), left: files[0], right: files[1])
            return
        }
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            let vehicle = try await ParamCLI.list(&p, on: c, quiet: connection.json)
            report(ParameterDiff(current: vehicle, wanted: theirs), left: "vehicle", right: files[0])
        }
    }

    func report(_ d: ParameterDiff, left: String, right: String) {
        if connection.json {
            MissionCLI.emit(.object([
                ("changed", .array(d.changed.map { .object([("name", .string($0.current.name)), (left, .number($0.current.value)), (right, .number($0.wanted.value))]) })),
                ("only_in_\(right == "vehicle" ? "vehicle" : "right")", .array(d.unknown.map { .string($0.name) })),
                ("unchanged", .number(Double(d.unchanged)))]))
        } else {
            for ch in d.changed { print("\(ch.current.name.padding(16)) \(ch.current.valueText) -> \(ch.wanted.valueText)") }
            for u in d.unknown { print("\(u.name.padding(16)) only in \(right)") }
            print("\(d.changed.count) differ, \(d.unknown.count) only in \(right), \(d.unchanged) equal (\(left) -> \(right))")
        }
    }
}

struct ParamLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load",
        abstract: "Flash a configuration: back up the vehicle's values, write what differs, verify each by read-back.")
    @Argument(help: "Parameter file to apply.") var file: String
    @Option(help: "Folder for the backup of the values before loading.") var backupDir = "param-backups"
    @Flag(help: "Show what would change, write nothing.") var dryRun = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await ParamApply.run(file: file, backupDir: dryRun ? nil : backupDir, dryRun: dryRun, connection: connection)
    }
}

struct ParamRestore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore",
        abstract: "Roll back to a backup written by 'param load' (written and verified the same way).")
    @Argument(help: "Backup file.") var backup: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await ParamApply.run(file: backup, backupDir: nil, dryRun: false, connection: connection)
    }
}

/// The shared body of `param load` and `param restore`.
enum ParamApply {
    static func run(file: String, backupDir: String?, dryRun: Bool, connection: ConnectionOptions) async throws {
        let wanted = try ParamCLI.load(file)
        try await MissionCLI.withVehicle(connection) { c in
            var p = try await ParamCLI.client(c)
            let current = try await ParamCLI.list(&p, on: c, quiet: connection.json)
            var backupPath: String?
            if let dir = backupDir {
                let stamp = TelemetryLogWriter.fileName(for: "sys\(c.state.systemID ?? 1)").replacingOccurrences(of: ".tlog", with: ".params")
                let path = URL(fileURLWithPath: dir).appendingPathComponent(stamp).path
                try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try ParamCLI.save(current, path, c)
                backupPath = path
                if !connection.json { print("Backup of \(current.count) parameters: \(path)") }
            }
            let diff = ParameterDiff(current: current, wanted: wanted)
            var changed: [(String, String, String)] = [], refused: [(String, String, String)] = []
            for ch in diff.changed {
                if dryRun { changed.append((ch.current.name, ch.current.valueText, ch.wanted.valueText)); continue }
                let outcome = try await ParamCLI.perform(.set(ch.current.name, ch.wanted.value), &p, on: c, quiet: true)
                // Verified by reading it back, not only by the PARAM_SET's echo.
                let readBack = try await ParamCLI.perform(.read(ch.current.name), &p, on: c, quiet: true)
                let now: ParameterEntry?
                if case .success(.value(let e)) = readBack { now = e } else { now = nil }
                if case .success(.set(true, _)) = outcome, let e = now, e.sameValue(ch.wanted.value) {
                    changed.append((ch.current.name, ch.current.valueText, e.valueText))
                    if !connection.json { print("\(ch.current.name.padding(16)) \(ch.current.valueText) -> \(e.valueText)") }
                } else {
                    let kept = now?.valueText ?? "unknown (no answer)"
                    refused.append((ch.current.name, ch.wanted.valueText, kept))
                    if !connection.json { print("\(ch.current.name.padding(16)) REFUSED \(ch.wanted.valueText); the vehicle keeps \(kept)") }
                }
            }
            if connection.json {
                var o: [(String, JSONValue)] = [
                    ("ok", .bool(refused.isEmpty && diff.unknown.isEmpty)), ("dry_run", .bool(dryRun)),
                    ("changed", .array(changed.map { .object([("name", .string($0.0)), ("from", .string($0.1)), ("to", .string($0.2))]) })),
                    ("refused", .array(refused.map { .object([("name", .string($0.0)), ("wanted", .string($0.1)), ("kept", .string($0.2))]) })),
                    ("unknown", .array(diff.unknown.map { .string($0.name) })), ("unchanged", .number(Double(diff.unchanged)))]
                if let b = backupPath { o.append(("backup", .string(b))) }
                MissionCLI.emit(.object(o))
            } else {
                for u in diff.unknown { print("\(u.name.padding(16)) UNKNOWN to the vehicle, skipped") }
                print("\(dryRun ? "Would change" : "Changed") \(changed.count), refused \(refused.count), unknown \(diff.unknown.count), unchanged \(diff.unchanged).")
                if let b = backupPath, !dryRun { print("Undo with: swiftlet param restore \(b)") }
            }
            if !refused.isEmpty || !diff.unknown.isEmpty { throw ExitCode(1) }
        }
    }
}
