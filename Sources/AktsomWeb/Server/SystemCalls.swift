#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few places where Linux and macOS spell the socket API differently, so the rest of the
/// server reads the same on both. Linux (Glibc) is what CI runs and tests.
enum SystemCalls {
    static var errorNumber: Int32 { errno }

    /// A TCP socket that is closed on exec, so `--open`'s browser never inherits it.
    static func streamSocket(family: Int32) -> Int32 {
        #if canImport(Glibc)
        return socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(family, SOCK_STREAM, 0)
        if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return fd
        #endif
    }

    /// Accepts a connection as a non-blocking, close-on-exec socket.
    static func accept(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: UnsafeMutablePointer<socklen_t>) -> Int32 {
        // accept4 is not in Swift's Glibc module, so the flags are set right after.
        let client = systemAccept(fd, address, length)
        if client >= 0 {
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            setNonBlocking(client)
            #if canImport(Darwin)
            var one: Int32 = 1
            _ = setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
        }
        return client
    }

    static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
    }

    /// Sends `bytes` from `offset` on without raising SIGPIPE when the peer has gone: the write
    /// fails with EPIPE instead. The count sent, or -1 with `errno` set.
    static func send(_ fd: Int32, _ bytes: [UInt8], from offset: Int = 0, dontWait: Bool = false) -> Int {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL) | (dontWait ? Int32(MSG_DONTWAIT) : 0)
        #else
        let flags = dontWait ? MSG_DONTWAIT : 0
        #endif
        guard offset < bytes.count else { return 0 }
        return bytes.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return systemSend(fd, base + offset, bytes.count - offset, flags)
        }
    }

    /// Receives into `buffer`, at most its size. The count received, 0 at the end, or -1 with `errno` set.
    static func receive(_ fd: Int32, into buffer: inout [UInt8], dontWait: Bool = false) -> Int {
        let flags = dontWait ? Int32(MSG_DONTWAIT) : 0
        return buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return recv(fd, base, raw.count, flags)
        }
    }

    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    static func shutdownWrites(_ fd: Int32) {
        #if canImport(Glibc)
        _ = shutdown(fd, Int32(SHUT_WR))
        #else
        _ = shutdown(fd, SHUT_WR)
        #endif
    }

    /// `poll` on the descriptors for `events`, retrying after a signal with the time left; the
    /// `revents` of each, or nil when the deadline passed first. A failure of `poll` itself
    /// (ENOMEM, the only one valid arguments can meet) is retried after a short pause.
    static func poll(_ descriptors: [(fd: Int32, events: Int16)], until deadline: ContinuousClock.Instant?) -> [Int16]? {
        var fds = descriptors.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
        while true {
            let timeout = deadline.map(milliseconds(until:)) ?? -1
            let result = systemPoll(&fds, nfds_t(fds.count), timeout)
            if result > 0 { return fds.map(\.revents) }
            if result == 0 { return nil }
            if errno != EINTR { usleep(10_000) }
        }
    }

    static let readable = Int16(POLLIN)
    static let writable = Int16(POLLOUT)
    /// Bits that mean the descriptor is done: hang-up, error, not open.
    static let finished = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)

    /// Whole milliseconds until the deadline, rounded up, at least 0.
    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}

private func systemAccept(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: UnsafeMutablePointer<socklen_t>) -> Int32 {
    accept(fd, address, length)
}

private func systemPoll(_ fds: UnsafeMutablePointer<pollfd>, _ count: nfds_t, _ timeout: Int32) -> Int32 {
    poll(fds, count, timeout)
}

private func systemSend(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int {
    send(fd, pointer, count, flags)
}
