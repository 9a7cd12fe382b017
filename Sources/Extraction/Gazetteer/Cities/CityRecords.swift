/// The lines of the city table (``CityTable/cities``), kept as bytes and read into a ``City``
/// only when that city is asked for: an article names a few cities of the 34,000, so parsing
/// them all would cost every process far more than it saves.
struct CityRecords: Sendable {
    /// The cities of the generated table.
    static let generated = CityRecords(CityTable.cities)

    /// City `n` is the line `bytes[starts[n]..<starts[n + 1] - 1]`.
    private let bytes: [UInt8]
    private let starts: [Int32]

    /// Reads a table of one city per line: name, ASCII name (empty when the same), alpha-2,
    /// latitude, longitude, population and common word (1/0), separated by tabs.
    init(_ table: String) {
        var bytes = Array(table.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        self.starts = bytes.withUnsafeBufferPointer(Self.lineStarts)
        self.bytes = bytes
    }

    /// 0 and the offset after every line feed of `bytes`.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var starts: [Int32] = [0]
        // About forty bytes a line.
        starts.reserveCapacity(bytes.count / 32)
        var index = TableBreaks.lineFeed(from: 0, in: bytes)
        while index < bytes.count {
            starts.append(Int32(index + 1))
            index = TableBreaks.lineFeed(from: index + 1, in: bytes)
        }
        return starts
    }

    /// The number of cities.
    var count: Int { starts.count - 1 }

    /// City `number`, parsed from its line.
    func city(_ number: Int) -> City {
        bytes.withUnsafeBufferPointer { bytes in
            var position = Int(starts[number])
            let end = Int(starts[number + 1]) - 1
            /// The field at `position`, up to a tab or the end of the line; `position` moves past it.
            func field() -> UnsafeBufferPointer<UInt8> {
                let start = position
                while position < end && bytes[position] != UInt8(ascii: "\t") { position += 1 }
                defer { position += 1 }
                return UnsafeBufferPointer(rebasing: bytes[start..<position])
            }
            let name = String(decoding: field(), as: UTF8.self)
            let asciiName = field()
            let countryCode = Self.countryCode(field())
            let latitude = GeneratedTable.decimal(utf8: field())
            let longitude = GeneratedTable.decimal(utf8: field())
            let population = GeneratedTable.integer(utf8: field())
            let flag = field()
            let isCommonWord = flag.count == 1 && flag[0] == UInt8(ascii: "1")
            precondition(position == end + 1, "CityRecords: line \(number) has more than 7 fields")
            return City(
                name: name, asciiName: asciiName.isEmpty ? name : String(decoding: asciiName, as: UTF8.self),
                countryCode: countryCode, latitude: latitude!, longitude: longitude!, population: population!,
                isCommonWord: isCommonWord)
        }
    }

    /// Every pair of capital letters as a string, indexed by `26 * first + second`: a city's
    /// country code is taken from here instead of being made anew for every city read.
    private static let letterPairs: [String] = (0..<676).map { (pair: Int) -> String in
        let letters: [UInt8] = [UInt8(65 + pair / 26), UInt8(65 + pair % 26)]
        return String(decoding: letters, as: UTF8.self)
    }

    /// The country code written in `field`.
    private static func countryCode(_ field: UnsafeBufferPointer<UInt8>) -> String {
        guard field.count == 2, field[0] &- 65 < 26, field[1] &- 65 < 26 else {
            return String(decoding: field, as: UTF8.self)
        }
        return letterPairs[26 * Int(field[0] - 65) + Int(field[1] - 65)]
    }
}
