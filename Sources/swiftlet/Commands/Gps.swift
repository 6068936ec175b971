import ArgumentParser
import GroundStation

/// `swiftlet gps`: the operator's position from a running gpsd.
struct Gps: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the operator's GNSS fix from gpsd.")

    @Option(help: "gpsd address as HOST:PORT.") var gpsd = "localhost:2947"
    @Option(help: "Seconds to wait for a fix.") var timeout: Double = 1.0
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        do {
            let fix = try OperatorPosition.fix(gpsd: gpsd, timeout: timeout)
            let alt = fix.altitudeMSL.map { String($0) } ?? "null"
            if json {
                print("{\"lat\":\(fix.latitude),\"lon\":\(fix.longitude),\"alt_msl\":\(alt),\"mode\":\(fix.mode),\"satellites\":\(fix.satellitesUsed)}")
            } else {
                print("Operator fix: \(fix.latitude), \(fix.longitude), alt \(alt) m MSL, \(fix.mode)D, \(fix.satellitesUsed) satellites")
            }
        } catch {
            throw CLIError("\(error)")
        }
    }
}
