import Glibc
import NIOCore
import NIOPosix

extension ByteLink {
    /// Binds a UDP socket. With `remote` nil it listens and replies to whoever sent last (MAVSDK's
    /// `udpin`), or with `replyPolicy` `.confirmedSender` to whoever was last confirmed; with
    /// `remote` set it sends there and accepts replies from anyone (MAVSDK's `udpout`).
    func openUDP(bindHost: String, bindPort: Int, remote: (host: String, port: Int)?) async throws(TransportError) {
        let urlText = url.description
        var destination: SocketAddress?
        if let remote {
            do { destination = try SocketAddress.makeAddressResolvingHost(remote.host, port: remote.port) } catch {
                throw .unreachable(url: urlText, reason: "cannot resolve host '\(remote.host)'")
            }
        }
        let channel: any Channel
        do {
            channel = try await DatagramBootstrap(group: group)
                .channelOption(.socketOption(.so_reuseaddr), value: 0)
                .channelOption(.socketOption(.so_rcvbuf), value: 4 << 20)
                .channelInitializer { [self] channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(DatagramReadHandler { bytes, sender in
                            self.receivedDatagram(bytes, from: sender)
                        })
                    }
                }
                .bind(host: destination?.protocol == .inet6 ? "::" : bindHost, port: bindPort).get()
        } catch {
            throw Self.bindError(error, url: urlText)
        }
        state.withLock { s in
            s.channels[0] = channel
            s.udpReplyAddress = destination
        }
        let local = channel.localAddress.map { "\($0)" } ?? "?"
        markUp(remote == nil ? "UDP listening on \(local)" : "UDP sending to \(remote!.host):\(remote!.port) from \(local)")
    }

    private func receivedDatagram(_ bytes: [UInt8], from sender: SocketAddress) {
        if replyPolicy == .lastSender { answer(sender) }
        received(bytes, from: 0, sender: sender)
    }

    /// Makes `sender` the address a `udpin://` link answers (no effect on other links); with
    /// `replyPolicy` `.confirmedSender` this is the only way it changes. Call it with a chunk's
    /// `sender` once a frame in it has been accepted (for example, passed the signing checks), so a
    /// stranger's refused datagrams cannot turn the replies towards itself.
    public func confirmSender(_ sender: SocketAddress) {
        answer(sender)
    }

    private func answer(_ sender: SocketAddress) {
        guard case .udpListen = url else { return }
        let isNew = state.withLock { s in
            defer { s.udpReplyAddress = sender }
            return s.udpReplyAddress != sender
        }
        if isNew { eventSink.yield(.peerConnected(peer: 0, address: "\(sender)")) }
    }

    /// Listens for TCP clients; each accepted client becomes a numbered peer.
    func openTCPServer(host: String, port: Int) async throws(TransportError) {
        let channel: any Channel
        do {
            channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { [self] child in
                    let peer = self.registerPeer(child)
                    return child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(StreamReadHandler { bytes in
                            self.received(bytes, from: peer)
                        })
                    }
                }
                .bind(host: host, port: port).get()
        } catch {
            throw Self.bindError(error, url: url.description)
        }
        state.withLock { $0.channels[Self.listenerKey] = channel }
        markUp("TCP server listening on \(channel.localAddress.map { "\($0)" } ?? "?")")
    }

    private func registerPeer(_ child: any Channel) -> Int {
        let peer = state.withLock { s in
            defer { s.nextPeer += 1 }
            s.channels[s.nextPeer] = child
            return s.nextPeer
        }
        eventSink.yield(.peerConnected(peer: peer, address: child.remoteAddress.map { "\($0)" } ?? "?"))
        child.closeFuture.whenComplete { [self] _ in
            let known = state.withLock { $0.channels.removeValue(forKey: peer) != nil }
            if known { eventSink.yield(.peerDisconnected(peer: peer)) }
        }
        return peer
    }

    /// Connects to a TCP server and keeps reconnecting when the server goes away. Unless `persistent`,
    /// the first attempt must succeed; with `persistent`, a first failure is reported as an event and retried.
    func openTCPClient(host: String, port: Int, persistent: Bool) async throws(TransportError) {
        try await openReconnecting(persistent: persistent) { () async throws(TransportError) -> (any Channel, String) in
            (try await self.connectTCP(host: host, port: port), "TCP connected to \(host):\(port)")
        } lost: { .peerClosed(url: self.url.description) }
    }

    private func connectTCP(host: String, port: Int) async throws(TransportError) -> any Channel {
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(.seconds(3))
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { [self] channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(StreamReadHandler { bytes in
                            self.received(bytes, from: 0)
                        })
                    }
                }
                .connect(host: host, port: port).get()
        } catch {
            throw .unreachable(url: url.description, reason: Self.reason(error))
        }
        // Connecting to a local port nobody listens on, in the ephemeral range, can succeed as a
        // TCP simultaneous open with itself when the kernel picks that very port as the source
        // (a retrying client meets this sooner or later). Such a "connection" only echoes what is
        // sent, so it is no server: close it and count it as refused.
        if let local = channel.localAddress, let remote = channel.remoteAddress,
           local.port == remote.port, local.ipAddress == remote.ipAddress {
            try? await channel.close()
            throw .unreachable(url: url.description, reason: "connection refused")
        }
        return channel
    }

    /// Makes `channel` the link's only peer and reports the link up.
    func adoptClientChannel(_ channel: any Channel, how: String) {
        state.withLock { $0.channels[0] = channel }
        markUp(how)
    }

    /// Opens through `connect`, then keeps the link open: reports each loss once (`lost`), retries every
    /// `retryInterval` until `connect` succeeds again, until the link is closed.
    ///
    /// - Throws: the first `connect` failure, unless `persistent` and the failure is an absent peer or
    ///   device (then it is reported as `.failed` and retried).
    func openReconnecting(persistent: Bool,
                          connect: @escaping @Sendable () async throws(TransportError) -> (any Channel, String),
                          lost: @escaping @Sendable () -> TransportError) async throws(TransportError) {
        var first: (any Channel)?
        do {
            let (channel, how) = try await connect()
            adoptClientChannel(channel, how: how)
            first = channel
        } catch {
            guard persistent, error.peerMayAppear else { throw error }
            markDown(error)
        }
        Task { [self, first] in await keepReconnecting(after: first, reopen: connect, lost: lost) }
    }

    /// Waits for `channel` (if any) to close, reports the loss once, then retries `reopen` every
    /// `retryInterval` (reporting only the first failure) until it succeeds, and repeats until the link is closed.
    private func keepReconnecting(after channel: (any Channel)?,
                                  reopen: @escaping @Sendable () async throws(TransportError) -> (any Channel, String),
                                  lost: @escaping @Sendable () -> TransportError) async {
        var current = channel
        while true {
            if let open = current {
                try? await open.closeFuture.get()
                if isClosed { return }
                state.withLock { _ = $0.channels.removeValue(forKey: 0) }
                markDown(lost())
            }
            while true {
                try? await Task.sleep(nanoseconds: UInt64(retryInterval.nanoseconds))
                if isClosed { return }
                do {
                    let (next, how) = try await reopen()
                    if isClosed { try? await next.close(); return }
                    current = next
                    adoptClientChannel(next, how: how)
                    break
                } catch {
                    markDown(error)
                }
            }
        }
    }

    static func bindError(_ error: any Error, url: String) -> TransportError {
        if let io = error as? IOError, io.errnoCode == EADDRINUSE { return .portInUse(url: url) }
        return .bindFailed(url: url, reason: reason(error))
    }

    static func reason(_ error: any Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first { return reason(first.error) }
            if connection.dnsAError != nil || connection.dnsAAAAError != nil { return "cannot resolve host '\(connection.host)'" }
        }
        if error is ChannelError, case .connectTimeout = error as! ChannelError { return "connection timed out" }
        return "\(error)"
    }
}
