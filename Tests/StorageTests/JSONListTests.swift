import Testing

@testable import Storage

@Suite("Meeting list columns")
struct JSONListTests {
    @Test("values are sorted, without repeats; an empty list is []")
    func sortedUnique() {
        #expect(JSONList.text(["VN", "LA", "VN"]) == #"["LA","VN"]"#)
        #expect(JSONList.text([]) == "[]")
        #expect(JSONList.text(["KH", "LA", "VN"]) == #"["KH","LA","VN"]"#)
        #expect(JSONList.text(["LA", "LA", "VN"]) == #"["LA","VN"]"#)
    }

    @Test("quotes, backslashes and control characters are escaped, and SQLite reads the values back")
    func escaping() throws {
        let values = ["a\"b", "c\\d", "e\nf\u{1}", "Hà Nội"]
        let text = JSONList.text(values)
        #expect(text == #"["Hà Nội","a\"b","c\\d","e\u000af\u0001"]"#)
        let db = try Database.inMemory()
        let read: [String] = try db.fetchAll("SELECT value FROM json_each(?)", [.text(text)]).map { $0[0] }
        #expect(Set(read) == Set(values))
    }
}
