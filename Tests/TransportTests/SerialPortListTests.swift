import Testing
@testable import Transport

@Suite struct SerialPortListTests {
    @Test func libserialportListsPortsWithoutError() throws {
        // A CI machine may have no serial hardware; the call must still succeed and each entry be a device path.
        let ports = try SerialPortInfo.available()
        for p in ports { #expect(p.path.hasPrefix("/dev/")) }
    }

    @Test func classifiesKnownUSBDevices() {
        let cube = SerialPortInfo(path: "/dev/ttyACM0", description: "CubeOrange", usbVendorID: 0x2DAE, usbProductID: 0x1016)
        let sik = SerialPortInfo(path: "/dev/ttyUSB0", description: "FT231X USB UART", usbVendorID: 0x0403, usbProductID: 0x6015)
        #expect(cube.kind == .flightController)
        #expect(sik.kind == .telemetryRadio)
    }
}
