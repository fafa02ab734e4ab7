#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``Connection`` over an accepted, non-blocking TCP socket. Every wait is a `poll` with the
/// time left to the deadline, retried after a signal (EINTR); writes go on after a partial
/// write; no write can raise SIGPIPE (MSG_NOSIGNAL).
final class SocketConnection: Connection, @unchecked Sendable {
    private let descriptor: Int32
    private let wake: WakePipe
    let peer: String?
    private var closed = false

    init(descriptor: Int32, peer: String?, wake: WakePipe) {
        self.descriptor = descriptor
        self.peer = peer
        self.wake = wake
    }

    func read(maximum: Int, deadline: ContinuousClock.Instant, interruptible: Bool) -> ReadOutcome {
        var buffer = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = SystemCalls.receive(descriptor, into: &buffer)
            if count > 0 { return .bytes(Array(buffer[0..<count])) }
            if count == 0 { return .end }
            let error = SystemCalls.errorNumber
            if error == EINTR { continue }
            guard error == EAGAIN || error == EWOULDBLOCK else { return .end }
            var watched: [(fd: Int32, events: Int16)] = [(descriptor, SystemCalls.readable)]
            if interruptible { watched.append((wake.readDescriptor, SystemCalls.readable)) }
            guard let events = SystemCalls.poll(watched, until: deadline) else { return .timedOut }
            if interruptible && events[1] != 0 { return .stopped }
            // Readable, hung up or failed: the next recv says which.
        }
    }

    func write(_ bytes: [UInt8], deadline: ContinuousClock.Instant) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = SystemCalls.send(descriptor, bytes, from: offset)
            if count > 0 {
                offset += count
                continue
            }
            let error = SystemCalls.errorNumber
            if count < 0 && error == EINTR { continue }
            guard count < 0 && (error == EAGAIN || error == EWOULDBLOCK) else { return false }
            guard let events = SystemCalls.poll([(descriptor, SystemCalls.writable)], until: deadline) else { return false }
            if events[0] & SystemCalls.writable == 0 && events[0] & SystemCalls.finished != 0 { return false }
        }
        return true
    }

    func close(lingering: Bool) {
        guard !closed else { return }
        closed = true
        if lingering {
            SystemCalls.shutdownWrites(descriptor)
            SocketConnection.drain(descriptor, until: .now + .milliseconds(500))
        }
        SystemCalls.closeDescriptor(descriptor)
    }

    /// Reads and drops what the client still sends, up to 1 MiB, until it closes or the deadline.
    static func drain(_ descriptor: Int32, until deadline: ContinuousClock.Instant) {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var total = 0
        while total < 1024 * 1024 {
            let count = SystemCalls.receive(descriptor, into: &buffer, dontWait: true)
            if count > 0 { total += count; continue }
            if count == 0 { return }
            let error = SystemCalls.errorNumber
            if error == EINTR { continue }
            guard error == EAGAIN || error == EWOULDBLOCK, SystemCalls.poll([(descriptor, SystemCalls.readable)], until: deadline) != nil else { return }
        }
    }

    deinit {
        close(lingering: false)
    }
}
