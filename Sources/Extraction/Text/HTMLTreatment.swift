/// Everything `HTMLElements` says about one element, gathered so the stripper looks a tag
/// name up once.
struct HTMLTreatment: OptionSet, Sendable {
    let rawValue: UInt8

    static let dropped = HTMLTreatment(rawValue: 1 << 0)
    static let droppedOutsideArticle = HTMLTreatment(rawValue: 1 << 1)
    static let rawText = HTMLTreatment(rawValue: 1 << 2)
    static let paragraph = HTMLTreatment(rawValue: 1 << 3)
    static let line = HTMLTreatment(rawValue: 1 << 4)
    static let wordBreak = HTMLTreatment(rawValue: 1 << 5)

    /// The treatment of each element `HTMLElements` names, by name in any letter case.
    private static let byName: WordTable<HTMLTreatment> = {
        var table: [String: HTMLTreatment] = [:]
        let lists: [(Set<String>, HTMLTreatment)] = [
            (HTMLElements.dropped, .dropped), (HTMLElements.droppedOutsideArticle, .droppedOutsideArticle),
            (HTMLElements.rawText, .rawText), (HTMLElements.paragraph, .paragraph), (HTMLElements.line, .line),
            (HTMLElements.wordBreak, .wordBreak),
        ]
        for (names, treatment) in lists {
            for name in names { table[name, default: []].insert(treatment) }
        }
        return WordTable(table)
    }()

    /// The treatment of the element whose name is `name` (ASCII bytes, any letter case); empty
    /// for any other element.
    static func of(_ name: some Collection<UInt8>) -> HTMLTreatment { byName.value(for: name) ?? [] }
}
