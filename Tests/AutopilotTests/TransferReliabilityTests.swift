import FlightCore
import Foundation
import GroundStation
import Simulation
import Testing
import TestSupport

/// Mission and parameter transfers over bad radio links: the real vehicle services and ground
/// station clients through `LinkImpairment`, in simulated time (see `ImpairedTransfer`).
///
/// The table in docs/RELIABILITY.md comes from `reliabilityTable` with more runs per cell:
/// `SWIFTLET_RELIABILITY_RUNS=20 SWIFTLET_RELIABILITY_TABLE=/tmp/table.md swift test --filter reliabilityTable`.
@Suite struct TransferReliabilityTests {
    /// The radio of the table: 200 ms one way, 57600 baud, a 4 KB buffer, and `loss` each way.
    static func radio(loss: Double) -> LinkImpairment.Settings {
        LinkImpairment.Settings(loss: loss, delay: .milliseconds(200), baud: 57_600)
    }

    static let kinds: [TransferKind] = [
        .missionUpload(items: 10), .missionDownload(items: 10),
        .missionUpload(items: 100), .missionDownload(items: 100),
        .missionUpload(items: 700), .missionDownload(items: 700),
        .parameterList,
    ]

    @Test func aPerfectLinkTakesCloseToTheIdealTime() throws {
        for kind in Self.kinds {
            var bench = try ImpairedTransfer(settings: Self.radio(loss: 0), seed: 1)
            let run = try bench.run(kind)
            #expect(run.succeeded, "\(kind): \(run.failure ?? "")")
            let ratio = run.time / run.idealTime
            if kind == .parameterList {
                // The vehicle paces the stream at 1200 B/s (a fifth of the radio) on purpose.
                let paced = Double(ParameterTable().count * 37) / 1200 + 0.5
                #expect(run.time / .seconds(1) < paced, "\(run.time) vs the paced \(paced) s")
            } else {
                #expect(ratio >= 1 && ratio < 1.3, "\(kind): \(run.time) vs ideal \(run.idealTime)")
            }
        }
    }

    @Test func reliabilityTable() throws {
        let runs = ProcessInfo.processInfo.environment["SWIFTLET_RELIABILITY_RUNS"].flatMap(Int.init) ?? 3
        var rows: [String] = []
        for kind in Self.kinds {
            for loss in [0.0, 0.1, 0.2, 0.3] {
                var ok = 0, times: [Double] = [], ideal = Duration.zero, failures: [String] = []
                for seed in 1...UInt64(runs) {
                    var bench = try ImpairedTransfer(settings: Self.radio(loss: loss), seed: seed)
                    let run = try bench.run(kind)
                    #expect(!run.silentlyPartial, "\(kind), loss \(loss), seed \(seed): success reported for a partial result")
                    #expect(!run.halfInstalled, "\(kind), loss \(loss), seed \(seed): the vehicle kept half a plan")
                    if loss <= 0.2 { #expect(run.succeeded, "\(kind), loss \(loss), seed \(seed): \(run.failure ?? "")") }
                    if run.succeeded { ok += 1; times.append(run.time / .seconds(1)) } else { failures.append(run.failure ?? "?") }
                    ideal = run.idealTime
                }
                let mean = times.isEmpty ? .nan : times.reduce(0, +) / Double(times.count)
                let idealSeconds = ideal / .seconds(1)
                let why = Dictionary(grouping: failures, by: { $0 }).map { "\($0.value.count)× \($0.key)" }.sorted().joined(separator: "; ")
                rows.append(String(format: "| %@ | %.0f %% | %d/%d | %.1f s | %.1f s | %.2f× | %@ |",
                                   kind.description, loss * 100, ok, runs, mean, idealSeconds, mean / idealSeconds, why))
            }
        }
        let table = (["| transfer | loss each way | succeeded | mean time | ideal | ratio | failures |", "|---|---|---|---|---|---|---|"] + rows)
            .joined(separator: "\n")
        print(table)
        if let path = ProcessInfo.processInfo.environment["SWIFTLET_RELIABILITY_TABLE"] {
            try writeAtomically(table + "\n", to: URL(fileURLWithPath: path))
        }
    }
}

/// A ground station that dies in the middle of an upload (closed laptop, crashed app), on the same
/// lossy radio as the table.
@Suite struct GroundStationRestartTests {
    static let oldPlan = ImpairedTransfer.items(10)
    static let newPlan = ImpairedTransfer.items(100)

    /// Starts uploading `newPlan` over the vehicle's `oldPlan` and abandons the client after 40 items.
    static func abandonedUpload(seed: UInt64) throws -> ImpairedTransfer {
        var bench = try ImpairedTransfer(settings: TransferReliabilityTests.radio(loss: 0.1), seed: seed)
        try bench.installDirectly(oldPlan)
        var client = MissionClient(targetSystem: 1)
        try client.start(.upload(newPlan, .mission), at: bench.now)
        while client.progress.done < 40 { bench.step(&client) }
        #expect(bench.link.missions.isReceiving)
        return bench
    }

    @Test func theVehicleKeepsItsOldPlanAndCancelsTheUploadWhenTheGroundStationNeverReturns() throws {
        var bench = try Self.abandonedUpload(seed: 3)
        var silent = ParameterClient(targetSystem: 1)   // sends nothing: only heartbeats leave the ground
        for _ in 0..<(12_000 / 5) { bench.step(&silent) }
        #expect(!bench.link.missions.isReceiving, "cancelled after 10 s without the ground station's mission traffic")
        #expect(bench.link.missions.lastRejection?.result == .operationCancelled)
        #expect(try bench.storedMission() == Self.oldPlan.map(\.comparable), "never half a plan")
    }

    @Test func aRestartedGroundStationUploadsAgainAndTheVehicleEndsWithTheWholeNewPlan() throws {
        var bench = try Self.abandonedUpload(seed: 4)
        // The pilot reruns the upload a few seconds later, from a fresh process (same system id).
        var idle = ParameterClient(targetSystem: 1)
        for _ in 0..<(3_000 / 5) { bench.step(&idle) }
        #expect(bench.vehicle.plan(.mission).count == Self.oldPlan.count, "the old plan flies meanwhile")
        var client = MissionClient(targetSystem: 1)
        try client.start(.upload(Self.newPlan, .mission), at: bench.now)
        while client.isBusy { bench.step(&client) }
        guard case .success(.uploaded(let count, _, _))? = client.result else {
            Issue.record("\(String(describing: client.result))"); return
        }
        #expect(count == Self.newPlan.count)
        #expect(try bench.storedMission() == Self.newPlan.map(\.comparable))
    }
}
