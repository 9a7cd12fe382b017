import Testing

@testable import Extraction

@Suite("Meeting finder")
struct MeetingFinderTests {
    @Test("a held ministerial meeting takes date, one-day end, city, host and listed parties")
    func heldMeeting() {
        let article = MarkedArticle(
            """
            Ministers from [[Laos|LA]], [[Cambodia|KH]] and [[Vietnam|VN]] agreed on closer border work at a \
            ministerial meeting on law enforcement held in [[Vientiane|@Vientiane,LA]] on [[Friday|2021-03-05]]. \
            The meeting focused on [[drug trafficking|$drug_trafficking]] along the shared border.
            """, published: "2021-03-07")
        let meetings = article.meetings()
        #expect(meetings.count == 1, "\(meetings)")
        guard let meeting = meetings.first else { return }
        #expect(meeting.kind == .meeting)
        #expect(meeting.status == .held)
        #expect(meeting.start?.description == "2021-03-05")
        #expect(meeting.end?.description == "2021-03-05")
        #expect(meeting.city == "Vientiane")
        #expect(meeting.country == "LA")
        #expect(meeting.countries == ["KH", "LA", "VN"])
        #expect(meeting.topics == ["drug_trafficking"])
    }

    @Test("'The first was held in Beijing' after 'the second such meeting' is an earlier meeting of the same parties")
    func ellipticalEarlierOccurrence() {
        let meetings = MarkedArticle(
            """
            Police officers from [[Cambodia|KH]] and [[China|CN]] wrapped up a meeting in \
            [[Sihanoukville|@Sihanoukville,KH]] on [[Friday|2019-08-02]] on [[online gambling|$gambling]]. It was \
            the second such meeting between the two police forces. The first was held in [[Beijing|@Beijing,CN]] \
            in [[March 2018|2018-03]].
            """, published: "2019-08-03"
        ).meetings()
        #expect(meetings.count == 2, "\(meetings)")
        #expect(meetings.last?.kind == .meeting)
        #expect(meetings.last?.name == nil)
        #expect(meetings.last?.start?.description == "2018-03")
        #expect(meetings.last?.city == "Beijing")
        #expect(meetings.last?.countries == ["CN", "KH"])
    }

    @Test("a conference one side proposed is no occurrence; one the sides agreed to hold is scheduled")
    func proposedAndAgreed() {
        let proposed = MarkedArticle(
            """
            Police chiefs of [[Laos|LA]] and [[Thailand|TH]] held talks in [[Vientiane|@Vientiane,LA]] on \
            [[Monday|2024-05-06]] on [[drug trafficking|$drug_trafficking]]. The Lao chief proposed that the two \
            sides organise a conference on [[border security|$border_security]] in [[Bangkok|@Bangkok,TH]] \
            [[next year|2025]].
            """, published: "2024-05-08"
        ).meetings()
        #expect(proposed.map(\.kind) == [.talks])
        #expect(proposed.first?.topics == ["drug_trafficking"])
        let agreed = MarkedArticle(
            """
            Police chiefs of [[Laos|LA]] and [[Thailand|TH]] held talks in [[Vientiane|@Vientiane,LA]] on \
            [[Monday|2024-05-06]] on [[drug trafficking|$drug_trafficking]]. The two sides agreed to hold a \
            conference on [[border security|$border_security]] in [[Bangkok|@Bangkok,TH]] [[next year|2025]].
            """, published: "2024-05-08"
        ).meetings()
        #expect(agreed.map(\.kind) == [.talks, .conference])
        #expect(agreed.last?.status == .scheduled)
        #expect(agreed.last?.countries == ["LA", "TH"])
    }

