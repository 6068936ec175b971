import FlightCore
import FlightMath
import Foundation
import MAVLink
import MAVLinkDialects
import Simulation
import Synchronization
import Transport
import VehicleServices

/// How to run the simulator alone, driving an external autopilot over PX4's simulator MAVLink
/// interface (`swiftlet sitl --hil URL`).
public struct HILSimulatorOptions: Sendable {
    public var airframe: Airframe
    public var scenario: Scenario
    public var seed: UInt64
    /// Real-time factor (1 = real time); nil runs as fast as the autopilot answers.
    public var speed: Double?
    /// The link to the autopilot: `tcpin://:4560` listens as PX4's simulators do; any other
    /// `ConnectionURL` (a TCP client, a serial device) works the same once connected.
    public var link: ConnectionURL
    /// Rate of `HIL_STATE_QUATERNION` (the truth) to the autopilot, Hz; 0 sends none.
    public var truthRateHz: Float = 0
    /// UTC at simulated time zero, µs since the Unix epoch, sent as `SYSTEM_TIME` once a second (0: none).
    public var utcStartMicros: UInt64 = 0
    /// MAVLink ids of the simulator (jMAVSim's are 1/51; autopilots ignore them).
    public var systemID: UInt8 = 1
    public var componentID: UInt8 = 51
    /// Wall-clock seconds without an answer after which the pending step is sent again (a step
    /// repeated is answered again, not flown twice). Liveness only: it never changes the flight.
    public var resendAfter: Double = 1
    /// Ground-station links routed through the autopilot link, as a MAVLink router would: every
    /// frame from the autopilot except `HIL_ACTUATOR_CONTROLS` goes to each of them, and every frame
    /// from one of them goes to the autopilot and the other ground links. For an autopilot whose
    /// only link is this one (firmware on a board's UART, or in QEMU); empty: no routing.
    public var groundLinks: [ConnectionURL] = []

    public init(airframe: Airframe, scenario: Scenario, seed: UInt64, speed: Double?, link: ConnectionURL) {
        self.airframe = airframe; self.scenario = scenario; self.seed = seed; self.speed = speed; self.link = link
    }
}

/// The simulator side of HIL/SITL over MAVLink, in lockstep, as PX4's simulators (Gazebo's
/// mavlink_interface, jMAVSim) do it.
///
/// Each physics step's sensor outputs go to the autopilot as `HIL_GPS` (at the receiver's rate),
/// `BATTERY_STATUS` and `HIL_SENSOR` (the barometer and magnetometer in their own `HIL_SENSOR`
/// when no IMU sample falls in the same step); after a step with an IMU sample the simulator waits
/// for the `HIL_ACTUATOR_CONTROLS` stamped with that sample's `time_usec` and flies the next steps
/// with its motors. Nothing happens before the autopilot connects. With `groundLinks`, the
/// simulator also routes the autopilot's other MAVLink traffic to and from ground stations.
public final class HILSimulatorRuntime: @unchecked Sendable {
    public let options: HILSimulatorOptions
    /// The physics and sensors.
    public private(set) var simulator: Simulator
    /// The latest truth (nil before the first step).
    public private(set) var truth: Truth?
    /// Lockstep steps the autopilot answered.
    public private(set) var answeredSteps: UInt64 = 0
    /// Called (on the runtime's task) when the autopilot connects, with its address.
    public var onConnected: (@Sendable (String) -> Void)?
    let stopRequested = Atomic<Bool>(false)
    let inbox = Mutex<[UInt8]>([])
    let peerArrivals = Atomic<Int>(0)
    /// Bytes received from each ground link, not yet routed.
    let groundInbox: Mutex<[[UInt8]]>
    let wake: AsyncStream<Void>
    let wakeSink: AsyncStream<Void>.Continuation

