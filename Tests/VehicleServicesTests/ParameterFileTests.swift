import FlightCore
import Testing
@testable import VehicleServices

@Suite("Parameter snapshot text")
struct ParameterFileTests {
    @Test func snapshotRestoresEveryValueBitForBit() throws {
        var changed = ParameterTable()
        try changed.set("MC_ROLL_P", to: .float(6.283_185))
        try changed.set("MPC_LOOP_HZ", to: .int32(77))
        let text = ParameterFile.text(of: changed)
        var restored = ParameterTable()
        let report = ParameterFile.restore(text, into: &restored)
        #expect(report.applied == changed.count)
        #expect(report.unknown.isEmpty && report.refused.isEmpty)
        #expect(restored.values == changed.values)
    }

    @Test func snapshotUsesQGroundControlRows() throws {
        var table = ParameterTable()
        try table.set("MPC_LOOP_HZ", to: .int32(77))
        let rows = ParameterFile.text(of: table).split(separator: "\n")
        #expect(rows.contains("1\t1\tMPC_LOOP_HZ\t77\t6"))
        #expect(rows.first?.hasPrefix("#") == true)
    }

    @Test func restoreReportsUnknownAndRefusedRowsAndAcceptsParmLines() {
        var table = ParameterTable()
        let report = ParameterFile.restore("# comment\nMC_ROLL_P,5\nNOT_A_PARAM 3\nMC_PITCH_P 99999\nMPC_LOOP_HZ 2.5\n", into: &table)
        #expect(report.applied == 1)
        #expect(report.unknown == ["NOT_A_PARAM"])
        #expect(report.refused == ["MC_PITCH_P", "MPC_LOOP_HZ"])
        #expect(table.value(of: "MC_ROLL_P") == .float(5))
    }
}
