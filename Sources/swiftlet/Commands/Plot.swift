import ArgumentParser
import Autopilot
import Foundation
import GroundStation

/// `swiftlet plot LOG.ulg -o flight.svg`: an SVG overview of a ULog flight log.
struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a ULog flight log as SVG: path from above, altitude, attitude, battery, warnings marked.",
        discussion: """
            Reads a ULog (from swiftlet sitl, or PX4) and draws the planned path (position setpoints) \
            against the flown one from above, then altitude, attitude and battery voltage over time; \
            failsafes and other warnings of the log are red lines at their time.
            """)

    @Argument(help: "The .ulg file.") var log: String
    @Option(name: .shortAndLong, help: "The SVG file to write (default: the log's name with .svg).") var output: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: log) else { throw ValidationError("cannot read \(log)") }
        let contents: ULogContents
        do { contents = try ULogContents(bytes: [UInt8](data)) } catch { throw ValidationError("\(log): \(error)") }
        guard !contents.topics.isEmpty else { throw ValidationError("\(log): no logged topics") }
        let path = output ?? (log.hasSuffix(".ulg") ? String(log.dropLast(4)) : log) + ".svg"
        try PlanFiles.writeAtomically(FlightLogChart.svg(contents, title: (log as NSString).lastPathComponent), to: path)
        print("\(path): \(contents.topics.count) topics, \(contents.logged.count) logged messages")
    }
}
