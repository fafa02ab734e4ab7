/// Dates as a workbook stores them: a number of days (the serial) counted from an epoch, shown
/// as a date only because of the cell's number format.
enum ExcelDate {
    /// The two epochs a workbook can use (`<workbookPr date1904="1"/>` picks the second).
    enum System: Sendable {
        /// Serial 1 is 1900-01-01, and serial 60 is 29 February 1900, a day that never was: Lotus
        /// 1-2-3 took 1900 for a leap year and Excel kept it, so serials from 61 (1 March 1900)
        /// on count from 1899-12-30 and those below from 1899-12-31.
        case from1900
        /// Serial 0 is 1904-01-01 (old Excel for Mac).
        case from1904
    }

    /// The day a serial names, its time of day dropped. `1900-02-29` for Excel's serial 60, which
    /// no calendar has, is left to the caller: nil here, as for serials before 1000 or after 9999.
    static func day(serial: Double, system: System) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let epoch1970: Int
        switch system {
        case .from1900:
            guard whole != 60, whole >= 1 else { return nil }
            epoch1970 = whole < 60 ? 25_568 : 25_569
        case .from1904:
            epoch1970 = 24_107
        }
        return Day(ordinal: whole - epoch1970)
    }

    /// `14:30` or `14:30:05` for the fraction of a day in the serial.
    static func time(serial: Double, seconds: Bool) -> String {
        let fraction = serial - serial.rounded(.down)
        let total = Int((fraction * 86_400).rounded()) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let clock = "\(two(total / 3600)):\(two(total / 60 % 60))"
        return seconds ? clock + ":\(two(total % 60))" : clock
    }
}
