import Foundation

/// Two connected pseudo-terminals made by `socat`, reachable through stable symlinks, as a
/// simulator or QEMU would present a serial port.
final class PseudoTerminalPair {
    let directory: URL
    let pathA: String
    let pathB: String
    private var process: Process?

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlet-pty-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        pathA = directory.appendingPathComponent("ttyA").path
        pathB = directory.appendingPathComponent("ttyB").path
        try start()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Starts socat and waits until both ends exist.
    func start() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/socat")
        p.arguments = ["pty,raw,echo=0,link=\(pathA)", "pty,raw,echo=0,link=\(pathB)"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: pathA), FileManager.default.fileExists(atPath: pathB) { return }
            usleep(10_000)
        }
        throw PseudoTerminalError.socatDidNotStart
    }

    /// Kills socat: both pseudo-terminals vanish, as a pulled USB cable makes a device vanish.
    func stop() {
        guard let p = process else { return }
        // SIGKILL: the test runner's child processes may inherit a mask that blocks SIGTERM.
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        process = nil
        let deadline = Date().addingTimeInterval(2)
        while FileManager.default.fileExists(atPath: pathA), Date() < deadline { usleep(10_000) }
    }

    /// The /dev/pts path behind end A.
    var devicePathA: String { (try? FileManager.default.destinationOfSymbolicLink(atPath: pathA)) ?? pathA }
}

enum PseudoTerminalError: Error { case socatDidNotStart }
