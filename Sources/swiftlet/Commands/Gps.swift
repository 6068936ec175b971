import ArgumentParser
import GroundStation

/// `swiftlet gps`: the operator's position from a running gpsd.
struct Gps: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the operator's GNSS fix from gpsd.")

    @Option(help: "gpsd address as HOST:PORT.") var gpsd = "localhost:2947"
    @Option(help: "Seconds to wait for a fix.") var timeout: Double = 1.0
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let parts = gpsd.split(separator: ":", maxSplits: 1).map(String.init)
        let host = parts.first ?? "localhost", port = parts.count > 1 ? parts[1] : "2947"
        do {
            let client = try GpsdClient(host: host, port: port)
            let fix = try client.waitForFix(timeoutSeconds: timeout)
            let alt = fix.altitudeMSL.map { String($0) } ?? "null"
            if json {
                print("{\"lat\":\(fix.latitude),\"lon\":\(fix.longitude),\"alt_msl\":\(alt),\"mode\":\(fix.mode),\"satellites\":\(fix.satellitesUsed)}")
            } else {
                print("Operator fix: \(fix.latitude), \(fix.longitude), alt \(alt) m MSL, \(fix.mode)D, \(fix.satellitesUsed) satellites")
            }
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
