import ArgumentParser
import Dispatch
import Foundation
import GroundStation
import MAVLinkDialects

/// `swiftlet watch`: the live dashboard.
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Live dashboard: mode, arming, GNSS, battery, position, speed, attitude, link, mission, messages.",
        discussion: "Full screen on a terminal (Ctrl-C to leave); one line a second otherwise. With gpsd running, distance and bearing from you to the vehicle.")
    @Option(help: "Stop after this many seconds.") var duration: Double?
    @Option(help: "gpsd address for the operator's position ('none' to skip).") var gpsd = "localhost:2947"
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let c = try await VehicleConnection(connection)
        let terminal = isatty(STDOUT_FILENO) == 1
        var operatorFix: DashboardText.Operator?
        if gpsd != "none", let fix = try? OperatorPosition.fix(gpsd: gpsd, timeout: 1) {
            operatorFix = DashboardText.Operator(latitude: fix.latitude, longitude: fix.longitude)
        }
        let stop = StopFlag()
        let signals = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig)
            s.setEventHandler { stop.set() }
            s.resume()
            return s
        }
        if terminal { print("\u{1B}[?1049h\u{1B}[?25l", terminator: "") }
        var lastDraw: Duration = .seconds(-10)
        let end = duration.map { Duration.seconds($0) }
        while !stop.isSet {
            _ = c.receive()
            let now = c.now
            if let end, now >= end { break }
            if terminal, now - lastDraw >= .milliseconds(250) {
                lastDraw = now
                var size = winsize()
                let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
                let lines = DashboardText.screen(c.state, link: connection.url, now: now, operatorFix: operatorFix, width: width)
                print("\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\n"), terminator: "")
                fflush(nil)
            } else if !terminal, now - lastDraw >= .seconds(1) {
                lastDraw = now
                print(DashboardText.line(c.state, now: now))
                fflush(nil)
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        if terminal { print("\u{1B}[?25h\u{1B}[?1049l", terminator: ""); fflush(nil) }
        signals.forEach { $0.cancel() }
        await c.close()
    }
}
