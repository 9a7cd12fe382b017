/// Gatherings that ANNOTATION.md leaves out even when they are named like meetings.
enum Exclusions {
    /// One country's internal meeting ("provincial public security work conference"), a
    /// gathering with no security purpose ("Business and Investment Summit"), or one only
    /// proposed.
    static func isExcluded(_ mentions: some Collection<Mention>) -> Bool {
        if mentions.contains(where: \.isInternal) || mentions.first?.isExcludedEvent == true { return true }
        if mentions.allSatisfy(\.isProposed) { return true }
        let nonSecurity = mentions.contains { $0.isNonSecurity }
        return nonSecurity && !mentions.contains { $0.hasSecurityWord }
    }

    /// Whether a sentence that mentions the gathering speaks of security or law enforcement.
    static func mentionsSecurity(_ members: [Int], _ context: GatheringContext) -> Bool {
        members.contains { member in
            context.article.occurs(ContextCues.securityWords, inSentence: context.mentions[member].sentence)
        }
    }
}
