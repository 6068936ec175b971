import ArgumentParser
import Foundation
import GroundStation
import MAVLinkDialects

/// `swiftlet log …`: telemetry logs.
struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record, replay and read telemetry logs (.tlog); list and download the vehicle's flight logs.",
        subcommands: [Dump.self, LogRecord.self, LogReplay.self, LogList.self, LogDownload.self])

    /// `swiftlet log dump FILE`: the Swift twin of `mavlogdump.py --format json --show-source`.
    struct Dump: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every message of a .tlog or raw MAVLink stream as one JSON object per line.",
            discussion: "Output matches pymavlink's `mavlogdump.py --format json --show-source`, so the two can be diffed.")

        @Argument(help: "A .tlog file, a raw MAVLink byte stream, or - for standard input.")
        var file: String
        @Option(help: "Only these message types (comma-separated, * and ? wildcards).")
        var types: String?
        @Option(help: "Only messages from this system id.")
        var sysid: UInt8?
        @Option(help: "Input layout: tlog or raw (default: detected).")
        var format: String?

        func validate() throws {
            if let format, TelemetryLogFormat(rawValue: format) == nil {
                throw ValidationError("--format must be tlog or raw, not '\(format)'")
            }
        }

        func run() async throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let d = FileManager.default.contents(atPath: file) else {
                    throw ValidationError("cannot read '\(file)': no such file or not readable")
                }
                data = d
            }
            var reader = TelemetryLogReader<ArduPilotMega>(bytes: [UInt8](data), format: format.flatMap(TelemetryLogFormat.init))
            var dumper = LogDumper(types: types?.split(separator: ",").map(String.init), systemID: sysid)
            var out = ""
            out.reserveCapacity(1 << 16)
            while let f = reader.next() {
                if let line = dumper.line(for: f) {
                    out += line
                    out += "\n"
                    if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
