import Foundation
import MAVLinkDialects
@testable import MAVLinkGenerator
import Testing

@Suite struct GeneratorTests {
    func parse(_ xml: String, name: String = "t.xml") throws -> DefinitionFile {
        try DefinitionParser.parse(data: Data(xml.utf8), fileName: name)
    }

    @Test func crcExtraMatchesTheWellKnownValues() {
        // Published CRC_EXTRA values of the MAVLink common set.
        #expect(Heartbeat.crcExtra == 50)
        #expect(SysStatus.crcExtra == 124)
        #expect(ParamValue.crcExtra == 220)
        #expect(CommandLong.crcExtra == 152)
        #expect(MissionItemInt.crcExtra == 38)
        #expect(GlobalPositionInt.crcExtra == 104)
    }

    @Test func crcExtraLookupAgreesWithMessageInfoForEveryID() {
        // The parser's fast per-frame look-up must say exactly what the full message table says.
        func check<D: MAVLinkDialect>(_ dialect: D.Type) -> Int {
            var known = 0
            for id in UInt32(0)..<65536 {
                let expected = D.messageInfo(id: id).map { Int($0.crcExtra) } ?? -1
                #expect(D.crcExtra(id: id) == expected, "id \(id)")
                if expected >= 0 { known += 1 }
            }
            #expect(D.crcExtra(id: 0xFF_FFFF) == -1)
            return known
        }
        #expect(check(Common.self) > 200)
        #expect(check(ArduPilotMega.self) > check(Common.self))
    }

    @Test func fieldsAreOrderedBySizeWithExtensionsLast() throws {
        let f = try parse("""
        <mavlink><messages><message id="7" name="ORDER_TEST"><description>x</description>
          <field type="uint8_t" name="a">a</field><field type="double" name="b">b</field>
          <field type="uint16_t[3]" name="c">c</field><field type="float" name="d">d</field>
          <field type="char[5]" name="e">e</field><extensions/><field type="uint32_t" name="x">x</field>
        </message></messages></mavlink>
        """)
        let m = f.messages[0]
        #expect(m.wireFields.map(\.name) == ["b", "d", "c", "a", "e", "x"])
        #expect(m.wireFields.map(\.offset) == [0, 8, 12, 18, 19, 24])
        #expect(m.minLength == 24 && m.maxLength == 28)
    }

    @Test func conflictingDuplicateMessagesAreAnError() throws {
        let dir = try Peer.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        <mavlink><messages><message id="5" name="ONE"><field type="uint8_t" name="a">a</field></message></messages></mavlink>
        """.write(to: dir.appendingPathComponent("a.xml"), atomically: false, encoding: .utf8)
        try """
        <mavlink><include>a.xml</include><messages><message id="5" name="TWO"><field type="uint8_t" name="a">a</field></message></messages></mavlink>
        """.write(to: dir.appendingPathComponent("b.xml"), atomically: false, encoding: .utf8)
        #expect(throws: GeneratorError.self) { _ = try DefinitionSet(directory: dir, roots: ["b.xml"]) }
    }

    @Test func conflictingEnumValuesAreAnError() throws {
        let dir = try Peer.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        <mavlink><enums><enum name="E"><entry name="E_A" value="1"/></enum></enums></mavlink>
        """.write(to: dir.appendingPathComponent("a.xml"), atomically: false, encoding: .utf8)
        try """
        <mavlink><include>a.xml</include><enums><enum name="E"><entry name="E_A" value="2"/></enum></enums></mavlink>
        """.write(to: dir.appendingPathComponent("b.xml"), atomically: false, encoding: .utf8)
        #expect(throws: GeneratorError.self) { _ = try DefinitionSet(directory: dir, roots: ["b.xml"]) }
    }

    @Test func malformedXMLNamesTheFileAndLine() {
        #expect {
            _ = try parse("<mavlink>\n<messages>\n<message id=\"1\">\n</mavlink>", name: "broken.xml")
        } throws: { error in
            "\(error)".hasPrefix("broken.xml:")
        }
    }

    @Test func namesFollowSwiftConventionsAndEscapeKeywords() {
        #expect(Naming.typeName("MAV_TYPE") == "MAVType")
        #expect(Naming.typeName("GLOBAL_POSITION_INT") == "GlobalPositionInt")
        #expect(Naming.memberName("target_system") == "targetSystem")
        #expect(Naming.memberName("repeat") == "`repeat`")
        #expect(Naming.entryName("MAV_CMD_NAV_WAYPOINT", enumName: "MAV_CMD") == "navWaypoint")
    }

    @Test func enumsKeepUnknownValuesAndBitmasksAreOptionSets() {
        let unknown = MAVType(rawValue: 200)
        #expect(unknown.name == nil)
        #expect(MAVType.quadrotor.name.map { "\($0)" } == "MAV_TYPE_QUADROTOR")
        let flags: MAVModeFlag = [.safetyArmed, .customModeEnabled]
        #expect(flags.contains(.safetyArmed) && flags.rawValue == 129)
    }

    @Test func generatedCodeCarriesTheDoNotEditHeader() throws {
        let file = Peer.repoRoot.appendingPathComponent("Sources/MAVLinkDialects/Generated/Minimal/Messages/Heartbeat.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("// Generated from minimal.xml by MAVLinkGenerator — do not edit."))
    }
}
