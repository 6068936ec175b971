#if canImport(Glibc)
import Glibc
#endif

/// A loopback port no one is using right now for UDP or TCP, chosen by the kernel (bind a UDP
/// socket to port 0, read the port, check a TCP socket can bind it too, close both). For a child
/// that must be told its port up front (a simulated vehicle's `udpout://`, a peer's `--listen`,
/// gpsd): random ports from fixed ranges collided between tests run side by side.
///
/// The port is free when this returns; another process could take it before the child binds it,
/// but the kernel spreads its choices over its whole ephemeral range.
public func freeLoopbackPort() -> Int {
    for _ in 0..<20 {
        guard let port = boundPort(kind: SOCK_DGRAM, port: 0) else { continue }
        if boundPort(kind: SOCK_STREAM, port: port) == port { return port }
    }
    return Int.random(in: 20_000..<30_000)   // the kernel refused every bind: a guess is all there is
}


/// Binds a socket of `kind` to loopback `port` (0: any), reads the port it got and closes it.
private func boundPort(kind: __socket_type, port: Int) -> Int? {
    let fd = socket(AF_INET, Int32(kind.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var a = sockaddr_in()
    a.sin_family = sa_family_t(AF_INET)
    a.sin_port = UInt16(port).bigEndian
    a.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &a) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0 else { return nil }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &a) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard named == 0 else { return nil }
    return Int(UInt16(bigEndian: a.sin_port))
}
