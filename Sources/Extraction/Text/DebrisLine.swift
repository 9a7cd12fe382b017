/// The single-line debris rules: each says whether one line, on its own, is page furniture.
enum DebrisLine {
    /// Whether any rule takes the line for debris. Each rule first asks what costs least (the
    /// word count, the line's first and last bytes) and reads the line only when that lets it
    /// through, stopping at the first byte that decides, so a line of prose is turned away
    /// after a few bytes.
    static func isDebris(_ line: LineFeatures) -> Bool {
        isNavigation(line) || isLabel(line) || isEditorLine(line) || isPhotoCredit(line)
            || isCopyright(line) || isTrackingNumber(line) || isForeignScriptLabel(line)
            || isEditorInitials(line) || isMenu(line) || isLoneAddress(line)
    }

    /// `Back to Top Close`, `Share: Facebook Twitter`, `[Print] [Close]`.
    static func isNavigation(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 12 else { return false }
        let bytes = line.window
        let lineWords = Self.lineWords
        // The last word is read first: a line of prose may open with a function word ("The"),
        // but it ends with a word no navigation line has.
        var lastStart = bytes.endIndex
        while lastStart > bytes.startIndex, bytes[lastStart - 1] != 0x20 { lastStart -= 1 }
        while lastStart < bytes.endIndex, isWordPunctuation(bytes[lastStart]) { lastStart += 1 }
        var lastEnd = bytes.endIndex
        while lastEnd > lastStart, isWordPunctuation(bytes[lastEnd - 1]) { lastEnd -= 1 }
        if lastEnd > lastStart, lineWords.value(for: bytes[lastStart..<lastEnd]) == nil { return false }
        var anchor = false
        var k = bytes.startIndex
        while k < bytes.endIndex {
            while k < bytes.endIndex, isWordPunctuation(bytes[k]) || bytes[k] == 0x20 { k += 1 }
            var end = k
            while end < bytes.endIndex, bytes[end] != 0x20 { end += 1 }
            var wordEnd = end
            while wordEnd > k, isWordPunctuation(bytes[wordEnd - 1]) { wordEnd -= 1 }
            if wordEnd > k {
                switch lineWords.value(for: bytes[k..<wordEnd]) {
                case true?: anchor = true
                case false?: break
                case nil: return false
                }
            }
            k = end
        }
        return anchor
    }

    /// The words a navigation line is made of, each with whether it is a navigation word
    /// (`true`) or a mere function word (`false`): one lookup tells both.
    private static let lineWords: WordTable<Bool> = {
        var words: [String: Bool] = [:]
        for word in DebrisRules.functionWords { words[word] = false }
        for word in DebrisRules.navigationWords { words[word] = true }
        return WordTable(words)
    }()

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
        guard line.wordCount <= 15, line.mayStart(with: DebrisRules.PrefixList.label) else { return false }
        let bytes = line.window
        for prefix in line.prefixes(in: DebrisRules.labelPrefixes) {
            var k = prefix.count
            while k < bytes.endIndex, bytes[k] == 0x20 { k += 1 }
            if k < bytes.endIndex, bytes[k] == UInt8(ascii: ":") { return true }
        }
        return false
    }

    /// `[Editor: ...]`, `Editor: ...`.
    static func isEditorLine(_ line: LineFeatures) -> Bool {
        line.wordCount <= 10 && line.mayStart(with: DebrisRules.PrefixList.editor)
            && line.starts(withAnyOf: DebrisRules.editorPrefixes)
    }

    /// `Photo: ...`, `(Photo/...)`, `(Cover image: ...)`, and a whole-line credit `(Agency/Name)`.
    static func isPhotoCredit(_ line: LineFeatures) -> Bool {
        if line.mayStart(with: DebrisRules.PrefixList.photo), line.starts(withAnyOf: DebrisRules.photoPrefixes) {
            return true
        }
        return line.bytes.first == UInt8(ascii: "(") && line.bytes.last == UInt8(ascii: ")") && line.wordCount <= 6
            && !line.hasDigit && line.bytes.contains(UInt8(ascii: "/"))
    }

    /// `Copyright © 2015 ...`, `(c) 2019 ...`, `... All rights reserved.`
    static func isCopyright(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 40 else { return false }
        return
            (line.mayStart(with: DebrisRules.PrefixList.copyright)
            && line.starts(withAnyOf: DebrisRules.copyrightPrefixes))
            || DebrisRules.copyrightPhrases.occurs(in: line.window)
            || (line.hasNonASCII && DebrisRules.copyrightSigns.occurs(in: line.window))
    }

    /// A long string of digits alone on a line (page-view counters, tracking ids).
    static func isTrackingNumber(_ line: LineFeatures) -> Bool {
        line.bytes.count >= 8 && line.isDigitsAndSpaces
    }

    /// A short line with no Latin letters or digits but some other script: a stray share
    /// label or a site name in the local script, never English article text.
    static func isForeignScriptLabel(_ line: LineFeatures) -> Bool {
        line.hasNonASCII && line.bytes.count <= 120 && !line.hasASCIILetter && !line.hasDigit
            && line.hasLongCharacter
    }

    private static let addressPrefixes = BytePatterns(["http://", "https://", "www."])

    /// A web or mail address alone on a line (`reporter@example.com`, `www.example.com/news`).
    static func isLoneAddress(_ line: LineFeatures) -> Bool {
        guard line.wordCount == 1 else { return false }
        return line.bytes.contains(UInt8(ascii: "@")) || line.starts(withAnyOf: addressPrefixes)
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
        guard line.mayHoldMenuSeparator else { return false }
        // The items are read before the digits: prose has a fifth word before any separator.
        let bytes = line.window
        var items = 0
        var wordsInItem = 0
        var inWord = false
        var k = bytes.startIndex
        while k < bytes.endIndex {
            if let separator = DebrisRules.menuSeparators.first(in: bytes, at: k) {
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
        return items >= DebrisRules.menuMinimumItems && !line.hasDigit
    }

    /// `Related stories:`, `Read more`, `Related search: a, b`.
    static func isRelatedHeader(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 12, line.mayStart(with: DebrisRules.PrefixList.related), !line.endsSentence else {
            return false
        }
        for header in line.prefixes(in: DebrisRules.relatedHeaders) {
            let rest = line.window.dropFirst(header.count)
            if let next = rest.first, ByteClass.isLetter(next) { continue }
            return line.wordCount <= 5 || rest.contains(UInt8(ascii: ":"))
        }
        return false
    }
}
