import Extraction
import Testing

@testable import Storage

@Suite("Query plans use indexes")
struct QueryPlanTests {
    /// The `detail` column of EXPLAIN QUERY PLAN for `query`.
    private func plan(_ query: EventQuery, in db: Database) throws -> [String] {
        try db.makeStatement("EXPLAIN QUERY PLAN " + query.sql).fetchAll(query.arguments).map { $0["detail"] }
    }

    @Test("events of a country between two dates are found through the country index")
    func countryAndDates() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let steps = try plan(
            EventQuery(
                EventFilter(countries: ["VN"], from: PartialDate(iso: "2018"), to: PartialDate(iso: "2019-03"))),
            in: db)
        #expect(
            steps.contains { $0.contains("USING COVERING INDEX event_countries_by_country (country=?)") }, "\(steps)")
        #expect(!steps.contains { $0.hasPrefix("SCAN") }, "\(steps)")
    }

    @Test("a date range alone searches the timeline index")
    func datesOnly() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let steps = try plan(EventQuery(EventFilter(from: PartialDate(iso: "2018"))), in: db)
        #expect(steps.contains { $0.hasPrefix("SEARCH e USING INDEX events_timeline") }, "\(steps)")
        #expect(!steps.contains { $0.hasPrefix("SCAN") }, "\(steps)")
    }

    @Test("the whole timeline is read in index order, with no sort")
    func timelineOrder() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let steps = try plan(EventQuery(EventFilter()), in: db)
        #expect(steps == ["SCAN e USING INDEX events_timeline"])
    }

}
