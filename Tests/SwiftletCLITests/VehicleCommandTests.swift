import Foundation
import Testing
import TestSupport

/// `swiftlet arm | disarm | takeoff | mode | goto | land | rtl | reboot` against `swiftlet sitl`,
/// each answer checked in words and by what the vehicle then does.
@Suite(.serialized, .childProcesses) struct VehicleCommandTests {
    static func run(_ args: [String], port: Int) async throws -> (status: Int32, out: String, err: String) {
        try await CLI.run(args + ["--connect", "udpin://127.0.0.1:\(port)"])
    }

    static func json(_ s: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any] ?? [:]
    }

    @Test func aPilotFliesTheVehicleByCommandsAndIsToldWhatWasRefusedAndWhy() async throws {
        let port = freeLoopbackPort()
        let sitl = try SitlInteropTests.startSitl(port: port, speed: 10)
        defer { sitl.terminate(); sitl.waitUntilExit() }

        // Arming on the ground, then disarming, both accepted.
        // Each command is its own short-lived ground station; between them the vehicle hears no GCS
        // heartbeat. At 10× a pause of a second under load is ten simulated seconds, the default
        // link-loss limit, so give the pilot more room first (a parameter a pilot would set too).
        let loss = try await CLI.run(["param", "set", "COM_DL_LOSS_T", "120", "--connect", "udpin://127.0.0.1:\(port)"])
        #expect(loss.status == 0, "\(loss.out)\(loss.err)")

        // Arming right after boot is refused until the estimator has converged; --retry-for waits.
        let arm = try await Self.run(["arm", "--retry-for", "60"], port: port)
        #expect(arm.status == 0 && arm.out.hasSuffix("arm: accepted\n"), "\(arm.out)\(arm.err)")
        let disarm = try await Self.run(["disarm", "--json"], port: port)
        #expect(Self.json(disarm.out)["ok"] as? Bool == true, "\(disarm.out)")

        // Take off (arming first) and wait for the height.
        let takeoff = try await Self.run(["takeoff", "12", "--wait", "--json"], port: port)
        #expect(takeoff.status == 0, "\(takeoff.out)\(takeoff.err)")
        let t = Self.json(takeoff.out)
        #expect((t["steps"] as? [[String: Any]])?.map { $0["command"] as? String } == ["arm", "takeoff"])
        #expect(abs((t["relative_alt_m"] as? Double ?? 0) - 12) < 1, "\(takeoff.out)")

        // In the air: disarm refused with the vehicle's reason; reboot refused too.
        let refused = try await Self.run(["disarm"], port: port)
        #expect(refused.status != 0)
        #expect(refused.out.contains("disarm: DENIED: Disarm denied: in the air"), "\(refused.out)")
        let reboot = try await Self.run(["reboot", "--json"], port: port)
        #expect(reboot.status != 0)
        let step = (Self.json(reboot.out)["steps"] as? [[String: Any]])?.first
        #expect(step?["mav_result"] as? Int == 2, "\(reboot.out)")

        // Modes by PX4 name and short name; an unknown one lists the real ones.
        #expect(try await Self.run(["mode", "AUTO.LOITER"], port: port).out.contains("Mode is AUTO.LOITER."))
        let bogus = try await Self.run(["mode", "warp"], port: port)
        #expect(bogus.status != 0 && bogus.err.contains("unknown mode 'warp'") && bogus.err.contains("AUTO.MISSION"), "\(bogus.err)")

        // Go 40 m north-east and 15 m up, and hold there (no guided-timeout failsafe).
        let go = try await Self.run(["goto", "47.398000", "8.545900", "15", "--wait", "--timeout", "120"], port: port)
        #expect(go.status == 0, "\(go.out)\(go.err)")
        let held = try await Self.run(["mode", "list", "--json"], port: port)
        #expect(held.status == 0)

        // Return, land and disarm by itself; then a reboot is accepted.
        let rtl = try await Self.run(["rtl", "--wait", "--timeout", "200"], port: port)
        #expect(rtl.status == 0, "\(rtl.out)\(rtl.err)")
        let status = Self.json(try await CLI.run(["mission", "status", "--json", "--connect", "udpin://127.0.0.1:\(port)"]).out)
        #expect(status["armed"] as? Bool == false)
        #expect(try await Self.run(["reboot"], port: port).out.contains("reboot: accepted"))
    }

    @Test func badArgumentsAreRefusedBeforeConnecting() async throws {
        #expect(try await CLI.run(["takeoff", "-5"]).status != 0)
        #expect(try await CLI.run(["goto", "95", "8", "10"]).err.contains("out of range"))
        #expect(try await CLI.run(["goto", "here"]).err.contains("usage: goto here ALT"))
        let noGpsd = try await CLI.run(["goto", "here", "10", "--gpsd", "127.0.0.1:1"])
        #expect(noGpsd.status != 0 && noGpsd.err.contains("gpsd"), "\(noGpsd.err)")
    }
}
