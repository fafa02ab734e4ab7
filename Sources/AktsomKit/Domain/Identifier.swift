/// The rules for ids: short, human and stable, such as `klima-1`, `klima-1.2`, `risiko-3` or a
/// buyer's case number like `2019/0412`.
///
/// Ids are never used as file names (exports name files after templates and section ids), so
/// an id cannot steer a write anywhere; the rules exist to keep ids easy to type, quote and
/// put in a spreadsheet cell.
public enum Identifier {
    public static let maximumLength = 64

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> Localized? {
        if isPlainASCII(id) { return nil }
        if id.isEmpty {
            return Localized("id-en er tom", en: "the id is empty")
        }
        if id.count > maximumLength {
            return Localized("id-en er lengre enn \(maximumLength) tegn", en: "the id is longer than \(maximumLength) characters")
        }
        guard let first = id.first, first.isLetter || first.isNumber else {
            return Localized("id-en må begynne med en bokstav eller et siffer", en: "the id must start with a letter or a digit")
        }
        for character in id where !(character.isLetter || character.isNumber || "-_./".contains(character)) {
            let shown = character.isWhitespace ? Localized("mellomrom", en: "a space") : Localized(quoted(String(character)), en: quoted(String(character)))
            return Localized("id-en inneholder \(shown.nb); bruk bokstaver, sifre og - _ . /",
                             en: "the id contains \(shown.en); use letters, digits and - _ . /")
        }
        if id.contains("..") || id.contains("//") || id.hasSuffix("/") || id.hasSuffix(".") {
            return Localized("id-en kan ikke ha .. eller // eller slutte med . eller /",
                             en: "the id cannot contain .. or // or end with . or /")
        }
        return nil
    }

    /// The common case, checked on bytes: ASCII letters and digits with `- _ . /` between them,
    /// starting with a letter or digit, no `..` or `//`, not ending in `.` or `/`.
    private static func isPlainASCII(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard let first = utf8.first, let last = utf8.last, utf8.count <= maximumLength,
              isAlphanumeric(first), last != UInt8(ascii: "."), last != UInt8(ascii: "/") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            let separator = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            guard isAlphanumeric(byte) || separator || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") else { return false }
            if separator && previous == byte { return false }
            previous = byte
        }
        return true
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The next free id of the form `<prefix><n>`, or `<prefix><n>-<mark>` in a git clone with a
    /// mark (see `CloneMark`): one past the highest number already used with that prefix, with
    /// any clone's mark, so ids are never reused even after a record is renamed and stay roughly in
    /// order across clones, while two clones can never make the same one. Numbers of ten digits
    /// or more are someone's own ids (`anskaffelse-2025000001234`), not a count to continue, and
    /// one past `Int.max` would not exist; the id returned is still never one in use.
    public static func next(prefix: String, existing: some Sequence<String>, mark: String? = nil) -> String {
        var highest = 0
        var used: Set<String> = []
        for id in existing where id.hasPrefix(prefix) {
            used.insert(id)
            let rest = id.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            guard after.isEmpty || (after.first == "-" && after.count > 1 && after.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }),
                  let number = Int(digits), number > highest, number < 1_000_000_000 else { continue }
            highest = number
        }
        let suffix = mark.map { "-\($0)" } ?? ""
        var candidate = highest + 1
        while used.contains("\(prefix)\(candidate)\(suffix)") { candidate += 1 }
        return "\(prefix)\(candidate)\(suffix)"
    }

    /// Compares ids the way a person reads them: `klima-2` before `klima-10`.
    public static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        var left = Substring(lhs), right = Substring(rhs)
        while let l = left.first, let r = right.first {
            if l.isASCII && l.isNumber && r.isASCII && r.isNumber {
                let leftDigits = left.prefix(while: { $0.isASCII && $0.isNumber })
                let rightDigits = right.prefix(while: { $0.isASCII && $0.isNumber })
                let leftTrimmed = leftDigits.drop(while: { $0 == "0" }), rightTrimmed = rightDigits.drop(while: { $0 == "0" })
                if leftTrimmed.count != rightTrimmed.count { return leftTrimmed.count < rightTrimmed.count }
                if leftTrimmed != rightTrimmed { return leftTrimmed < rightTrimmed }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
            } else {
                if l != r { return l < r }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        return left.isEmpty && !right.isEmpty
    }
}
