import FlightCore
import Foundation
import MAVLink
import MAVLinkDialects
import Synchronization
import Transport
import VehicleServices

/// How to run the flight stack with its sensors from an external simulator (`swiftlet autopilot`).
public struct HILAutopilotOptions: VehicleStateOptions, Sendable {
    public var parameters: ParameterTable
    /// The simulator link, e.g. `tcp://127.0.0.1:4560` (PX4's convention: the simulator listens,
    /// the autopilot connects), or a serial device.
    public var simulator: ConnectionURL
    /// MAVLink links to ground stations and APIs, as `SITLOptions.links`.
    public var links: [ConnectionURL]
    /// The airframe kind the heartbeat reports.
    public var vehicleType: VehicleType = .quadrotor
    /// MAVLink system id of the vehicle.
    public var systemID: UInt8 = 1
    /// How often the MAVLink services run, µs of simulated time.
    public var servicePeriodMicros: UInt64 = 5_000
    /// Where parameters set over MAVLink and the signing key are kept (nil: nowhere).
    public var stateStore: VehicleStateStore?
    /// Signing key installed on every link at start.
    public var signingKey: SigningKey?
    /// Wall-clock seconds between parameter saves while `PARAM_SET`s keep arriving.
    public var parameterSaveDelay: Double = 0.1
    /// Folder offered over MAVLink FTP and the log protocol (nil: none).
    public var filesRoot: String?
    /// Speed accuracy assumed for `HIL_GPS` (which carries none), m/s 1σ.
    public var gnssSpeedAccuracy: Float = 0.05
    /// Rate of `SIM_STATE`/`HIL_STATE_QUATERNION` on the ground links while the simulator sends
    /// its truth (`HIL_STATE_QUATERNION`), Hz; 0: only on request.
    public var truthRateHz: Float = 10

    public init(parameters: ParameterTable, simulator: ConnectionURL, links: [ConnectionURL]) {
        self.parameters = parameters; self.simulator = simulator; self.links = links
    }
}

/// The Swiftlet flight stack and its MAVLink vehicle services with sensors from a simulator link
/// (PX4's HIL/SITL MAVLink interface, lockstep): the autopilot end of `swiftlet sitl --hil`,
/// Gazebo's mavlink_interface or jMAVSim.
///
/// Simulated time is the sensors' `time_usec`; `HILVehicleBridge` runs a control step for each
/// `HIL_SENSOR` with IMU data and answers it at once with `HIL_ACTUATOR_CONTROLS`. Every
/// `servicePeriodMicros` of that time the ground links are served as in `SITLRuntime`.
public final class HILAutopilotRuntime: @unchecked Sendable {
    public let options: HILAutopilotOptions
    /// The flight stack as the vehicle the MAVLink services talk to.
    public private(set) var model: FlightStackVehicle<DirectoryFileSystem>
    /// The simulator link's protocol state.
    public private(set) var bridge: HILVehicleBridge
    /// Called on the runtime's task for every flight-stack event.
    public var onEvent: (@Sendable (Tick, FlightStackEvent) -> Void)?
    /// Called when the state store cannot be written (the flight goes on).
    public var onStateError: (@Sendable (StateFileError) -> Void)?
    /// What became of the plans saved in `options.stateStore` (`.nothingSaved` without a store).
    public let restoredPlans: PlanRestore
    /// Called with a rate-limited line (at most one per 5 s of wall clock) when ground links
    /// refuse frames for failing the signing checks.
    public var onRefusedFrames: (@Sendable (String) -> Void)?
    let stopRequested = Atomic<Bool>(false)
    let inbox = Mutex<[UInt8]>([])
    let wake: AsyncStream<Void>
    let wakeSink: AsyncStream<Void>.Continuation

    public init(options: HILAutopilotOptions) throws(FlightStackError) {
        self.options = options
        var model = FlightStackVehicle(stack: try FlightStack(parameters: options.parameters), vehicleType: options.vehicleType,
                                       files: DirectoryFileSystem(root: options.filesRoot))
        restoredPlans = options.stateStore?.restorePlans(into: &model) ?? .nothingSaved
        self.model = model
        bridge = HILVehicleBridge(systemID: options.systemID, gnssSpeedAccuracy: options.gnssSpeedAccuracy)
        (wake, wakeSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks a running `run` to return.
    public func stop() {
        stopRequested.store(true, ordering: .relaxed)
        wakeSink.yield()
    }

    /// Connects to the simulator and the ground links and flies until the simulator's time reaches
    /// `seconds` (nil: until `stop()`).
    public func run(seconds: Double? = nil) async throws(TransportError) {
        let simulatorLink = try await ByteLink.open(options.simulator, persistent: true)
        let ground = GroundLinks(urls: options.links, systemID: options.systemID, signingKey: options.signingKey,
                                 stateStore: options.stateStore, parameterSaveDelay: options.parameterSaveDelay,
                                 planRevision: model.planRevision)
        ground.onStateError = { [weak self] e in self?.onStateError?(e) }
        ground.onRefusedFrames = { [weak self] _, line in self?.onRefusedFrames?(line) }
        do { try await ground.open(truthRateHz: options.truthRateHz) } catch {
            await simulatorLink.close()
            throw error
        }
        let reader = Task { [self] in
            for await chunk in simulatorLink.chunks {
                inbox.withLock { $0.append(contentsOf: chunk.bytes) }
                wakeSink.yield()
            }
        }
        let ticker = Task { [wakeSink] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(100))
                wakeSink.yield()
            }
        }
        defer { reader.cancel(); ticker.cancel() }
        var wakeUps = wake.makeAsyncIterator()
        var parser = MAVLinkParser<Common>()
        var outbox = Outbox()
        var nextService: UInt64?
        let endMicros = seconds.map { UInt64($0 * 1e6) }
        running: while !stopRequested.load(ordering: .relaxed) {
            let bytes = inbox.withLock { q -> [UInt8] in defer { q.removeAll() }; return q }
            var frames: [MAVLinkFrame] = []
            bytes.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } }
            for f in frames {
                guard let time = bridge.receive(f, vehicle: &model, into: &outbox) else {
                    if !outbox.isEmpty { flush(&outbox, to: simulatorLink) }
                    continue
                }
                // The answer first: the simulator is waiting for it.
                flush(&outbox, to: simulatorLink)
                if let end = endMicros, time.micros >= end { break running }
                if time.micros >= nextService ?? 0 {
                    nextService = (nextService ?? time.micros) + options.servicePeriodMicros
                    if nextService! <= time.micros { nextService = time.micros + options.servicePeriodMicros }
                    serve(at: time, ground: ground)
                }
            }
            if frames.isEmpty { _ = await wakeUps.next() }
        }
        await simulatorLink.close()
        await ground.close(parameters: model.parameters)
    }

    func serve(at time: Tick, ground: GroundLinks) {
        model.update(at: time)
        while let e = model.nextEvent() { onEvent?(time, e) }
        ground.service(at: time, vehicle: &model, unixMicros: bridge.unixMicros(at: time))
    }

    func flush(_ outbox: inout Outbox, to link: ByteLink) {
        guard !outbox.isEmpty else { return }
        link.send(outbox.withBytes { Array($0) })
        outbox.removeAll()
    }
}
