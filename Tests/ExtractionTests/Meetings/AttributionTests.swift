import Testing

@testable import Extraction

/// One rule per test: the sentence is written here, the tagged words are marked
/// (see `MarkedArticle`), and the test names the behaviour it pins.
@Suite("Meeting field attribution")
struct AttributionTests {
    private func only(_ marked: String, published: String, dateline: HostCity? = nil) -> Meeting? {
        let meetings = MarkedArticle(marked, published: published, dateline: dateline).meetings()
        #expect(meetings.count == 1, "expected one meeting, got \(meetings)")
        return meetings.first
    }

    @Test("a close after 'wrapped up' and a length give the start")
    func closeAndLength() {
        let meeting = only(
            """
            [[Thai|TH~]] and [[Malaysian|MY~]] police [[yesterday|2020-06-12]] wrapped up [[three days of|+3]] \
            talks in [[Penang|@George Town,MY]] on [[smuggling|$smuggling]].
            """, published: "2020-06-13")
        #expect(meeting?.start?.description == "2020-06-10")
        #expect(meeting?.end?.description == "2020-06-12")
    }

    @Test("'a three-day workshop ... concluded in Surabaya, East Java, on Thursday' ends there")
    func endVerbBeforeAPlace() {
        let meeting = only(
            """
            A [[three-day|+3]] workshop on [[terrorism|$terrorism]] for police of [[Indonesia|ID]] and [[China|CN]] \
            concluded in [[Surabaya|@Surabaya,ID]], East Java, on [[Thursday|2024-09-12]].
            """, published: "2024-09-13")
        #expect(meeting?.start?.description == "2024-09-10")
        #expect(meeting?.end?.description == "2024-09-12")
    }

    @Test("'which wrapped up at a hotel yesterday after two days of talks' ends the dialogue named")
    func daysOfTalksEndTheDialogue() {
        let meeting = only(
            """
            Ministers of [[China|CN]] and [[Thailand|TH]] agreed on a hotline against [[scams|$telecom_fraud]] \
            at the close of the Ministerial Dialogue on Security, which wrapped up at a [[Bangkok|@Bangkok,TH]] \
            hotel [[yesterday|2019-08-22]] after [[two days|+2]] of talks.
            """, published: "2019-08-23")
        #expect(meeting?.start?.description == "2019-08-21")
        #expect(meeting?.end?.description == "2019-08-22")
    }

    @Test("'the meeting of the Council of ... held in Tashkent in April' takes the month its verb introduces")
    func heldFarFromTheNoun() {
        let meeting = only(
            """
            At the meeting of the Council of the Regional Anti-Terrorist Structure held in \
            [[Tashkent|@Tashkent,UZ]] in [[April|2018-04]], [[China|CN]] and [[Russia|RU]] agreed to share \
            intelligence on [[terrorism|$terrorism]].
            """, published: "2018-09-03")
        #expect(meeting?.start?.description == "2018-04")
    }

    @Test("a city well before the gathering's name is where someone spoke, not its venue")
    func farPlaceIsNoVenue() {
        let meeting = only(
            """
            Officials in [[Bangkok|@Bangkok,TH]] said counter-terrorism cooperation between [[China|CN]] and \
            [[Laos|LA]], which had long dominated the whole agenda of the first security dialogue, was now \
            handled elsewhere. The first security dialogue was held in [[Beijing|@Beijing,CN]] in [[2015|2015]].
            """, published: "2019-08-21")
        #expect(meeting?.city == "Beijing")
    }

    @Test("towns named in a list of provinces ('in Svay Rieng and Takeo provinces') are no venue")
    func provinceListIsNoVenue() {
        let meeting = only(
            """
            Ministers of [[Cambodia|KH]] and [[Vietnam|VN]] held talks in [[Hanoi|@Hanoi,VN]] on \
            [[Tuesday|2019-11-19]]. The talks focused on [[illegal border crossings|$illegal_immigration]], which \
            have increased in [[Svay Rieng|@Svay Rieng,KH]] and [[Takeo|@Takeo,KH]] provinces.
            """, published: "2019-11-21")
        #expect(meeting?.city == "Hanoi")
    }

