/// Collects the countries that take part in a gathering.
///
/// In a sentence that mentions the gathering every listed country counts unless the words
/// around it make it a place ("fled to Myanmar"); in the sentences that report its outcome
/// only lists that the words around them make parties count ("ministers from Laos"). Groups
/// count as their members on the gathering's day; "the four countries" as the last list of four.
struct PartyAttribution: Sendable {
    let context: GatheringContext
    let cluster: Int

    /// Country codes with the range of their first supporting mention. `window` is the days
    /// the gathering may cover: an outcome sentence dated before it tells of other times.
    func countries(on day: Day?, window: ClosedRange<Day>?) -> SupportedValues {
        var out = SupportedValues()
        let lists = context.participants.lists
        let agenda = AgendaAttribution(context: context, cluster: cluster)
        for (number, list) in lists.enumerated() {
            guard let role = context.role(of: list.firstToken, for: cluster), takesPart(list, role) else { continue }
            if role != .mention, agenda.isBackground(context.article.sentence(ofToken: list.firstToken), window) {
                continue
            }
            let range = context.article.byteRange(list.firstToken..<list.lastToken)
            if let count = list.countedParties {
                for code in codes(counting: count, at: number, on: day) { out.add(code, range) }
            } else {
                add(list, on: day, range, to: &out)
            }
        }
        return out
    }

    /// Whether the words around the list make its countries parties to this gathering.
    private func takesPart(_ list: Participants.CountryList) -> Bool {
        guard let role = context.role(of: list.firstToken, for: cluster) else { return false }
        return takesPart(list, role)
    }

    /// Whether the list takes part, its sentence speaking of this gathering in `role`.
    private func takesPart(_ list: Participants.CountryList, _ role: SentenceRoles.Role) -> Bool {
        let cue = Participants.cue(of: list, context.article, context.mentions)
        return role == .mention ? cue != .negative : cue == .positive
    }

    /// A counted list ("the two sides") is the last list of that many countries that takes part
    /// ("where fugitives hide, along with the Philippines and Thailand" is not it), else the
    /// last of that many anywhere before it, else the last that many countries named as parties
    /// one list at a time ("Vietnamese Deputy Minister Tam and Chinese Vice Minister Zhou held
    /// talks ... the two countries").
    private func codes(counting count: Int, at number: Int, on day: Day?) -> [String] {
        let earlier = context.participants.lists[..<number].reversed().filter { $0.countedParties == nil }
        let sized = earlier.filter { Set(expand($0, on: day)).count == count }
        if let chosen = sized.first(where: takesPart) ?? sized.first { return Array(Set(expand(chosen, on: day))) }
        var gathered: [String] = []
        for earlierList in earlier
        where Participants.cue(of: earlierList, context.article, context.mentions) != .negative {
            for code in expand(earlierList, on: day) where !gathered.contains(code) { gathered.append(code) }
            if gathered.count >= count { break }
        }
        return gathered.count == count ? gathered : []
    }

    /// Adds the countries of a list of names, and of the groups among them, with `range`.
    private func add(_ list: Participants.CountryList, on day: Day?, _ range: Range<Int>, to out: inout SupportedValues)
    {
        for member in context.participants.members(of: list) {
            switch context.article.input.places[member].entity {
            case .country(let code, _): out.add(code, range)
            case .group(let id): for code in context.article.input.members(id, day) { out.add(code, range) }
            case .city: continue
            }
        }
    }

    private func expand(_ list: Participants.CountryList, on day: Day?) -> [String] {
        var codes: [String] = []
        for member in context.participants.members(of: list) {
            switch context.article.input.places[member].entity {
            case .country(let code, _): codes.append(code)
            case .group(let id): codes += context.article.input.members(id, day)
            case .city: continue
            }
        }
        return codes
    }
}
