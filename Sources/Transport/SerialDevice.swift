import CSerialPort
import Glibc

/// Which code opened a serial device.
public enum SerialBackend: String, Sendable {
    /// libserialport: real UART and USB serial devices.
    case libserialport
    /// Plain termios: pseudo-terminals (socat, simulators, QEMU) that libserialport 0.1.1 refuses.
    case termios
}

/// An open libserialport port, closed when the link lets go of the device.
final class SerialPortHandle: @unchecked Sendable {
    private var port: OpaquePointer?

    init(_ port: OpaquePointer) { self.port = port }

    func close() {
        guard let port else { return }
        sp_close(port)
        sp_free_port(port)
        self.port = nil
    }

    deinit { close() }
}

/// A serial device opened and configured (baud, 8N1, flow control), ready to hand to the event loop.
struct OpenedSerialDevice {
    /// A non-blocking descriptor the event loop owns from now on.
    var descriptor: CInt
    /// The libserialport port to close after the descriptor, nil on the termios path.
    var handle: SerialPortHandle?
    var backend: SerialBackend
    /// Why libserialport was not used, on the termios path.
    var fallbackReason: String?
}

/// Opens serial devices through libserialport, falling back to termios for pseudo-terminals.
enum SerialDevice {
    /// Opens `path` at `baud`, 8N1, with `flow` control.
    ///
    /// - Throws: `serialDeviceMissing` (listing the ports present), `serialPermissionDenied` (hinting at
    ///   the `dialout` group), `unsupportedBaud`, or `serialOpenFailed`.
    static func open(path: String, baud: Int, flow: SerialFlowControl) throws(TransportError) -> OpenedSerialDevice {
        guard access(path, F_OK) == 0 else {
            let available = (try? SerialPortInfo.available().map(\.path)) ?? []
            throw .serialDeviceMissing(path: path, available: available)
        }
        guard access(path, R_OK | W_OK) == 0 else { throw .serialPermissionDenied(path: path) }
        let refusal: String
        switch openWithLibSerialPort(path: path, baud: baud, flow: flow) {
        case .success(let device): return device
        case .failure(.refused(let why)): refusal = why
        case .failure(.fatal(let error)): throw error
        }
        var device = try openWithTermios(path: path, baud: baud, flow: flow)
        device.fallbackReason = refusal
        return device
    }

    enum LibSerialPortFailure: Error {
        /// libserialport would not take the device (no sysfs entry, TIOCMGET rejected): try termios.
        case refused(String)
        /// The device cannot be used at all.
        case fatal(TransportError)
    }

    private static func openWithLibSerialPort(path: String, baud: Int, flow: SerialFlowControl)
        -> Result<OpenedSerialDevice, LibSerialPortFailure> {
        var found: OpaquePointer?
        guard sp_get_port_by_name(path, &found) == SP_OK, let port = found else {
            return .failure(.refused("libserialport has no sysfs entry for it (a pseudo-terminal?)"))
        }
        let handle = SerialPortHandle(port)
        errno = 0
        guard sp_open(port, SP_MODE_READ_WRITE) == SP_OK else {
            let code = errno
            if code == EACCES || code == EPERM { return .failure(.fatal(.serialPermissionDenied(path: path))) }
            if code == EBUSY { return .failure(.fatal(.serialOpenFailed(path: path, reason: "device busy (opened by another program?)"))) }
            return .failure(.refused("libserialport could not open it: \(lastSerialError())"))
        }
        let flowSetting: sp_flowcontrol = switch flow {
        case .none: SP_FLOWCONTROL_NONE
        case .rtscts: SP_FLOWCONTROL_RTSCTS
        case .xonxoff: SP_FLOWCONTROL_XONXOFF
        }
        guard sp_set_baudrate(port, Int32(baud)) == SP_OK, sp_set_bits(port, 8) == SP_OK,
              sp_set_parity(port, SP_PARITY_NONE) == SP_OK, sp_set_stopbits(port, 1) == SP_OK,
              sp_set_flowcontrol(port, flowSetting) == SP_OK else {
            return .failure(.fatal(.serialOpenFailed(path: path, reason: "cannot configure \(baud) baud 8N1: \(lastSerialError())")))
        }
        var raw: CInt = -1
        guard sp_get_port_handle(port, &raw) == SP_OK, raw >= 0 else {
            return .failure(.fatal(.serialOpenFailed(path: path, reason: "no file descriptor from libserialport")))
        }
        let descriptor = dup(raw)
        guard descriptor >= 0 else { return .failure(.fatal(.serialOpenFailed(path: path, reason: errnoText()))) }
        return .success(OpenedSerialDevice(descriptor: descriptor, handle: handle, backend: .libserialport))
    }

    private static func openWithTermios(path: String, baud: Int, flow: SerialFlowControl) throws(TransportError) -> OpenedSerialDevice {
        guard let speed = termiosSpeeds[baud] else { throw .unsupportedBaud(path: path, baud: baud) }
        let fd = Glibc.open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == EACCES { throw .serialPermissionDenied(path: path) }
            throw .serialOpenFailed(path: path, reason: errnoText())
        }
        var tio = termios()
        guard isatty(fd) == 1, tcgetattr(fd, &tio) == 0 else {
            Glibc.close(fd)
            throw .serialOpenFailed(path: path, reason: "not a terminal device")
        }
        cfmakeraw(&tio)
        tio.c_cflag &= ~(tcflag_t(CSTOPB | PARENB | CSIZE) | tcflag_t(CRTSCTS))
        tio.c_cflag |= tcflag_t(CS8 | CLOCAL | CREAD)
        tio.c_iflag &= ~tcflag_t(IXON | IXOFF | IXANY)
        switch flow {
        case .none: break
        case .rtscts: tio.c_cflag |= tcflag_t(CRTSCTS)
        case .xonxoff: tio.c_iflag |= tcflag_t(IXON | IXOFF)
        }
        cfsetispeed(&tio, speed)
        cfsetospeed(&tio, speed)
        guard tcsetattr(fd, TCSANOW, &tio) == 0 else {
            let reason = errnoText()
            Glibc.close(fd)
            throw .serialOpenFailed(path: path, reason: "cannot configure \(baud) baud 8N1: \(reason)")
        }
        return OpenedSerialDevice(descriptor: fd, handle: nil, backend: .termios)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// The baud rates termios can set on Linux, mapped to their `B…` constants.
    static let termiosSpeeds: [Int: speed_t] = [
        1200: speed_t(B1200), 2400: speed_t(B2400), 4800: speed_t(B4800), 9600: speed_t(B9600),
        19_200: speed_t(B19200), 38_400: speed_t(B38400), 57_600: speed_t(B57600), 115_200: speed_t(B115200),
        230_400: speed_t(B230400), 460_800: speed_t(B460800), 500_000: speed_t(B500000), 576_000: speed_t(B576000),
        921_600: speed_t(B921600), 1_000_000: speed_t(B1000000), 1_500_000: speed_t(B1500000),
        2_000_000: speed_t(B2000000), 3_000_000: speed_t(B3000000), 4_000_000: speed_t(B4000000),
    ]
}
