import Testing

@testable import Extraction

/// Words and numbers that look like dates but are not.
@Suite("False positives")
struct FalsePositiveTests {
    static let cases: [TaggingCase] = [
        TaggingCase("Officials may meet again soon.", "2015-10-21"),
        TaggingCase("May I ask a question about the border?", "2015-10-21"),
        TaggingCase("Protesters plan to march on the embassy.", "2015-10-21"),
        TaggingCase("March on, the commander told the troops.", "2015-10-21"),
        TaggingCase("He cited Resolution No. 2 of the council.", "2015-10-21"),
        TaggingCase("The team won 3-1 in the final.", "2015-10-21"),
        TaggingCase("The session began at 10:30 and closed at 16:45.", "2015-10-21"),
        TaggingCase("Police seized 2,015 kilograms of heroin.", "2015-10-21"),
        TaggingCase("Police seized 2015 kilograms of heroin.", "2015-10-21"),
        TaggingCase("The suspect was charged under Article 5 and Section 2.", "2015-10-21"),
        TaggingCase("Call the hotline on +86 10 6512 2015 for help.", "2015-10-21"),
        TaggingCase("Call 021-2015-3344 for details.", "2015-10-21"),
        TaggingCase("The COVID-19 pandemic slowed cooperation.", "2015-10-21"),
        TaggingCase("The country presented its Vision 2025 plan.", "2015-10-21"),
        TaggingCase("Officers guard the border 24/7.", "2015-10-21"),
        TaggingCase("The police force has 2000 officers.", "2015-10-21"),
        TaggingCase("More than 2000 suspects were detained.", "2015-10-21"),
        TaggingCase("Growth reached 6.9 percent in the quarter.", "2015-10-21"),
        TaggingCase("Flight MH370 vanished over the sea.", "2015-10-21"),
        TaggingCase("Police seized 1.5 tonnes of drugs and 12 guns.", "2015-10-21"),
        TaggingCase("He met Jan Eliasson in the capital.", "2015-10-21"),
        TaggingCase("Patrols ran twice a day for two weeks.", "2015-10-21"),
        TaggingCase("The ratio was 3/4 of all cases.", "2015-10-21"),
        TaggingCase("Officers may, in future, patrol jointly.", "2015-10-21"),
        TaggingCase("Detectives questioned April Santos and May Tan.", "2015-10-21"),
        TaggingCase("The Christmas Island centre took in 40 people.", "2015-10-21"),
        TaggingCase("Christmas shopping slowed.", "2015-10-21"),
        TaggingCase("Analysts expect rice prices to fall.", "2015-10-21"),
        TaggingCase("The fall of the old regime changed the routes.", "2015-10-21"),
        TaggingCase("Shares rose after the fall in exports.", "2015-10-21"),
        TaggingCase("Checks were stepped up ahead of the Spring Festival.", "2015-10-21"),
        TaggingCase("The Arab Spring changed the region.", "2015-10-21"),
        TaggingCase("The country held its 15th general election.", "2015-10-21"),
        TaggingCase("Talks moved to the 15th floor.", "2015-10-21"),
        TaggingCase("Troops of the 2nd Infantry Division were sent.", "2015-10-21"),
        TaggingCase("Police raided a 7-Eleven store.", "2015-10-21"),
        TaggingCase("Some 2000 troops were deployed.", "2015-10-21"),
        TaggingCase("The home side scored twice in the second half.", "2015-10-21"),
        TaggingCase("The first quarter of the match was quiet.", "2015-10-21"),
        TaggingCase("He said that years of talks had failed.", "2015-10-21"),
        TaggingCase("Envoys from Jakarta said this would take years, that is, a decade.", "2015-10-21"),
        TaggingCase("Trade between them grew by a fifth; that is what the day showed.", "2015-10-21"),
    ]

    @Test("look-alikes are not tagged", arguments: cases)
    func lookAlikes(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }
}
