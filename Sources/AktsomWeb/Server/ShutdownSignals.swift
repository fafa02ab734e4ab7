import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT (Ctrl-C) and SIGTERM into a call to a handler, so `aktsom serve` stops cleanly
/// and exits 0 instead of being killed mid-response. The signals' default action is turned off
/// and a Dispatch source delivers them on a queue, where the handler may do anything (a C signal
/// handler may do almost nothing). SIGPIPE is ignored for good: a browser that closes a
/// connection early must not end the server.
///
/// Signal handling belongs to the process, so only the command creates one of these; tests of
/// the server call ``HTTPServer/stop()`` directly.
public final class ShutdownSignals: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    public init(_ signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable () -> Void) {
        _ = signal(SIGPIPE, SIG_IGN)
        for number in signals {
            _ = signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
