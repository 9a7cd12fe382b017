/// A phrase found by a ``PhraseMatcher``.
public struct PhraseMatch<Payload: Sendable>: Sendable {
    /// UTF-8 byte offsets of the matched text.
    public var range: Range<Int>
    /// The payload of the pattern that matched.
    public var payload: Payload
}

extension PhraseMatch: Equatable where Payload: Equatable {}
