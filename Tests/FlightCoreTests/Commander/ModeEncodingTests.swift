import Testing
@testable import FlightCore

@Suite struct ModeEncodingTests {
    /// (mode, PX4 main, PX4 sub, heartbeat custom_mode, standard mode)
    static let table: [(FlightMode, UInt8, UInt8, UInt32, StandardMode)] = [
        (.stabilized, 7, 0, 0x0007_0000, .nonStandard),
        (.altitudeHold, 2, 0, 0x0002_0000, .altitudeHold),
        (.positionHold, 3, 0, 0x0003_0000, .positionHold),
        (.takeoff, 4, 2, 0x0204_0000, .takeoff),
        (.mission, 4, 4, 0x0404_0000, .mission),
        (.hold, 4, 3, 0x0304_0000, .nonStandard),
        (.returnToLaunch, 4, 5, 0x0504_0000, .safeRecovery),
        (.land, 4, 6, 0x0604_0000, .land),
        (.guided, 6, 0, 0x0006_0000, .nonStandard),
    ]

    @Test(arguments: 0..<table.count)
    func modeEncodesAndDecodesBothWays(row: Int) {
        let (mode, main, sub, custom, standard) = Self.table[row]
        #expect(mode.px4Mode == PX4Mode(main: main, sub: sub))
        #expect(mode.px4CustomMode == custom)
        #expect(FlightMode(px4CustomMode: custom) == mode)
        #expect(FlightMode(px4: PX4Mode(main: main, sub: sub)) == mode)
        #expect(mode.standardMode == standard)
        if standard != .nonStandard { #expect(FlightMode(standardMode: standard) == mode) }
    }

    @Test func modeNumbersAreStable() {
        #expect(FlightMode.allCases.map(\.rawValue) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
    }

    @Test func px4RequestsWithoutASwiftletEquivalentAreRefusedOrMapped() {
        #expect(FlightMode(px4: PX4Mode(.manual)) == .stabilized)
        #expect(FlightMode(px4: PX4Mode(.auto, .ready)) == .hold)
        #expect(FlightMode(px4: PX4Mode(.acro)) == nil)
        #expect(FlightMode(px4: PX4Mode(main: 8)) == nil)
        #expect(FlightMode(px4: PX4Mode(main: 4, sub: 9)) == nil)
        #expect(FlightMode(standardMode: .orbit) == nil)
        #expect(FlightMode(standardMode: .cruise) == nil)
        #expect(FlightMode(standardMode: .nonStandard) == nil)
    }

    @Test func everyModeNameFitsAvailableModesField() {
        for mode in FlightMode.allCases { #expect(mode.name.utf8CodeUnitCount < 35) }
    }
}
