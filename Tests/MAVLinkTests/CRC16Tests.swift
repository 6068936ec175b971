import Testing
@testable import MAVLink

@Suite struct CRC16Tests {
    @Test func matchesTheMCRF4XXCheckValue() {
        // The catalogue check value of CRC-16/MCRF4XX over "123456789" is 0x6F91.
        let bytes: [UInt8] = Array("123456789".utf8)
        #expect(bytes.withUnsafeBytes { CRC16.checksum($0) } == 0x6F91)
    }
}
