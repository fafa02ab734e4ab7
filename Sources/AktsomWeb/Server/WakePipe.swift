#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe that becomes readable, for good, when the server stops. The accept loop and every
/// idle connection include its read end in their `poll`, so a shutdown wakes them all at once
/// without a timer or a busy loop. It is never drained: once signalled it stays readable.
final class WakePipe: @unchecked Sendable {
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() throws(ListenError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw ListenError.system("pipe", SystemCalls.errorNumber) }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            SystemCalls.setNonBlocking(descriptor)
        }
    }

    /// Makes the read end readable. Safe to call more than once and from any thread.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    deinit {
        SystemCalls.closeDescriptor(readDescriptor)
        SystemCalls.closeDescriptor(writeDescriptor)
    }
}
