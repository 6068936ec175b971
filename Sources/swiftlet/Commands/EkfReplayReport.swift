import Autopilot
import FlightCore
import Foundation

/// The summary of one `swiftlet ekf replay`: as a text table and as JSON.
struct EkfReplayReport {
    let file: String, output: String
    let flight: RecordedFlight
    let replay: EstimatorReplay
    let wallSeconds: Double
    let vsLog: TrackComparison?, vsTruth: TrackComparison?, logVsTruth: TrackComparison?
    let gnss: GnssRawError?

    init(file: String, output: String, flight: RecordedFlight, replay: EstimatorReplay, wallSeconds: Double) {
        self.file = file; self.output = output; self.flight = flight; self.replay = replay; self.wallSeconds = wallSeconds
        vsLog = flight.logEstimate.map { TrackComparison(replay, against: $0) }
        vsTruth = flight.truth.map { TrackComparison(replay, against: $0) }
        if let estimate = flight.logEstimate, let truth = flight.truth {
            logVsTruth = TrackComparison(replay, estimate: estimate, against: truth)
        } else { logVsTruth = nil }
        gnss = flight.truth.flatMap { truth in
            replay.firstFullyValid.map { GnssRawError(flight, truth: truth, from: $0, delay: replay.config.gnssDelay) }
        }
    }

    var duration: Double {
        guard let a = flight.samples.first?.time.micros, let b = flight.samples.last?.time.micros else { return 0 }
        return Double(b - a) / 1e6
    }
    var samplesPerSecond: Double { Double(replay.samplesProcessed) / max(wallSeconds, 1e-9) }

    // MARK: JSON

    static func stats(_ s: ErrorStatistics?) -> Any {
        guard let s else { return NSNull() }
        return ["rms": s.rms, "max": s.max, "mean": s.mean, "spread": s.spread, "count": s.count]
    }

    static func comparison(_ c: TrackComparison?) -> Any {
        guard let c else { return NSNull() }
        return ["reference": c.reference, "horizontal_position_m": stats(c.horizontalPosition),
                "vertical_position_m": stats(c.verticalPosition), "velocity_m_s": stats(c.velocity),
                "roll_deg": stats(c.roll), "pitch_deg": stats(c.pitch), "yaw_deg": stats(c.yaw),
                "from_us": c.from.map { Int($0) as Any } ?? NSNull()] as [String: Any]
    }

    var json: [String: Any] {
        let c = flight.counts, r = replay.maxTestRatios, s = replay.finalStatus
        var gnssJSON: Any = NSNull()
        if let gnss { gnssJSON = ["horizontal_position_m": Self.stats(gnss.horizontalPosition), "velocity_m_s": Self.stats(gnss.velocity)] }
        return [
            "file": file, "output": output, "format": flight.format,
            "samples": ["imu": c.imu, "gnss": c.gnss, "baro": c.baro, "mag": c.mag],
            "sensor_sources": flight.sensorSources,
            "duration_s": duration, "wall_s": wallSeconds, "samples_per_s": samplesPerSecond,
            "realtime_factor": duration / max(wallSeconds, 1e-9),
            "outputs": replay.track.position.times.count,
            "valid_from_us": replay.firstFullyValid.map { Int($0) as Any } ?? NSNull(),
            "vs_log": Self.comparison(vsLog), "vs_truth": Self.comparison(vsTruth), "log_vs_truth": Self.comparison(logVsTruth),
            "gnss_raw_vs_truth": gnssJSON,
            "test_ratio_max": ["gnss_horizontal_position": r.gnssHorizontalPosition, "gnss_vertical_position": r.gnssVerticalPosition,
                               "gnss_velocity": r.gnssVelocity, "baro_height": r.baroHeight, "magnetometer": r.magnetometer],
            "health": ["aligned": s.aligned, "heading_aligned": s.headingAligned, "using_magnetometer": s.usingMagnetometer,
                       "attitude": "\(s.attitudeIssue)", "velocity": "\(s.velocityIssue)", "position": "\(s.positionIssue)",
                       "height": "\(s.heightIssue)", "rejected_measurements": s.rejectedMeasurements, "yaw_resets": s.yawResets,
                       "gnss_resets": s.gnssResets, "bad_vertical_accelerometer": s.badVerticalAccelerometer,
                       "gnss_fusions": s.gnssFusions, "baro_fusions": s.baroFusions, "mag_fusions": s.magFusions] as [String: Any],
        ]
    }

    // MARK: Text

    static func cell(_ s: ErrorStatistics?) -> String {
        guard let s else { return "      —       " }
        return String(format: "%6.2f %7.2f", s.rms, s.max)
    }

    static func row(_ label: String, _ c: TrackComparison?) -> String? {
        guard let c else { return nil }
        return label.padding(toLength: 34, withPad: " ", startingAt: 0)
            + [c.horizontalPosition, c.verticalPosition, c.velocity, c.roll, c.pitch, c.yaw].map(cell).joined(separator: "  ")
    }

    var text: String {
        let c = flight.counts, r = replay.maxTestRatios, s = replay.finalStatus
        var lines = [
            "\(file) (\(flight.format)): \(c.imu) IMU, \(c.gnss) GNSS, \(c.baro) baro, \(c.mag) mag samples over \(String(format: "%.1f", duration)) s",
            String(format: "replayed in %.2f s: %.0f samples/s (%.0f× real time) → %@", wallSeconds, samplesPerSecond,
                   duration / max(wallSeconds, 1e-9), output),
        ]
        if let from = replay.firstFullyValid {
            let start = flight.samples.first?.time.micros ?? 0
            lines.append(String(format: "errors from %.1f s into the log (the replay's solution first valid), RMS and max:", Double(from - start) / 1e6))
            lines.append("".padding(toLength: 34, withPad: " ", startingAt: 0)
                         + ["horiz. pos m", "vert. pos m", "velocity m/s", "roll °", "pitch °", "yaw °"]
                .map { $0.padding(toLength: 14, withPad: " ", startingAt: 0) }.joined(separator: "  "))
            if let row = Self.row("replay vs \(vsLog?.reference ?? "")", vsLog) { lines.append(row) }
            if let row = Self.row("replay vs truth", vsTruth) { lines.append(row) }
            if let row = Self.row("log's estimator vs truth", logVsTruth) { lines.append(row) }
            if let gnss {
                lines.append("raw GNSS vs truth".padding(toLength: 34, withPad: " ", startingAt: 0) + Self.cell(gnss.horizontalPosition)
                             + "  " + Self.cell(nil) + "  " + Self.cell(gnss.velocity))
            }
        } else {
            lines.append("the replay's solution never became valid: no errors to report")
        }
        lines.append(String(format: "innovation test ratio max: GNSS position %.2f (vertical %.2f), GNSS velocity %.2f, baro %.2f, mag %.2f",
                            r.gnssHorizontalPosition, r.gnssVerticalPosition, r.gnssVelocity, r.baroHeight, r.magnetometer))
        lines.append("health at the end: attitude \(s.attitudeIssue), velocity \(s.velocityIssue), position \(s.positionIssue), height \(s.heightIssue); "
                     + "\(s.rejectedMeasurements) measurements rejected, \(s.yawResets) yaw resets, \(s.gnssResets) GNSS resets"
                     + (s.badVerticalAccelerometer ? ", bad vertical accelerometer" : ""))
        return lines.joined(separator: "\n")
    }
}
