import ArgumentParser
import Autopilot
import FlightCore
import Foundation

/// `swiftlet ekf …`: the navigation filter offline.
struct Ekf: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Swiftlet's navigation filter (EKF) offline.",
        subcommands: [EkfReplay.self])
}

/// `swiftlet ekf replay LOG`: Swiftlet's estimator rerun over a flight log's recorded sensors.
struct EkfReplay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Rerun Swiftlet's estimator over a flight log's sensor data and compare it with the log's estimate and truth.",
        discussion: """
            Reads Swiftlet ULog logs (swiftlet sitl), PX4 ULog logs (sensor_combined, vehicle_gps_position \
            or sensor_gps, vehicle_air_data, vehicle_magnetometer) and ArduPilot DataFlash .bin logs \
            (RISI/RGPJ/RBRI/RMGI with LOG_REPLAY=1, else IMU/GPS/BARO/MAG). Writes the replayed estimate, \
            the log's own estimate (vehicle_local_position/vehicle_attitude or XKF1) and simulator truth \
            (vehicle_*_groundtruth or SIM) on the same timestamps to LOG.replay.ulg, and prints position, \
            velocity and attitude errors (RMS and max) from when the replay's solution is first valid, \
            the innovation test-ratio maxima, the health flags and the replay speed.
            """)

    @Argument(help: "The flight log: .ulg (Swiftlet or PX4) or .bin (ArduPilot DataFlash).") var log: String
    @Option(name: .shortAndLong, help: "The ULog to write (default: LOG with .replay.ulg).") var output: String?
    @Flag(help: "Print the summary as JSON.") var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: log) else {
            throw ValidationError("cannot read \(log): no such file or not readable")
        }
        let bytes = [UInt8](data)
        let flight: RecordedFlight
        do throws(ReplayLogError) {
            flight = bytes.starts(with: [0x55, 0x4C, 0x6F, 0x67]) ? try ULogFlightReader.read(bytes, file: log)
                : try DataFlashFlightReader.read(bytes, file: log)
        } catch { throw ValidationError(error.description) }
        guard flight.counts.imu > 1 else { throw ValidationError("\(log): fewer than two IMU samples: nothing to replay") }

        var replay = EstimatorReplay()
        let started = DispatchTime.now().uptimeNanoseconds
        replay.run(flight)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

        let path = output ?? Self.defaultOutput(for: log)
        let out: [UInt8]
        do { out = try ReplayLogWriter.encode(replay, flight, softwareVersion: Swiftlet.version, source: log) } catch {
            throw ValidationError("cannot encode the replay log: \(error)")
        }
        do throws(StateFileError) { try AtomicFile.write(out, to: path) } catch { throw ValidationError(error.description) }

        let report = EkfReplayReport(file: log, output: path, flight: flight, replay: replay, wallSeconds: wall)
        if json {
            let text = try JSONSerialization.data(withJSONObject: report.json, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: text, as: UTF8.self))
        } else {
            print(report.text)
        }
    }

    /// `FLIGHT.ulg` → `FLIGHT.replay.ulg` (a `.bin` likewise), beside the input.
    static func defaultOutput(for log: String) -> String {
        let base = log.hasSuffix(".ulg") || log.hasSuffix(".bin") ? String(log.dropLast(4)) : log
        return base + ".replay.ulg"
    }
}
