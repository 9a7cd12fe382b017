/// The country groups of the project's `groups.tsv` ("ASEAN", "LMC", ...), with their
/// wordings (adjusted by `tools/data/group-aliases.tsv`) and dated memberships, generated into
/// `Generated/GroupTable.swift`.
public struct Groups: Sendable {
    /// A member and the first day it belongs to the group.
    private struct Membership: Sendable {
        let country: String
        let since: Day
    }

    /// Every group id, in the order of `groups.tsv`.
    public let ids: [String]
    private let wordingsByID: [String: [String]]
    private let byWording: [String: String]
    private let memberships: [String: [Membership]]
    /// The group each group adds its members to: "Plus Three" stands for ASEAN and the three.
    private let extended: [String: String]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        let records = GeneratedTable.records(GroupTable.groups)
        ids = records.map { String($0[0]) }
        var wordingsByID: [String: [String]] = [:]
        var byWording: [String: String] = [:]
        var extended: [String: String] = [:]
        for fields in records {
            if fields.count > 2, !fields[2].isEmpty { extended[String(fields[0])] = String(fields[2]) }
            let wordings = GeneratedTable.list(fields[1])
            wordingsByID[String(fields[0])] = wordings
            for wording in wordings where byWording[wording.lowercased()] == nil {
                byWording[wording.lowercased()] = String(fields[0])
            }
        }
        var memberships: [String: [Membership]] = [:]
        for fields in GeneratedTable.records(GroupTable.memberships) {
            let date = fields[2].split(separator: "-").map { Int($0)! }
            let since = Day(year: date[0], month: date[1], day: date[2])!
            memberships[String(fields[0]), default: []].append(Membership(country: String(fields[1]), since: since))
        }
        self.wordingsByID = wordingsByID
        self.byWording = byWording
        self.memberships = memberships
        self.extended = extended
    }

    /// The wordings that name a group in news copy ("ASEAN member states", ...).
    public func wordings(of groupID: String) -> [String] {
        wordingsByID[groupID] ?? []
    }

    /// The id of the group a wording names, ignoring case: "ASEAN countries" → "ASEAN".
    public func id(forWording wording: String) -> String? {
        byWording[wording.lowercased()]
    }

    /// The sorted alpha-2 codes of the group's members on `day` (a member counts from its
    /// "member since" day on), or of every member ever listed when `day` is `nil`; a group
    /// that adds its members to another ("Plus Three" to ASEAN) includes that one's.
    /// Empty for an unknown group.
    public func members(of groupID: String, on day: Day?) -> [String] {
        let own = (memberships[groupID] ?? []).filter { membership in day.map { membership.since <= $0 } ?? true }
        let base = extended[groupID].map { members(of: $0, on: day) } ?? []
        return Array(Set(own.map(\.country) + base)).sorted()
    }
}
