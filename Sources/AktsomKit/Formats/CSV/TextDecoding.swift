import Foundation

/// How a spreadsheet file's bytes were turned into text.
public enum TextEncodingName: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 med BOM"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
    /// Not a text file: an Excel workbook, whose parts are UTF-8 XML.
    case xlsx = "xlsx"
}

/// Turns the bytes of a file that a spreadsheet saved into text, whatever Excel chose:
/// UTF-8 with or without a byte order mark, UTF-16 ("Unicode text"), or Windows-1252, the
/// encoding of "CSV (semikolonseparert)" on a Norwegian Windows PC.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncodingName) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: Data(bytes), encoding: .utf16) {
            return (text, .utf16)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (windows1252(bytes), .windows1252)
    }

    /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252High[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80–0x9F in Windows-1252. The five unassigned bytes keep their Latin-1 meaning.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
