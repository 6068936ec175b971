import Autopilot
import Foundation
import Testing

/// Flight-log inputs that crashed a fuzz target (`scripts/fuzz ulog|dataflash`), committed under
/// `Tests/Fuzz/regressions/<target>/`: each must now give a value or a clear error.
@Suite struct FlightLogFuzzRegressionTests {
    static func regression(_ target: String, _ name: String) throws -> [UInt8] {
        let path = SITLFixtures.repoRoot.appendingPathComponent("Tests/Fuzz/regressions/\(target)/\(name)").path
        return [UInt8](try #require(FileManager.default.contents(atPath: path), "missing \(path)"))
    }

    /// A `vehicle_attitude` topic whose format lacks some of `q[0]`…`q[3]`: the chart indexed the
    /// missing columns (`swiftlet plot`). Now the attitude panel is left empty.
    @Test func ulogAttitudeWithoutQuaternionColumnsIsChartedWithoutIt() throws {
        let contents = try ULogContents(bytes: try Self.regression("ulog", "attitude-without-quaternion-columns.ulg"))
        let attitude = try #require(contents.topics["vehicle_attitude"])
        #expect((0..<4).contains { attitude["q[\($0)]"].count != attitude.timestamps.count })
        #expect(FlightLogChart.svg(contents, title: "regression").hasPrefix("<svg"))
    }

    /// `RISI` defined without its delta columns (`swiftlet ekf replay`): the reader indexed them.
    /// Now it names the missing column.
    @Test func dataflashRisiWithoutDeltaColumnsIsAClearError() throws {
        let bytes = try Self.regression("dataflash", "risi-without-delta-columns.bin")
        do throws(ReplayLogError) {
            _ = try DataFlashFlightReader.read(bytes, file: "risi.bin")
            Issue.record("read a log whose RISI lacks its delta columns")
        } catch {
            #expect(error.description.contains("RISI messages without a"), "\(error)")
        }
    }
}
