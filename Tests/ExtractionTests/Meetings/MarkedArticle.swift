import Foundation

@testable import Extraction

/// Builds a `MeetingInput` from text with the taggers' findings marked inline, so a rule can be
/// tested on one sentence without the other stages:
///
///     [[China|CN]] country, [[Thai|TH~]] demonym, [[Beijing|@Beijing,CN]] city, [[ASEAN|#ASEAN]]
///     group, [[Interpol|!INTERPOL]] organisation, [[terrorism|$terrorism]] topic,
///     [[Oct. 23|2015-10-23]] date, [[Oct. 23 to 24|2015-10-23..2015-10-24]] range,
///     [[the day before|-1]] anaphoric date, [[two-day|+2]] length.
///
/// Sentences end at ". " and at line breaks; a first line that ends with no period is the headline.
struct MarkedArticle {
    let input: MeetingInput
    /// The clean text with the marks removed.
    let text: String

    init(_ marked: String, published: String? = nil, dateline: HostCity? = nil) {
        var clean: [UInt8] = []
        var input = MeetingInput(text: [], sentences: [], title: nil, published: nil, dateline: dateline)
        let publishedDay: Day? = published.flatMap { if case .day(let d)? = PartialDate(iso: $0) { d } else { nil } }
        input.published = publishedDay
        var rest = Substring(marked)
        while let open = rest.range(of: "[[") {
            clean += Array(rest[..<open.lowerBound].utf8)
            let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex)!
            let body = rest[open.upperBound..<close.lowerBound]
            let bar = body.lastIndex(of: "|")!
            let shown = Array(body[..<bar].utf8)
            let tag = String(body[body.index(after: bar)...])
            let range = clean.count..<clean.count + shown.count
            clean += shown
            Self.add(tag, at: range, to: &input, published: publishedDay)
            rest = rest[close.upperBound...]
        }
        clean += Array(rest.utf8)
        input.text = clean
        input.sentences = Self.sentences(clean)
        if let newline = clean.firstIndex(of: 0x0A), newline > 0, clean[newline - 1] != 0x2E {
            input.title = 0..<newline
        }
        input.members = { group, _ in
            switch group {
            case "ASEAN": ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
            case "PLUS_THREE": ["CN", "JP", "KR"]
            default: []
            }
        }
        self.input = input
        text = String(decoding: clean, as: UTF8.self)
    }

    private static func add(_ tag: String, at range: Range<Int>, to input: inout MeetingInput, published: Day?) {
        switch tag.first {
        case "@":
            let parts = tag.dropFirst().split(separator: ",")
            input.places.append(
                PlaceCue(range: range, entity: .city(HostCity(name: String(parts[0]), country: String(parts[1])))))
        case "#": input.places.append(PlaceCue(range: range, entity: .group(String(tag.dropFirst()))))
        case "!": input.organizations.append(TaggedID(range: range, id: String(tag.dropFirst())))
        case "$": input.topics.append(TaggedID(range: range, id: String(tag.dropFirst())))
        case "+": input.durations.append(DurationCue(range: range, days: Int(tag.dropFirst())!))
        case "-":
            let offset = -Int(tag.dropFirst())!
            input.dates.append(
                DateCue(range: range, start: published.map { .day($0.adding(days: offset)) }, anaphoricOffset: offset))
        case let first? where first.isNumber:
            let parts = tag.components(separatedBy: "..")
            input.dates.append(
                DateCue(
                    range: range, start: PartialDate(iso: parts[0]),
                    end: parts.count > 1 ? PartialDate(iso: parts[1]) : nil))
        default:
            let demonym = tag.hasSuffix("~")
            input.places.append(
                PlaceCue(range: range, entity: .country(String(tag.prefix(2)), isDemonym: demonym)))
        }
    }

    private static func sentences(_ text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for index in text.indices {
            let end =
                text[index] == 0x0A || (text[index] == 0x2E && (index + 1 == text.count || text[index + 1] == 0x20))
            if end {
                if index + 1 > start { out.append(start..<index + 1) }
                start = index + 1
            }
        }
        if start < text.count { out.append(start..<text.count) }
        return out
    }

    /// The meetings the finder reads from this text.
    func meetings() -> [Meeting] { MeetingFinder().meetings(in: input) }
}
