/// Whether an input file is plain text or an HTML page.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html

    /// HTML when the first bytes hold a tag such as `<!DOCTYPE`, `<html` or `<head`.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        let head = bytes.prefix(512).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in ["<!doctype", "<html", "<head"] {
            let needle = Array(marker.utf8)
            if head.count >= needle.count,
                (0...(head.count - needle.count)).contains(where: { head[$0..<$0 + needle.count].elementsEqual(needle) }
                )
            {
                return .html
            }
        }
        return .text
    }
}

/// A stand-in for the text stage (decoding, HTML stripping, sentences) until it is merged:
/// plain text passes through unchanged; HTML loses its tags, scripts and styles and has its
/// entities decoded, with every byte mapped back to the input.
struct BasicText: Sendable {
    /// The cleaned text.
    let text: [UInt8]
    /// For each byte of `text`, its offset in the input; `nil` when the text is the input.
    private let sourceOffsets: [Int]?

    init(_ bytes: [UInt8], format: InputFormat) {
        switch format {
        case .text:
            text = Self.blankingRepeatedLines(bytes)
            sourceOffsets = nil
        case .html:
            var out: [UInt8] = []
            var offsets: [Int] = []
            HTMLStripper.strip(bytes, into: &out, offsets: &offsets)
            text = Self.blankingRepeatedLines(out)
            sourceOffsets = offsets
        }
    }

    /// Pages often print the body twice: a line of 40 bytes or more that repeats an earlier
    /// line is turned into spaces, so offsets stay the same.
    private static func blankingRepeatedLines(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var seen: [UInt64: [Range<Int>]] = [:]
        var start = 0
        var hash = Tokenizer.fnvOffset
        for index in 0...bytes.count {
            guard index == bytes.count || bytes[index] == 0x0A else {
                hash = (hash ^ UInt64(bytes[index])) &* Tokenizer.fnvPrime
                continue
            }
            let line = start..<index
            if line.count >= 40 {
                if seen[hash]?.contains(where: { bytes[$0].elementsEqual(bytes[line]) }) == true {
                    for position in line { out[position] = 0x20 }
                } else {
                    seen[hash, default: []].append(line)
                }
            }
            start = index + 1
            hash = Tokenizer.fnvOffset
        }
        return out
    }

    /// The span of the input that `range` of the cleaned text came from.
    func sourceSpan(of range: Range<Int>) -> Span {
        guard let sourceOffsets, !range.isEmpty else { return Span(offset: range.lowerBound, length: range.count) }
        let first = sourceOffsets[range.lowerBound]
        let last = sourceOffsets[range.upperBound - 1]
        return Span(offset: first, length: last - first + 1)
    }

    /// Sentences: a line break ends one, and so does `.`, `?` or `!` before a space and a
    /// capital, unless the word before the period is an abbreviation ("Oct.", "Gen.", "U.S.").
    func sentences() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            var end: Int?
            if byte == 0x0A {
                end = index + 1
            } else if byte == 0x2E || byte == 0x3F || byte == 0x21 {
                var after = index + 1
                while after < count, text[after] == 0x22 || text[after] == 0x27 { after += 1 }
                if after + 1 < count, text[after] == 0x20, Self.opensSentence(text[after + 1]),
                    byte != 0x2E || !isAbbreviation(endingAt: index)
                {
                    end = after
                }
            }
            if let end {
                if end > start, text[start..<end].contains(where: { $0 > 0x20 }) { out.append(start..<end) }
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < count, text[start...].contains(where: { $0 > 0x20 }) { out.append(start..<count) }
        return out
    }

    private static func opensSentence(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x22 || byte >= 0xC3
    }

    private static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
        "dr", "gen", "lt", "col", "maj", "pol", "comr", "sr", "jr", "st", "no", "co", "corp", "inc", "ltd", "cmdr",
        "capt", "gov", "sen", "rep", "u.s", "u.n", "a.m", "p.m", "vs", "prof", "adm", "brig", "sgt", "insp",
    ]

    private func isAbbreviation(endingAt period: Int) -> Bool {
        var start = period
        while start > 0, text[start - 1] != 0x20, text[start - 1] != 0x0A, text[start - 1] != 0x28 { start -= 1 }
        let word = String(decoding: text[start..<period], as: UTF8.self).lowercased()
        if word.count == 1, let first = word.unicodeScalars.first, first.properties.isAlphabetic { return true }
        return Self.abbreviations.contains(word)
    }
}

/// Removes tags, scripts, styles and comments from HTML and decodes character references.
enum HTMLStripper {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "article", "section",
        "header", "footer", "nav", "aside", "title", "span", "table", "blockquote", "figure", "figcaption",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "svg"]

    static func strip(_ bytes: [UInt8], into out: inout [UInt8], offsets: inout [Int]) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x3C {
                guard let close = bytes[index...].firstIndex(of: 0x3E) else { break }
                let name = tagName(bytes, from: index + 1, to: close)
                if bytes[index + 1] != 0x2F, skippedTags.contains(name) {
                    let closing = Array("</\(name)".utf8)
                    index = find(closing, in: bytes, from: close) ?? count
                    continue
                }
                if blockTags.contains(name) {
                    out.append(0x0A)
                    offsets.append(index)
                }
                index = close + 1
                continue
            }
            if byte == 0x26, let (decoded, length) = entity(bytes, at: index) {
                for decodedByte in decoded {
                    out.append(decodedByte)
                    offsets.append(index)
                }
                index += length
                continue
            }
            out.append(byte)
            offsets.append(index)
            index += 1
        }
    }

    private static func tagName(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var index = start
        if index < end, bytes[index] == 0x2F { index += 1 }
        var name: [UInt8] = []
        while index < end, (bytes[index] | 0x20) >= 0x61,
            (bytes[index] | 0x20) <= 0x7A || (0x30...0x39).contains(bytes[index])
        {
            name.append(bytes[index] | 0x20)
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0],
                bytes[index..<index + needle.count].elementsEqual(needle, by: { $0 | 0x20 == $1 | 0x20 })
            {
                return bytes[(index + needle.count)...].firstIndex(of: 0x3E).map { $0 + 1 } ?? bytes.count
            }
            index += 1
        }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "rsquo": "’",
        "lsquo": "‘", "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…",
    ]

    private static func entity(_ bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        guard let semicolon = bytes[index...].prefix(12).firstIndex(of: 0x3B) else { return nil }
        let body = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - index + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(Character(scalar)).utf8), length)
        }
        guard let text = named[body] else { return nil }
        return (Array(text.utf8), length)
    }
}
