import Testing

@testable import Extraction

@Suite("Groups, organisations and topics")
struct VocabularyTests {
    let gazetteer = Gazetteer.shared

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    @Test(
        "group membership honours the member-since date; Plus Three adds its members to ASEAN's",
        arguments: [
            ("ASEAN", day(1998, 6, 1), ["BN", "ID", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]),
            ("ASEAN", day(1999, 4, 30), ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]),
            ("ASEAN", day(2025, 10, 25), ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]),
            ("ASEAN", day(2025, 10, 26), ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]),
            (
                "PLUS_THREE", day(2010, 1, 1),
                ["BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
            ),
            ("LMC", day(2015, 1, 1), []),
            ("LMC", day(2016, 3, 23), ["CN", "KH", "LA", "MM", "TH", "VN"]),
            ("NOT_A_GROUP", day(2016, 3, 23), []),
        ])
    func membership(group: String, on day: Day, expected: [String]) {
        #expect(gazetteer.groups.members(of: group, on: day) == expected, "\(group) on \(day)")
    }

    @Test("without a date every listed member counts")
    func undatedMembership() {
        #expect(gazetteer.groups.members(of: "ASEAN", on: nil).count == 11)
    }

    @Test(
        "wordings resolve to their vocabulary ids, ignoring case",
        arguments: [
            ("Interpol", "INTERPOL"), ("ICPO", "INTERPOL"), ("ASEANAPOL", "ASEANAPOL"),
            ("ASEAN Secretary-General", "ASEAN_SECRETARIAT"), ("SCO RATS", "SCO"),
            ("Shanghai Cooperation Organisation", "SCO"), ("UN Office on Drugs and Crime", "UNODC"),
            ("europol", "EUROPOL"), ("LM-LESC", "LM_LESC"),
        ])
    func organizations(wording: String, id: String) {
        #expect(gazetteer.organizations.id(forWording: wording) == id, "\(wording)")
    }

    @Test("group wordings come from groups.tsv plus equivalent forms")
    func groupWordings() {
        #expect(gazetteer.groups.id(forWording: "ASEAN member states") == "ASEAN")
        #expect(gazetteer.groups.id(forWording: "Association of Southeast Asian Nations") == "ASEAN")
        #expect(gazetteer.groups.id(forWording: "Lancang-Mekong countries") == "LMC")
        #expect(gazetteer.groups.id(forWording: "APT") == "PLUS_THREE")
        #expect(gazetteer.groups.id(forWording: "ASEAN Plus Three") == nil)
    }

    @Test("every topic of topics.tsv has cues, and cues resolve ignoring case")
    func topics() {
        #expect(gazetteer.topics.all.count == 24)
        #expect(gazetteer.topics.all.allSatisfy { !$0.cues.isEmpty })
        #expect(gazetteer.topics.id(forCue: "Anti-Drug") == "drug_trafficking")
        #expect(gazetteer.topics.id(forCue: "trafficking in persons") == "human_trafficking")
        #expect(gazetteer.topics.topic(id: "terrorism")?.label == "Terrorism and violent extremism")
    }
}
