/// A secret the server made at start: the access token in the printed link, or the CSRF token
/// forms carry. 32 random bytes (256 bits) from the system's generator, as 64 hex digits, so it
/// can stand in a URL, a cookie and a form field without encoding.
public struct AccessToken: Sendable, Equatable {
    public let value: String

    /// A token with a known value, for tests.
    public init(value: String) {
        self.value = value
    }

    /// A fresh token from `SystemRandomNumberGenerator`, the operating system's secure source.
    public static func random() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public static func random(using generator: inout some RandomNumberGenerator, bytes: Int = 32) -> AccessToken {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for _ in 0..<max(bytes, 16) {
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
        }
        return AccessToken(value: String(decoding: text, as: UTF8.self))
    }

    /// Whether `candidate` is this token, compared in constant time.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        ConstantTime.equals(Array(candidate.utf8), Array(value.utf8))
    }
}

/// Comparison of secrets whose time does not depend on where they differ, so a client cannot
/// guess a token byte by byte from how fast it is refused.
public enum ConstantTime {
    /// Every byte of `expected` is looked at whatever `candidate` holds; only the lengths, which
    /// are no secret, end it early.
    public static func equals(_ candidate: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference = UInt8(candidate.count == expected.count ? 0 : 1)
        for index in 0..<expected.count {
            difference |= expected[index] ^ (index < candidate.count ? candidate[index] : ~expected[index])
        }
        return difference == 0
    }
}
