import ArgumentParser
import Foundation
import MAVLinkDialects
import Transport

/// `swiftlet router ENDPOINT...`: forwards MAVLink between endpoints by the MAVLink routing rules.
struct Router: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Forward MAVLink between any number of endpoints (UDP, TCP, serial).",
        discussion: """
            Learns which system and component is behind which endpoint; targeted messages go only \
            where their target is, broadcasts everywhere but their source, and frames of unknown \
            dialects are forwarded byte for byte.
            Example: swiftlet router serial:///dev/ttyUSB0:57600 udpout://127.0.0.1:14550 tcpin://:5760
            """)

    @Argument(help: "Endpoints as connection URLs (at least two).")
    var endpoints: [String]

    @Option(help: "Print statistics every N seconds (0: never).")
    var statsInterval: Double = 10

    func validate() throws {
        guard endpoints.count >= 2 else { throw ValidationError("a router needs at least two endpoints") }
        for e in endpoints {
            do { _ = try ConnectionURL(parsing: e) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() async throws {
        let urls = try endpoints.map { try ConnectionURL(parsing: $0) }
        let router = MAVLinkRouter<ArduPilotMega>(endpoints: urls)
        let events = Task {
            for await e in router.events {
                switch e {
                case .link(let i, let event): print("[\(urls[i])] \(event)")
                case .heartbeat(let i, let event): print("[\(urls[i])] \(event)")
                }
            }
        }
        let stats = Task {
            guard statsInterval > 0 else { return }
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(statsInterval))
                let s = router.statistics
                print("frames in \(s.receivedFrames), forwarded \(s.forwardedFrames), unroutable \(s.unroutableFrames)")
            }
        }
        defer { events.cancel(); stats.cancel() }
        do { try await router.run() } catch { throw ValidationError("\(error)") }
    }
}
