/// What a connection's read came back with.
public enum ReadOutcome: Sendable, Equatable {
    case bytes([UInt8])
    /// The peer closed its side, or the connection broke.
    case end
    /// The deadline passed with nothing new.
    case timedOut
    /// The server is shutting down and the read was interruptible.
    case stopped
}

/// One client's byte stream: the seam between the HTTP machinery and the network. The server
/// gives each accepted socket to a ``ConnectionSession`` as one of these; tests give it bytes
/// from memory, so parsing, keep-alive and timeouts are tested without a network or a clock.
///
/// A connection is used by one thread at a time, its session's.
public protocol Connection: AnyObject {
    /// The client's address for log lines, `127.0.0.1:53412`.
    var peer: String? { get }

    /// Waits for bytes until `deadline`. With `interruptible`, a server shutdown ends the wait
    /// (``ReadOutcome/stopped``); without it the read goes on, so a request that is half
    /// received is not cut off by the shutdown.
    func read(maximum: Int, deadline: ContinuousClock.Instant, interruptible: Bool) -> ReadOutcome

    /// Writes all of `bytes` before `deadline`; false when the peer has gone or is too slow.
    func write(_ bytes: [UInt8], deadline: ContinuousClock.Instant) -> Bool

    /// Closes the connection. `lingering` first stops sending and reads what the client still
    /// sends for a moment, so the answer to a refused request arrives before the close rather
    /// than being cut off by a reset.
    func close(lingering: Bool)
}
