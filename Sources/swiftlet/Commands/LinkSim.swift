import ArgumentParser
import Foundation
import Simulation
import Synchronization
import Transport

/// `swiftlet link-sim A B`: a bad radio between two endpoints, for trying ground stations and
/// vehicles on the links they will meet in the field.
struct LinkSim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link-sim",
        abstract: "Relay bytes between two endpoints through a simulated lossy, slow, jittery link.",
        discussion: """
            Everything one endpoint receives goes out of the other after the impairments of that \
            direction (LinkImpairment: line rate and radio buffer, loss, corruption, delay and \
            jitter, reordering, duplication), seeded. Each impairment takes one value for both \
            directions or A→B/B→A, e.g. --loss 0.1/0.3. Delays are in milliseconds.
            Example, SITL behind a 57600-baud radio with 20 % loss: \
            swiftlet sitl --connect udpout://127.0.0.1:14600 & \
            swiftlet link-sim udpin://:14600 udpout://127.0.0.1:14550 --baud 57600 --loss 0.2 --delay 30
            """)

    @Argument(help: "Endpoint A (connection URL), e.g. the vehicle's side.") var a: String
    @Argument(help: "Endpoint B (connection URL), e.g. the ground station's side.") var b: String
    @Option(help: "Probability a packet is lost.") var loss = "0"
    @Option(help: "Probability a packet arrives twice.") var duplicate = "0"
    @Option(help: "Probability a packet is held back up to --reorder-window ms.") var reorder = "0"
    @Option(help: "Longest extra hold of a reordered packet, ms.") var reorderWindow = "50"
    @Option(help: "Fixed one-way latency, ms.") var delay = "0"
    @Option(help: "Uniform extra latency 0…N ms.") var jitter = "0"
    @Option(help: "Probability one bit of a packet is flipped.") var corrupt = "0"
    @Option(help: "Line rate in bits/s, 10 bits per byte (0: unlimited).") var baud = "0"
    @Option(help: "Bytes a radio buffers before dropping (with --baud).") var queue = "4096"
    @Option(help: "Random seed (the same seed and traffic give the same pattern).") var seed: UInt64 = 1
    @Option(help: "Print counters every N seconds (0: only at the end).") var statsInterval: Double = 10
    @Option(help: "Stop after this many seconds (default: run until Ctrl-C).") var duration: Double?
    @Flag(help: "Print the final counters as JSON.") var json = false

    func validate() throws {
        for (name, url) in [("A", a), ("B", b)] {
            do { _ = try ConnectionURL(parsing: url) } catch { throw ValidationError("endpoint \(name): \(error)") }
        }
        for settings in try directionSettings() {
            if let problem = settings.problem { throw ValidationError(problem) }
        }
    }

    /// The impairments of A→B and B→A.
    func directionSettings() throws -> [LinkImpairment.Settings] {
        func pair(_ text: String, _ option: String) throws -> [Double] {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let first = Double(parts[0]),
                  let last = parts.count == 2 ? Double(parts[1]) : first, first.isFinite, last.isFinite else {
                throw ValidationError("--\(option) takes a number or two separated by '/' (A→B/B→A), not '\(text)'")
            }
            return [first, last]
        }
        let l = try pair(loss, "loss"), du = try pair(duplicate, "duplicate"), r = try pair(reorder, "reorder")
        let w = try pair(reorderWindow, "reorder-window"), d = try pair(delay, "delay"), j = try pair(jitter, "jitter")
        let c = try pair(corrupt, "corrupt"), bd = try pair(baud, "baud"), q = try pair(queue, "queue")
        return (0..<2).map { i in
            LinkImpairment.Settings(loss: l[i], duplicate: du[i], reorder: r[i],
                                    reorderWindow: .microseconds(Int64(w[i] * 1000)), delay: .microseconds(Int64(d[i] * 1000)),
                                    jitter: .microseconds(Int64(j[i] * 1000)), corrupt: c[i], baud: Int(bd[i]), queueLimit: Int(q[i]))
        }
    }

    func run() async throws {
        let settings = try directionSettings()
        let urls = [try ConnectionURL(parsing: a), try ConnectionURL(parsing: b)]
        var opened: [ByteLink] = []
        for url in urls {
            do { opened.append(try await ByteLink.open(url, persistent: true)) } catch {
                for l in opened { await l.close() }
                throw CLIError("cannot open \(url): \(error)")
            }
        }
        let links = opened
        let relay = ImpairedRelay(aToB: LinkImpairment(settings[0], seed: seed),
                                  bToA: LinkImpairment(settings[1], seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1))
        let stop = StopFlag()
        let signals = StopOnSignal { stop.set() }
        defer { withExtendedLifetime(signals) {} }
        if !json { print("link-sim: A \(urls[0]) ⇄ B \(urls[1]) (seed \(seed))"); fflush(nil) }

        let readers = (0..<2).map { side in
            Task { for await chunk in links[side].chunks { relay.received(chunk.bytes, from: side) } }
        }
        let writer = Thread {
            while !stop.isSet {
                relay.deliverDue { side, bytes in links[side].send(bytes) }
                usleep(relay.microsecondsToNextDelivery(cap: 2_000))
            }
        }
        writer.start()
        let start = ContinuousClock.now
        var lastStats = start
        while !stop.isSet {
            try? await Task.sleep(for: .milliseconds(50))
            if let duration, ContinuousClock.now - start >= .seconds(duration) { stop.set() }
            if statsInterval > 0, !json, ContinuousClock.now - lastStats >= .seconds(statsInterval) {
                lastStats = ContinuousClock.now
                print(relay.statsLine()); fflush(nil)
            }
        }
        readers.forEach { $0.cancel() }
        for l in links { await l.close() }
        if json { print(relay.json()) } else { print(relay.statsLine()) }
    }
}

