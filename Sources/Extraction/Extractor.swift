/// The extraction pipeline: bytes of one article in, its publication date and meetings out.
///
///     let result = Extractor().extract(Array(fileContents))
///     result.meetings.first?.kind   // .dialogue
public struct Extractor: Sendable {
    /// Bumped whenever the output for the same input may change, so stored articles are re-read.
    public static let version = 5

    public init() {}

    public func extract(_ bytes: [UInt8], format: InputFormat? = nil) -> ArticleExtraction {
        // 1. Text: decode, strip HTML and web debris, split sentences.
        let prepared = TextPreparer.prepare(bytes, format: format)
        let text = prepared.bytes
        let sentences = SentenceSegmenter.sentences(in: text)
        // 2. Metadata: publication date, outlet, title and dateline city.
        let metadata = MetadataReader.read(prepared)
        let published = metadata.published
        let dateline = metadata.datelineCity.flatMap(Self.datelineCity)
        // 3. Time: dates and stated lengths.
        let tagger = DateTagger()
        let time = text.withUnsafeBufferPointer {
            tagger.values(utf8: $0, published: published) {
                DateCue(range: $0.range, start: $0.start, end: $0.end, anaphoricOffset: $0.anaphoricOffset)
            }
        }
        let (dates, durations) = (time.dates, time.durations)
        let string = prepared.text
        // 4. Gazetteer: countries, cities, groups, organisations, topics.
        let entities = text.withUnsafeBufferPointer { Gazetteer.shared.mentions(in: $0) }
        // 5. Meetings.
        var input = MeetingInput(
            text: text, sentences: sentences, title: nil, published: published, dateline: dateline)
        input.dates = dates
        input.durations = durations.map { DurationCue(range: $0.range, days: $0.days) }
        Self.add(entities, to: &input)
        input.members = { group, day in Gazetteer.shared.groups.members(of: group, on: day) }
        input.sourceSpan = { prepared.sourceSpan(of: $0) }
        let meetings = MeetingFinder().meetings(in: input)
        return ArticleExtraction(
            published: published, source: metadata.source, title: metadata.title, text: string, meetings: meetings)
    }

    /// The dateline's city as the gazetteer knows it (the most populous of that name), unless
    /// its name is also a common English word.
    private static func datelineCity(_ name: String) -> HostCity? {
        // Splitting and joining is costly and leaves most names as they are: those with single
        // spaces inside only (a space first, last or after another makes the name not normal).
        var isNormal = true
        var previous: UInt8 = 0x20
        for byte in name.utf8 {
            if byte == 0x20 && previous == 0x20 {
                isNormal = false
                break
            }
            previous = byte
        }
        isNormal = isNormal && previous != 0x20
        let normalised = isNormal ? name : name.split(separator: " ").joined(separator: " ")
        guard let city = Gazetteer.shared.cities.mostPopulous(named: normalised), !city.isCommonWord else {
            return nil
        }
        return HostCity(name: city.name, country: city.countryCode)
    }

    /// A city of a country the article does not name is read as that city only when it is this
    /// large ("Bali" is not the town in India in an article about Indonesia).
    static let worldCity = 500_000

    /// The end of "capital" right after a country's name ("Lao capital", "Laos' capital",
    /// "Cambodia's capital"), or `nil`.
    static func capitalWord(after range: Range<Int>, in text: [UInt8]) -> Int? {
        let index = range.upperBound
        // Every mark starts with one of these bytes, and after a space only "capital" itself
        // may follow: most names are followed by neither.
        guard index < text.count,
            text[index] == 0x20
                ? index + 1 < text.count && text[index + 1] == capitalName[0]
                : text[index] == 0x27 || text[index] == 0xE2,
            let mark = capitalMarks.first(where: { Self.bytes($0, standAt: index, in: text) })
        else { return nil }
        let start = index + mark.count
        guard Self.bytes(capitalName, standAt: start, in: text) else { return nil }
        let end = start + capitalName.count
        guard end == text.count || !WordCharacter.isASCIIWord(text[end]) else { return nil }
        return end
    }

    /// Whether `text` holds `bytes` from `index` on.
    private static func bytes(_ bytes: [UInt8], standAt index: Int, in text: [UInt8]) -> Bool {
        guard index + bytes.count <= text.count else { return false }
        for offset in bytes.indices where text[index + offset] != bytes[offset] { return false }
        return true
    }

    /// What may stand between a country's name and "capital", in the order tried.
    private static let capitalMarks: [[UInt8]] = [
        Array("'s ".utf8), Array("\u{2019}s ".utf8), Array("' ".utf8), Array("\u{2019} ".utf8), [0x20],
    ]
    private static let capitalName = Array("capital".utf8)

    /// Sorts gazetteer mentions into places, organisations and topics; a city name is read as
    /// the city of that name in a country the article names, else the most populous one, and a
    /// capital is read as itself wherever its country stands in the article.
    private static func add(_ entities: [EntityMention], to input: inout MeetingInput) {
        // The countries named: an article names a few countries many times.
        var named: [String] = []
        named.reserveCapacity(8)
        var (organizations, topics) = (0, 0)
        for index in entities.indices {
            switch entities[index].entity {
            case .country(let code, _): if !named.contains(code) { named.append(code) }
            case .organization: organizations += 1
            case .topic: topics += 1
            default: break
            }
        }
        // Each list is sized once (a country may add its capital or city-state as well).
        input.places.reserveCapacity(input.places.count + entities.count - organizations - topics + named.count)
        input.organizations.reserveCapacity(input.organizations.count + organizations)
        input.topics.reserveCapacity(input.topics.count + topics)
        let gazetteer = Gazetteer.shared
        for index in entities.indices {
            let range = entities[index].range
            switch entities[index].entity {
            case .country(let code, let form):
                input.places.append(PlaceCue(range: range, entity: .country(code, isDemonym: form == .demonym)))
                // "the Lao capital", "Cambodia's capital": the capital city.
                if let end = Self.capitalWord(after: range, in: input.text), let city = gazetteer.capitals[code] {
                    input.places.append(
                        PlaceCue(range: range.lowerBound..<end, entity: .city(HostCity(name: city.name, country: code)))
                    )
                }
                // A city-state is its own capital: "in Singapore" names the host city too.
                if form != .demonym, gazetteer.cityStateCountries.contains(code),
                    let city = gazetteer.cityStates[entities[index].text.lowercased()], city.countryCode == code
                {
                    input.places.append(PlaceCue(range: range, entity: .city(HostCity(name: city.name, country: code))))
                }
            case .city(let candidates):
                guard let city = gazetteer.cities.pick(from: candidates, contextCountries: named),
                    named.isEmpty || named.contains(city.countryCode) || city.population >= Self.worldCity
                        || gazetteer.capitals[city.countryCode] == city
                else { continue }
                input.places.append(
                    PlaceCue(range: range, entity: .city(HostCity(name: city.name, country: city.countryCode))))
            case .group(let id):
                input.places.append(PlaceCue(range: range, entity: .group(id)))
            case .organization(let id):
                input.organizations.append(TaggedID(range: range, id: id))
            case .topic(let id):
                input.topics.append(TaggedID(range: range, id: id))
            case .other:
                continue
            }
        }
    }
}
