/// One phrase for a ``PhraseMatcher`` to find, with what to report when it is found.
public struct PhrasePattern<Payload: Sendable>: Sendable {
    /// The words to find, as UTF-8 text; never empty.
    public var phrase: String
    /// How the case of the text must agree with `phrase`.
    public var letterCase: PhraseCase
    /// What a match of this phrase reports.
    public var payload: Payload

    public init(_ phrase: String, _ letterCase: PhraseCase, _ payload: Payload) {
        self.phrase = phrase
        self.letterCase = letterCase
        self.payload = payload
    }
}
