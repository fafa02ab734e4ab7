import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import AktsomWeb

/// A plain TCP client for the server tests: sends bytes, reads responses. Every read waits at
/// most ten seconds (SO_RCVTIMEO), so a broken server fails a test instead of hanging it.
final class LoopbackClient {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    init(port: Int, address: IPAddress = .loopbackIPv4) throws {
        descriptor = socket(address.isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = SocketAddress.with(address, port: port) { connect(descriptor, $0, $1) }
        guard result == 0 else {
            let error = errno
            Glibc.close(descriptor)
            throw Failure(description: "connect: errno \(error)")
        }
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = SystemCalls.send(descriptor, bytes, from: offset)
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Reads until one whole response is there.
    func response(head: Bool = false) throws -> TestResponse {
        while true {
            if let (response, used) = TestResponse.parse(buffer, head: head) {
                buffer.removeFirst(used)
                return response
            }
            guard try fill() else { throw Failure(description: "closed before a whole response: \(String(decoding: buffer, as: UTF8.self))") }
        }
    }

    /// A GET with this client's headers, and its response.
    func get(_ target: String, host: String, headers: [(String, String)] = []) throws -> TestResponse {
        send("GET \(target) HTTP/1.1\r\nHost: \(host)\r\n" + headers.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n")
        return try response()
    }

    /// Whether the server closed the connection (reads the end of the stream; fails on other data).
    func isClosedByServer() throws -> Bool {
        guard buffer.isEmpty else { return false }
        return try !fill()
    }

    /// Whether bytes are waiting to be read right now, without waiting.
    var hasDataWaiting: Bool {
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        return !buffer.isEmpty || poll(&descriptors, 1, 0) > 0
    }

    /// Reads once; false at the end of the stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = SystemCalls.receive(descriptor, into: &chunk)
            if count > 0 {
                buffer += chunk[0..<count]
                return true
            }
            if count == 0 || errno == ECONNRESET { return false }
            if errno == EINTR { continue }
            throw Failure(description: "recv: errno \(errno) (waited ten seconds?)")
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
    }

    deinit {
        close()
    }
}
