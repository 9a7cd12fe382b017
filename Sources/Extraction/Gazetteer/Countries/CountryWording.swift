/// One way of writing a country, as the generated table lists it.
struct CountryWording: Sendable {
    let phrase: String
    let code: String
    let form: CountryForm
    let letterCase: PhraseCase
    /// `false` for index forms such as "Korea, Republic of": resolvable, never news wording.
    let occursInText: Bool

    /// Parses one record of `CountryTable.phrases`: the fields at `fields` of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, fields: [Range<Int>]) {
        func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[fields[index]]) }
        code = String(decoding: field(0), as: UTF8.self)
        let kind = field(1)
        let mark = kind.count == 1 ? kind[0] : 0
        switch mark {
        case UInt8(ascii: "a"): form = .alias
        case UInt8(ascii: "d"): form = .demonym
        default: form = .name
        }
        occursInText = !(kind.count == 1 && mark == UInt8(ascii: "i"))
        let letterCase = field(2)
        self.letterCase = letterCase.count == 1 && letterCase[0] == UInt8(ascii: "e") ? .exact : .proper
        phrase = String(decoding: field(3), as: UTF8.self)
    }
}
