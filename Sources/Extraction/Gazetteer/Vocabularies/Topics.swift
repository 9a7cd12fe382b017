/// A topic of the project's `topics.tsv`.
public struct Topic: Hashable, Sendable {
    /// The id used in extractions: "drug_trafficking".
    public let id: String
    /// Its label: "Illicit drugs".
    public let label: String
    /// The phrases that signal it in news copy, matched ignoring case.
    public let cues: [String]
}

/// The topics of `topics.tsv` with their cue phrases (`tools/data/topic-cues.tsv`), generated
/// into `Generated/TopicTable.swift`.
public struct Topics: Sendable {
    /// Every topic, in the order of `topics.tsv`.
    public let all: [Topic]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        all = GeneratedTable.records(TopicTable.topics).map { fields in
            Topic(id: String(fields[0]), label: String(fields[1]), cues: GeneratedTable.list(fields[2]))
        }
    }

    /// The topic id of each cue, lower-cased (the first topic listing it wins), indexed the
    /// first time a cue is looked up (extraction never does): every instance holds the same
    /// generated table.
    private static let byCue: [String: String] = {
        var byCue: [String: String] = [:]
        for topic in Topics().all {
            for cue in topic.cues {
                let key = cue.lowercased()
                if byCue[key] == nil { byCue[key] = topic.id }
            }
        }
        return byCue
    }()

    /// The topic with this id.
    public func topic(id: String) -> Topic? {
        all.first { $0.id == id }
    }

    /// The id of the topic a cue phrase signals, ignoring case: "Anti-Drug" → "drug_trafficking".
    public func id(forCue cue: String) -> String? {
        Self.byCue[cue.lowercased()]
    }
}