    public init(options: HILSimulatorOptions) {
        self.options = options
        simulator = Simulator(airframe: options.airframe, scenario: options.scenario, seed: options.seed)
        groundInbox = Mutex(Array(repeating: [], count: options.groundLinks.count))
        (wake, wakeSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks a running `run` to return.
    public func stop() {
        stopRequested.store(true, ordering: .relaxed)
        wakeSink.yield()
    }

    /// Opens the link, waits for the autopilot and runs until `seconds` of simulated time pass
    /// (nil: until `stop()`).
    public func run(seconds: Double? = nil) async throws(TransportError) {
        let link = try await ByteLink.open(options.link, persistent: true)
        var ground: [ByteLink] = []
        for url in options.groundLinks {
            do { ground.append(try await ByteLink.open(url, persistent: true)) } catch {
                for g in ground { await g.close() }
                await link.close()
                throw error
            }
        }
        let groundReaders = ground.enumerated().map { i, g in
            Task { [self] in
                for await chunk in g.chunks {
                    groundInbox.withLock { $0[i].append(contentsOf: chunk.bytes) }
                    wakeSink.yield()
                }
            }
        }
        defer { for r in groundReaders { r.cancel() } }
        var groundParsers = Array(repeating: MAVLinkParser<Common>(), count: ground.count)
        let chunkReader = Task { [self] in
            for await chunk in link.chunks {
                inbox.withLock { $0.append(contentsOf: chunk.bytes) }
                wakeSink.yield()
            }
        }
        let eventReader = Task { [self] in
            for await event in link.events {
                switch event {
                case .peerConnected(_, let address):
                    peerArrivals.add(1, ordering: .relaxed); onConnected?(address); wakeSink.yield()
                case .restored(let how):
                    peerArrivals.add(1, ordering: .relaxed); onConnected?(how); wakeSink.yield()
                default: break
                }
            }
        }
        // Wakes the wait now and then, so stop requests and resends are seen without traffic.
        let ticker = Task { [wakeSink] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(100))
                wakeSink.yield()
            }
        }
        defer { chunkReader.cancel(); eventReader.cancel(); ticker.cancel() }
        var wakeUps = wake.makeAsyncIterator()

        // A listening link waits for its autopilot before the first step.
        if options.link.isListening {
            while peerArrivals.load(ordering: .relaxed) == 0 {
                if stopRequested.load(ordering: .relaxed) { await close(link, ground); return }
                _ = await wakeUps.next()
            }
        }
        var tx = Transmitter(encoder: MAVLinkEncoder(systemID: options.systemID, componentID: options.componentID, version: .v2))
        var parser = MAVLinkParser<Common>()
        var outbox = Outbox()
        var motors = MotorCommands()
        var pacer = Pacer(speed: options.speed)
        let clock = ContinuousClock()
        let plane = LocalTangentPlane(origin: options.scenario.origin)
        let rotorCount = options.airframe.rotors.count
        let truthPeriod: UInt64 = options.truthRateHz > 0 ? UInt64(1e6 / Double(options.truthRateHz)) : 0
        var nextTruth: UInt64 = 0, nextSystemTime: UInt64 = 0
        var seenArrivals = peerArrivals.load(ordering: .relaxed)
        let end = seconds.map { simulator.timeMicros + UInt64($0 * 1e6) }
        stepping: while !stopRequested.load(ordering: .relaxed) {
            if let end, simulator.timeMicros >= end { break }
            let (t, batch) = simulator.step(motors)
            truth = t
            let now = t.timeMicros
            if let g = batch.gnss { tx.send(HILMessages.gps(SITLVehicle.sample(g)), into: &outbox) }
            if let b = batch.battery {
                tx.send(HILMessages.batteryStatus(BatterySample(time: Tick(micros: b.timeMicros), volts: b.volts, amps: b.amps),
                                                        remaining: b.remaining), into: &outbox)
            }
            if truthPeriod > 0, now >= nextTruth {
                nextTruth = now + truthPeriod
                tx.send(SITLVehicle.simulatedTruth(t, plane: plane).hilStateQuaternion, into: &outbox)
            }
            if options.utcStartMicros > 0, now >= nextSystemTime {
                nextSystemTime = now + 1_000_000
                tx.send(SystemTime(timeUnixUsec: options.utcStartMicros + now, timeBootMs: UInt32(truncatingIfNeeded: now / 1000)), into: &outbox)
            }
            let baro = batch.baro.map { BaroSample(time: Tick(micros: $0.timeMicros), pressurePa: $0.pressurePascals, temperatureC: $0.temperatureCelsius) }
            let mag = batch.mag.map { MagSample(time: Tick(micros: $0.timeMicros), fieldGauss: $0.fieldGauss) }
            guard let imu = batch.imu else {
                if baro != nil || mag != nil {
                    // Their own HIL_SENSOR, at their own time: no IMU bits, so no answer is due.
                    var m = HILMessages.sensor(imu: ImuSample(time: Tick(micros: now), gyro: Vector3(0, 0, 0), accel: Vector3(0, 0, 0)),
                                               baro: baro, mag: mag)
                    m.fieldsUpdated = HilSensorUpdatedFlags(rawValue: m.fieldsUpdated.rawValue & ~(HILMessages.accelBits | HILMessages.gyroBits))
                    tx.send(m, into: &outbox)
                }
                flush(&outbox, to: link)
                continue
            }
            let sensor = HILMessages.sensor(imu: ImuSample(time: Tick(micros: imu.timeMicros), gyro: imu.gyro, accel: imu.accel),
                                            baro: baro, mag: mag)
            tx.send(sensor, into: &outbox)
            flush(&outbox, to: link)
            // Lockstep: the next step waits for the answer to this one.
            var sentAt = clock.now
            var answered = false
            while !answered {
                let bytes = inbox.withLock { q -> [UInt8] in defer { q.removeAll() }; return q }
                var toGround: [UInt8] = []
                bytes.withUnsafeBytes {
                    parser.parse($0) { view in
                        guard view.messageID == HilActuatorControls.id else {
                            if !ground.isEmpty { toGround.append(contentsOf: view.bytes) }
                            return
                        }
                        guard let m = view.decode(as: HilActuatorControls.self), m.timeUsec == sensor.timeUsec else { return }
                        motors = MotorCommands(HILMessages.motors(from: m, count: rotorCount).motors)
                        answered = true
                    }
                }
                if !toGround.isEmpty { for g in ground { g.send(toGround) } }
                routeGround(ground, parsers: &groundParsers, to: link)
                if answered { break }
                if stopRequested.load(ordering: .relaxed) { break stepping }
                let arrivals = peerArrivals.load(ordering: .relaxed)
                if arrivals != seenArrivals || sentAt.duration(to: clock.now) > .seconds(options.resendAfter) {
                    seenArrivals = arrivals
                    sentAt = clock.now
                    tx.send(sensor, into: &outbox)
                    flush(&outbox, to: link)
                }
                _ = await wakeUps.next()
            }
            answeredSteps += 1
            let delay = pacer.delay(untilSimMicros: now, now: clock.now)
            if delay > .milliseconds(1) { Pacer.block(for: delay); await Task.yield() }
        }
        await close(link, ground)
    }

    /// Routes what the ground links sent: each whole frame to the autopilot and to the other ground links.
    func routeGround(_ ground: [ByteLink], parsers: inout [MAVLinkParser<Common>], to autopilot: ByteLink) {
        guard !ground.isEmpty else { return }
        let received = groundInbox.withLock { q -> [[UInt8]] in defer { for i in q.indices { q[i].removeAll() } }; return q }
        for (i, bytes) in received.enumerated() where !bytes.isEmpty {
            var frames: [UInt8] = []
            bytes.withUnsafeBytes { parsers[i].parse($0) { frames.append(contentsOf: $0.bytes) } }
            guard !frames.isEmpty else { continue }
            autopilot.send(frames)
            for (j, g) in ground.enumerated() where j != i { g.send(frames) }
        }
    }

    func close(_ link: ByteLink, _ ground: [ByteLink]) async {
        await link.close()
        for g in ground { await g.close() }
    }

    func flush(_ outbox: inout Outbox, to link: ByteLink) {
        guard !outbox.isEmpty else { return }
        link.send(outbox.withBytes { Array($0) })
        outbox.removeAll()
    }
}
