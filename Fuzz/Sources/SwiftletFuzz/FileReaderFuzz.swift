// Fuzz targets for the file readers: any bytes must give a value or a clear error, never a crash,
// an address error or a hang; what a reader accepts, the matching writer must write back in a
// form the reader accepts again.
import Autopilot
import FlightCore
import GroundStation
import MAVLinkDialects
import Simulation
import VehicleServices

enum FileReaderFuzz {
    static func text(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A plan read from `bytes` as `format`, written back and read again.
    static func planRoundTrip(_ bytes: UnsafeRawBufferPointer, _ format: PlanFileFormat) {
        guard let plan = try? PlanFiles.parse(text(bytes), format: format, source: "fuzz") else { return }
        let written = PlanFiles.text(plan, format: format)
        do throws(PlanError) {
            _ = try PlanFiles.parse(written, format: format, source: "rewritten")
        } catch {
            preconditionFailure("a plan read from the input was written in a form that cannot be read back: \(error)\n\(written)")
        }
    }

    /// QGroundControl `.plan` JSON.
    static func plan(_ bytes: UnsafeRawBufferPointer) { planRoundTrip(bytes, .plan) }

    /// `QGC WPL 110` text.
    static func waypoints(_ bytes: UnsafeRawBufferPointer) { planRoundTrip(bytes, .waypoints) }

    /// Parameter files: the ground station's `.params` / `.parm` / `.txt` reader, the autopilot's
    /// stored-parameter restore, and the airframe `.params` reader.
    static func parameters(_ bytes: UnsafeRawBufferPointer) {
        let s = text(bytes)
        for path in ["fuzz.params", "fuzz.parm", "fuzz.txt"] {
            guard let entries = try? ParameterFiles.parse(s, path: path),
                  let format = ParameterFiles.Format(path: path) else { continue }
            let written = ParameterFiles.text(entries, format: format)
            do throws(ParameterFiles.FormatError) {
                _ = try ParameterFiles.parse(written, path: path)
            } catch {
                preconditionFailure("parameters read from the input were written in a form that cannot be read back: \(error)\n\(written)")
            }
        }
        var table = ParameterTable()
        _ = ParameterFile.restore(s, into: &table)
        _ = try? AirframeFile.parse(s, file: "fuzz.params")
    }

    /// Simulator scenario files (`sim/scenarios/*.scenario`).
    static func scenario(_ bytes: UnsafeRawBufferPointer) {
        _ = try? Scenario(fileText: text(bytes), file: "fuzz.scenario")
    }

    /// Simulator vehicle files (`sim/vehicles/*.vehicle`).
    static func vehicle(_ bytes: UnsafeRawBufferPointer) {
        _ = try? Airframe(fileText: text(bytes), file: "fuzz.vehicle")
    }

    /// Telemetry logs, read as a tlog, as a raw stream and auto-detected, each frame dumped as
    /// `swiftlet log dump` prints it.
    static func telemetryLog(_ bytes: UnsafeRawBufferPointer) {
        let array = [UInt8](bytes)
        for format in [TelemetryLogFormat.tlog, .raw, nil] {
            var reader = TelemetryLogReader<ArduPilotMega>(bytes: array, format: format)
            var dumper = LogDumper()
            var frames = 0
            while let logged = reader.next() {
                frames += 1
                precondition(frames <= array.count, "the log reader returned more frames than there are bytes")
                _ = dumper.line(for: logged)
            }
        }
    }
}
