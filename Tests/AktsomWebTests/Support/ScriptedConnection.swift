@testable import AktsomWeb

/// A connection whose client is a script: the bytes it sends, when it stalls (the read times
/// out), when the server stops, when it hangs up. No socket and no clock: a timeout is an event.
final class ScriptedConnection: Connection {
    enum Event {
        case send(String)
        case sendBytes([UInt8])
        /// The client sends nothing until the deadline.
        case stall
        /// The server is asked to stop while this read waits.
        case shutdown
    }

    private var script: [Event]
    private(set) var written: [UInt8] = []
    private(set) var closed: (lingering: Bool, times: Int)?
    private(set) var interruptibleReads: [Bool] = []
    let peer: String? = "127.0.0.1:50000"

    init(_ script: [Event]) {
        self.script = script
    }

    func read(maximum: Int, deadline: ContinuousClock.Instant, interruptible: Bool) -> ReadOutcome {
        interruptibleReads.append(interruptible)
        while !script.isEmpty {
            switch script.removeFirst() {
            case .send(let text): return .bytes(Array(text.utf8))
            case .sendBytes(let bytes): return .bytes(bytes)
            case .stall: return .timedOut
            case .shutdown: if interruptible { return .stopped }
            }
        }
        return .end
    }

    func write(_ bytes: [UInt8], deadline: ContinuousClock.Instant) -> Bool {
        written += bytes
        return true
    }

    func close(lingering: Bool) {
        closed = (lingering, (closed?.times ?? 0) + 1)
    }

    var writtenText: String { String(decoding: written, as: UTF8.self) }

    func responses(heads: Set<Int> = []) -> [TestResponse] {
        TestResponse.all(written, heads: heads)
    }
}
