/// A decimal number with at most two decimals: money in NOK (øre included) and goal targets such
/// as `80` (%) or `2.5` (tonnes). Stored as hundredths in an integer so sums are exact and the
/// same number is always written the same way.
public struct Amount: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value times 100.
    public let hundredths: Int64

    /// Values above this (a thousand billion, in either direction) are refused as typos.
    public static let limit: Int64 = 1_000_000_000_000_000 // in hundredths: 10^13 kroner

    public init?(hundredths: Int64) {
        guard hundredths.magnitude <= Amount.limit.magnitude else { return nil }
        self.hundredths = hundredths
    }

    public init?(whole: Int) {
        let (product, overflow) = Int64(whole).multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        self.init(hundredths: product)
    }

    private init(unchecked hundredths: Int64) {
        self.hundredths = hundredths
    }

    public static let zero = Amount(unchecked: 0)

    /// Reads a number the way Norwegian spreadsheets, e-procurement exports and people write
    /// it: `48 500 000,00`, `1.234.567`, `kr 3 000`, `3 000,-`, `12,5`, `12.5`, `-4`.
    /// A comma is the decimal sign; points are thousands separators when they group by three
    /// (`1.234.567`), otherwise a point is the decimal sign (`12.5`). Nil for anything else.
    public init?(parsing raw: String) {
        var text = raw.lowercased()
        for unit in ["nok", "kr.", "kr", ",-", ".-"] { text = text.replacingOccurrences(of: unit, with: "") }
        text = String(text.filter { !$0.isWhitespace && $0 != "\u{2009}" && $0 != "'" })
        guard !text.isEmpty else { return nil }
        var negative = false
        if text.hasPrefix("-") || text.hasPrefix("−") {
            negative = true
            text.removeFirst()
        }
        var integerPart: Substring
        var fractionPart: Substring = ""
        if let comma = text.lastIndex(of: ",") {
            integerPart = text[..<comma]
            fractionPart = text[text.index(after: comma)...]
            guard !integerPart.contains(",") else { return nil }
            guard Amount.isThousandsGrouped(integerPart, separator: ".") || !integerPart.contains(".") else { return nil }
            integerPart = Substring(integerPart.replacingOccurrences(of: ".", with: ""))
        } else if text.contains(".") {
            if Amount.isThousandsGrouped(Substring(text), separator: ".") {
                integerPart = Substring(text.replacingOccurrences(of: ".", with: ""))
            } else {
                let parts = text.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return nil }
                integerPart = parts[0]
                fractionPart = parts[1]
            }
        } else {
            integerPart = Substring(text)
        }
        guard !integerPart.isEmpty || !fractionPart.isEmpty, fractionPart.count <= 2,
              integerPart.allSatisfy({ $0.isASCII && $0.isNumber }),
              fractionPart.allSatisfy({ $0.isASCII && $0.isNumber }),
              integerPart.count <= 16
        else { return nil }
        var value: Int64 = 0
        for digit in integerPart.utf8 {
            value = value * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        var fraction: Int64 = 0
        for (position, digit) in fractionPart.utf8.enumerated() {
            fraction += Int64(digit - UInt8(ascii: "0")) * (position == 0 ? 10 : 1)
        }
        let (scaled, overflow) = value.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        let total = scaled + fraction
        self.init(hundredths: negative ? -total : total)
    }

    /// Reads a JSON number literal (`48500000`, `-12.5`); nil for exponents, a third decimal or a
    /// value out of range. Plan files hold thousands of these, so they are read on bytes.
    public init?(jsonLiteral literal: String) {
        var utf8 = Substring(literal).utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        var whole: Int64 = 0, fraction: Int64 = 0, decimals = 0, digits = 0, inFraction = false
        for byte in utf8 {
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            if inFraction {
                decimals += 1
                guard decimals <= 2 else { return nil }
                fraction = fraction * 10 + digit
            } else {
                digits += 1
                guard digits <= 16 else { return nil }
                whole = whole * 10 + digit
            }
        }
        guard digits > 0, !inFraction || decimals > 0 else { return nil }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        let total = scaled + (decimals == 1 ? fraction * 10 : fraction)
        self.init(hundredths: negative ? -total : total)
    }

    /// True for `1.234.567` and `12.345`: digits grouped by three after the first group.
    private static func isThousandsGrouped(_ text: Substring, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    public var doubleValue: Double { Double(hundredths) / 100 }

    /// `48500000` or `1234.5`: the JSON literal, shortest exact form.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, cents = magnitude % 100
        if cents == 0 { return "\(sign)\(whole)" }
        if cents % 10 == 0 { return "\(sign)\(whole).\(cents / 10)" }
        return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// `48 500 000` or `1 234,50`: Norwegian form, with a space between thousands.
    public var norwegian: String {
        let sign = hundredths < 0 ? "−" : ""
        let magnitude = hundredths.magnitude
        let grouped = Amount.groupThousands(String(magnitude / 100))
        let cents = magnitude % 100
        if cents == 0 { return sign + grouped }
        return "\(sign)\(grouped),\(cents < 10 ? "0" : "")\(cents)"
    }

    /// `2000000` → `2 000 000`.
    static func groupThousands(_ digits: String) -> String {
        var grouped = ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        return grouped
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.hundredths < rhs.hundredths }

    public static var expectedForm: Localized {
        Localized("forventet et tall, for eksempel 48500000, 48 500 000,00 eller 12,5",
                  en: "expected a number, for example 48500000, 48 500 000.00 or 12.5")
    }

    /// Reads a sum of money in kroner, as people write it. Values, spend and revenue are never
    /// negative; a minus there is a typo that would otherwise reach the annual report.
    public init?(parsingMoney text: String) {
        guard let amount = Amount(parsing: text), amount.hundredths >= 0 else { return nil }
        self = amount
    }

    public static var expectedMoney: Localized {
        Localized("forventet et beløp i kroner, null eller mer, for eksempel 48500000 eller 48 500 000,00",
                  en: "expected a sum in NOK, zero or more, for example 48500000 or 48 500 000.00")
    }
}

extension Int {
    /// `2 000 000 000`: a whole number with Norwegian thousands spacing.
    public var norwegian: String {
        (self < 0 ? "−" : "") + Amount.groupThousands(String(magnitude))
    }
}
