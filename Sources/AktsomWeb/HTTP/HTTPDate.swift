import AktsomKit
import Foundation

/// The `Date` header's format, IMF-fixdate (RFC 9110 §5.6.7): `Sun, 06 Nov 1994 08:49:37 GMT`.
/// Made by hand from AktsomKit's `Day`, as a shared date formatter would be state between threads.
enum HTTPDate {
    static func format(_ date: Date) -> String? {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let ordinal = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        guard let day = Day(ordinal: ordinal) else { return nil }
        let remainder = seconds - ordinal * 86_400
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[day.weekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(remainder / 3600)):\(two(remainder / 60 % 60)):\(two(remainder % 60)) GMT"
    }
}
