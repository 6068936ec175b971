import Foundation
import GroundStation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue #13: `swiftlet sitl` killed and restarted on the ground keeps its mission, fence, rally
/// and parameters; a kill while the plans are being written never leaves a mix of two plans.
/// Driven the way a pilot does it (the `swiftlet` ground-station commands) and checked with
/// pymavlink as an independent peer.
@Suite(.serialized, .childProcesses) struct SitlPlanPersistenceTests {
    typealias Sitl = SitlStateTests.Sitl

    static func link(_ port: Int) -> [String] { ["--connect", "udpin://127.0.0.1:\(port)", "--json"] }

    static func json(_ s: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any] ?? [:]
    }

    /// The last line `sitl_plans.py` printed (its JSON result); records an issue when it failed.
    static func plans(_ port: Int, _ args: [String]) async throws -> String {
        let r = try await SitlInteropTests.python("sitl_plans.py", ["--listen", "\(port)"] + args)
        if r.status != 0 { Issue.record("sitl_plans.py \(args.joined(separator: " ")) failed: \(r.out)") }
        return r.out.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Waits (up to 10 s of wall clock) until `path` holds `text`: the parameter save follows a set
    /// by up to 0.1 s, and a kill before it is not what this test is about.
    static func waitFor(_ text: String, in path: String) async -> Bool {
        for _ in 0..<100 {
            if (try? String(contentsOfFile: path, encoding: .utf8))?.contains(text) == true { return true }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return false
    }

    @Test func missionFenceRallyAndParametersSurviveAKillOnTheGround() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let instance = dir.appendingPathComponent("0").path
        let source = SitlInteropTests.mission("cmac-fenced.plan")

        var sitl = try Sitl(port: port, stateDir: dir, run: 1)
        let up = try await CLI.run(["mission", "upload", source] + Self.link(port))
        #expect(up.status == 0, "\(up.out)\(up.err)")
        for (name, value) in [("MPC_XY_CRUISE", "7.25"), ("NAV_DLL_ACT", "2"), ("MIS_TAKEOFF_ALT", "4.5")] {
            let set = try await CLI.run(["param", "set", name, value] + Self.link(port))
            #expect(set.status == 0, "\(set.out)\(set.err)")
        }
        #expect(await Self.waitFor("MIS_TAKEOFF_ALT", in: instance + "/parameters-quad450.params"))
        let before = try await Self.plans(port, ["download"])
        let paramsBefore = Self.json(try await CLI.run(["param", "list"] + Self.link(port)).out)
        sitl.kill()
        #expect(FileManager.default.fileExists(atPath: instance + "/plans.dat"), "written before the MISSION_ACK went out")

        sitl = try Sitl(port: port, stateDir: dir, run: 2)
        // pymavlink: every field of every item, the opaque ids and MISSION_CURRENT as before the kill.
        let after = try await Self.plans(port, ["download"])
        #expect(after == before, "byte for byte:\nbefore \(before)\nafter  \(after)")
        let restored = Self.json(after)
        let mission = restored["mission"] as? [String: Any] ?? [:]
        let sent = try PlanFiles.load(source)
        #expect((mission["items"] as? [Any])?.count == sent.protocolItems(.mission).count)
        #expect((mission["opaque_id"] as? Int ?? 0) != 0)
        #expect((restored["current"] as? [String: Any])?["mission_id"] as? Int == mission["opaque_id"] as? Int)
        #expect((restored["current"] as? [String: Any])?["seq"] as? Int == 0, "the current item starts over at 0")
        #expect(sitl.printed.contains("saved plans restored (mission \(sent.protocolItems(.mission).count), "
                                      + "fence \(sent.protocolItems(.fence).count), rally \(sent.protocolItems(.rally).count) items)"),
                "\(sitl.printed)")
        // The pilot's own tools: the downloaded plan is the uploaded one, the parameters are as set.
        let copy = dir.appendingPathComponent("downloaded.plan").path
        let down = try await CLI.run(["mission", "download", copy] + Self.link(port))
        #expect(down.status == 0, "\(down.out)\(down.err)")
        let got = try PlanFiles.load(copy)
        for kind in MissionKind.allCases {
            let a = sent.protocolItems(kind), b = got.protocolItems(kind)
            #expect(a.count == b.count && !a.isEmpty, "\(kind)")
            for (i, (x, y)) in zip(a, b).enumerated() { #expect(x.isSame(as: y), "\(kind) item \(i)") }
        }
        let paramsAfter = Self.json(try await CLI.run(["param", "list"] + Self.link(port)).out)
        let listBefore = paramsBefore["parameters"] as? [Any] ?? [], listAfter = paramsAfter["parameters"] as? [Any] ?? []
        #expect(listBefore.count > 50)
        #expect(NSArray(array: listAfter).isEqual(to: listBefore), "every parameter as before the kill")
        let cruise = Self.json(try await CLI.run(["param", "get", "MPC_XY_CRUISE"] + Self.link(port)).out)
        #expect(cruise["value"] as? Double == 7.25, "\(cruise)")

        // Cleared stays cleared.
        let clear = try await CLI.run(["mission", "clear"] + Self.link(port))
        #expect(clear.status == 0, "\(clear.out)\(clear.err)")
        sitl.kill()
        sitl = try Sitl(port: port, stateDir: dir, run: 3)
        let cleared = Self.json(try await Self.plans(port, ["download"]))
        for kind in ["mission", "fence", "rally"] {
            #expect(((cleared[kind] as? [String: Any])?["items"] as? [Any])?.count == 0, "\(kind) \(cleared)")
        }
        #expect(sitl.printed.contains("saved plans restored (mission 0, fence 0, rally 0 items)"), "\(sitl.printed)")

        // A damaged file: a clear message, no plans, the file kept aside as evidence.
        let upAgain = try await CLI.run(["mission", "upload", source] + Self.link(port))
        #expect(upAgain.status == 0, "\(upAgain.out)\(upAgain.err)")
        sitl.kill()
        var damaged = try Data(contentsOf: URL(fileURLWithPath: instance + "/plans.dat"))
        damaged = damaged.prefix(damaged.count - 37)
        try damaged.write(to: URL(fileURLWithPath: instance + "/plans.dat"))
        sitl = try Sitl(port: port, stateDir: dir, run: 4)
        defer { sitl.stop() }
        let none = Self.json(try await Self.plans(port, ["download"]))
        #expect(((none["mission"] as? [String: Any])?["items"] as? [Any])?.count == 0, "\(none)")
        #expect(sitl.printed.contains("saved plans not restored, starting without plans: checksum mismatch"), "\(sitl.printed)")
        #expect(sitl.printed.contains("moved to \(instance)/plans.dat.bad"), "\(sitl.printed)")
        #expect(FileManager.default.contents(atPath: instance + "/plans.dat.bad") == damaged)
        let stillParams = Self.json(try await CLI.run(["param", "get", "NAV_DLL_ACT"] + Self.link(port)).out)
        #expect(stillParams["value"] as? Double == 2, "a bad plan file costs the plans only: \(stillParams)")
    }

    /// SIGKILL at seeded random instants around the end of a large upload (the plan is written
    /// when its last item arrives, before the `MISSION_ACK`), several times over the same folder:
    /// each restart holds the old plan or the new one whole (its item count and `opaque_id`
    /// match one of them), the new one whenever the ground station had been told "accepted",
    /// and no temporary file survives the start.
    @Test func aKillAroundThePlanWriteLeavesTheOldPlanOrTheNewOneWhole() async throws {
        let dir = try SitlStateTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = freeLoopbackPort()
        let instance = dir.appendingPathComponent("0").path
        var rng = SeededGenerator(seed: 13)
        // (count, opaque_id) of the plan that must be there after the next start, or either of two.
        var expected: [(count: Int, id: Int)] = [(0, 0)]
        var outcomes: [String] = []
        for round in 1...5 {
            let sitl = try Sitl(port: port, stateDir: dir, run: round)
            let now = Self.json(try await Self.plans(port, ["id"]))
            let held = (now["count"] as? Int ?? -1, now["opaque_id"] as? Int ?? -1)
            #expect(expected.contains { $0 == held }, "round \(round): vehicle holds \(held), expected one of \(expected)")
            #expect(now["mission_id"] as? Int == held.1, "round \(round): MISSION_CURRENT agrees")
            #expect(!FileManager.default.fileExists(atPath: instance + "/.plans.dat.tmp"), "round \(round): leftover removed")
            #expect(!sitl.printed.contains("not restored"), "round \(round): \(sitl.printed)")

            let count = 250 + Int.random(in: 0...150, using: &rng)
            let peer = Process()
            peer.executableURL = URL(fileURLWithPath: LogDumpTests.venv + "/bin/python")
            peer.arguments = [CLI.repoRoot.appendingPathComponent("Tests/Peers/sitl_plans.py").path, "--listen", "\(port)",
                              "upload", "--count", "\(count)", "--seed", "\(round)"]
            let pipe = Pipe()
            peer.standardOutput = pipe
            try peer.run()
            var text = ""
            while !text.contains("last\n") {
                let data = pipe.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            try #require(text.contains("last\n"), "round \(round): the upload did not reach its last item: \(text)")
            try await Task.sleep(nanoseconds: UInt64.random(in: 0...30_000_000, using: &rng))
            sitl.kill()
            _ = Glibc.kill(peer.processIdentifier, SIGKILL); peer.waitUntilExit()
            text += String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let lines = text.split(separator: "\n").map(String.init)
            let planned = Self.json(lines.first ?? "")["plan_id"] as? Int ?? -1
            let acked = lines.contains { Self.json($0)["acked"] as? Int == 0 }
            let new = (count: count, id: planned)
            // Told "accepted": the new plan is on disk. Otherwise either, whole.
            expected = acked ? [new] : [held, new]
            // A temporary file right after the kill: the kill landed inside the write.
            let midWrite = FileManager.default.fileExists(atPath: instance + "/.plans.dat.tmp")
            outcomes.append((acked ? "acked" : "killed before the ACK") + (midWrite ? ", mid-write" : ""))
        }
        let sitl = try Sitl(port: port, stateDir: dir, run: 6)
        defer { sitl.stop() }
        let now = Self.json(try await Self.plans(port, ["id"]))
        let held = (now["count"] as? Int ?? -1, now["opaque_id"] as? Int ?? -1)
        #expect(expected.contains { $0 == held }, "final: vehicle holds \(held), expected one of \(expected) (\(outcomes))")
    }
}

/// SplitMix64: seeded, so the kill instants repeat from run to run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