    @Test("'open tomorrow' is the start, 'until Thursday' the end, and the future makes it scheduled")
    func openUntil() {
        let meeting = only(
            """
            Police of [[Laos|LA]] and [[Vietnam|VN]] will hold talks on [[drug trafficking|$drug_trafficking]]. \
            The talks, which open [[tomorrow|2021-04-06]] at the border post, will run until [[Thursday|2021-04-08]].
            """, published: "2021-04-05")
        #expect(meeting?.status == .scheduled)
        #expect(meeting?.start?.description == "2021-04-06")
        #expect(meeting?.end?.description == "2021-04-08")
    }

    @Test("what a speaker says the sides 'should' do after the talks is their agenda; a later aside is not")
    func speakerAgenda() {
        let meeting = only(
            """
            The police chiefs of [[Laos|LA]] and [[Cambodia|KH]] held talks on [[Monday|2022-05-09]]. The Lao chief \
            said the two sides should jointly fight [[online gambling|$gambling]]. Tourist numbers grew, despite \
            [[smuggling|$smuggling]] rings in the region.
            """, published: "2022-05-10")
        #expect(meeting?.topics == ["gambling"])
    }

    @Test("an officer of 'the Australian Federal Police' who presented a paper there takes part, with its topic")
    func presenterOfANamedForce() {
        let meeting = only(
            """
            Police chiefs from [[Laos|LA]] and [[Vietnam|VN]] held a meeting in [[Hanoi|@Hanoi,VN]] on \
            [[Monday|2022-05-09]]. A senior officer of the [[Australian|AU~]] Federal Police presented a paper on \
            [[terrorism financing|$terrorism]].
            """, published: "2022-05-10")
        #expect(meeting?.countries == ["AU", "LA", "VN"])
        #expect(meeting?.topics == ["terrorism"])
    }

    @Test("a bare 'will hold talks' keeps a date at the far end of its sentence")
    func bareNounFarDate() {
        let meeting = only(
            """
            [[Laos|LA]] and [[Cambodia|KH]] will hold talks on [[border security|$border_security]] in a \
            southern province of the country [[next month|2026-10]], an official said.
            """, published: "2026-09-28")
        #expect(meeting?.status == .scheduled)
        #expect(meeting?.start?.description == "2026-10")
    }

    @Test("a site named after a city ('Subic Bay') gives the host country, not the city")
    func siteNamedAfterCity() {
        let meeting = only(
            """
            Coast guard officers of [[Vietnam|VN]] and the [[Philippines|PH]] will hold talks on \
            [[smuggling|$smuggling]] at [[Subic|@Subic,PH]] Bay on [[Friday|2024-05-10]].
            """, published: "2024-05-06")
        #expect(meeting?.city == nil)
        #expect(meeting?.country == "PH")
    }

    @Test("a hall named after its city ('the Kuala Lumpur Convention Centre') makes that city the host")
    func hallNamedAfterCity() {
        let meeting = only(
            """
            Ministers of [[Laos|LA]] and [[Vietnam|VN]] held a meeting on [[drug trafficking|$drug_trafficking]] \
            at the [[Kuala Lumpur|@Kuala Lumpur,MY]] Convention Centre on [[Thursday|2025-11-06]].
            """, published: "2025-11-07")
        #expect(meeting?.city == "Kuala Lumpur")
        #expect(meeting?.country == "MY")
    }

    @Test("two days joined by 'and' are the start and the end")
    func dayPairs() {
        let meeting = only(
            """
            Security ministers from [[Thailand|TH]] and [[Laos|LA]] will hold a meeting on \
            [[drug smuggling|$drug_trafficking]] in [[Vientiane|@Vientiane,LA]] on [[Friday|2011-11-25]] and \
            [[Saturday|2011-11-26]].
            """, published: "2011-11-22")
        #expect(meeting?.start?.description == "2011-11-25")
        #expect(meeting?.end?.description == "2011-11-26")
        #expect(meeting?.evidence.first { $0.field == .end }?.text == "Friday and Saturday")
    }

    @Test("a meeting that only 'opened' on a day has no known end")
    func openedOnly() {
        let meeting = only(
            """
            [[Cambodian|KH~]] and [[Thai|TH~]] officials on [[Monday|2018-02-05]] opened a conference on \
            [[border security|$border_security]] in [[Siem Reap|@Siem Reap,KH]].
            """, published: "2018-02-05")
        #expect(meeting?.start?.description == "2018-02-05")
        #expect(meeting?.end == nil)
        #expect(meeting?.status == .held)
    }

