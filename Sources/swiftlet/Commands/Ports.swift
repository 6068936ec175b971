import ArgumentParser
import Transport

/// `swiftlet ports`: the serial ports present, marking likely flight controllers and radios.
struct Ports: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List serial ports with description, USB VID:PID and serial number.")

    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() async throws {
        let ports: [SerialPortInfo]
        do { ports = try SerialPortInfo.available() } catch { throw CleanExit.message("error: \(error)") }
        if json {
            let rows = ports.map { p in
                "{\"path\":\(JSON.quote(p.path)),\"description\":\(JSON.quote(p.description)),"
                    + "\"vid\":\(p.usbVendorID.map(String.init) ?? "null"),\"pid\":\(p.usbProductID.map(String.init) ?? "null"),"
                    + "\"serial\":\(p.usbSerialNumber.map(JSON.quote) ?? "null"),\"kind\":\(JSON.quote(p.kind.rawValue))}"
            }
            print("[" + rows.joined(separator: ",") + "]")
            return
        }
        if ports.isEmpty { print("No serial ports found."); return }
        for p in ports {
            var line = p.path.padding(20) + " " + p.description
            if let v = p.usbVendorID, let pid = p.usbProductID { line += "  [\(hex4(v)):\(hex4(pid))]" }
            if let s = p.usbSerialNumber { line += "  serial \(s)" }
            if p.kind != .other { line += "  <- \(p.kind.rawValue)" }
            print(line)
        }
    }

    private func hex4(_ v: UInt16) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 4 - s.count) + s
    }
}
