/// What a cell's number format makes of its number, as far as an import needs it: a date (or a
/// time), a percentage, or a plain number.
enum NumberFormat: Equatable, Sendable {
    case number
    case percent
    case date
    case dateTime(seconds: Bool)
    case time(seconds: Bool)

    /// The built-in formats by id (ECMA-376, 18.8.30): 9–10 percentages, 14–17 dates, 18–21
    /// and 45–47 times, 22 date and time. 27–36 and 50–58 are the East Asian dates.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 9, 10: return .percent
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18, 20: return .time(seconds: false)
        case 19, 21, 45...47, 32, 33: return .time(seconds: true)
        case 22: return .dateTime(seconds: false)
        default: return .number
        }
    }

    /// Reads a custom format code such as `dd.mm.yyyy`, `[$-414]d. mmmm yyyy;@`, `0.0%` or
    /// `#,##0 "kr"`: text in quotes, escaped characters, colours and locales in brackets are
    /// passed over; `d` or `y` makes a date, `h` or `s` a time, `%` a percentage. Only the first
    /// section (the one for positive numbers) counts.
    init(code: String) {
        var date = false, time = false, seconds = false, percent = false
        var inQuotes = false, escaped = false, inBracket = false
        var bracket = ""
        for character in code {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    // `[h]`, `[mm]`, `[ss]`: elapsed time.
                    let lowered = bracket.lowercased()
                    if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) {
                        time = true
                        if lowered.contains("s") { seconds = true }
                    }
                    bracket = ""
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true
            case ";": break
            case "d", "D", "y", "Y": date = true
            case "h", "H": time = true
            case "s", "S": time = true; seconds = true
            case "%": percent = true
            default: break
            }
            if character == ";" { break }
        }
        // `m` alone is a month beside a day or year and a minute beside an hour; either way it
        // adds nothing to what the other letters already say.
        switch (date, time) {
        case (true, true): self = .dateTime(seconds: seconds)
        case (true, false): self = .date
        case (false, true): self = .time(seconds: seconds)
        default: self = percent ? .percent : .number
        }
    }
}