    @Test("the day of a report ('said Tuesday') and of a dateline are not the meeting's")
    func reportedDates() {
        let meeting = only(
            """
            HANOI, [[Oct. 3|2019-10-03]] (VNA) -- Police chiefs from [[Vietnam|VN]] and [[China|CN]] will meet in \
            a ministerial meeting on [[cybercrime|$cybercrime]] next month, the ministry said [[Thursday|2019-10-03]].
            """, published: "2019-10-03")
        #expect(meeting?.start == nil)
        #expect(meeting?.status == .scheduled)
    }

    @Test("'here' under a dateline is the host city; a building named after a place is not")
    func hereAndBuildings() {
        let meeting = only(
            """
            VIENTIANE -- Delegations from [[Laos|LA]] and [[Thailand|TH]] held a seminar on \
            [[human trafficking|$human_trafficking]] here on [[Monday|2022-05-09]] at the \
            [[Luang Prabang|@Luang Prabang,LA]] Hotel.
            """, published: "2022-05-10", dateline: HostCity(name: "Vientiane", country: "LA"))
        #expect(meeting?.city == "Vientiane")
        #expect(meeting?.country == "LA")
        #expect(meeting?.kind == .seminar)
    }

    @Test("a country named alone as the venue gives the host country and no city")
    func countryVenue() {
        let meeting = only(
            """
            The ministers agreed to hold the next consultation on [[terrorism|$terrorism]] with \
            [[China|CN]] in [[Viet Nam|VN]] in [[2005|2005]].
            """, published: "2004-01-10")
        #expect(meeting?.city == nil)
        #expect(meeting?.country == "VN")
        #expect(meeting?.start?.description == "2005")
        #expect(meeting?.status == .scheduled)
    }

    @Test("demonyms before police, possessives before ministries and 'from' lists take part; places do not")
    func participants() {
        let meeting = only(
            """
            [[Thai|TH~]] police and [[China|CN]]'s Ministry of Public Security held a workshop on gangs that \
            fled to [[Myanmar|MM]] and [[Laos|LA]], with officers from [[Singapore|SG]] attending, in \
            [[Bangkok|@Bangkok,TH]] on [[Friday|2019-03-01]].
            """, published: "2019-03-02")
        #expect(meeting?.countries == ["CN", "SG", "TH"])
    }

    @Test("'the four countries' points back to the last list of four")
    func countedParties() {
        let meetings = MarkedArticle(
            """
            Ministers from [[China|CN]], [[Laos|LA]], [[Myanmar|MM]] and [[Thailand|TH]] approved a plan against \
            [[drug trafficking|$drug_trafficking]]. The four countries agreed at a meeting in \
            [[Beijing|@Beijing,CN]] [[last month|2011-10]] to launch the plan.
            """, published: "2011-11-22"
        ).meetings()
        #expect(meetings.first?.countries == ["CN", "LA", "MM", "TH"])
        #expect(meetings.first?.start?.description == "2011-10")
        #expect(meetings.first?.end == nil)
    }

    @Test("'the two sides' points back past a pair named only as places to the pair that takes part")
    func countedPartiesSkipPlaces() {
        let meeting = only(
            """
            Police chiefs of [[South Korea|KR]] and [[Vietnam|VN]] held talks in [[Seoul|@Seoul,KR]] on \
            [[Monday|2023-10-16]]. Fugitives often hide in [[the Philippines|PH]] and [[Thailand|TH]], the agency \
            said. The two sides also agreed to fight [[drug smuggling|$drug_trafficking]].
            """, published: "2023-10-16")
        #expect(meeting?.countries == ["KR", "VN"])
    }

    @Test("'the two countries' after two parties named one list at a time, each before its minister's name")
    func countedPartiesNamedOneByOne() {
        let meetings = MarkedArticle(
            """
            [[Vietnamese|VN~]] Deputy Minister Nguyen Van An and [[Chinese|CN~]] Vice Minister Li Wei held talks \
            on [[Monday|2023-11-13]] on [[telecom fraud|$telecom_fraud]]. The tenth ministerial conference on \
            [[drug trafficking|$drug_trafficking]] between the two countries will take place in [[China|CN]] [[next year|2024]].
            """, published: "2023-11-15"
        ).meetings()
        #expect(meetings.count == 2)
        #expect(meetings.last?.kind == .conference)
        #expect(meetings.last?.countries == ["CN", "VN"])
        #expect(meetings.last?.status == .scheduled)
    }

