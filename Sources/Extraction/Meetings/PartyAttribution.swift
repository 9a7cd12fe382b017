/// Collects the countries that take part in a gathering.
///
/// In a sentence that mentions the gathering every listed country counts unless the words
/// around it make it a place ("fled to Myanmar"); in the sentences that report its outcome
/// only lists that the words around them make parties count ("ministers from Laos"). Groups
/// count as their members on the gathering's day; "the four countries" as the last list of four.
struct PartyAttribution: Sendable {
    let context: GatheringContext
    let cluster: Int

    /// Country codes with the range of their first supporting mention.
    func countries(on day: Day?) -> SupportedValues {
        var out = SupportedValues()
        let lists = context.participants.lists
        for (number, list) in lists.enumerated() {
            guard let role = context.role(of: list.firstToken, for: cluster) else { continue }
            let counts = role == .mention ? list.cue != .negative : list.cue == .positive
            guard counts else { continue }
            let range = context.article.byteRange(list.firstToken..<list.lastToken)
            for code in codes(of: list, at: number, on: day) { out.add(code, range) }
        }
        return out
    }

    private func codes(of list: Participants.CountryList, at number: Int, on day: Day?) -> [String] {
        if let count = list.countedParties {
            for earlier in context.participants.lists[..<number].reversed() where earlier.countedParties == nil {
                let codes = Set(expand(earlier, on: day))
                if codes.count == count { return Array(codes) }
            }
            return []
        }
        return expand(list, on: day)
    }

    private func expand(_ list: Participants.CountryList, on day: Day?) -> [String] {
        var codes: [String] = []
        for member in list.members {
            switch context.article.places[member].cue.entity {
            case .country(let code, _): codes.append(code)
            case .group(let id): codes += context.article.input.members(id, day)
            case .city: continue
            }
        }
        return codes
    }
}