    @Test("a member that will 'take part in its first' conference joins the one named, not a new one")
    func ownFirstAttendance() {
        let article = MarkedArticle(
            """
            [[Manila|@Manila,PH]] will host the 44th Police Chiefs Conference from [[Sept. 22 to 24|2026-09-22..2026-09-24]]. \
            Chiefs from [[Laos|LA]] and [[Timor-Leste|TL]], which will take part in its first Police Chiefs Conference, \
            are expected to attend.
            """, published: "2026-09-10")
        let meetings = article.meetings()
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.countries == ["LA", "PH", "TL"])
    }

    @Test("'the ministers met' right after a gathering is named goes on reporting it; 'will meet again' is another")
    func verbAfterNoun() {
        let article = MarkedArticle(
            """
            Police chiefs of [[Thailand|TH]] and [[Laos|LA]] held security talks in [[Vientiane|@Vientiane,LA]] on \
            [[Monday|2022-02-21]]. The ministers met with senior police officers of both forces. The ministers \
            agreed to share intelligence on [[drug trafficking|$drug_trafficking]]. Police officers of both sides \
            will meet again in [[Bangkok|@Bangkok,TH]] in [[May|2022-05]].
            """, published: "2022-02-22")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        guard meetings.count == 2 else { return }
        #expect(meetings[0].topics == ["drug_trafficking"])
        #expect(meetings[1].city == "Bangkok")
        #expect(meetings[1].start?.description == "2022-05")
    }

    @Test("'signed a memorandum' yesterday is a signing, 'was signed at the consultation' names where")
    func signings() {
        let alone = MarkedArticle(
            """
            Officials of [[Cambodia|KH]] and [[Vietnam|VN]] [[yesterday|2014-03-19]] signed a memorandum of \
            understanding on fighting [[human trafficking|$human_trafficking]] across their border. The memorandum \
            was signed at a ceremony in [[Phnom Penh|@Phnom Penh,KH]] before senior officials of both sides.
            """, published: "2014-03-20"
        ).meetings()
        #expect(alone.count == 1, "\(alone)")
        #expect(alone.first?.kind == .signing)
        #expect(alone.first?.city == "Phnom Penh")
        let ceremony = MarkedArticle(
            """
            Coast guards of the [[Philippines|PH]] and [[Vietnam|VN]] signed a memorandum on fighting \
            [[piracy|$maritime_security]] in [[Manila|@Manila,PH]] on [[Monday|2017-05-15]]. "The sea connects \
            our nations," the commandant said during the signing ceremony.
            """, published: "2017-05-16"
        ).meetings()
        #expect(ceremony.count == 1, "the signing ceremony is the signing: \(ceremony)")
        let atConsultation = MarkedArticle(
            """
            [[China|CN]] and [[ASEAN|#ASEAN]] signed a memorandum of understanding here [[Saturday|2004-01-10]] on \
            fighting [[drug trafficking|$drug_trafficking]] across the whole region. The memorandum was signed at \
            the first Ministerial Consultation on Transnational Crime, a one-day session in the capital.
            """, published: "2004-01-11"
        ).meetings()
        #expect(atConsultation.count == 1, "\(atConsultation)")
        #expect(atConsultation.first?.kind == .consultation)
        let recalled = MarkedArticle(
            """
            Officials said the border between the two countries had been quiet for many months now. The two \
            countries, [[Laos|LA]] and [[Cambodia|KH]], signed a [[border management|$border_security]] agreement \
            in [[2019|2019]].
            """, published: "2026-09-28"
        ).meetings()
        #expect(recalled.isEmpty, "a signing recalled with neither a day nor a city: \(recalled)")
    }

    @Test("'the next day' counts from the last gathering dated to the day; a courtesy call has the visit's parties")
    func nextDayAnchorsOnADay() {
        let text = """
            VIENTIANE, March 15, 2023 (VNA) -- Ministers of Vietnam and Laos held annual talks in Vientiane on \
            March 14 to fight drug trafficking. They recalled the talks held in Hanoi in April 2022. The next day, \
            the visiting minister paid a courtesy call on the Lao prime minister, who urged closer work against \
            drug trafficking.
            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        let call = meetings.first { $0.name == "courtesy call" }
        #expect(call?.start?.description == "2023-03-15", "\(meetings)")
        // A call on one party during the visit is made by the other party.
        #expect(call?.countries == ["LA", "VN"])
    }

    @Test("who will attend, told before the gathering is named, and a title 'formally titled' are the one gathering")
    func leadThenTitledTalks() {
        let article = MarkedArticle(
            """
            Marine police of [[Thailand|TH]] will propose night patrols on the river when commanders meet \
            later this week, a senior officer said on Sunday. He said drug gangs had moved to the night hours. \
            He will lead the Thai delegation to the meeting from the port city. Police officers of [[China|CN]] and \
            [[Laos|LA]] will also attend. The talks are formally titled the "River Law Enforcement Coordination \
            Meeting" and will take place on [[Wednesday|2016-12-07]] in [[Jinghong|@Jinghong,CN]].
            """, published: "2016-12-05")
        let meetings = article.meetings()
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.city == "Jinghong")
        #expect(meetings.first?.countries == ["CN", "LA", "TH"])
    }

    @Test("a centre 'based in' a city is no venue; side talks take the setting's city")
    func sideTalksTakeTheSettingsCity() {
        let article = MarkedArticle(
            """
            Ministers of [[Laos|LA]], [[China|CN]] and [[Thailand|TH]] met at a ministerial dialogue in \
            [[Kunming|@Kunming,CN]] on [[September 19|2023-09-19]] on [[drug trafficking|$drug_trafficking]]. \
            The director of the centre, which is based in [[Vientiane|@Vientiane,LA]], briefed the dialogue on \
            its work. On the sidelines of the dialogue, the [[Lao|LA~]] minister held bilateral talks with \
            his [[Chinese|CN~]] counterpart on railway security.
            """, published: "2023-09-21")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        #expect(meetings.allSatisfy { $0.city == "Kunming" }, "\(meetings)")
    }

    @Test(
        "'it was the first meeting of the two chiefs in five years' ranks the talks, and 'the first dialogue' again is the one named"
    )
    func ordinalsThatOpenNothing() {
        let talks = MarkedArticle(
            """
            Police chiefs of [[Japan|JP]] and [[South Korea|KR]] held talks in [[Tokyo|@Tokyo,JP]] on \
            [[Thursday|2024-06-13]] on [[cybercrime|$cybercrime]]. It was the first meeting of the two police \
            chiefs in five years.
            """, published: "2024-06-14"
        ).meetings()
        #expect(talks.count == 1, "\(talks)")
        let dialogues = MarkedArticle(
            """
            Ministers of [[China|CN]] and [[Laos|LA]] opened a security dialogue in [[Bangkok|@Bangkok,TH]] on \
            [[Wednesday|2019-08-21]] on [[terrorism|$terrorism]]. The first dialogue was held in \
            [[Beijing|@Beijing,CN]] in [[2015|2015]] between the same ministers. Officials said terrorism had \
            dominated the agenda of the first dialogue.
            """, published: "2019-08-21"
        ).meetings()
        #expect(dialogues.count == 2, "\(dialogues)")
    }

    @Test("'On the same day, the police chief received the US ambassador' is a call of its own")
    func sameDayCallIsItsOwn() {
        let article = MarkedArticle(
            """
            Police officers of [[Thailand|TH]] and [[Laos|LA]] began a workshop on [[online fraud|$telecom_fraud]] \
            in [[Bangkok|@Bangkok,TH]] on [[Monday|2024-08-05]]. On the same day, the [[Thai|TH~]] police chief \
            received [[US|US]] Ambassador Robert Smith in [[Bangkok|@Bangkok,TH]] to discuss [[extradition|$fugitives]].
            """, published: "2024-08-09")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        #expect(meetings.last?.countries == ["TH", "US"])
    }

    @Test("'the chiefs last held talks in Seoul in 2019' is the previous occurrence, not the talks to come")
    func lastHeldTalks() {
        let article = MarkedArticle(
            """
            The police chief of [[South Korea|KR]] will hold talks with his [[Japanese|JP~]] counterpart on \
            [[voice phishing|$telecom_fraud]] on [[Thursday|2024-06-13]], the agency said on Monday. The police \
            chiefs of the two countries last held talks in [[Seoul|@Seoul,KR]] in [[2019|2019]].
            """, published: "2024-06-10")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        #expect(meetings.first?.city == nil)
        #expect(meetings.last?.city == "Seoul")
    }

    @Test("'will meet their counterparts at the consultation' reports that consultation, not the meeting before")
    func verbBeforeItsNoun() {
        let article = MarkedArticle(
            """
            Ministers of [[ASEAN|#ASEAN]] adopted a declaration on [[online scams|$telecom_fraud]] at their ministerial \
            meeting in [[Bandar Seri Begawan|@Bandar Seri Begawan,BN]] on [[Thursday|2026-08-27]]. The ministers \
            will meet their counterparts from [[China|CN]] and [[Japan|JP]] at the Plus Three Consultation \
            [[tomorrow|2026-08-29]] to discuss [[drug trafficking|$drug_trafficking]].
            """, published: "2026-08-28")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        #expect(meetings.first?.countries.contains("CN") == false, "\(meetings)")
    }

    @Test("'their last meeting' with its own date and city is a second gathering of the same parties")
    func recalledMeetingOfTheSameParties() {
        let article = MarkedArticle(
            """
            [[Laos|LA]] and [[China|CN]] signed a pact on [[border security|$border_security]] at a meeting of \
            their security ministers in [[Vientiane|@Vientiane,LA]] on [[Thursday|2025-11-20]]. The ministers \
            recalled that their last meeting, held in [[Kunming|@Kunming,CN]] on [[12 June 2022|2022-06-12]], had \
            set up a hotline.
            """, published: "2025-11-21")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        guard meetings.count == 2 else { return }
        #expect(meetings[1].start?.description == "2022-06-12")
        #expect(meetings[1].city == "Kunming")
        #expect(meetings[1].countries == ["CN", "LA"])
        #expect(meetings[1].evidence.contains { $0.field == .countries && $0.text == "their" })
    }

    @Test("'At the talks, ...' points back: a date said there is what was discussed, not a new gathering")
    func settingTakesNoDate() {
        let article = MarkedArticle(
            """
            A [[Thai|TH~]] police delegation held talks with [[Malaysian|MY~]] counterparts in \
            [[Penang|@George Town,MY]] on [[March 3|2024-03-03]]. At the talks, the two sides reviewed their \
            joint work in [[2023|2023]] and agreed to act against [[high-tech crime|$cybercrime]].
            """, published: "2024-03-04")
        let meetings = article.meetings()
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.start?.description == "2024-03-03")
        #expect(meetings.first?.topics == ["cybercrime"])
    }

    @Test("'the first meeting of the committee', recalled with its date, is another gathering of the same parties")
    func numberedOccurrenceOfTheSameSeries() {
        let article = MarkedArticle(
            """
            The coast guards of [[China|CN]] and the [[Philippines|PH]] held the second meeting of their joint \
            committee on [[maritime security|$maritime_security]] in [[Manila|@Manila,PH]] on \
            [[Tuesday|2020-01-14]]. The first meeting of the committee was held in [[Beijing|@Beijing,CN]] in \
            [[February 2017|2017-02]].
            """, published: "2020-01-15")
        let meetings = article.meetings()
        #expect(meetings.count == 2, "\(meetings)")
        guard meetings.count == 2 else { return }
        #expect(meetings[1].start?.description == "2017-02")
        #expect(meetings[1].city == "Beijing")
        #expect(meetings[1].countries == ["CN", "PH"])
    }

    @Test("a gathering still to come never takes the dispatch's date from the dateline")
    func futureIgnoresDatelineDate() {
        let text = """
            HANOI, Jan. 9, 2023 (Wire) -- Vietnam and Cambodia will hold the fifth meeting of their joint working \
            group on drug control in Siem Reap in the coming months, officials said on Monday.

            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.status == .scheduled)
        #expect(meetings.first?.start == nil)
    }

    @Test("talks 'on the sidelines of' a forum are their own gathering, with their own parties and its start")
    func sidelineTalks() {
        let text = """
            NANNING, June 3, 2023 -- A two-day China-ASEAN forum on law enforcement cooperation opened in Nanning \
            on Saturday, with police officials from China, Vietnam and Laos attending.

            On the sidelines of the forum, Chinese and Vietnamese police chiefs held bilateral talks on border \
            management.

            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.count == 2, "\(meetings)")
        guard meetings.count == 2 else { return }
        #expect(meetings[1].kind == .talks)
        #expect(meetings[1].countries == ["CN", "VN"])
        #expect(meetings[1].start?.description == "2023-06-03")
        #expect(meetings[1].end == nil)
    }

    @Test("a gathering told only by its verb ('officials met in Seoul') is an untitled meeting")
    func verbOnlyMeeting() {
        let text = """
            SEOUL, April 2, 2024 (Wire) -- Senior officials of China, Japan and South Korea met in Seoul on \
            Tuesday to discuss cybercrime and money laundering, the foreign ministry said.

            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.kind == .meeting)
        #expect(meetings.first?.name == nil)
        #expect(meetings.first?.city == "Seoul")
        #expect(meetings.first?.countries == ["CN", "JP", "KR"])
        #expect(meetings.first?.start?.description == "2024-04-02")
    }

    @Test("'the 58th meeting' right after 'a two-day meeting of the committee' is the same gathering")
    func numberedAfterward() {
        let text = """
            PUTRAJAYA, 5 Feb 2025 -- Malaysia and Thailand agreed to step up cooperation against smuggling after a \
            two-day meeting of their General Border Committee that ended here yesterday.

            The 58th meeting, co-chaired by the two defence chiefs, also discussed a border wall.

            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.count == 1, "\(meetings)")
        #expect(meetings.first?.city == "Putrajaya")
        #expect(meetings.first?.end?.description == "2025-02-04")
    }

    @Test("an origin ('workers from Cambodia') is no party, even when 'Thai police said' follows")
    func originIsNoParty() {
        let text = """
            BANGKOK, Feb. 20, 2024 (Wire) - Security officials from Thailand, Laos and China met in Bangkok on \
            Tuesday to discuss scam centres and the flow of trafficked workers from Cambodia, Thai police said.

            """
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.first?.countries == ["CN", "LA", "TH"], "\(meetings)")
    }

    @Test("a press conference and a trade summit are not meetings")
    func exclusions() {
        let article = MarkedArticle(
            """
            Police from [[Thailand|TH]] and [[Malaysia|MY]] told a press conference in [[Bangkok|@Bangkok,TH]] on \
            [[Monday|2020-01-06]] they had seized [[heroin|$drug_trafficking]]. Leaders from [[China|CN]] and \
            [[Laos|LA]] attended the Business and Investment Summit in [[Nanning|@Nanning,CN]].
            """, published: "2020-01-07")
        #expect(article.meetings().isEmpty)
    }

    @Test("a standing mechanism named without an occurrence is not a meeting")
    func standingMechanism() {
        let article = MarkedArticle(
            """
            There is the [[ASEAN|#ASEAN]] Ministerial Meeting on Transnational Crime, which works with [[China|CN]] \
            against [[terrorism|$terrorism]].
            """, published: "2019-08-27")
        #expect(article.meetings().isEmpty)
    }

    @Test("'opened' marks a start, a stated length fixes the end, a later close confirms it")
    func openedTwoDay() {
        let article = MarkedArticle(
            """
            The [[two-day|+2]] Regional Police Cooperation Forum opened on [[Tuesday|2019-05-14]] in \
            [[Kunming|@Kunming,CN]] with delegations from [[Myanmar|MM]] and [[Laos|LA]].
            """, published: "2019-05-14")
        let meeting = article.meetings().first
        #expect(meeting?.kind == .forum)
        #expect(meeting?.start?.description == "2019-05-14")
        #expect(meeting?.end?.description == "2019-05-15")
        #expect(meeting?.countries == ["CN", "LA", "MM"])
    }

    @Test("'the day before' dates a second meeting from the first; both are kept apart")
    func twoMeetings() {
        let article = MarkedArticle(
            """
            Ministers from [[China|CN]] and [[Thailand|TH]] held a ministerial meeting on police cooperation in [[Beijing|@Beijing,CN]] \
            on [[Tuesday|2023-09-26]]. The ministerial meeting followed a meeting of senior officials of the two \
            countries in [[Beijing|@Beijing,CN]] [[the day before|-1]], which drafted a plan against \
            [[telecom fraud|$telecom_fraud]].
            """, published: "2023-09-26")
        let meetings = article.meetings()
        #expect(meetings.map { $0.start?.description } == ["2023-09-26", "2023-09-25"], "\(meetings)")
        #expect(meetings.last?.countries == ["CN", "TH"])
    }

    @Test("a video conference has no host city; a country only named as a place does not take part")
    func videoConference() {
        let article = MarkedArticle(
            """
            [[Thai|TH~]] and [[Lao|LA~]] police [[yesterday|2024-01-16]] held a video conference on gangs that fled \
            to [[Myanmar|MM]], with officers joining from [[Bangkok|@Bangkok,TH]].
            """, published: "2024-01-17")
        let meeting = article.meetings().first
        #expect(meeting?.kind == .conference)
        #expect(meeting?.city == nil)
        #expect(meeting?.country == nil)
        #expect(meeting?.countries == ["LA", "TH"])
        #expect(meeting?.end?.description == "2024-01-16")
    }

    @Test("an announced meeting is scheduled; a group expands to its members")
    func scheduled() {
        let article = MarkedArticle(
            """
            [[Beijing|@Beijing,CN]] will host police chiefs from [[ASEAN|#ASEAN]] members for an inter-ministerial \
            meeting on law enforcement cooperation [[from Oct. 23 to 24|2015-10-23..2015-10-24]]. \
            Representatives of [[Interpol|!INTERPOL]] will also attend the meeting.
            """, published: "2015-10-21")
        let meeting = article.meetings().first
        #expect(meeting?.status == .scheduled)
        #expect(meeting?.start?.description == "2015-10-23")
        #expect(meeting?.end?.description == "2015-10-24")
        #expect(meeting?.countries.count == 11)
        #expect(meeting?.organizations == ["INTERPOL"])
    }
}