    @Test("'the two ministries' counts its parties, and the next meeting of a security series needs no cue of its own")
    func nextMeetingOfTheMinistries() {
        let meetings = MarkedArticle(
            """
            The public security ministers of [[Laos|LA]] and [[Vietnam|VN]] held their annual meeting in \
            [[Vientiane|@Vientiane,LA]] on [[Tuesday|2023-03-14]] on [[drug trafficking|$drug_trafficking]]. The \
            two ministries agreed to hold the next annual meeting in [[Vietnam|VN]] in [[2024|2024]].
            """, published: "2023-03-16"
        ).meetings()
        #expect(meetings.count == 2)
        #expect(meetings.last?.countries == ["LA", "VN"])
        #expect(meetings.last?.start?.description == "2024")
        #expect(meetings.last?.country == "VN")
    }

    @Test("police 'from dialogue partners China and Japan' who took part are parties")
    func dialoguePartners() {
        let meeting = only(
            """
            Police chiefs of [[Laos|LA]] and [[Thailand|TH]] opened a conference on [[cybercrime|$cybercrime]] \
            in [[Bangkok|@Bangkok,TH]] on [[Monday|2026-09-14]]. Police attaches from dialogue partners \
            [[China|CN]] and [[Japan|JP]] took part as observers.
            """, published: "2026-09-15")
        #expect(meeting?.countries == ["CN", "JP", "LA", "TH"])
    }

    @Test("delegations 'from our dialogue partners China and Japan' take part")
    func ourDialoguePartners() {
        let meeting = only(
            """
            Police chiefs of [[Laos|LA]] and [[Thailand|TH]] will open a conference on \
            [[cybercrime|$cybercrime]] in [[Bangkok|@Bangkok,TH]] on [[Monday|2026-09-14]]. "We will also \
            receive delegations from our dialogue partners [[China|CN]] and [[Japan|JP]]," the chief said.
            """, published: "2026-09-10")
        #expect(meeting?.countries == ["CN", "JP", "LA", "TH"])
    }

    @Test("'will visit Manila next month for talks' makes Manila the venue")
    func visitedCityIsTheVenue() {
        let meeting = only(
            """
            The head of the [[Japan|JP]] Coast Guard will visit [[Manila|@Manila,PH]] [[next month|2025-08]] for \
            talks with his [[Philippine|PH~]] counterpart on [[maritime security|$maritime_security]].
            """, published: "2025-07-10")
        #expect(meeting?.city == "Manila")
        #expect(meeting?.country == "PH")
    }

    @Test("parties named in an outcome sentence dated before the gathering tell of other times")
    func backgroundParties() {
        let meeting = only(
            """
            Coast guard chiefs of [[Japan|JP]] and the [[Philippines|PH]] will hold talks in \
            [[Manila|@Manila,PH]] [[next month|2025-08]] on [[maritime security|$maritime_security]]. \
            In [[June|2025-06]], officers from the [[United States|US]] took part in a joint drill as observers.
            """, published: "2025-07-10")
        #expect(meeting?.countries == ["JP", "PH"])
    }

    @Test("topics of sentences that report the agenda count; background sentences do not")
    func topics() {
        let meeting = only(
            """
            Police chiefs from [[Indonesia|ID]] and [[Malaysia|MY]] held talks in [[Jakarta|@Jakarta,ID]] on \
            [[Monday|2016-05-02]]. The two sides agreed to share information on [[terrorism|$terrorism]] suspects. \
            Since [[January|2016-01]], police have arrested dozens of [[drug|$drug_trafficking]] suspects.
            """, published: "2016-05-03")
        #expect(meeting?.topics == ["terrorism"])
    }

    @Test("an account of what was agreed goes on past the usual reach while each sentence reports an outcome")
    func longAccount() {
        let meeting = only(
            """
            Police of [[Cambodia|KH]] and [[China|CN]] held a working meeting in [[Phnom Penh|@Phnom Penh,KH]] on \
            [[Wednesday|2024-03-20]]. The host spoke first. The guest spoke next. Both praised the work. A lunch \
            followed. The two sides agreed to act on [[telecom fraud|$telecom_fraud]]. They also agreed to \
            enhance [[personnel training|$capacity_building]]. They pledged to share [[intelligence|$intelligence_sharing]].
            """, published: "2024-03-20")
        #expect(meeting?.topics == ["capacity_building", "intelligence_sharing", "telecom_fraud"])
    }

