// Fuzz targets for the flight-log readers: PX4/Swiftlet ULog (`swiftlet plot`, `swiftlet ekf
// replay`) and ArduPilot DataFlash `.bin` (`swiftlet ekf replay`). Any bytes must give a value or
// a clear error; what the readers accept goes on the way the command takes it (chart, estimator
// replay, replay log written).
import Autopilot

enum FlightLogFuzz {
    /// Inputs with more IMU samples than this skip the estimator replay, so one input stays fast.
    static let replayLimit = 2_000

    /// ULog: the plotting reader and its chart, then the replay reader and the replay.
    static func ulog(_ bytes: UnsafeRawBufferPointer) {
        let array = [UInt8](bytes)
        if let contents = try? ULogContents(bytes: array), !contents.topics.isEmpty {
            _ = FlightLogChart.svg(contents, title: "fuzz.ulg")
        }
        if let flight = try? ULogFlightReader.read(array, file: "fuzz.ulg") { replay(flight) }
    }

    /// ArduPilot DataFlash: the log reader, then the replay of what it accepted.
    static func dataflash(_ bytes: UnsafeRawBufferPointer) {
        if let flight = try? DataFlashFlightReader.read([UInt8](bytes), file: "fuzz.bin") { replay(flight) }
    }

    /// What `swiftlet ekf replay` does with a flight it read: the estimator over its sensors, and
    /// the replay log encoded.
    static func replay(_ flight: RecordedFlight) {
        guard flight.counts.imu > 1, flight.counts.imu <= replayLimit else { return }
        var replay = EstimatorReplay()
        replay.run(flight)
        _ = try? ReplayLogWriter.encode(replay, flight, softwareVersion: "fuzz", source: "fuzz")
    }
}
