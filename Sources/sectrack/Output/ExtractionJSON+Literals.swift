import Extraction

/// The pieces of the extraction object that depend on an enumeration's case only, written
/// out whole: a literal is copied at once, where quoting a raw value reads and checks its
/// bytes (every meeting has a kind and a status, and every piece of evidence a field).
extension ExtractionJSON {
    /// `, "kind": "…"` for `kind`.
    static func kindMember(_ kind: MeetingKind) -> StaticString {
        switch kind {
        case .meeting: #", "kind": "meeting""#
        case .dialogue: #", "kind": "dialogue""#
        case .talks: #", "kind": "talks""#
        case .consultation: #", "kind": "consultation""#
        case .conference: #", "kind": "conference""#
        case .workshop: #", "kind": "workshop""#
        case .seminar: #", "kind": "seminar""#
        case .symposium: #", "kind": "symposium""#
        case .forum: #", "kind": "forum""#
        case .summit: #", "kind": "summit""#
        case .training: #", "kind": "training""#
        case .signing: #", "kind": "signing""#
        }
    }

    /// `, "status": "…"` for `status`.
    static func statusMember(_ status: MeetingStatus) -> StaticString {
        switch status {
        case .held: #", "status": "held""#
        case .scheduled: #", "status": "scheduled""#
        }
    }

    /// `{"field": "…", "value": "` opening a piece of evidence for `field`, up to the opening
    /// quote of its value.
    static func evidenceStart(_ field: MeetingField) -> StaticString {
        switch field {
        case .name: #"{"field": "name", "value": ""#
        case .kind: #"{"field": "kind", "value": ""#
        case .status: #"{"field": "status", "value": ""#
        case .start: #"{"field": "start", "value": ""#
        case .end: #"{"field": "end", "value": ""#
        case .city: #"{"field": "city", "value": ""#
        case .country: #"{"field": "country", "value": ""#
        case .countries: #"{"field": "countries", "value": ""#
        case .organizations: #"{"field": "organizations", "value": ""#
        case .topics: #"{"field": "topics", "value": ""#
        }
    }
}
