/// Gatherings named as the setting of another ("on the sidelines of the forum, the two
/// ministers held talks"): the side gathering takes its date and place when it has none.
enum Settings {
    /// The gatherings, in the order their mentions appear, that a sentence of gathering `number`
    /// names after "on the sidelines of" or "on the margins of". `clusterOf` gives each
    /// mention's gathering.
    static func of(
        _ number: Int, clusters: [[Int]], clusterOf: [Int?], mentions: [Mention], article: Article
    ) -> [Int] {
        mentions.indices.compactMap { other in
            guard let owner = clusterOf[other], owner != number,
                clusters[number].contains(where: { mentions[$0].sentence == mentions[other].sentence }),
                article.occurs(ContextCues.settings, before: mentions[other].phrase.lowerBound, window: 4)
            else { return nil }
            return owner
        }
    }
}
