import CSerialPort

/// A serial port the operating system reports, as libserialport describes it.
public struct SerialPortInfo: Sendable, Equatable {
    /// Device path, for example `/dev/ttyUSB0`.
    public var path: String
    /// Human-readable description from the driver or USB descriptor.
    public var description: String
    /// USB vendor and product id, when the port is a USB device.
    public var usbVendorID: UInt16?
    public var usbProductID: UInt16?
    public var usbSerialNumber: String?
    public var manufacturer: String?
    public var product: String?

    public init(path: String, description: String, usbVendorID: UInt16? = nil, usbProductID: UInt16? = nil,
                usbSerialNumber: String? = nil, manufacturer: String? = nil, product: String? = nil) {
        self.path = path; self.description = description; self.usbVendorID = usbVendorID
        self.usbProductID = usbProductID; self.usbSerialNumber = usbSerialNumber
        self.manufacturer = manufacturer; self.product = product
    }

    /// What the port most likely is, judged from its USB ids and descriptor strings.
    public var kind: SerialDeviceKind { SerialDeviceKind.classify(self) }

    /// Lists the serial ports present now, through libserialport.
    ///
    /// - Throws: `TransportError.serialEnumerationFailed` when libserialport cannot enumerate.
    public static func available() throws(TransportError) -> [SerialPortInfo] {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let rc = sp_list_ports(&list)
        guard rc == SP_OK, let list else {
            throw .serialEnumerationFailed(reason: lastSerialError())
        }
        defer { sp_free_port_list(list) }
        var result: [SerialPortInfo] = []
        var i = 0
        while let port = list[i] {
            i += 1
            let path = string(sp_get_port_name(port)) ?? "?"
            var info = SerialPortInfo(path: path, description: string(sp_get_port_description(port)) ?? "")
            if sp_get_port_transport(port) == SP_TRANSPORT_USB {
                var vid: Int32 = 0, pid: Int32 = 0
                if sp_get_port_usb_vid_pid(port, &vid, &pid) == SP_OK {
                    info.usbVendorID = UInt16(truncatingIfNeeded: vid)
                    info.usbProductID = UInt16(truncatingIfNeeded: pid)
                }
                info.usbSerialNumber = string(sp_get_port_usb_serial(port))
                info.manufacturer = string(sp_get_port_usb_manufacturer(port))
                info.product = string(sp_get_port_usb_product(port))
            }
            result.append(info)
        }
        return result.sorted { $0.path < $1.path }
    }

    private static func string(_ p: UnsafeMutablePointer<CChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }
}

/// The likely role of a serial device, for marking ports in `swiftlet ports`.
public enum SerialDeviceKind: String, Sendable {
    case flightController = "flight controller"
    case telemetryRadio = "telemetry radio"
    case usbSerialAdapter = "USB serial adapter"
    case other = ""

    static func classify(_ p: SerialPortInfo) -> SerialDeviceKind {
        let text = [p.description, p.manufacturer ?? "", p.product ?? ""].joined(separator: " ").lowercased()
        let fcWords = ["pixhawk", "px4", "ardupilot", "cube", "fmu", "matek", "holybro", "mro", "kakute",
                       "speedybee", "betaflight", "stm32", "chibios"]
        if fcWords.contains(where: { text.contains($0) }) { return .flightController }
        // ArduPilot and PX4 boards enumerate with these USB vendor ids.
        if let vid = p.usbVendorID, [0x1209, 0x26AC, 0x2DAE, 0x3162, 0x0483].contains(vid) { return .flightController }
        if text.contains("radio") || text.contains("sik") || text.contains("rfd") { return .telemetryRadio }
        // FTDI and Silicon Labs bridges are what SiK radios (3DR, Holybro, RFD900) carry.
        if let vid = p.usbVendorID, [0x0403, 0x10C4].contains(vid) { return .telemetryRadio }
        if p.usbVendorID != nil { return .usbSerialAdapter }
        return .other
    }
}

func lastSerialError() -> String {
    guard let m = sp_last_error_message() else { return "unknown libserialport error" }
    defer { sp_free_error_message(m) }
    return String(cString: m)
}
