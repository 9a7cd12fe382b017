import Extraction
import Foundation
import Testing

@testable import Storage

@Suite("Values round-trip through SQLite")
struct DatabaseValueTests {
    /// Binds `value` into a STRICT ANY column and reads it back.
    private func roundTrip(_ value: DatabaseValue) throws -> DatabaseValue {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(v ANY) STRICT")
        try db.execute("INSERT INTO t(v) VALUES (?)", [value])
        return try db.fetchOne("SELECT v FROM t")!.values[0]
    }

    @Test(
        "each storage class comes back as it went in",
        arguments: [
            DatabaseValue.null, .integer(0), .integer(Int64.max), .integer(Int64.min), .real(-2.5),
            .real(1e300), .text(""), .text("Vientiane – ເວียงຈັນ"), .text("a\u{0}b"), .blob(Data()),
            .blob(Data([0, 1, 254, 255])),
        ])
    func storageClasses(value: DatabaseValue) throws {
        let back = try roundTrip(value)
        #expect(back == value, "bound \(value), read \(back)")
    }

    @Test("texts and blobs bound together in one statement each come back, empty ones too")
    func manyLentValues() throws {
        let db = try Database.inMemory()
        let bridged = String(NSString(string: "Phnom Penh – ភ្នំពេញ"))
        let values: [DatabaseValue] = [
            .text("Hanoi"), .blob(Data([1, 2, 3])), .integer(7), .text(""), .blob(Data()), .null,
            .text(bridged), .text(String("Jakarta, Indonesia".split(separator: ",")[0])), .real(1.5),
            .blob(Data(repeating: 0xAB, count: 5000)), .text(String(repeating: "x", count: 5000)),
        ]
        let row = try db.fetchOne(
            "SELECT " + Array(repeating: "?", count: values.count).joined(separator: ", "), values)!
        #expect(row.values == values)
    }

    @Test("a statement that failed while running runs again with new values")
    func runsAfterFailure() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(v TEXT NOT NULL UNIQUE) STRICT")
        try db.execute("INSERT INTO t(v) VALUES (?)", [.text("Yangon")])
        #expect(throws: DatabaseError.self) { try db.execute("INSERT INTO t(v) VALUES (?)", [.text("Yangon")]) }
        try db.execute("INSERT INTO t(v) VALUES (?)", [.text("Mandalay")])
        #expect(try db.fetchAll("SELECT v FROM t ORDER BY v").map { $0[0] as String } == ["Mandalay", "Yangon"])
    }

    @Test("Swift types convert both ways")
    func swiftTypes() throws {
        let db = try Database.inMemory()
        let date = Date(timeIntervalSince1970: 1_600_000_000.25)
        let row = try db.fetchOne(
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?",
            [
                42.databaseValue, 0.5.databaseValue, "Bangkok".databaseValue, Data([9, 8]).databaseValue,
                date.databaseValue, (nil as String?).databaseValue, true.databaseValue,
                PartialDate.month(year: 2019, month: 11).databaseValue,
            ])!
        #expect(row[0] as Int == 42)
        #expect(row[1] as Double == 0.5)
        #expect(row[2] as String == "Bangkok")
        #expect(row[3] as Data == Data([9, 8]))
        #expect(row[4] as Date == date)
        #expect(row[4] as String == "2020-09-13T12:26:40.250Z")
        #expect(row[5] as String? == nil)
        #expect(row[6] as Bool == true)
        #expect(row[7] as PartialDate == .month(year: 2019, month: 11))
    }

    @Test(
        "dates are ISO 8601 UTC text with milliseconds",
        arguments: [
            (0.0, "1970-01-01T00:00:00.000Z"),
            (-0.001, "1969-12-31T23:59:59.999Z"),
            (951_782_400.5, "2000-02-29T00:00:00.500Z"),
            (4_102_444_799.999, "2099-12-31T23:59:59.999Z"),
        ])
    func dateText(seconds: Double, text: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(date.databaseValue == .text(text))
        #expect(Date.fromDatabaseValue(.text(text)) == date)
    }

    @Test(
        "text that is not the stored date form reads as no date",
        arguments: ["2020-09-13", "2020-13-01T00:00:00.000Z", "x"])
    func badDateText(text: String) {
        #expect(Date.fromDatabaseValue(.text(text)) == nil)
    }

    @Test("partial dates keep their precision", arguments: ["2015", "2015-10", "2015-10-23"])
    func partialDates(text: String) {
        let date = PartialDate(iso: text)!
        #expect(date.databaseValue == .text(text))
        #expect(PartialDate.fromDatabaseValue(.text(text)) == date)
    }

    @Test("an optional reads NULL as nil and a value as itself")
    func optionals() {
        #expect(Int?.fromDatabaseValue(.null) == .some(nil))
        #expect(Int?.fromDatabaseValue(.integer(3)) == .some(3))
        #expect(Int?.fromDatabaseValue(.text("3")) == nil)
    }
}
