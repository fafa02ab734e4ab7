import Foundation

/// CSV bytes made the way Excel saves them, for import tests.
enum ExcelFile {
    /// "CSV (semikolonseparert)" on a Norwegian Windows PC: Windows-1252, `;`, CRLF.
    static func windows1252(_ rows: [[String]], separator: String = ";") -> Data {
        let text = rows.map { $0.map { quote($0, separator) }.joined(separator: separator) }.joined(separator: "\r\n") + "\r\n"
        return text.data(using: .windowsCP1252) ?? Data()
    }

    /// "CSV UTF-8": a byte order mark, then UTF-8.
    static func utf8WithBOM(_ rows: [[String]], separator: String = ";", lineEnd: String = "\r\n") -> Data {
        let text = rows.map { $0.map { quote($0, separator) }.joined(separator: separator) }.joined(separator: lineEnd) + lineEnd
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    static func plain(_ text: String) -> Data {
        Data(text.utf8)
    }

    private static func quote(_ cell: String, _ separator: String) -> String {
        guard cell.contains(separator) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
