import FlightCore
import Foundation
import MAVLinkDialects
import Simulation
import Synchronization
import Transport
import VehicleServices

/// How to run a simulated vehicle.
public struct SITLOptions: Sendable {
    public var airframe: Airframe
    public var scenario: Scenario
    public var parameters: ParameterTable
    public var seed: UInt64
    /// Real-time factor (1 = real time); nil runs as fast as the CPU allows.
    public var speed: Double?
    /// MAVLink links to ground stations and APIs.
    public var links: [ConnectionURL]
    /// MAVLink system id of the vehicle.
    public var systemID: UInt8 = 1
    /// How often the MAVLink services run, µs of simulated time.
    public var servicePeriodMicros: UInt64 = 5_000

    public init(airframe: Airframe, scenario: Scenario, parameters: ParameterTable, seed: UInt64,
                speed: Double?, links: [ConnectionURL]) {
        self.airframe = airframe; self.scenario = scenario; self.parameters = parameters; self.seed = seed
        self.speed = speed; self.links = links
    }
}

/// The host edge of SITL: the simulated vehicle in lockstep, its MAVLink services, and real links.
///
/// Physics and flight code step in simulated time; every `servicePeriodMicros` the runtime hands
/// the frames that arrived to the vehicle services and sends what they produce. With a `speed`,
/// `Pacer` sleeps so simulated time runs that many times faster than the wall clock.
public final class SITLRuntime: @unchecked Sendable {
    public let options: SITLOptions
    public private(set) var vehicle: SITLVehicle
    let inbox = Mutex<[(Int, [UInt8])]>([])
    let stopRequested = Atomic<Bool>(false)
    /// Called on the runtime's task for every flight-stack event (for printing and logs).
    public var onEvent: (@Sendable (Tick, FlightStackEvent) -> Void)?

    public init(options: SITLOptions) throws(FlightStackError) {
        self.options = options
        vehicle = try SITLVehicle(airframe: options.airframe, scenario: options.scenario, seed: options.seed,
                                  parameters: options.parameters)
        let rotors = options.airframe.rotors.count
        vehicle.model.vehicleType = rotors == 6 ? VehicleType.hexarotor : (rotors == 8 ? .octorotor : .quadrotor)
    }

    /// Asks a running `run` to return at its next service step.
    public func stop() { stopRequested.store(true, ordering: .relaxed) }

    /// Opens the links and runs until `seconds` of simulated time pass (nil: until `stop()`).
    public func run(seconds: Double? = nil) async throws(TransportError) {
        var links: [ByteLink] = []
        for url in options.links { links.append(try await ByteLink.open(url, persistent: true)) }
        var readers: [Task<Void, Never>] = []
        for (i, link) in links.enumerated() {
            readers.append(Task { [self] in
                for await chunk in link.chunks { self.inbox.withLock { $0.append((i, chunk.bytes)) } }
            })
        }
        defer { for r in readers { r.cancel() } }
        var config = VehicleLink.Config()
        config.systemID = options.systemID
        var services = [VehicleLink](repeating: VehicleLink(config: config), count: links.count)
        var parsers = [MAVLinkParser<Common>](repeating: MAVLinkParser<Common>(), count: links.count)
        var outbox = Outbox()
        var pacer = Pacer(speed: options.speed)
        let clock = ContinuousClock()
        var lastYield = clock.now
        let end = seconds.map { vehicle.simulator.timeMicros + UInt64($0 * 1e6) }
        var nextService = vehicle.simulator.timeMicros
        while !stopRequested.load(ordering: .relaxed) {
            if let end, vehicle.simulator.timeMicros >= end { break }
            vehicle.step()
            let now = vehicle.simulator.timeMicros
            guard now >= nextService else { continue }
            nextService += options.servicePeriodMicros
            let time = Tick(micros: now)
            vehicle.model.update(at: time)
            if let onEvent { while let e = vehicle.model.nextEvent() { onEvent(time, e) } }
            let unix = UInt64(Date().timeIntervalSince1970 * 1e6)
            let linkLost = vehicle.simulator.isLinkLost
            let arrived = inbox.withLock { q -> [(Int, [UInt8])] in defer { q.removeAll() }; return q }
            for (i, bytes) in arrived where !linkLost {
                var frames: [MAVLinkFrame] = []
                bytes.withUnsafeBytes { parsers[i].parseFrames($0) { frames.append($0) } }
                for f in frames {
                    services[i].receive(f, at: time, unixMicros: unix, vehicle: &vehicle.model, into: &outbox)
                }
                flush(&outbox, to: links[i])
            }
            for i in links.indices {
                services[i].poll(at: time, unixMicros: unix, vehicle: &vehicle.model, into: &outbox)
                if linkLost { outbox.removeAll() } else { flush(&outbox, to: links[i]) }
            }
            let delay = pacer.delay(untilSimMicros: now, now: clock.now)
            if delay > .milliseconds(1) {
                try? await Task.sleep(for: delay)
                lastYield = clock.now
            } else if lastYield.duration(to: clock.now) > .milliseconds(20) {
                await Task.yield()
                lastYield = clock.now
            }
        }
        for l in links { await l.close() }
    }

    func flush(_ outbox: inout Outbox, to link: ByteLink) {
        guard !outbox.isEmpty else { return }
        link.send(outbox.withBytes { Array($0) })
        outbox.removeAll()
    }
}
