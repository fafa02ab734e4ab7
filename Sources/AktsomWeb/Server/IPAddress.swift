#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address, as the server binds it and as `Host` headers name it. Parsed and
/// printed by the C library (`inet_pton`, `inet_ntop`), so `::1` and `0:0:0:0:0:0:0:1` are the
/// same address.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6, in network order.
    public let bytes: [UInt8]

    public static let loopbackIPv4 = IPAddress(bytes: [127, 0, 0, 1])
    public static let loopbackIPv6 = IPAddress(bytes: Array(repeating: 0, count: 15) + [1])

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A literal address: `127.0.0.1`, `::1`, `fe80::1`; nil for anything else, names included.
    public init?(literal: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, literal, &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, literal, &v6) == 1 {
            bytes = withUnsafeBytes(of: &v6) { Array($0) }
            return
        }
        return nil
    }

    /// What `--host` takes: a literal (IPv6 with or without brackets) or `localhost`, which is
    /// 127.0.0.1. Other names are refused: a name could resolve to an address the person did not
    /// mean to expose.
    public init?(host: String) {
        if host.lowercased() == "localhost" {
            self = .loopbackIPv4
        } else if host.hasPrefix("[") && host.hasSuffix("]") {
            self.init(literal: String(host.dropFirst().dropLast()))
        } else {
            self.init(literal: host)
        }
    }

    init?(sockaddr storage: UnsafePointer<sockaddr>) {
        switch Int32(storage.pointee.sa_family) {
        case AF_INET:
            bytes = storage.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                var address = pointer.pointee.sin_addr
                return withUnsafeBytes(of: &address) { Array($0) }
            }
        case AF_INET6:
            bytes = storage.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                var address = pointer.pointee.sin6_addr
                return withUnsafeBytes(of: &address) { Array($0) }
            }
        default:
            return nil
        }
    }

    public var isIPv6: Bool { bytes.count == 16 }

    /// 127.0.0.0/8, `::1`, or an IPv4 loopback written as IPv6 (`::ffff:127.0.0.1`).
    public var isLoopback: Bool {
        if !isIPv6 { return bytes[0] == 127 }
        if self == .loopbackIPv6 { return true }
        return bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF && bytes[12] == 127
    }

    /// `0.0.0.0` or `::`: every interface of the machine.
    public var isUnspecified: Bool {
        bytes.allSatisfy { $0 == 0 }
    }

    /// The address in its shortest standard form.
    public var description: String {
        var text = [CChar](repeating: 0, count: 64)
        let family = isIPv6 ? AF_INET6 : AF_INET
        let written = bytes.withUnsafeBytes { raw in
            inet_ntop(family, raw.baseAddress, &text, socklen_t(text.count))
        }
        guard written != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The address as it stands in a URL: IPv6 in brackets.
    public var uriHost: String {
        isIPv6 ? "[\(description)]" : description
    }
}