/// The relay's shared state: the two directions' impairments, fed by the readers and drained by
/// the writer thread, on one monotonic clock.
final class ImpairedRelay: Sendable {
    private let directions: Mutex<[LinkImpairment]>
    private let origin = ContinuousClock.now

    init(aToB: LinkImpairment, bToA: LinkImpairment) { directions = Mutex([aToB, bToA]) }

    private var now: Duration { ContinuousClock.now - origin }

    /// Bytes read on side `side` (0 = A, 1 = B) enter the direction towards the other side.
    func received(_ bytes: [UInt8], from side: Int) {
        let t = now
        directions.withLock { $0[side].send(bytes, at: t) }
    }

    /// Hands every due packet to `send(side, bytes)`, where `side` is the endpoint to write to.
    func deliverDue(_ send: (Int, [UInt8]) -> Void) {
        let t = now
        var out: [(Int, [UInt8])] = []
        directions.withLock { d in
            for i in 0..<2 { d[i].deliver(until: t) { out.append((1 - i, $0)) } }
        }
        for (side, bytes) in out { send(side, bytes) }
    }

    /// Microseconds until the next packet is due, at most `cap`, at least 100.
    func microsecondsToNextDelivery(cap: UInt32) -> UInt32 {
        let t = now
        let next = directions.withLock { d in d.compactMap(\.nextDelivery).min() }
        guard let next else { return cap }
        let wait = next - t
        let micros = wait.components.seconds * 1_000_000 + wait.components.attoseconds / 1_000_000_000_000
        return UInt32(clamping: max(100, min(Int64(cap), micros)))
    }

    var counters: [LinkImpairment.Counters] { directions.withLock { d in d.map(\.counters) } }

    func statsLine() -> String {
        zip(["A→B", "B→A"], counters).map { name, c in
            "\(name): \(c.packets) packets, \(c.delivered) delivered, \(c.lost) lost, \(c.overflowed) overflowed, "
                + "\(c.corrupted) corrupted, \(c.duplicated) duplicated, \(c.reordered) reordered"
        }.joined(separator: "; ")
    }

    func json() -> String {
        let rows = zip(["a_to_b", "b_to_a"], counters).map { name, c in
            "\"\(name)\": {\"packets\": \(c.packets), \"bytes\": \(c.bytes), \"delivered\": \(c.delivered), "
                + "\"delivered_bytes\": \(c.deliveredBytes), \"lost\": \(c.lost), \"overflowed\": \(c.overflowed), "
                + "\"corrupted\": \(c.corrupted), \"duplicated\": \(c.duplicated), \"reordered\": \(c.reordered)}"
        }
        return "{" + rows.joined(separator: ", ") + "}"
    }
}
