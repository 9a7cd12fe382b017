/// An international organisation of the project's `organizations.tsv`.
public struct Organization: Hashable, Sendable {
    /// The id used in extractions: "INTERPOL", "ASEANAPOL".
    public let id: String
    /// Its full name.
    public let name: String
    /// Every wording that names it in news copy, the name first.
    public let wordings: [String]
}

/// The organisations of `organizations.tsv` with their wordings (plus
/// `tools/data/organization-aliases.tsv`), generated into `Generated/OrganizationTable.swift`.
public struct Organizations: Sendable {
    /// Every organisation, in the order of `organizations.tsv`.
    public let all: [Organization]
    private let byWording: [String: String]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        all = GeneratedTable.records(OrganizationTable.organizations).map { fields in
            let wordings = GeneratedTable.list(fields[1])
            return Organization(id: String(fields[0]), name: wordings[0], wordings: wordings)
        }
        var byWording: [String: String] = [:]
        for organization in all {
            for wording in organization.wordings where byWording[wording.lowercased()] == nil {
                byWording[wording.lowercased()] = organization.id
            }
        }
        self.byWording = byWording
    }

    /// The organisation with this id.
    public func organization(id: String) -> Organization? {
        all.first { $0.id == id }
    }

    /// The id of the organisation a wording names, ignoring case: "Interpol" → "INTERPOL".
    public func id(forWording wording: String) -> String? {
        byWording[wording.lowercased()]
    }
}
