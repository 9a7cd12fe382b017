/// Every gazetteer of the extractor, and one scan that finds all their phrases in a text.
///
/// Build it once: ``shared`` parses the generated tables and builds a single
/// ``PhraseMatcher`` over every wording the first time it is used (a fraction of a second in
/// a release build), and is then shared by all threads.
///
/// When the very same words name several things, the first of this list wins: other name,
/// organisation, group, country, topic, city. So "Singapore" is the country (the city is
/// `cities.cities(named: "Singapore")`), "Interpol" is never a topic, and "Golden Triangle"
/// is the drug topic, not a town of that name. Longer phrases win
/// over the words inside them: "South China Sea" is ``Entity/other(category:)``, not China.
public struct Gazetteer: Sendable {
    /// The shared instance, built at first use.
    public static let shared = Gazetteer()

    public let countries: CountryGazetteer
    public let cities: CityGazetteer
    public let organizations: Organizations
    public let groups: Groups
    public let topics: Topics
    /// For each wording of a city-state, lower-cased ("singapore"), the city it also names: the
    /// city of that name with a million people or more in that very country.
    let cityStates: [String: City]
    /// The capital city of each country, by alpha-2 code, when GeoNames names one among its cities.
    let capitals: [String: City]
    /// The countries of the cities in `cityStates`, to skip the lookup for every other country.
    let cityStateCountries: [String]
    private let matcher: PhraseMatcher<Target>
    /// Each entity pattern of the matcher as written, to stand for the text it matches when the
    /// text is written the same way.
    private let written: [String]

    /// What a phrase of the matcher names: an entity, or a city wording whose cities are listed
    /// only when it is found (listing them for every wording would slow the start-up).
    private enum Target: Sendable {
        case entity(Entity)
        case cityWording(Int)
    }

    /// Parses every table and builds the matcher; prefer ``shared``.
    public init() {
        countries = .shared
        cities = CityGazetteer()
        organizations = Organizations()
        groups = Groups()
        topics = Topics()
        var patterns: [PhrasePattern<Entity>] = []
        for (category, phrases) in OtherNames.load() {
            patterns += phrases.map { PhrasePattern($0, .proper, .other(category: category)) }
        }
        for organization in organizations.all {
            patterns += Self.withTitleCase(organization.wordings).map {
                PhrasePattern($0, .proper, .organization(organization.id))
            }
        }
        for id in groups.ids {
            patterns += Self.withTitleCase(groups.wordings(of: id)).map { PhrasePattern($0, .proper, .group(id)) }
        }
        var cityStates: [String: City] = [:]
        for wording in countries.wordings where wording.occursInText && wording.form != .demonym {
            if let city = cities.cities(named: wording.phrase).first(where: {
                $0.countryCode == wording.code && $0.population >= 1_000_000
            }) {
                cityStates[wording.phrase.lowercased()] = city
            }
        }
        self.cityStates = cityStates
        var capitals: [String: City] = [:]
        for country in countries.all {
            guard let name = country.capital else { continue }
            capitals[country.alpha2] = cities.cities(named: name).first { $0.countryCode == country.alpha2 }
        }
        self.capitals = capitals
        cityStateCountries = Array(Set(cityStates.values.map(\.countryCode))).sorted()
        for wording in countries.wordings where wording.occursInText {
            patterns.append(
                PhrasePattern(wording.phrase, wording.letterCase, .country(code: wording.code, form: wording.form)))
        }
        for topic in topics.all {
            patterns += topic.cues.map { PhrasePattern($0, .insensitive, .topic(topic.id)) }
        }
        // City wordings go in as the table's bytes, after every other phrase.
        var phrases = PackedPhrases()
        phrases.starts.reserveCapacity(patterns.count + cities.wordings.count + 1)
        var cases = patterns.map(\.letterCase)
        var targets = patterns.map { Target.entity($0.payload) }
        written = patterns.map(\.phrase)
        for pattern in patterns { phrases.append(pattern.phrase.utf8) }
        cases.reserveCapacity(cases.count + cities.wordings.count)
        targets.reserveCapacity(targets.count + cities.wordings.count)
        cities.wordings.appendWordings(to: &phrases)
        cases.append(contentsOf: repeatElement(.proper, count: cities.wordings.count))
        for number in 0..<cities.wordings.count { targets.append(.cityWording(number)) }
        matcher = PhraseMatcher(phrases, cases: cases, payloads: targets)
    }

