import Testing

@testable import Extraction

@Suite("City wordings")
struct CityWordingsTests {
    /// A table sorted as the generator sorts it: by bytes with ASCII letters lower-cased.
    let wordings = CityWordings("Hanoi\t3\nHANOI\t7\nhanoi\t2|9\nHue\t4\nHuế\t4\nHà Nội\t3\nVictoria\t1|5|8")

    private func number(_ name: String) -> Int? {
        Array(name.utf8).withUnsafeBufferPointer { wordings.number(of: $0) }
    }

    private func ignoringCase(_ name: String) -> Range<Int> {
        Array(name.utf8).withUnsafeBufferPointer { wordings.numbers(ignoringCase: $0) }
    }

    @Test("a wording is found only as written")
    func exact() {
        #expect(number("Hà Nội") == 5)
        #expect(number("HANOI") == 1)
        #expect(number("hanoi") == 2)
        #expect(number("Huế") == 4)
        #expect(number("HaNoi") == nil)
        #expect(number("Hu") == nil)
        #expect(number("") == nil)
        #expect(number("Zurich") == nil)
    }

    @Test("every wording equal but for ASCII case is found, in table order")
    func foldedRun() {
        #expect(ignoringCase("hAnOi") == 0..<3)
        #expect(ignoringCase("VICTORIA") == 6..<7)
        #expect(ignoringCase("Victori").isEmpty)
        #expect(ignoringCase("Aachen").isEmpty)
        #expect(ignoringCase("Zurich").isEmpty)
    }

    @Test("city numbers are read from the table, and a run's are merged in order")
    func cities() {
        #expect(wordings.cities(of: 6) == [1, 5, 8])
        #expect(wordings.cities(of: 4) == [4])
        #expect(wordings.cities(of: 0..<3) == [2, 3, 7, 9])
        #expect(wordings.cities(of: 2..<2) == [])
        #expect((0..<wordings.count).map(wordings.cityCount) == [1, 1, 2, 1, 1, 1, 3])
    }

    @Test("each wording is given once, in table order")
    func forEachWording() {
        var seen: [String] = []
        wordings.forEachWording { number, bytes in
            #expect(number == seen.count)
            seen.append(String(decoding: bytes, as: UTF8.self))
        }
        #expect(seen == ["Hanoi", "HANOI", "hanoi", "Hue", "Huế", "Hà Nội", "Victoria"])
        #expect(wordings.count == 7)
    }

    @Test("the generated table is sorted, so every wording is found again")
    func generatedSorted() {
        let table = CityWordings.generated
        var failures: [String] = []
        table.forEachWording { number, bytes in
            if table.number(of: bytes) != number { failures.append(String(decoding: bytes, as: UTF8.self)) }
        }
        #expect(failures.isEmpty, "not found again: \(failures.prefix(10))")
    }

    @Test("the generated lower cases are Swift's, and list the cities of every wording that has them")
    func generatedLowerCases() {
        var expected: [[UInt8]: Set<Int32>] = [:]
        CityWordings.generated.forEachWording { number, bytes in
            guard !bytes.allSatisfy({ $0 < 0x80 }) else { return }
            let key = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
            #expect(!key.allSatisfy { $0 < 0x80 }, "\(key) lower-cases to ASCII")
            expected[key, default: []].formUnion(CityWordings.generated.cities(of: number))
        }
        let lowercased = CityWordings.lowercased
        #expect(lowercased.count == expected.count)
        for (key, cities) in expected {
            let found = key.withUnsafeBufferPointer { lowercased.number(of: $0) }
            let name = String(decoding: key, as: UTF8.self)
            guard let found else {
                Issue.record("no line for \(name)")
                continue
            }
            #expect(lowercased.cities(of: found) == cities.sorted(), "\(name)")
        }
    }
}
