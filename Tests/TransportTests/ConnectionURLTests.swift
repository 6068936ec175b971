import Testing
@testable import Transport

@Suite struct ConnectionURLTests {
    /// Every accepted spelling, the value it means, and the canonical URL it prints back as.
    static let goodForms: [(text: String, expected: ConnectionURL, canonical: String)] = [
        ("udpin://0.0.0.0:14550", .udpListen(host: "0.0.0.0", port: 14550), "udpin://0.0.0.0:14550"),
        ("udpin://:14550", .udpListen(host: "0.0.0.0", port: 14550), "udpin://0.0.0.0:14550"),
        ("udpin://127.0.0.1:14550", .udpListen(host: "127.0.0.1", port: 14550), "udpin://127.0.0.1:14550"),
        ("udpin://[::1]:14550", .udpListen(host: "::1", port: 14550), "udpin://[::1]:14550"),
        ("udp://:14540", .udpListen(host: "0.0.0.0", port: 14540), "udpin://0.0.0.0:14540"),
        ("udp://0.0.0.0:14540", .udpListen(host: "0.0.0.0", port: 14540), "udpin://0.0.0.0:14540"),
        ("udp://192.168.1.10:14550", .udpSend(host: "192.168.1.10", port: 14550), "udpout://192.168.1.10:14550"),
        ("udpout://127.0.0.1:14550", .udpSend(host: "127.0.0.1", port: 14550), "udpout://127.0.0.1:14550"),
        ("UDPOUT://localhost:14550", .udpSend(host: "localhost", port: 14550), "udpout://localhost:14550"),
        ("tcp://127.0.0.1:5760", .tcpClient(host: "127.0.0.1", port: 5760), "tcp://127.0.0.1:5760"),
        ("tcpout://sitl.local:5760", .tcpClient(host: "sitl.local", port: 5760), "tcp://sitl.local:5760"),
        ("tcpin://:5760", .tcpServer(host: "0.0.0.0", port: 5760), "tcpin://0.0.0.0:5760"),
        ("tcpin://127.0.0.1:5760", .tcpServer(host: "127.0.0.1", port: 5760), "tcpin://127.0.0.1:5760"),
        ("serial:///dev/ttyUSB0:57600", .serial(path: "/dev/ttyUSB0", baud: 57600, flowControl: .none), "serial:///dev/ttyUSB0:57600"),
        ("serial:///dev/ttyUSB0", .serial(path: "/dev/ttyUSB0", baud: 57600, flowControl: .none), "serial:///dev/ttyUSB0:57600"),
        ("serial:///dev/ttyUSB0:921600?flow=rtscts", .serial(path: "/dev/ttyUSB0", baud: 921600, flowControl: .rtscts),
         "serial:///dev/ttyUSB0:921600?flow=rtscts"),
        ("serial:///dev/serial/by-id/usb-Holybro_Pixhawk6C-if00:115200",
         .serial(path: "/dev/serial/by-id/usb-Holybro_Pixhawk6C-if00", baud: 115200, flowControl: .none),
         "serial:///dev/serial/by-id/usb-Holybro_Pixhawk6C-if00:115200"),
        ("udpin:0.0.0.0:14550", .udpListen(host: "0.0.0.0", port: 14550), "udpin://0.0.0.0:14550"),
        ("udpout:127.0.0.1:14550", .udpSend(host: "127.0.0.1", port: 14550), "udpout://127.0.0.1:14550"),
        ("tcp:127.0.0.1:5760", .tcpClient(host: "127.0.0.1", port: 5760), "tcp://127.0.0.1:5760"),
        ("tcpin:0.0.0.0:5760", .tcpServer(host: "0.0.0.0", port: 5760), "tcpin://0.0.0.0:5760"),
        ("/dev/ttyACM0,115200", .serial(path: "/dev/ttyACM0", baud: 115200, flowControl: .none), "serial:///dev/ttyACM0:115200"),
        ("/dev/ttyACM0", .serial(path: "/dev/ttyACM0", baud: 57600, flowControl: .none), "serial:///dev/ttyACM0:57600"),
        ("  udpin://:14550\n", .udpListen(host: "0.0.0.0", port: 14550), "udpin://0.0.0.0:14550"),
    ]

