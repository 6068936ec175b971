import Glibc
import NIOCore
import NIOPosix

extension ByteLink {
    /// Opens a serial device and drives its descriptor on the link's event loop; when the device goes
    /// away (EIO, hang-up), reports it once and reopens it when it returns. With `persistent`, a device
    /// missing at the start is reported as an event and waited for instead of thrown.
    func openSerial(path: String, baud: Int, flow: SerialFlowControl, persistent: Bool) async throws(TransportError) {
        try await openReconnecting(persistent: persistent) { () async throws(TransportError) -> (any Channel, String) in
            try await self.attachSerial(path: path, baud: baud, flow: flow)
        } lost: {
            self.state.withLock { s in s.serialPort?.close(); s.serialPort = nil }
            return .serialDeviceLost(path: path)
        }
    }

    /// The backend that opened the serial device last, nil for other links.
    public var serialBackend: SerialBackend? {
        guard case .serial = url else { return nil }
        let how = openedDescription
        return how.contains("via \(SerialBackend.libserialport.rawValue)") ? .libserialport
            : how.contains("via \(SerialBackend.termios.rawValue)") ? .termios : nil
    }

    private func attachSerial(path: String, baud: Int, flow: SerialFlowControl) async throws(TransportError) -> (any Channel, String) {
        let device = try SerialDevice.open(path: path, baud: baud, flow: flow)
        let channel: any Channel
        do {
            channel = try await NIOPipeBootstrap(group: group)
                .channelInitializer { [self] channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(StreamReadHandler { bytes in
                            self.received(bytes, from: 0)
                        })
                    }
                }
                .takingOwnershipOfDescriptor(inputOutput: device.descriptor).get()
        } catch {
            _ = Glibc.close(device.descriptor)
            device.handle?.close()
            throw .serialOpenFailed(path: path, reason: "event loop refused the descriptor: \(error)")
        }
        state.withLock { $0.serialPort = device.handle }
        var how = "serial \(path) at \(baud) baud 8N1"
        if flow != .none { how += " flow \(flow.rawValue)" }
        how += " via \(device.backend.rawValue)"
        if let why = device.fallbackReason { how += " (\(why))" }
        return (channel, how)
    }
}
