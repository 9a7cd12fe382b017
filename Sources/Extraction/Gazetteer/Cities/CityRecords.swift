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

    /// 0 and the offset after every line feed of `bytes`. Eight bytes without a line feed, most
    /// of a line, are passed over at once: the table is over a megabyte long and read at every
    /// start-up.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var starts: [Int32] = [0]
        // About forty bytes a line.
        starts.reserveCapacity(bytes.count / 32)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let feeds = ones &* UInt64(UInt8(ascii: "\n"))
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                // A byte of `word` is 0 where the text has a line feed; the test is exact for "any".
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ feeds
                if (word &- ones) & ~word & (ones &* 0x80) != 0 {
                    for offset in index..<index + 8 where bytes[offset] == UInt8(ascii: "\n") {
                        starts.append(Int32(offset + 1))
                    }
                }
                index += 8
            }
        }
        for offset in index..<bytes.count where bytes[offset] == UInt8(ascii: "\n") { starts.append(Int32(offset + 1)) }
        return starts
    }

    /// The number of cities.
    var count: Int { starts.count - 1 }

    /// City `number`, parsed from its line.
    func city(_ number: Int) -> City {
        bytes.withUnsafeBufferPointer { bytes in
            var fields: [UnsafeBufferPointer<UInt8>] = []
            fields.reserveCapacity(7)
            var fieldStart = Int(starts[number])
            let end = Int(starts[number + 1]) - 1
            for index in fieldStart...end where index == end || bytes[index] == UInt8(ascii: "\t") {
                fields.append(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]))
                fieldStart = index + 1
            }
            precondition(fields.count == 7, "CityRecords: line \(number) has \(fields.count) fields")
            let name = String(decoding: fields[0], as: UTF8.self)
            return City(
                name: name, asciiName: fields[1].isEmpty ? name : String(decoding: fields[1], as: UTF8.self),
                countryCode: String(decoding: fields[2], as: UTF8.self),
                latitude: GeneratedTable.decimal(utf8: fields[3])!,
                longitude: GeneratedTable.decimal(utf8: fields[4])!,
                population: GeneratedTable.integer(utf8: fields[5])!,
                isCommonWord: fields[6].elementsEqual([UInt8(ascii: "1")]))
        }
    }
}