    /// The wordings plus, for each with an acronym of four letters or more, the form some outlets
    /// print: "Asean members", "Aseanapol" (added by the meetings branch; minimal fix).
    private static func withTitleCase(_ wordings: [String]) -> [String] {
        wordings + wordings.compactMap(titleCased)
    }

    /// `wording` with each word of four capitals or more lower-cased but for its first letter,
    /// or `nil` when it has no such word. An ASCII wording, nearly every one, is read as bytes.
    private static func titleCased(_ wording: String) -> String? {
        var bytes = Array(wording.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let words = wording.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                guard word.count >= 4, word.allSatisfy({ $0.isUppercase }) else { return String(word) }
                return word.prefix(1) + word.dropFirst().lowercased()
            }
            let variant = words.joined(separator: " ")
            return variant == wording ? nil : variant
        }
        var changed = false
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
            // Only A to Z are ASCII capitals.
            if end - start >= 4, bytes[start..<end].allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }) {
                for index in start + 1..<end { bytes[index] |= 0x20 }
                changed = true
            }
            start = end + 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// The number of nodes of the phrase matcher (a measure of its size).
    public var matcherNodeCount: Int { matcher.nodeCount }

    /// Every gazetteer phrase in UTF-8 text, in text order, without overlaps (the longest
    /// phrase wins at each position); ranges are byte offsets into `utf8`.
    public func mentions(in utf8: UnsafeBufferPointer<UInt8>) -> [EntityMention] {
        var mentions: [EntityMention] = []
        // News text names about one gazetteer phrase per 65 bytes: one allocation serves most.
        mentions.reserveCapacity(utf8.count / 64)
        // The city wording found last and its cities: an article often names a city again
        // before any other, and then shares the list instead of reading it anew.
        var lastCities: (wording: Int, cities: [City])?
        matcher.forEachMatch(in: utf8) { range, pattern in
            let bytes = UnsafeBufferPointer(rebasing: utf8[range])
            switch matcher.payload(of: pattern) {
            case .entity(let entity):
                mentions.append(
                    EntityMention(range: range, entity: entity, text: Self.text(bytes, as: written[pattern])))
            case .cityWording(let wording):
                // A city is mostly named as written in its record.
                let candidates: [City]
                if let lastCities, lastCities.wording == wording {
                    candidates = lastCities.cities
                } else {
                    candidates = cities.cities(ofWording: wording)
                    lastCities = (wording, candidates)
                }
                let text =
                    candidates.first.map { Self.text(bytes, as: $0.name) } ?? String(decoding: bytes, as: UTF8.self)
                mentions.append(EntityMention(range: range, entity: .city(candidates), text: text))
            }
        }
        return mentions
    }

    /// The text of `bytes`: `phrase` itself when it is written the same way, without making a
    /// new string.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, as phrase: String) -> String {
        var phrase = phrase
        let same = phrase.withUTF8 { written in
            guard written.count == bytes.count, let first = written.baseAddress, let second = bytes.baseAddress else {
                return written.count == bytes.count
            }
            return SameBytes.equal(first, second, count: bytes.count)
        }
        return same ? phrase : String(decoding: bytes, as: UTF8.self)
    }

    /// Every gazetteer phrase in `text`, in text order; ranges are UTF-8 byte offsets.
    public func mentions(in text: String) -> [EntityMention] {
        var text = text
        return text.withUTF8 { mentions(in: $0) }
    }
}
