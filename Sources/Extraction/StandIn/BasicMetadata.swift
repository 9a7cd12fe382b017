/// A stand-in for the metadata reader until it is merged: the publication date and the
/// dateline city, read with the date tagger and the gazetteer.
enum BasicMetadata {
    /// The first fully written date in the first 1,500 bytes, else the last one in the text's
    /// last 600 bytes (a footer such as "(China Daily August 17, 2005)").
    static func published(_ text: [UInt8]) -> Day? {
        let tagger = DateTagger()
        let head = text.prefix(1500).withUnsafeBufferPointer { tagger.tag(utf8: $0, published: nil) }
        for mention in head where !mention.isRelative {
            if case .day(let day)? = mention.start { return day }
        }
        if let day = numericMonthDate(text.prefix(1500)) { return day }
        let tailStart = max(0, text.count - 600)
        let tail = text[tailStart...].withUnsafeBufferPointer { tagger.tag(utf8: $0, published: nil) }
        for mention in tail.reversed() where !mention.isRelative {
            if case .day(let day)? = mention.start { return day }
        }
        return nil
    }

    private static let monthAbbreviations = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// "10-Sep-2019": day, month abbreviation and year joined by hyphens, as some sites stamp pages.
    private static func numericMonthDate(_ text: ArraySlice<UInt8>) -> Day? {
        let bytes = Array(text)
        var index = 0
        while index + 10 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x2D, index >= 1, index + 9 <= bytes.count, bytes[index + 4] == 0x2D else { continue }
            let month = String(decoding: bytes[(index + 1)..<(index + 4)], as: UTF8.self).lowercased()
            guard let number = monthAbbreviations.firstIndex(of: month) else { continue }
            var dayStart = index
            while dayStart > 0, dayStart > index - 2, (0x30...0x39).contains(bytes[dayStart - 1]) { dayStart -= 1 }
            guard dayStart < index, let day = Int(String(decoding: bytes[dayStart..<index], as: UTF8.self)),
                let year = Int(String(decoding: bytes[(index + 5)..<(index + 9)], as: UTF8.self))
            else { continue }
            if let value = Day(year: year, month: number + 1, day: day) { return value }
        }
        return nil
    }

    /// The city that opens a dateline line ("BEIJING, Oct. 24 (Xinhua) --", "HANOI (VNA) -",
    /// "NAY PYI TAW, 31 Oct—"), when the gazetteer knows it.
    static func dateline(_ text: [UInt8], sentences: [Range<Int>]) -> (name: String, country: String)? {
        for sentence in sentences.prefix(40) where sentence.lowerBound < 3000 {
            var end = sentence.lowerBound
            while end < sentence.upperBound, end - sentence.lowerBound < 32 {
                let byte = text[end]
                if byte == 0x2C || byte == 0x28 || byte == 0x3A || byte == 0xE2 || byte == 0x2D { break }
                end += 1
            }
            guard end < sentence.upperBound, end > sentence.lowerBound else { continue }
            let head = String(decoding: text[sentence.lowerBound..<end], as: UTF8.self)
            let name = head.split(separator: " ").joined(separator: " ")
            guard let first = name.unicodeScalars.first, first.properties.isUppercase, !name.isEmpty else { continue }
            let cities = Gazetteer.shared.cities.cities(named: name)
            if let city = cities.max(by: { $0.population < $1.population }), city.population > 50_000 {
                return (city.name, city.countryCode)
            }
        }
        return nil
    }
}
