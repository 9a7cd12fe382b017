import Extraction
import Foundation

extension Date: DatabaseValueConvertible {
    /// Stored as ISO 8601 text in UTC with milliseconds, `2024-03-05T08:15:30.250Z`, so the
    /// value sorts as text and reads plainly in the `sqlite3` shell. Sub-millisecond parts are
    /// rounded away.
    public var databaseValue: DatabaseValue {
        let milliseconds = Int64((timeIntervalSince1970 * 1000).rounded())
        let (days, inDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (dayOrdinal, millisecondOfDay) = inDay < 0 ? (days - 1, inDay + 86_400_000) : (days, inDay)
        let day = Day(ordinal: Int(dayOrdinal))
        let ms = Int(millisecondOfDay)
        // The day's text, then "THH:MM:SS.mmmZ" written digit by digit after it, in one string:
        // ingest stamps every article with it.
        let date = day.description
        let clock = date.utf8.count
        let text = String(unsafeUninitializedCapacity: clock + 14) { text in
            _ = UnsafeMutableBufferPointer(rebasing: text[..<clock]).initialize(fromContentsOf: date.utf8)
            func put(_ value: Int, width: Int, after mark: UInt8, at offset: Int) {
                let start = clock + offset
                text[start] = mark
                var rest = value
                for position in (start + 1...start + width).reversed() {
                    text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(ms / 3_600_000, width: 2, after: UInt8(ascii: "T"), at: 0)
            put(ms / 60_000 % 60, width: 2, after: UInt8(ascii: ":"), at: 3)
            put(ms / 1000 % 60, width: 2, after: UInt8(ascii: ":"), at: 6)
            put(ms % 1000, width: 3, after: UInt8(ascii: "."), at: 9)
            text[clock + 13] = UInt8(ascii: "Z")
            return clock + 14
        }
        return .text(text)
    }

    /// Reads the form written above; `nil` for any other text.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        guard case .text(let text) = value else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[23] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
            let day = Day(year: year, month: month, day: dayOfMonth),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            let millisecond = number(20..<23), hour < 24, minute < 60, second < 60
        else { return nil }
        let milliseconds =
            Int64(day.ordinal) * 86_400_000 + Int64(((hour * 60 + minute) * 60 + second) * 1000 + millisecond)
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
