import Foundation
import Testing
@testable import Transport

/// The libserialport path, exercised on a pseudo-terminal: libserialport 0.1.1 refuses ptys, so the
/// test builds `Fixtures/pty_serialport_shim.c` and re-runs one test of this binary with it in
/// `LD_PRELOAD` (a preload must be in place when a process starts).
@Suite(.serialized) struct LibSerialPortPathTests {
    static let childVariable = "SWIFTLET_TEST_LIBSERIALPORT_PTY"
    static let childTest = "LibSerialPortPathTests/childOpensThePtyThroughLibSerialPort"
    static let marker = Array("sent via libserialport".utf8)

    @Test func ptyOpensThroughLibSerialPortWhenTheShimAnswersItsQueries() async throws {
        let pty = try PseudoTerminalPair()
        let shim = pty.directory.appendingPathComponent("pty_serialport_shim.so").path
        try runToCompletion("/usr/bin/cc", ["-shared", "-fPIC", "-o", shim,
                                            PythonPeer.fixtures.appendingPathComponent("pty_serialport_shim.c").path, "-ldl"])
        let far = try await ByteLink.open(.serial(path: pty.pathB, baud: 115_200, flowControl: .none))
        let heard = StreamRecorder(far.chunks)

        let output = try runToCompletion("/proc/self/exe", ["--testing-library", "swift-testing", "--filter", Self.childTest],
                                         environment: ["LD_PRELOAD": shim, Self.childVariable: pty.devicePathA])

        #expect(output.contains("childOpensThePtyThroughLibSerialPort() passed"), "child run: \(output.suffix(600))")
        #expect(await heard.waitForBytes(Self.marker.count) == Self.marker)
        await far.close()
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil, "runs only in the re-launched child"))
    func childOpensThePtyThroughLibSerialPort() async throws {
        let path = try #require(ProcessInfo.processInfo.environment[Self.childVariable])
        let link = try await ByteLink.open(.serial(path: path, baud: 115_200, flowControl: .none))

        link.send(Self.marker)
        try await Task.sleep(nanoseconds: 300_000_000)

        #expect(link.serialBackend == .libserialport)
        #expect(link.openedDescription == "serial \(path) at 115200 baud 8N1 via libserialport")
        await link.close()
    }

    /// Runs a program to completion off the concurrency pool; returns its combined output, throwing if it fails.
    @discardableResult
    private func runToCompletion(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard p.terminationStatus == 0 else { throw PythonPeer.Failure(description: "\(program) failed: \(text.suffix(800))") }
        return text
    }
}
