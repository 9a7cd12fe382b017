/// One way of writing a country, as the generated table lists it.
struct CountryWording: Sendable {
    let phrase: String
    let code: String
    let form: CountryForm
    let letterCase: PhraseCase
    /// `false` for index forms such as "Korea, Republic of": resolvable, never news wording.
    let occursInText: Bool

    /// Parses one record of `CountryTable.phrases`.
    init(record fields: [Substring]) {
        code = String(fields[0])
        switch fields[1] {
        case "a": form = .alias
        case "d": form = .demonym
        default: form = .name
        }
        occursInText = fields[1] != "i"
        letterCase = fields[2] == "e" ? .exact : .proper
        phrase = String(fields[3])
    }
}
