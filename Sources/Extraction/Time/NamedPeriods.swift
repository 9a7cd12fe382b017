/// Periods named by words rather than numbers: parts of a year (`YearPartScanner`), fixed
/// holidays (`HolidayScanner`) and decades (`DecadeScanner`), each scanner tried only where
/// its first word can start it.
struct NamedPeriods {
    let tokens: UnsafeBufferPointer<TimeToken>
    private let yearParts: YearPartScanner
    private let holidays: HolidayScanner
    private let decades: DecadeScanner

    init(tokens: UnsafeBufferPointer<TimeToken>) {
        self.tokens = tokens
        yearParts = YearPartScanner(tokens: tokens)
        holidays = HolidayScanner(tokens: tokens)
        decades = DecadeScanner(tokens: tokens)
    }

    func match(at index: Int) -> TimeMatch? {
        guard let keyword = tokens[index].keyword else {
            return tokens[index].kind == .number ? decades.match(at: index) : nil
        }
        if YearPartScanner.canStart(with: keyword), let match = yearParts.match(at: index) { return match }
        if HolidayScanner.canStart(with: keyword) { return holidays.match(at: index) }
        return DecadeScanner.canStart(with: keyword) ? decades.match(at: index) : nil
    }
}
