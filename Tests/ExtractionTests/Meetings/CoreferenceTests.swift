import Testing

@testable import Extraction

@Suite("Coreference of mentions into gatherings")
struct CoreferenceTests {
    @Test("'the talks' and 'the two-day gathering' join the gathering named before them")
    func anaphors() {
        let meetings = MarkedArticle(
            """
            Police chiefs from [[Laos|LA]] and [[Thailand|TH]] began talks on [[drug trafficking|$drug_trafficking]] \
            in [[Udon Thani|@Udon Thani,TH]] on [[Monday|2020-02-10]]. The talks, a [[two-day|+2]] gathering, \
            also covered [[human trafficking|$human_trafficking]].
            """, published: "2020-02-10"
        ).meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.end?.description == "2020-02-11")
        #expect(meetings.first?.topics == ["drug_trafficking", "human_trafficking"])
    }

    @Test("a meeting on the sidelines of a forum is its own gathering and keeps the next sentence's agenda")
    func sidelines() {
        let meetings = MarkedArticle(
            """
            Officials of [[Malaysia|MY]] and [[China|CN]] agreed at a bilateral meeting on the sidelines of the \
            Regional Security Forum here [[yesterday|2019-09-10]]. "We also discussed the return of \
            [[fugitives|$fugitives]]," the officer said.
            """, published: "2019-09-11", dateline: HostCity(name: "Lianyungang", country: "CN")
        ).meetings()
        #expect(meetings.first?.kind == .meeting)
        #expect(meetings.first?.start?.description == "2019-09-10")
        #expect(meetings.first?.city == "Lianyungang")
        #expect(meetings.first?.topics == ["fugitives"])
    }

    @Test("a verb that reports a gathering lends its date to the noun that names it next")
    func verbThenNoun() {
        let meetings = MarkedArticle(
            """
            Security ministers from [[Thailand|TH]] and [[Laos|LA]] will meet in [[Vientiane|@Vientiane,LA]] on \
            [[Friday|2011-11-25]] to approve patrols against [[drug smuggling|$drug_trafficking]]. This week's \
            ministerial meeting is expected to settle the details.
            """, published: "2011-11-22"
        ).meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.kind == .meeting)
        #expect(meetings.first?.status == .scheduled)
        #expect(meetings.first?.start?.description == "2011-11-25")
    }

    @Test("a recalled summit years earlier does not take the focus from the meeting reported")
    func history() {
        let meetings = MarkedArticle(
            """
            Ministers from [[Cambodia|KH]] and [[Vietnam|VN]] held a consultation in [[Hanoi|@Hanoi,VN]] on \
            [[10 January 2004|2004-01-10]]. The ministers recalled the declaration adopted at the Sixth Mekong \
            Summit in [[Phnom Penh|@Phnom Penh,KH]] on [[4 November 2002|2002-11-04]]. The ministers agreed to \
            fight [[money laundering|$money_laundering]].
            """, published: "2004-01-10"
        ).meetings()
        #expect(meetings.first?.topics == ["money_laundering"])
        #expect(meetings.count == 1 || meetings.last?.topics == [])
    }

    @Test("an ordinal or a new date opens a second gathering of the same kind")
    func ordinals() {
        let meetings = MarkedArticle(
            """
            Leaders of [[China|CN]] and [[Laos|LA]] adopted a plan against [[drug trafficking|$drug_trafficking]] \
            at the first border security summit in [[Kunming|@Kunming,CN]] in [[March 2016|2016-03]]. Leaders of \
            the two countries met again in [[Vientiane|@Vientiane,LA]] in [[January|2018-01]] for the second border security summit.
            """, published: "2018-03-23"
        ).meetings()
        #expect(meetings.map { $0.start?.description } == ["2016-03", "2018-01"])
        #expect(meetings.map(\.city) == ["Kunming", "Vientiane"])
    }

    @Test("'the talks' after 'a two-day meeting' is that meeting, with the agenda said after it")
    func talksNameTheMeeting() {
        let meetings = MarkedArticle(
            """
            Police officials of [[Thailand|TH]] and [[Myanmar|MM]] held a [[two-day|+2]] meeting in \
            [[Mae Sot|@Mae Sot,TH]] that ended on [[Thursday|2024-03-14]]. After the talks, the police chief said \
            the two sides agreed to share [[intelligence|$intelligence_sharing]] on scam gangs.
            """, published: "2024-03-14"
        ).meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.kind == .meeting)
        #expect(meetings.first?.topics == ["intelligence_sharing"])
    }

    @Test("'the next round of talks' with its own venue and date is the same parties' next gathering")
    func nextRound() {
        let meetings = MarkedArticle(
            """
            Police officials of [[Thailand|TH]] and [[Myanmar|MM]] held talks in [[Mae Sot|@Mae Sot,TH]] on \
            [[Thursday|2024-03-14]]. The next round of talks will be held in [[Yangon|@Yangon,MM]] in \
            [[June|2024-06]], officials said. A next meeting is also possible, they said.
            """, published: "2024-03-14"
        ).meetings()
        #expect(meetings.map(\.city) == ["Mae Sot", "Yangon"])
        #expect(meetings.last?.status == .scheduled)
        #expect(meetings.last?.start?.description == "2024-06")
        #expect(meetings.last?.countries == ["MM", "TH"])
    }

    @Test("'the meeting, the fifth since the pact was launched in 2017' is dated by the report, not 2017")
    func foundingDate() {
        let meetings = MarkedArticle(
            """
            Defence officials of [[Indonesia|ID]] and [[Malaysia|MY]] met in [[Manila|@Manila,PH]] on \
            [[Wednesday|2023-10-18]]. The meeting, the fifth since the pact was launched in 2017, focused on \
            [[piracy|$maritime_security]] and [[terrorist|$terrorism]] fighters.
            """, published: "2023-10-18"
        ).meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.topics == ["maritime_security", "terrorism"])
    }

    @Test("'On the sidelines, ... held consultations' is its own gathering, where the one before was")
    func sidelineConsultations() {
        let meetings = MarkedArticle(
            """
            Ministers from [[Laos|LA]] and [[Cambodia|KH]] opened a meeting on [[terrorism|$terrorism]] in \
            [[Da Nang|@Da Nang,VN]] on [[Monday|2023-08-21]]. On the sidelines, the ministers also held \
            consultations on [[drug trafficking|$drug_trafficking]] with their counterparts from [[China|CN]] and \
            [[Japan|JP]] in the Mekong Plus Two format on [[Tuesday|2023-08-22]].
            """, published: "2023-08-22"
        ).meetings()
        #expect(meetings.map(\.kind) == [.meeting, .consultation])
        #expect(meetings.last?.start?.description == "2023-08-22")
        #expect(meetings.last?.city == "Da Nang")
        #expect(meetings.first?.start?.description == "2023-08-21")
    }
}
