/// Percent-encoding of URLs and form bodies (RFC 3986 §2.1, WHATWG urlencoded), strictly.
///
/// Decoding refuses a `%` not followed by two hex digits and bytes that are not UTF-8, instead
/// of guessing: a request with either is answered 400, so a mangled id can never match a record
/// it only resembles. Encoding keeps only the unreserved characters, so `2019/0412` travels as
/// `2019%2F0412`, one path segment.
public enum PercentEncoding {
    /// The decoded text, or nil when an escape is malformed or the bytes are not UTF-8.
    /// With `plusAsSpace` (query strings and form bodies) a `+` is a space.
    public static func decode(_ text: some StringProtocol, plusAsSpace: Bool = false) -> String? {
        decode(bytes: Array(text.utf8), plusAsSpace: plusAsSpace)
    }

    public static func decode(bytes: some Collection<UInt8>, plusAsSpace: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                output.append(high << 4 | low)
            case UInt8(ascii: "+") where plusAsSpace:
                output.append(UInt8(ascii: " "))
            default:
                output.append(byte)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    /// Encodes everything but `A–Z a–z 0–9 - . _ ~`, for one path segment or a query name or value.
    public static func encode(_ text: some StringProtocol) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        let digits = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(digits[Int(byte >> 4)])
                output.append(digits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    public static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    public static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