    /// Every rejected spelling and the reason the error must give.
    static let badForms: [(text: String, reason: String)] = [
        ("", "empty connection string; try udpin://:14550 or serial:///dev/ttyUSB0:57600"),
        ("localhost", "no scheme; expected e.g. udpin://:14550, tcp://host:5760 or serial:///dev/ttyACM0:115200"),
        ("http://example.com:80", "unknown scheme 'http'; expected udpin, udpout, udp, tcp, tcpout, tcpin or serial"),
        ("udpin://0.0.0.0", "missing port; expected host:port"),
        ("udpin://0.0.0.0:", "missing port; expected host:port"),
        ("udpout://127.0.0.1:abc", "port 'abc' is not a number"),
        ("udpout://127.0.0.1:-5", "port '-5' is not a number"),
        ("udpout://127.0.0.1:70000", "port 70000 is out of range 1...65535"),
        ("udpout://:14550", "missing host; expected host:port"),
        ("udpout://127.0.0.1:0", "port 0 cannot be connected to; give the remote port"),
        ("udp://10.0.0.1:0", "port 0 cannot be sent to; give the destination port"),
        ("tcp://:5760", "missing host; expected host:port"),
        ("tcp://host:5760/path", "unexpected path or query after host:port"),
        ("udpin://[::1:14550", "IPv6 address is missing its closing ']'"),
        ("udpin://[::1]14550", "missing port; expected [address]:port"),
        ("udpin://::1:14550", "IPv6 addresses must be in brackets, e.g. [::1]:14550"),
        ("serial://dev/ttyUSB0:57600", "serial device must be an absolute path, e.g. serial:///dev/ttyUSB0:57600"),
        ("serial:///dev/ttyUSB0:", "missing baud rate after ':'"),
        ("serial:///dev/ttyUSB0:fast", "baud rate 'fast' is not a number"),
        ("serial:///dev/ttyUSB0:9", "baud rate 9 is out of range 50...12000000"),
        ("serial:///dev/ttyUSB0:57600?flow=magic", "unknown flow control 'magic'; expected none, rtscts or xonxoff"),
        ("serial:///dev/ttyUSB0:57600?parity=even", "unknown option 'parity=even'; the only option is flow=none|rtscts|xonxoff"),
        ("serial:/dev/ttyUSB0", "serial URLs are written serial:///dev/NAME:BAUD"),
        ("/dev/ttyACM0,", "missing baud rate after ','"),
        ("/dev/ttyACM0,fast", "baud rate 'fast' is not a number"),
        ("/dev/ttyACM0:115200", "serial device and baud are separated by ',' in this form, e.g. /dev/ttyACM0,115200"),
    ]

    @Test(arguments: goodForms.indices)
    func acceptedFormParsesToItsMeaningAndCanonicalURL(index: Int) throws {
        let form = Self.goodForms[index]
        let url = try ConnectionURL(parsing: form.text)
        #expect(url == form.expected, "\(form.text)")
        #expect(url.description == form.canonical, "\(form.text)")
    }

    @Test(arguments: goodForms.indices)
    func canonicalURLParsesBackToTheSameValue(index: Int) throws {
        let url = try ConnectionURL(parsing: Self.goodForms[index].text)
        #expect(try ConnectionURL(parsing: url.description) == url)
    }

    @Test(arguments: badForms.indices)
    func rejectedFormNamesTheStringAndTheReason(index: Int) {
        let form = Self.badForms[index]
        #expect(throws: TransportError.invalidURL(form.text, reason: form.reason)) {
            try ConnectionURL(parsing: form.text)
        }
    }

    @Test func invalidURLMessageQuotesTheInput() {
        let error = TransportError.invalidURL("udpin://x", reason: "missing port; expected host:port")
        #expect(error.description == "invalid connection URL 'udpin://x': missing port; expected host:port")
    }

    @Test func listeningFormsAreMarkedListening() throws {
        #expect(try ConnectionURL(parsing: "udp://:14550").isListening)
        #expect(try ConnectionURL(parsing: "tcpin://:5760").isListening)
        #expect(try !ConnectionURL(parsing: "tcp://a:1").isListening)
        #expect(try !ConnectionURL(parsing: "/dev/ttyS0").isListening)
    }
}
