/// Chooses a gathering's host city and country.
///
/// A gathering held by video link has neither. Otherwise the first mention with a venue
/// ("held in Beijing", "here" under a dateline) gives the city, and the city its country; a
/// country named alone ("in Viet Nam in 2005") gives only the country. The first gathering of
/// an article may take the venue of the lead sentence ("signed ... here Saturday").
struct VenueAttribution: Sendable {
    struct Result: Sendable {
        var city: NamedCity?
        var country: NamedCountry?
    }

    let context: GatheringContext
    let cluster: Int

    func venue() -> Result {
        let members = context.clusters[cluster]
        if members.contains(where: { context.facts[$0].isVirtual }) { return Result() }
        var result = Result()
        result.city = members.lazy.compactMap { context.facts[$0].city }.first ?? leadCity()
        if result.city == nil, members.lazy.compactMap({ context.facts[$0].country }).first == nil, cluster > 0,
            opensWithSetting(context.mentions[members[0]].sentence)
        {
            return VenueAttribution(context: context, cluster: cluster - 1).venue()
        }
        if let city = result.city {
            result.country = NamedCountry(code: city.city.country, range: city.range)
        } else {
            result.country = members.lazy.compactMap { context.facts[$0].country }.first
        }
        return result
    }

    /// "On the sidelines, the ministers also held consultations ...": a sentence that opens on
    /// a setting with no gathering named is set at the gathering before it.
    private func opensWithSetting(_ sentence: Int) -> Bool {
        let article = context.article
        let tokens = article.sentenceTokens[sentence]
        guard let setting = ContextCues.settings.match(article.tokens, at: tokens.lowerBound) else { return false }
        let after = tokens.lowerBound + setting.length
        return after < tokens.upperBound && article.tokens[after].key == Keys.comma
    }

    private func leadCity() -> NamedCity? {
        guard cluster == 0, let lead = context.article.leadSentence,
            let first = context.clusters[0].first, context.mentions[first].sentence - lead <= 2
        else { return nil }
        let article = context.article
        let reader = LocalFactReader(article: article)
        for (number, entry) in article.places.enumerated() where article.sentence(ofToken: entry.token) == lead {
            if entry.kind == .city, reader.isVenue(entry.token),
                !reader.namesBuilding(entry.end) || reader.isVenueBuilding(after: entry.end),
                !reader.continuesName(entry.token), case .city(let city) = article.input.places[number].entity
            {
                return NamedCity(city: city, range: entry.range)
            }
        }
        if let dateline = article.input.dateline {
            for index in article.sentenceTokens[lead] where article.tokens[index].key == Keys.here {
                return NamedCity(city: dateline, range: article.tokens[index].range)
            }
        }
        return nil
    }
}
