/// The single-line debris rules: each says whether one line, on its own, is page furniture.
enum DebrisLine {
    static func isDebris(_ line: LineFeatures) -> Bool {
        isNavigation(line) || isLabel(line) || isEditorLine(line) || isPhotoCredit(line)
            || isCopyright(line) || isTrackingNumber(line) || isForeignScriptLabel(line)
            || isEditorInitials(line) || isMenu(line) || isLoneAddress(line)
    }

    /// `Back to Top Close`, `Share: Facebook Twitter`, `[Print] [Close]`.
    static func isNavigation(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 12 else { return false }
        let bytes = line.lowered
        var anchor = false
        var k = 0
        while k < bytes.count {
            while k < bytes.count, isWordPunctuation(bytes[k]) || bytes[k] == 0x20 { k += 1 }
            var end = k
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            var wordEnd = end
            while wordEnd > k, isWordPunctuation(bytes[wordEnd - 1]) { wordEnd -= 1 }
            if wordEnd > k {
                let word = bytes[k..<wordEnd]
                if navigationWords.contains(where: { $0.elementsEqual(word) }) {
                    anchor = true
                } else if !functionWords.contains(where: { $0.elementsEqual(word) }) {
                    return false
                }
            }
            k = end
        }
        return anchor
    }

    private static let navigationWords = DebrisRules.navigationWords.map { Array($0.utf8) }
    private static let functionWords = DebrisRules.functionWords.map { Array($0.utf8) }

    private static func isWordPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"),
            UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "!"),
            UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// `Tags: police, ASEAN`, `Posted in: SOCIETY`.
    static func isLabel(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 15 else { return false }
        for prefix in DebrisRules.labelPrefixes where line.starts(with: prefix) {
            var k = prefix.count
            while k < line.lowered.count, line.lowered[k] == 0x20 { k += 1 }
            if k < line.lowered.count, line.lowered[k] == UInt8(ascii: ":") { return true }
        }
        return false
    }

    /// `[Editor: ...]`, `Editor: ...`.
    static func isEditorLine(_ line: LineFeatures) -> Bool {
        line.wordCount <= 10 && DebrisRules.editorPrefixes.contains { line.starts(with: $0) }
    }

    /// `Photo: ...`, `(Photo/...)`, `(Cover image: ...)`, and a whole-line credit `(Agency/Name)`.
    static func isPhotoCredit(_ line: LineFeatures) -> Bool {
        if DebrisRules.photoPrefixes.contains(where: { line.starts(with: $0) }) { return true }
        guard line.bytes.first == UInt8(ascii: "("), line.bytes.last == UInt8(ascii: ")"), line.wordCount <= 6,
            !line.hasDigit
        else {
            return false
        }
        return line.bytes.contains(UInt8(ascii: "/"))
    }

    /// `Copyright © 2015 ...`, `(c) 2019 ...`, `... All rights reserved.`
    static func isCopyright(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 40 else { return false }
        if DebrisRules.copyrightPrefixes.contains(where: { line.starts(with: $0) }) { return true }
        return DebrisRules.copyrightPhrases.contains { line.contains($0) }
    }

    /// A long string of digits alone on a line (page-view counters, tracking ids).
    static func isTrackingNumber(_ line: LineFeatures) -> Bool {
        line.bytes.count >= 8 && line.bytes.allSatisfy { ByteClass.isDigit($0) || $0 == 0x20 }
    }

    /// A short line with no Latin letters or digits but some other script: a stray share
    /// label or a site name in the local script, never English article text.
    static func isForeignScriptLabel(_ line: LineFeatures) -> Bool {
        line.hasNonASCII && !line.hasASCIILetter && !line.hasDigit && line.bytes.count <= 120
            && line.bytes.contains(where: { $0 >= 0xE0 })
    }

    private static let addressPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// A web or mail address alone on a line (`reporter@example.com`, `www.example.com/news`).
    static func isLoneAddress(_ line: LineFeatures) -> Bool {
        guard line.wordCount == 1 else { return false }
        return line.bytes.contains(UInt8(ascii: "@")) || addressPrefixes.contains { line.starts(with: $0) }
    }

    /// Desk initials like `ABC/DEF/GH` closing an agency story.
    static func isEditorInitials(_ line: LineFeatures) -> Bool {
        guard line.wordCount == 1 else { return false }
        let parts = line.bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { (2...5).contains($0.count) && $0.allSatisfy(ByteClass.isUpper) }
    }

    /// `Home | World | Business | Sports`: several short items between separators, no digits
    /// (a byline with a timestamp has the same shape and is kept).
    static func isMenu(_ line: LineFeatures) -> Bool {
        guard !line.hasDigit else { return false }
        let bytes = line.lowered
        var items = 0
        var wordsInItem = 0
        var inWord = false
        var k = 0
        while k < bytes.count {
            if let separator = DebrisRules.menuSeparators.first(where: { ByteSearch.hasPrefix($0, in: bytes, at: k) }) {
                if wordsInItem > 0 { items += 1 }
                wordsInItem = 0
                inWord = false
                k += separator.count
                continue
            }
            if bytes[k] == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                wordsInItem += 1
                if wordsInItem > DebrisRules.menuItemWords { return false }
            }
            k += 1
        }
        if wordsInItem > 0 { items += 1 }
        return items >= DebrisRules.menuMinimumItems
    }

    /// `Related stories:`, `Read more`, `Related search: a, b`.
    static func isRelatedHeader(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 12, !line.endsSentence else { return false }
        for header in DebrisRules.relatedHeaders where line.starts(with: header) {
            let rest = line.lowered.dropFirst(header.count)
            if let next = rest.first, ByteClass.isLetter(next) { continue }
            return line.wordCount <= 5 || rest.contains(UInt8(ascii: ":"))
        }
        return false
    }
}