    @Test("plans dated after the talks and a year naming an event are agenda, not background")
    func laterPlansAreAgenda() {
        let meeting = only(
            """
            Officials of [[Russia|RU]] and [[China|CN]] held consultations in [[Moscow|@Moscow,RU]] on \
            [[June 8|2017-06-08]]. They agreed to work together on [[security|$major_event_security]] for the \
            [[2018|2018]] FIFA World Cup. They also agreed to launch [[joint patrols|$joint_operations]] \
            [[next month|2017-07]]. Since [[2010|2010]], police have seized tonnes of [[heroin|$drug_trafficking]].
            """, published: "2017-06-10")
        #expect(meeting?.topics == ["joint_operations", "major_event_security"])
    }

    @Test("what a course's participants will learn or its sessions covered is its agenda")
    func courseContents() {
        let meeting = only(
            """
            Police officers from [[Indonesia|ID]] and [[Malaysia|MY]] began a workshop in [[Semarang|@Semarang,ID]] \
            on [[Monday|2014-06-16]]. The host said the course was the largest this year. Participants will learn \
            how to trace [[illicit funds|$money_laundering]] moved through money changers.
            """, published: "2014-06-16")
        #expect(meeting?.topics == ["money_laundering"])
    }

    @Test("an organisation counts when the sentence says it attended, not when it is only named")
    func organizations() {
        let meeting = only(
            """
            Officials from [[Laos|LA]] and [[Cambodia|KH]] held a seminar on [[wildlife trafficking|$wildlife_crime]] \
            in [[Vientiane|@Vientiane,LA]] on [[Tuesday|2023-06-06]]. Representatives of [[UNODC|!UNODC]] also \
            attended. The [[ASEAN Secretary-General|!ASEAN_SECRETARIAT]] delivered remarks. The ministers agreed \
            that [[Interpol|!INTERPOL]] would keep the records.
            """, published: "2023-06-07")
        #expect(meeting?.organizations == ["ASEAN_SECRETARIAT", "UNODC"])
    }

    @Test("evidence spans point at the supporting words of the input")
    func evidenceSpans() {
        let article = MarkedArticle(
            """
            Ministers from [[Laos|LA]] and [[Thailand|TH]] held a ministerial meeting on \
            [[drug trafficking|$drug_trafficking]] in [[Vientiane|@Vientiane,LA]] on [[Friday|2021-03-05]].
            """, published: "2021-03-07")
        let bytes = Array(article.text.utf8)
        let meeting = article.meetings().first
        for evidence in meeting?.evidence ?? [] {
            let slice = String(decoding: bytes[evidence.span.offset..<evidence.span.end], as: UTF8.self)
            #expect(slice == evidence.text, "\(evidence.field) \(evidence.value)")
        }
        #expect(meeting?.evidence.contains { $0.field == .start && $0.text == "Friday" } == true)
        #expect(meeting?.evidence.contains { $0.field == .city && $0.text == "Vientiane" } == true)
    }

    @Test("'in the northern Thai city of Chiang Mai' is the venue")
    func cityOf() {
        let meetings = MarkedArticle(
            """
            Police chiefs of [[Laos|LA]] and [[Thailand|TH]] held talks in the northern Thai city of \
            [[Chiang Mai|@Chiang Mai,TH]] on [[Monday|2024-03-11]] on [[drug trafficking|$drug_trafficking]].
            """, published: "2024-03-12"
        ).meetings()
        #expect(meetings.first?.city == "Chiang Mai")
        #expect(meetings.first?.country == "TH")
    }

    @Test("'The 9th Meeting opened in X, a province, on Monday' is the start, and a later 'until' the end")
    func openedAfterTheTitle() {
        let meetings = MarkedArticle(
            """
            The 9th Regional Ministerial Meeting on Transnational Crime opened in [[Labuan Bajo|@Labuan Bajo,ID]], \
            East Nusa Tenggara, on [[Monday|2023-08-21]], with ministers from [[Malaysia|MY]] and \
            [[Thailand|TH]]. The meeting, chaired by the host's coordinating minister for legal and security \
            affairs, will discuss [[cybercrime|$cybercrime]] and [[terrorism|$terrorism]] until \
            [[Wednesday|2023-08-23]].
            """, published: "2023-08-22"
        ).meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.start?.description == "2023-08-21")
        #expect(meetings.first?.end?.description == "2023-08-23")
    }
}
