/// What a spreadsheet makes of a cell typed or opened as plain text. Excel turns `1.10` into the
/// number 1.1 (or 1 October in a Norwegian locale), `2025-06` and `3/4` into dates, `1e5` into
/// 100000 and `true` into a truth value; an id written like that comes back changed.
enum SpreadsheetGuess {
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "des", "dec",
        "januar", "january", "februar", "february", "mars", "march", "april", "juni", "june", "juli", "july",
        "august", "september", "oktober", "october", "november", "desember", "december",
    ]

    static let truthValues: Set<String> = ["true", "false", "sann", "usann", "sant", "usant"]

    /// Whether Excel may read the text as a number, a date, a time or a truth value.
    static func looksLikeNumberOrDate(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard !lowered.isEmpty else { return false }
        if truthValues.contains(lowered) { return true }
        // Digits and punctuation only: 1.10, 12, 3-4, 2019/0412, 1,5.
        if lowered.contains(where: \.isNumber) && lowered.allSatisfy({ $0.isNumber || ".,-/ :".contains($0) }) { return true }
        // Scientific notation: 1e5, 2E-3.
        let parts = lowered.split(separator: "e", omittingEmptySubsequences: false)
        if parts.count == 2, let mantissa = parts.first, !mantissa.isEmpty, mantissa.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }),
           let exponent = parts.last, exponent.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isNumber), exponent.contains(where: \.isNumber) {
            return true
        }
        // A month with a day or a year: jan-25, 1-mar, mai.2025.
        let words = lowered.split(whereSeparator: { "-./ ".contains($0) })
        return words.count >= 2 && words.count <= 3 && words.contains { months.contains(String($0)) }
            && words.allSatisfy { months.contains(String($0)) || $0.allSatisfy(\.isNumber) }
    }
}
