import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A listening TCP socket on one address and port.
///
/// `SO_REUSEADDR` is set, so a restarted server gets its port back at once instead of waiting
/// out the old connections' TIME_WAIT; on Linux it never lets two servers listen on one port.
/// An IPv6 socket is IPv6 only (`IPV6_V6ONLY`): `::1` means `::1`, not also 127.0.0.1.
public final class SocketListener: @unchecked Sendable {
    public let address: IPAddress
    /// The port listened on: the one asked for, the next free one, or the one the system chose for 0.
    public let port: Int
    let descriptor: Int32
    private let lock = NSLock()
    private var closed = false

    /// Listens on the first free port of `port`, `port + 1` … (`candidates` ports in all).
    /// Port 0 lets the system choose a free one.
    public init(address: IPAddress, port: Int, candidates: Int = 1, backlog: Int32 = 128) throws(ListenError) {
        let last = port == 0 ? 0 : min(port + max(candidates, 1) - 1, 65_535)
        var chosen: (Int32, Int)?
        for candidate in port...last {
            do {
                chosen = try SocketListener.listen(address, candidate, backlog: backlog)
                break
            } catch .addressInUse {
                continue
            }
        }
        guard let (descriptor, bound) = chosen else { throw .addressInUse(address, port...last) }
        self.address = address
        self.descriptor = descriptor
        self.port = bound
    }

    /// One socket bound and listening; its descriptor and actual port.
    private static func listen(_ address: IPAddress, _ port: Int, backlog: Int32) throws(ListenError) -> (Int32, Int) {
        let family = address.isIPv6 ? AF_INET6 : AF_INET
        let descriptor = SystemCalls.streamSocket(family: family)
        guard descriptor >= 0 else {
            let error = SystemCalls.errorNumber
            throw error == EAFNOSUPPORT ? .addressNotAvailable(address) : .system("socket", error)
        }
        var one: Int32 = 1
        let size = socklen_t(MemoryLayout<Int32>.size)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, size)
        if address.isIPv6 { _ = setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &one, size) }

        let bound = SocketAddress.with(address, port: port) { pointer, length in bind(descriptor, pointer, length) }
        if bound != 0 || systemListen(descriptor, backlog) != 0 {
            let error = SystemCalls.errorNumber
            SystemCalls.closeDescriptor(descriptor)
            switch error {
            case EADDRINUSE: throw .addressInUse(address, port...port)
            case EACCES, EPERM: throw .permissionDenied(address, port)
            case EADDRNOTAVAIL, EAFNOSUPPORT: throw .addressNotAvailable(address)
            default: throw .system(bound != 0 ? "bind" : "listen", error)
            }
        }
        SystemCalls.setNonBlocking(descriptor)
        return (descriptor, SocketAddress.localPort(of: descriptor) ?? port)
    }

    /// The next waiting connection, or nil when none is waiting or the accept failed (`errno` says why).
    func accept() -> (descriptor: Int32, peer: String?)? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let client = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { SystemCalls.accept(descriptor, $0, &length) }
        }
        guard client >= 0 else { return nil }
        let peer = withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress.describe($0) }
        }
        return (client, peer)
    }

    /// Stops listening; new connections are refused by the system from then on.
    public func close() {
        lock.withLock {
            guard !closed else { return }
            closed = true
            SystemCalls.closeDescriptor(descriptor)
        }
    }

    deinit {
        close()
    }
}

private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
    listen(descriptor, backlog)
}
