/// How the letter case of a phrase must agree with the text for a match.
///
/// Only ASCII letters have a case here; every other byte must be equal.
public enum PhraseCase: Sendable, Hashable {
    /// The text must spell the phrase exactly as written ("US" matches "US", never "us").
    case exact
    /// As written, or entirely in capitals, as in datelines and headlines:
    /// "Nice" matches "Nice" and "NICE", not "nice" or "NiCe".
    case proper
    /// Any mix of ASCII case ("anti-drug", "Anti-Drug", "ANTI-DRUG").
    case insensitive
}
