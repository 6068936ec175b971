import NIOCore

/// Hands every stream read (TCP, serial) to a closure as an array of bytes.
final class StreamReadHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    private let onBytes: ([UInt8]) -> Void

    init(onBytes: @escaping ([UInt8]) -> Void) { self.onBytes = onBytes }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        onBytes(Array(buffer.readableBytesView))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A read error (EIO from a vanished device, ECONNRESET) ends the channel; its close future reports it.
        context.close(promise: nil)
    }
}

/// Hands every datagram to a closure with its sender's address.
final class DatagramReadHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    private let onDatagram: ([UInt8], SocketAddress) -> Void

    init(onDatagram: @escaping ([UInt8], SocketAddress) -> Void) { self.onDatagram = onDatagram }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        onDatagram(Array(envelope.data.readableBytesView), envelope.remoteAddress)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // ICMP port-unreachable surfaces here as ECONNREFUSED on some kernels; a datagram link stays open.
    }
}
